/// Text typed in the TCVN3 (ABC) font encoding of old Vietnamese offices and
/// pasted into a Unicode file: each Vietnamese letter shows as a Latin-1
/// character (`ChØ thÞ sè` for `Chỉ thị số`). TCVN3 maps one byte to one
/// letter, so the text can be read letter for letter, keeping every column.
enum LegacyEncoding {
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

    /// The text read as TCVN3 when that reading is certain: several marker
    /// characters, and no letter that only Unicode Vietnamese has (`ạ`, `ă`,
    /// `đ`, `ơ`, `ư`, …). Nil when the text is ordinary Unicode.
    static func decodedTCVN3(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var markers = 0
        for scalar in scalars {
            let value = scalar.value
            if value < 0xA0 { continue }
            switch value {
            case 0x1EA0...0x1EF9, 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0: return nil
            default: break
            }
            if tcvn3Markers.contains(value) { markers += 1 }
        }
        guard markers >= 3 else { return nil }
        return scalars.map { tcvn3[$0.value] ?? $0 }
    }
}
