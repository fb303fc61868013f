/// How search cuts text into words and compares them, the same way in Swift
/// (building the index) and in `theme/assets/search.js` (reading it):
///
/// - a **term** is the word folded: no diacritics, `đ` as `d`, lower case,
///   whatever the normalisation (NFC or NFD) it was written in, so
///   `sinh hoat chi bo` finds `sinh hoạt chi bộ`;
/// - a **spelling** keeps the letters' own marks (`ơ`, `ư`, `ô`…) and the
///   syllable's tone, wherever the tone mark sits (`hoà` = `hòa`): a query
///   typed with diacritics ranks pages with its exact spelling first.
///
/// Words are runs of letters and digits; everything else separates them, so
/// `50-CT/TW`, `50 ct tw` and `50/ct-tw` are the same three terms. A
/// number is the same term whatever its leading zeros (`2` = `02` = `002`):
/// "tháng 2" finds a pack headed `02/2027`, `5/3/2026` a page dated
/// `05/03/2026`; a date or month, in whichever form it is written, is one
/// more term (`SearchDates`). Letters
/// are those of the Latin (with Vietnamese), Greek and Cyrillic scripts,
/// the ranges search.js writes out (browsers of 2019 lack `\p{L}`).
enum SearchTokens {
    struct Word: Hashable {
        var term: String
        var spelling: String
    }

    /// The words of a text as the index reads them, each date or month
    /// (`SearchDates`) followed by its terms: what search.js's `words`
    /// gives for the same text.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var dates = SearchDates()
        forEachWordAndSeparator(in: text) { bytes, separator in
            let word = String(decoding: bytes, as: UTF8.self)
            let term = Self.term(of: word)
            guard !term.isEmpty else { return }
            words.append(Word(term: term, spelling: Self.spelling(of: word)))
            if let found = dates.read(role: SearchDates.role(ofTerm: term), after: SearchDates.link(of: separator)) {
                words += found.terms.map { Word(term: $0, spelling: $0) }
            }
        }
        return words
    }

    /// The word folded (`term`), a number without its leading zeros.
    static func term(of word: String) -> String { withoutLeadingZeros(VietnameseText.fold(word)) }

    /// The word with its marks and tone (`spelling`), a number without its
    /// leading zeros.
    static func spelling(of word: String) -> String { withoutLeadingZeros(VietnameseText.spelling(of: word)) }

    /// `02` → `2`, `000` → `0`; any other word as it is.
    static func withoutLeadingZeros(_ word: String) -> String {
        guard word.utf8.first == UInt8(ascii: "0"), word.utf8.count > 1,
              word.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return word }
        let digits = word.drop { $0 == "0" }
        return digits.isEmpty ? "0" : String(digits)
    }

    /// Calls `body` with the UTF-8 bytes of each word in turn. Decodes
    /// UTF-8 by hand: every word scalar is below U+1F00, so a word is made
    /// of 1-, 2- and 3-byte sequences, and the String is never walked by
    /// scalar or Character.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachWordAndSeparator(in: text) { word, _ in body(word) }
    }

    /// Calls `body` with the UTF-8 bytes of each word and of what stands
    /// between it and the word before (for the first word, what precedes
    /// it), which tells a date's `5/3` from `5 3`.
    static func forEachWordAndSeparator(in text: String,
                                        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var wordStart = -1
            var previousEnd = 0
            var i = 0
            let count = bytes.count
            while i < count {
                let lead = bytes[i]
                var value: UInt32
                var length: Int
                if lead < 0x80 {
                    value = UInt32(lead)
                    length = 1
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    length = 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    length = 3
                } else {
                    value = 0x10000
                    length = 4
                }
                if isWordScalar(value) {
                    if wordStart < 0 { wordStart = i }
                } else if wordStart >= 0 {
                    body(UnsafeBufferPointer(rebasing: bytes[wordStart..<i]), UnsafeBufferPointer(rebasing: bytes[previousEnd..<wordStart]))
                    previousEnd = i
                    wordStart = -1
                }
                i += length
            }
            if wordStart >= 0 {
                body(UnsafeBufferPointer(rebasing: bytes[wordStart..<count]), UnsafeBufferPointer(rebasing: bytes[previousEnd..<wordStart]))
            }
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { isWordScalar(scalar.value) }

    static func isWordScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F,
             0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF:
            true
        default:
            false
        }
    }
}
