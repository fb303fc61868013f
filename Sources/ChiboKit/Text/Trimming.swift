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
}
