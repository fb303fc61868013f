import Foundation

/// Vietnamese text as chibo compares it. Sources arrive in NFC and NFD, with
/// old (`hoà`, `uỷ`) and new (`hòa`, `ủy`) tone-mark placement, and with
/// look-alike letters from PDF extraction; names must match through all that.
public enum VietnameseText {
    /// The canonical stored form of every text chibo reads.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// A quick check that lets almost every file skip full normalisation:
    /// true when every scalar lies in a block whose characters are all
    /// NFC-stable and never combine with what follows (ASCII, Latin-1,
    /// Latin Extended-A/B, Vietnamese precomposed letters, general
    /// punctuation, currency). Anything else, a combining mark above all,
    /// sends the text through full normalisation.
    public static func isCertainlyNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x024F, 0x1E00...0x1EFF, 0x2010...0x206F, 0x20A0...0x20BF: continue
            default: return false
            }
        }
        return true
    }

    /// The letters of `text` without any diacritic, with `đ`, `Đ` and the
    /// look-alike Latin Eth (`Ð`, U+00D0) read as `d`.
    static func baseLetters(of text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0110, 0x00D0, 0x0189: result.append("D")
            case 0x0111, 0x00F0: result.append("d")
            // PDF extraction writes Ư/ư as Ƣ/ƣ (U+01A2/U+01A3).
            case 0x01A2: result.append("U")
            case 0x01A3: result.append("u")
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                result.append(scalar)
            }
        }
        return result
    }

    /// A key for comparing names and searching: diacritics and tone-mark
    /// placement folded away, lower-case, runs of space collapsed.
    /// `Tổng Cột` and `Tông Cọt` fold to the same key; so do `hoà` and `hòa`.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in baseLetters(of: text) {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            // Nearly every base letter is ASCII: lower-case it without a String.
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                out.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else if scalar.isASCII {
                out.append(scalar)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
