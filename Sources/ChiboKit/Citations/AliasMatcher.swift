/// Finds registry aliases (`Điều lệ Đảng`, `Nghị quyết Trung ương 4 khóa XII`)
/// in folded text, compared without case, diacritics or tone-mark placement.
/// Aliases are indexed by their first word, so each word of the text costs
/// one dictionary lookup however many aliases the registry has.
struct AliasMatcher: Sendable {
    struct Alias: Sendable {
        var words: [[UInt8]]
        var name: String
        var symbol: String
    }

    struct Match {
        var range: Range<Int>
        var name: String
        var symbol: String
    }

    private var byFirstWord: [[UInt8]: [Alias]] = [:]

    init(_ aliases: [(name: String, symbol: String)]) {
        for (name, symbol) in aliases {
            let words = AliasMatcher.words(of: FoldedText(name).bytes)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Alias(words: words, name: name, symbol: symbol))
        }
        // Longest alias first, so `Nghị quyết Trung ương 4 khóa XII` beats a shorter prefix.
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    }

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// Lower-case words of folded bytes; punctuation separates words.
    private static func words(of bytes: [UInt8]) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            if byte.isWordCharacter {
                current.append(byte.asciiLowercased)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    func matches(in text: FoldedText) -> [Match] {
        let b = text.bytes
        var result: [Match] = []
        var i = 0
        while i < b.count {
            guard b[i].isWordCharacter, i == 0 || !b[i - 1].isWordCharacter else { i += 1; continue }
            var end = i
            while end < b.count, b[end].isWordCharacter { end += 1 }
            let word = b[i..<end].map(\.asciiLowercased)
            if let candidates = byFirstWord[word], let match = candidates.lazy.compactMap({ alias -> Match? in
                matchEnd(of: alias, in: b, from: end).map { Match(range: i..<$0, name: alias.name, symbol: alias.symbol) }
            }).first {
                result.append(match)
                i = match.range.upperBound
                continue
            }
            i = end
        }
        return result
    }

    /// Where `alias` ends if its remaining words follow `start`, separated by
    /// spaces or punctuation other than a sentence end.
    private func matchEnd(of alias: Alias, in b: [UInt8], from start: Int) -> Int? {
        var i = start
        for word in alias.words.dropFirst() {
            var gap = 0
            while i < b.count, !b[i].isWordCharacter, gap < 3 {
                if b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ";") { return nil }
                i += 1
                gap += 1
            }
            guard i + word.count <= b.count else { return nil }
            for k in 0..<word.count where b[i + k].asciiLowercased != word[k] { return nil }
            i += word.count
            guard i >= b.count || !b[i].isWordCharacter else { return nil }
        }
        return i
    }
}
