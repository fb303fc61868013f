/// Letters that text copied out of a PDF writes for Vietnamese ones: `Ƣ ƣ`
/// (U+01A2, U+01A3, "OI") for `Ư ư`, and the Latin Eth `Ð ð` for `Đ đ`.
/// One `text.encoding` finding per line that holds any, whose fix replaces
/// them all when every one sits in a word that the replacement makes a
/// Vietnamese syllable (`Trƣờng` → `Trường`): then the meaning is certain.
/// An Eth is only read so in a word that is Vietnamese for another reason
/// too (a letter only Vietnamese has: `Ðảng`), since Icelandic writes it
/// (`Guðrún`) and a citation's code (`QÐ`) is the citation reader's to report.
enum PDFLookAlikes {
    static let meant: [UInt32: Unicode.Scalar] = [0x1A2: "Ư", 0x1A3: "ư", 0xD0: "Đ", 0xF0: "đ"]

    static func diagnostics(in text: String, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let problem = diagnostic(onLine: Array(line.unicodeScalars), number: index + 1, file: file) {
                problems.append(problem)
            }
        }
        return problems
    }

    private static func diagnostic(onLine scalars: [Unicode.Scalar], number: Int, file: String) -> Diagnostic? {
        var found: [(column: Int, certain: Bool)] = []
        var start = 0
        while start < scalars.count {
            guard scalars[start].properties.isAlphabetic else { start += 1; continue }
            var end = start
            while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
            let word = scalars[start..<end]
            let places = word.indices.filter { meant[word[$0].value] != nil }
            if !places.isEmpty {
                let repaired = String(String.UnicodeScalarView(word.map { meant[$0.value] ?? $0 }))
                let hasEth = places.contains { word[$0].value < 0x100 }
                let isVietnamese = word.contains { LegacyEncoding.isUnicodeOnlyLetter($0.value) }
                    || places.contains { word[$0].value >= 0x100 }
                // An Eth counts only where the word is certainly Vietnamese.
                if !hasEth || isVietnamese {
                    let certain = VietnameseSyllable.isValid(repaired)
                    found += places.map { (column: $0 + 1, certain: certain) }
                }
            }
            start = end
        }
        guard let first = found.first, let last = found.last else { return nil }
        let written = scalars[first.column - 1]
        let meantLetter = meant[written.value]!
        let range = SourceRange(start: SourceLocation(line: number, column: first.column),
                                end: SourceLocation(line: number, column: last.column))
        let isCertain = found.allSatisfy(\.certain)
        // Only the letters found: an Eth left alone between them stays as written.
        let columns = Set(found.map(\.column))
        var replacement = String.UnicodeScalarView()
        for column in first.column...last.column {
            let scalar = scalars[column - 1]
            replacement.append(columns.contains(column) ? meant[scalar.value]! : scalar)
        }
        let letter: KeyValuePairs<String, any MessageArgumentConvertible> = [
            "written": String(written), "code": String(written.value, radix: 16, uppercase: true), "meant": String(meantLetter),
            "count": found.count]
        return Diagnostic(
            file: file, range: range, code: .textEncoding,
            message: Message(found.count > 1 ? TextEncodingMessages.lookAlikes : .lookAlike, letter),
            suggestion: Suggestion(message: Message(isCertain ? TextEncodingMessages.writeVietnameseLetters : .replaceLookAlikes),
                                   replacement: isCertain ? String(replacement) : nil, range: isCertain ? range : nil, isCertain: isCertain))
    }
}
