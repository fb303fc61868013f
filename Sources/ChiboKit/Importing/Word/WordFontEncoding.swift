/// How a run's text must be read, from its font's name. Before Unicode,
/// Vietnamese offices typed in fonts that drew Vietnamese letters in the
/// places of Latin-1 ones: a `.docx` keeps those Latin-1 characters, and
/// only the font says they are Vietnamese, so chibo reads them by the font
/// rather than guessing from the letters as it must for plain text.
enum WordFontEncoding: Equatable, Hashable {
    case unicode
    /// TCVN3 (ABC): `.VnTime`, `.VnArial`; the capital fonts (`.VnTimeH`)
    /// draw every letter as a capital.
    case tcvn3(capitals: Bool)
    /// VNI: `VNI-Times`, `VNI-Helve`.
    case vni

    init(fontNamed name: String) {
        if name.hasPrefix(".Vn") {
            self = .tcvn3(capitals: name.hasSuffix("H"))
        } else if name.uppercased().hasPrefix("VNI-") {
            self = .vni
        } else {
            self = .unicode
        }
    }

    var legacyKind: LegacyEncoding.Kind? {
        switch self {
        case .unicode: nil
        case .tcvn3: .tcvn3
        case .vni: .vni
        }
    }

    /// `text` (written in a font of this encoding) in Unicode, and how many
    /// words decoding changed. Decoded word by word, as the encoding
    /// checker reads legacy text; a capitals font's text is all capitals.
    func decoded(_ text: String) -> (text: String, words: Int) {
        guard let kind = legacyKind else { return (text, 0) }
        let capitals = self == .tcvn3(capitals: true)
        let scalars = text.unicodeScalars.map(Self.fontByte)
        var out = String.UnicodeScalarView()
        var words = 0
        var index = 0
        while index < scalars.count {
            guard LegacyEncoding.isWordScalar(scalars[index]) else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, LegacyEncoding.isWordScalar(scalars[end]) { end += 1 }
            let word = LegacyEncoding.decodedWord(scalars[index..<end], as: kind, inCapitals: capitals)
            if !word.changed.isEmpty { words += 1 }
            out.append(contentsOf: word.pieces.joined())
            index = end
        }
        let decoded = String(out).precomposedStringWithCanonicalMapping
        // The capital fonts draw small letters as capitals too.
        return (capitals ? decoded.uppercased() : decoded, words)
    }

    /// The font's byte a scalar stands for, where Word stored it as another
    /// character: a symbol font's private-use `U+F0xx`, or the Windows-1252
    /// character (`€`, `‚`…) of a byte in 0x80–0x9F. Only bytes the
    /// encodings give a letter are taken back; punctuation such as `…` and
    /// `“` stays what Word showed.
    private static func fontByte(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var byte: UInt32?
        if (0xF020...0xF0FF).contains(scalar.value) {
            byte = scalar.value - 0xF000
        } else if let index = cp1252High.firstIndex(of: scalar.value) {
            byte = 0x80 + UInt32(index)
        }
        guard let byte, let latin1 = Unicode.Scalar(byte) else { return scalar }
        let isLetterSomewhere = LegacyEncoding.tcvn3[byte] != nil || LegacyEncoding.vniLetters[byte] != nil
            || LegacyEncoding.vniMarks[byte] != nil || byte < 0x80
        return isLetterSomewhere ? latin1 : scalar
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F, in order (0 where it has none).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
