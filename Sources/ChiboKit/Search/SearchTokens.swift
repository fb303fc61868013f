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
/// `50-CT/TW`, `50 ct tw` and `50/ct-tw` are the same three terms. Letters
/// are those of the Latin (with Vietnamese), Greek and Cyrillic scripts,
/// the ranges search.js writes out (browsers of 2019 lack `\p{L}`).
enum SearchTokens {
    struct Word: Hashable {
        var term: String
        var spelling: String
    }

    static func words(in text: String) -> [Word] {
        var cache: [String: Word] = [:]
        return words(in: text, cache: &cache)
    }

    /// `cache` keeps each distinct word's term and spelling: a page says
    /// `chi bộ` many times over, and one index reads every word of the site.
    static func words(in text: String, cache: inout [String: Word]) -> [Word] {
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            current.removeAll(keepingCapacity: true)
            if let known = cache[word] {
                words.append(known)
                return
            }
            let term = VietnameseText.fold(word)
            guard !term.isEmpty else { return }
            let entry = Word(term: term, spelling: VietnameseText.spelling(of: word))
            cache[word] = entry
            words.append(entry)
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) { current.append(scalar) } else { flush() }
        }
        flush()
        return words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F,
             0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF:
            true
        default:
            false
        }
    }
}
