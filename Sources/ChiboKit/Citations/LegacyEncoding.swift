import Foundation

/// Text typed in the font encodings of old Vietnamese offices and pasted into
/// a Unicode file. In TCVN3 (ABC) each letter shows as one Latin-1 character
/// (`ChØ thÞ sè` for `Chỉ thị số`); in VNI a vowel is followed by a Latin-1
/// character for its marks (`Chæ thò soá`). Both are read back scalar for
/// scalar, so every column stays where it is written.
enum LegacyEncoding {
    enum Kind: String, CaseIterable {
        case tcvn3 = "TCVN3"
        case vni = "VNI"
        case cp1258 = "Windows-1258"
    }

    /// A letter only Unicode Vietnamese has (ạ…ỹ, ă, đ, ơ, ư and their
    /// capitals): text that holds one is Unicode, not TCVN3 or VNI.
    static func isUnicodeOnlyLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x1EA0...0x1EF9, 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0: true
        default: false
        }
    }

    /// The text in Unicode, when it is certainly in a legacy encoding.
    static func decoded(_ scalars: [Unicode.Scalar]) -> (kind: Kind, scalars: [Unicode.Scalar])? {
        var tcvn3Only = 0
        var tcvn3Count = 0
        var vniCount = 0
        for scalar in scalars {
            let value = scalar.value
            if value < 0xA1 { continue }
            if isUnicodeOnlyLetter(value) { return nil }
            if value <= 0xBF { tcvn3Only += 1 }
            if tcvn3Markers.contains(value) { tcvn3Count += 1 }
            if isVNIMarker(value) { vniCount += 1 }
        }
        if tcvn3Only >= 1, tcvn3Count >= 3 { return (.tcvn3, scalars.map { tcvn3[$0.value] ?? $0 }) }
        if tcvn3Only == 0, vniCount >= 3 { return (.vni, decodedVNI(scalars)) }
        return nil
    }

    // MARK: VNI

    /// VNI characters that are letters on their own.
    static let vniLetters: [UInt32: Unicode.Scalar] = {
        let pairs: [(UInt32, String)] = [
            (0xED, "í"), (0xEC, "ì"), (0xE6, "ỉ"), (0xF3, "ĩ"), (0xF2, "ị"), (0xEE, "ỵ"),
            (0xF4, "ơ"), (0xF6, "ư"), (0xF1, "đ"),
            (0xCD, "Í"), (0xCC, "Ì"), (0xC6, "Ỉ"), (0xD3, "Ĩ"), (0xD2, "Ị"), (0xCE, "Ỵ"),
            (0xD4, "Ơ"), (0xD6, "Ư"), (0xD1, "Đ"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (byte, letter) in pairs { table[byte] = letter.unicodeScalars.first! }
        return table
    }()

    /// VNI characters that add marks to the vowel before them, as combining marks.
    static let vniMarks: [UInt32: [Unicode.Scalar]] = {
        let circumflex: Unicode.Scalar = "\u{0302}", breve: Unicode.Scalar = "\u{0306}"
        let acute: Unicode.Scalar = "\u{0301}", grave: Unicode.Scalar = "\u{0300}", hook: Unicode.Scalar = "\u{0309}"
        let tilde: Unicode.Scalar = "\u{0303}", dot: Unicode.Scalar = "\u{0323}"
        let lower: [(UInt32, [Unicode.Scalar])] = [
            (0xF9, [acute]), (0xF8, [grave]), (0xFB, [hook]), (0xF5, [tilde]), (0xEF, [dot]),
            (0xE2, [circumflex]), (0xE1, [circumflex, acute]), (0xE0, [circumflex, grave]), (0xE5, [circumflex, hook]),
            (0xE3, [circumflex, tilde]), (0xE4, [circumflex, dot]),
            (0xEA, [breve]), (0xE9, [breve, acute]), (0xE8, [breve, grave]), (0xFA, [breve, hook]),
            (0xFC, [breve, tilde]), (0xEB, [breve, dot]),
        ]
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for (byte, marks) in lower {
            table[byte] = marks
            table[byte - 0x20] = marks  // the upper-case form of the same mark
        }
        return table
    }()

    private static func isVNIMarker(_ value: UInt32) -> Bool {
        switch value {
        case 0xF8, 0xFB, 0xEF, 0xE6, 0xF1, 0xF6, 0xE5, 0xE4, 0xEB, 0xFC, 0xEE,
             0xD8, 0xDB, 0xCF, 0xC6, 0xD1, 0xD6, 0xC5, 0xC4, 0xCB, 0xDC, 0xCE: true
        default: false
        }
    }

    /// Reads VNI scalar for scalar: a vowel and its mark character become the
    /// composed letter and a zero-width space, which folding drops.
    private static func decodedVNI(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = scalars
        for index in out.indices {
            let value = out[index].value
            if let letter = vniLetters[value] {
                out[index] = letter
            } else if let marks = vniMarks[value], index > 0, isVowel(out[index - 1]) {
                var view = String.UnicodeScalarView([out[index - 1]])
                view.append(contentsOf: marks)
                let composed = String(view).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1, let single = composed.first {
                    out[index - 1] = single
                    out[index] = "\u{200B}"
                }
            }
        }
        return out
    }

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        let base = VietnameseText.baseLetters(of: String(scalar))
        guard base.count == 1 else { return false }
        return "aeiouyAEIOUY".unicodeScalars.contains(base[0])
    }

    // MARK: TCVN3
    /// TCVN3 bytes (as Latin-1 scalars) and the letters they stand for.
    static let tcvn3: [UInt32: Unicode.Scalar] = {
        let pairs: [(UInt32, String)] = [
            (0xB5, "à"), (0xB8, "á"), (0xB6, "ả"), (0xB7, "ã"), (0xB9, "ạ"),
            (0xA8, "ă"), (0xBB, "ằ"), (0xBE, "ắ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xC6, "ặ"),
            (0xA9, "â"), (0xC7, "ầ"), (0xCA, "ấ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCB, "ậ"),
            (0xAE, "đ"),
            (0xCC, "è"), (0xD0, "é"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD1, "ẹ"),
            (0xAA, "ê"), (0xD2, "ề"), (0xD5, "ế"), (0xD3, "ể"), (0xD4, "ễ"), (0xD6, "ệ"),
            (0xD7, "ì"), (0xDD, "í"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDE, "ị"),
            (0xDF, "ò"), (0xE3, "ó"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE4, "ọ"),
            (0xAB, "ô"), (0xE5, "ồ"), (0xE8, "ố"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE9, "ộ"),
            (0xAC, "ơ"), (0xEA, "ờ"), (0xED, "ớ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xEE, "ợ"),
            (0xEF, "ù"), (0xF3, "ú"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF4, "ụ"),
            (0xAD, "ư"), (0xF5, "ừ"), (0xF8, "ứ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF9, "ự"),
            (0xFA, "ỳ"), (0xFD, "ý"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFE, "ỵ"),
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (byte, letter) in pairs { table[byte] = letter.unicodeScalars.first! }
        return table
    }()

    /// Latin-1 characters TCVN3 uses that Vietnamese written in Unicode never
    /// does: `µ ¸ ¶ Ø Þ ® ¬ ­` and the like (not `à á â ã`, which both share).
    private static let tcvn3Markers: Set<UInt32> = [
        0xB5, 0xB8, 0xB6, 0xB7, 0xB9, 0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6, 0xA9, 0xC7, 0xC8, 0xCB, 0xAE,
        0xCE, 0xCF, 0xD1, 0xAA, 0xD6, 0xD7, 0xD8, 0xDC, 0xDE, 0xDF, 0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEE,
        0xEF, 0xF1, 0xF6, 0xF7, 0xF8, 0xFB, 0xFC, 0xFE, 0xAB, 0xAC, 0xAD, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5,
        0xA6, 0xA7,
    ]

}
