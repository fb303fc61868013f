import Foundation

/// Vietnamese text as chibo compares it. Sources arrive in NFC and NFD, with
/// old (`hoà`, `uỷ`) and new (`hòa`, `ủy`) tone-mark placement, and with
/// look-alike letters from PDF extraction; names must match through all that.
public enum VietnameseText {
    /// The canonical stored form of every text chibo reads.
    public static func nfc(_ text: String) -> String {
        // Foundation decomposes and recomposes every string it is given;
        // nearly every text chibo reads is NFC already.
        isCertainlyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// A quick check that lets almost every file skip full normalisation
    /// (`TextScreen.isCertainlyNFC`).
    public static func isCertainlyNFC(_ text: String) -> Bool { TextScreen(text).isCertainlyNFC }

    /// The letters of `text` without any diacritic, with `đ`, `Đ` and the
    /// look-alike Latin Eth (`Ð`, U+00D0) read as `d`.
    static func baseLetters(of text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.append(scalar)
            } else if let base = LatinBase.of(value) {
                if let base { result.append(base) }
            } else {
                // Rare outside Vietnamese: decompose this one scalar.
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
                    if let base = LatinBase.reading(part) { result.append(base) }
                }
            }
        }
        return result
    }

    /// The base letter of each Latin letter with diacritics (Latin-1,
    /// Latin Extended-A/B, Latin Extended Additional, where every
    /// precomposed Vietnamese letter lives) and of the combining marks,
    /// computed once: folding thousands of headings and names must not
    /// decompose every string through Foundation.
    enum LatinBase {
        /// `.some(nil)` for a mark to drop; nil outside the tables.
        static func of(_ value: UInt32) -> Unicode.Scalar?? {
            switch value {
            case 0x80...0x024F: return latin[Int(value - 0x80)]
            case 0x0300...0x036F: return .some(nil)
            case 0x1E00...0x1EFF: return additional[Int(value - 0x1E00)]
            default: return nil
            }
        }

        /// What one scalar of a decomposed string reads as: nil for a mark.
        static func reading(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            switch scalar.value {
            case 0x0110, 0x00D0, 0x0189: return "D"
            case 0x0111, 0x00F0: return "d"
            // PDF extraction writes Ư/ư as Ƣ/ƣ (U+01A2/U+01A3).
            case 0x01A2: return "U"
            case 0x01A3: return "u"
            default: return scalar.properties.generalCategory == .nonspacingMark ? nil : scalar
            }
        }

        private static func table(_ range: ClosedRange<UInt32>) -> [Unicode.Scalar?] {
            range.map { value in
                guard let scalar = Unicode.Scalar(value) else { return nil }
                let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.compactMap(reading)
                return parts.count == 1 ? parts[0] : (parts.isEmpty ? nil : scalar)
            }
        }

        private static let latin = table(0x80...0x024F)
        private static let additional = table(0x1E00...0x1EFF)
    }

    /// A key for comparing names and searching: diacritics and tone-mark
    /// placement folded away, lower-case, runs of space collapsed.
    /// `Tổng Cột` and `Tông Cọt` fold to the same key; so do `hoà` and `hòa`.
    public static func fold(_ text: String) -> String {
        // Nearly every letter folds to an ASCII letter (every Vietnamese
        // one does): fold straight into bytes, and only a text with some
        // other letter takes the way through scalars below.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            var base = scalar
            if scalar.value >= 0x80 {
                guard let known = LatinBase.of(scalar.value) else { return foldThroughScalars(text) }
                guard let letter = known else { continue }
                guard letter.isASCII else { return foldThroughScalars(text) }
                base = letter
            }
            let value = UInt8(base.value)
            if value == 0x20 || (0x09...0x0D).contains(value) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The fold of any text, scalar by scalar: what `fold` gives in bytes.
    static func foldThroughScalars(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in baseLetters(of: text) {
            if scalar.isWhitespace {
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

    /// A word lower-cased with its tone taken off the vowel and written after
    /// it as a digit: `hòa` and `hoà` are both `hoa2`, `tổng` is `tông3`, a
    /// word without a tone keeps no digit. Equal spellings are the same
    /// word however the tone mark was placed; `tông` and `tổng` are not.
    public static func spelling(of word: String) -> String {
        var letters = String.UnicodeScalarView()
        var tone: Character?
        for scalar in word.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                letters.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if let toneless = ToneTable.of(value) {
                letters.append(toneless.letter)
                if let mark = toneless.tone { tone = mark }
            } else {
                // A combining mark (text not in NFC) or a letter outside the
                // table: the general, slower way.
                return spellingByDecomposition(word)
            }
        }
        var result = String(letters)
        if let tone { result.append(tone) }
        return result
    }

    static func spellingByDecomposition(_ word: String) -> String {
        var letters = String.UnicodeScalarView()
        var tone: Character?
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if let mark = ToneTable.digit(of: scalar.value) { tone = mark } else { letters.append(scalar) }
        }
        var result = String(letters).precomposedStringWithCanonicalMapping
        if let tone { result.append(tone) }
        return result
    }

    /// Each precomposed Latin letter lower-cased with its tone taken off
    /// (`Ổ` → `ô` and 3), computed once: the search index spells every word
    /// of the site.
    enum ToneTable {
        static func digit(of mark: UInt32) -> Character? {
            switch mark {
            case 0x300: "2"
            case 0x301: "1"
            case 0x303: "4"
            case 0x309: "3"
            case 0x323: "5"
            default: nil
            }
        }

        static func of(_ value: UInt32) -> (letter: Unicode.Scalar, tone: Character?)? {
            switch value {
            case 0x80...0x024F: latin[Int(value - 0x80)]
            case 0x1E00...0x1EFF: additional[Int(value - 0x1E00)]
            default: nil
            }
        }

        private static func table(_ range: ClosedRange<UInt32>) -> [(letter: Unicode.Scalar, tone: Character?)?] {
            range.map { value in
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
                var tone: Character?
                var rest = String.UnicodeScalarView()
                for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    if let mark = digit(of: part.value) { tone = mark } else { rest.append(part) }
                }
                let letters = String(rest).precomposedStringWithCanonicalMapping.unicodeScalars
                return letters.count == 1 ? (letters.first!, tone) : nil
            }
        }

        private static let latin = table(0x80...0x024F)
        private static let additional = table(0x1E00...0x1EFF)
    }
}
