import Testing
@testable import ChiboKit

/// The word table and the word cutter that indexing reads every word of
/// the site through, against their plain definitions.
struct SearchVocabularyTests {
    /// Words are numbered 0, 1, 2… as first seen, and found again by their
    /// bytes whatever their length (the hash reads eight bytes at a time,
    /// then a tail) and however full the table has grown.
    @Test func wordsAreNumberedInTheOrderFirstSeen() {
        var table = ByteWordTable()
        var expected: [[UInt8]: Int32] = [:]
        var state: UInt64 = 3
        for step in 0..<6000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Lengths 1 to 24, words that share a prefix and differ late.
            let length = Int(state >> 59) % 24 + 1
            var word = Array("chibochibochibochibochibo".utf8.prefix(length))
            word[length - 1] = UInt8(97 + Int(state >> 40) % (step < 3000 ? 26 : 3))
            if length > 9 { word[8] = UInt8(48 + Int(state >> 20) % 10) }
            let (id, isNew) = word.withUnsafeBufferPointer { table.insert($0) }
            if let known = expected[word] {
                #expect(!isNew && id == known)
            } else {
                #expect(isNew && id == Int32(expected.count))
                expected[word] = id
            }
        }
        #expect(table.count == expected.count)
    }

    /// Words are the longest runs of word scalars, as `isWordScalar` says
    /// scalar by scalar.
    @Test func wordsAreRunsOfWordScalars() {
        func reference(_ text: String) -> [String] {
            var words: [String] = []
            var current = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if SearchTokens.isWordScalar(scalar) {
                    current.append(scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            if !current.isEmpty { words.append(String(current)) }
            return words
        }
        let pieces = ["Chỉ", " ", "thị", "50-CT/TW", "@[`{", "Đảng", "ủy", "Ωμέγα", "Привет", "😀", "\u{0301}", "_9", "Z", "\n"]
        var texts = SeededTexts(seed: 5)
        for _ in 0..<2000 {
            let text = texts.text(of: pieces)
            var words: [String] = []
            SearchTokens.forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
            #expect(words == reference(text), "\(text)")
        }
    }
}
