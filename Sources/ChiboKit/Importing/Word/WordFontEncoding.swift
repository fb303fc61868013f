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

    /// The font's byte a scalar stands for where Word stored it as a
    /// symbol font's private-use character (`U+F0xx`). Word stores the
    /// other bytes as their Windows-1252 characters: 0xA0–0xFF are Latin-1's,
    /// which the tables key on, and 0x80–0x9F (`€`, `…`, `“`) are letters in
    /// neither TCVN3 nor VNI, so they stay what Word showed.
    private static func fontByte(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0xF020...0xF0FF).contains(scalar.value), let byte = Unicode.Scalar(scalar.value - 0xF000) else { return scalar }
        return byte
    }
}
