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

    /// Aliases by a hash of their first word (`wordHash`), so the text's
    /// words are looked up without building a string or array for each.
    private var byFirstWord: [UInt64: [Alias]] = [:]
    /// One bit per first word's hash (its low 16 bits): nearly every word of
    /// running text is no alias's first word, and a bit says so without
    /// hashing the key again for the dictionary.
    private var firstWordBits = [UInt64](repeating: 0, count: 1024)

    init(_ aliases: [(name: String, symbol: String)]) {
        for (name, symbol) in aliases {
            let words = AliasMatcher.words(of: FoldedText(name).bytes)
            guard let first = words.first else { continue }
            let hash = AliasMatcher.wordHash(first[...])
            byFirstWord[hash, default: []].append(Alias(words: words, name: name, symbol: symbol))
            firstWordBits[Int(hash >> 6 & 1023)] |= 1 << (hash & 63)
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
            let hash = AliasMatcher.wordHash(b[i..<end])
            if mayStartAlias(wordHash: hash),
               let candidates = byFirstWord[hash], let match = candidates.lazy.compactMap({ alias -> Match? in
                guard AliasMatcher.equalsLowercased(b[i..<end], alias.words[0]) else { return nil }
                return matchEnd(of: alias, in: b, from: end).map { Match(range: i..<$0, name: alias.name, symbol: alias.symbol) }
            }).first {
                result.append(match)
                i = match.range.upperBound
                continue
            }
            i = end
        }
        return result
    }

    /// Whether a word of folded text could start an alias (its hash's bit
    /// is set): a screen, which may say yes for a word that starts none.
    func mayStartAlias(wordHash hash: UInt64) -> Bool {
        firstWordBits[Int(hash >> 6 & 1023)] & (1 << (hash & 63)) != 0
    }

    static let wordHashStart: UInt64 = 0xcbf29ce484222325

    @inline(__always)
    static func wordHash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte.asciiLowercased)) &* 0x100000001b3
    }

    /// FNV-1a over the lower-cased bytes of a word.
    static func wordHash(_ word: ArraySlice<UInt8>) -> UInt64 {
        var hash = wordHashStart
        for byte in word { hash = wordHash(hash, adding: byte) }
        return hash
    }

    static func equalsLowercased(_ text: ArraySlice<UInt8>, _ word: [UInt8]) -> Bool {
        guard text.count == word.count else { return false }
        return zip(text, word).allSatisfy { $0.asciiLowercased == $1 }
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

/// Reads text scalar by scalar, folding each as `FoldedText` does, and
/// tells whether it may name a directive by an alias: whether one of its
/// words could start an alias, or it may be TCVN3 or VNI text (which folds
/// differently once decoded). Most paragraphs cite nothing; this says so
/// without gathering their characters into arrays, folding them and
/// matching aliases against them.
struct AliasScreen {
    private let matcher: AliasMatcher
    private let table = FoldedText.table
    private var hash = AliasMatcher.wordHashStart
    private var inWord = false
    private var startsAlias = false
    /// A letter only Unicode Vietnamese has: the text is not TCVN3 or VNI
    /// (`LegacyEncoding.decoded` gives up at the first one).
    private var isUnicode = false
    /// A character at or above U+00A1, which legacy text is read from.
    private var mayBeLegacy = false

    init(_ matcher: AliasMatcher) {
        self.matcher = matcher
    }

    mutating func read(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value >= 0xA1 {
            if LegacyEncoding.isUnicodeOnlyLetter(value) { isUnicode = true } else { mayBeLegacy = true }
        }
        readFolded(FoldedText.fold(scalar, table: table).byte)
    }

    /// Reads a text's scalars, its ASCII ones straight from its UTF-8.
    mutating func read(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte >= 0x80 else {
                    // ASCII folds to itself (white space to a space, which
                    // separates words as the white space itself does).
                    readFolded(byte)
                    index += 1
                    continue
                }
                var value: UInt32
                var length: Int
                if byte < 0xE0 {
                    (value, length) = (UInt32(byte & 0x1F), 2)
                } else if byte < 0xF0 {
                    (value, length) = (UInt32(byte & 0x0F), 3)
                } else {
                    (value, length) = (UInt32(byte & 0x07), 4)
                }
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                // A String's UTF-8 is valid: every value decoded is a scalar.
                read(Unicode.Scalar(value)!)
                index += length
            }
        }
    }

    /// Reads one folded byte: a word character extends the word's hash,
    /// anything else ends the word; 0 (folded to nothing) is passed over.
    @inline(__always)
    private mutating func readFolded(_ byte: UInt8) {
        if byte == 0 { return }
        if byte.isWordCharacter {
            if !inWord {
                hash = AliasMatcher.wordHashStart
                inWord = true
            }
            hash = AliasMatcher.wordHash(hash, adding: byte)
        } else if inWord {
            endWord()
        }
    }

    private mutating func endWord() {
        inWord = false
        if matcher.mayStartAlias(wordHash: hash) { startsAlias = true }
    }

    /// False when the text read holds no alias for certain.
    mutating func mayNameAlias() -> Bool {
        if inWord { endWord() }
        return startsAlias || (mayBeLegacy && !isUnicode)
    }
}
