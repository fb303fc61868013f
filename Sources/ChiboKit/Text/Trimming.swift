extension StringProtocol {
    /// The text without white space (and line ends) at either end. Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString, a measurable cost
    /// when every front-matter value and heading of 10,000 pages passes through.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespace })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        // Scalar indices are string indices: the slice is copied as bytes.
        return String(self[first...last])
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space, answered for ASCII without the property
    /// tables (a lookup there costs some hundreds of instructions).
    @inline(__always)
    var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }
}

extension String {
    /// A string of the given scalars, encoded as UTF-8 in one buffer:
    /// appending scalars to a `String.UnicodeScalarView` one at a time is
    /// several times slower, and citations build many such strings.
    init<Scalars: Sequence<Unicode.Scalar>>(encoding scalars: Scalars) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 2)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self.init(decoding: bytes, as: UTF8.self)
    }

    /// The same for scalars counted beforehand (a run's), written as UTF-8
    /// straight into the string's own storage, with no buffer between. The
    /// storage is made for the exact length: citations keep these strings,
    /// and room for four bytes a scalar held a national site's ninety
    /// megabytes more.
    init(encoding scalars: ArraySlice<Unicode.Scalar>) {
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = 0xC0 | UInt8(value >> 6)
                    buffer[count + 1] = 0x80 | UInt8(value & 0x3F)
                    count += 2
                } else if value < 0x1_0000 {
                    buffer[count] = 0xE0 | UInt8(value >> 12)
                    buffer[count + 1] = 0x80 | UInt8(value >> 6 & 0x3F)
                    buffer[count + 2] = 0x80 | UInt8(value & 0x3F)
                    count += 3
                } else {
                    buffer[count] = 0xF0 | UInt8(value >> 18)
                    buffer[count + 1] = 0x80 | UInt8(value >> 12 & 0x3F)
                    buffer[count + 2] = 0x80 | UInt8(value >> 6 & 0x3F)
                    buffer[count + 3] = 0x80 | UInt8(value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }
}
