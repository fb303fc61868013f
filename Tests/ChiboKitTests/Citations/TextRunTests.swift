import Testing
@testable import ChiboKit

/// A run holds the scalars of what is appended, each at its place.
struct TextRunTests {
    @Test func appendedTextsAreTheirScalarsAtTheirPlaces() {
        let pieces = ["Chỉ thị 50-CT/TW", "", "😀 ngày", "Đie\u{300}u", "a", String(repeating: "ủy ", count: 40)]
        var run = TextRun()
        var expected: [Unicode.Scalar] = []
        for (line, piece) in pieces.enumerated() {
            run.append(piece, at: SourceLocation(line: line + 1, column: 3))
            let start = expected.count
            expected += piece.unicodeScalars
            if !piece.isEmpty {
                #expect(run.location(at: start) == SourceLocation(line: line + 1, column: 3))
                #expect(run.location(at: expected.count - 1) == SourceLocation(line: line + 1, column: 3 + piece.unicodeScalars.count - 1))
            }
            #expect(run.scalars == expected)
        }
        #expect(run.text(0..<expected.count) == pieces.joined())
    }
}

/// Replacement phrases are found in folded text wherever a plain search
/// finds them, in any case.
struct FoldedWordsTests {
    @Test func phrasesAreFoundWhereAPlainSearchFindsThem() {
        let phrases = ["nay la", "duoc thay the", "da thay the", "het hieu luc", "bi bai bo", "da bai bo"]
        let words = CitationRecognizer.FoldedWords(phrases)
        let pieces = ["nay", " la", "Da ", "thay", " the", "het hieu", " luc", "BI BAI", " bo", "x", " ", "(", "da bai bo"]
        var texts = SeededTexts(seed: 13)
        var found = 0
        for _ in 0..<3000 {
            let text = texts.text(of: pieces)
            let expected = phrases.contains { text.lowercased().contains($0) }
            if expected { found += 1 }
            #expect(words.occurs(in: Array(("la " + text).utf8)[3...]) == expected, "\(text)")
        }
        #expect(found > 100)
    }
}
