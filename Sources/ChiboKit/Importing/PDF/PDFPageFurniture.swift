import Foundation

/// What is printed on every page but is not the document's text: page
/// numbers and running headers and footers. They are looked for among the
/// two top and two bottom lines of each page, and dropped, each kind
/// counted in a note for the editor.
enum PDFPageFurniture {
    private enum Edge: String { case top = "header", bottom = "footer" }

    /// Removes the furniture from each page's lines (pages in order, the
    /// first numbered 1) and says what was removed.
    static func remove(from pages: inout [[PDFLine]], bodySize: Double) -> [SourceNote] {
        var doomed: [Set<Int>] = Array(repeating: [], count: pages.count)
        var notes: [SourceNote] = []

        // Page numbers: a number alone ("3", "- 3 -", "Trang 3", "3/30") that
        // follows the page sequence (printed number minus page index the same)
        // on two pages or more, or a lone "1" on a one-page document.
        var numbered: [(page: Int, line: Int, offset: Int)] = []
        for (page, lines) in pages.enumerated() {
            for line in edgeLines(of: lines).map(\.line) {
                if let printed = LinePatterns.pageNumber(in: lines[line].text()) { numbered.append((page, line, printed - page)) }
            }
        }
        var offsets: [Int: Int] = [:]
        for found in numbered { offsets[found.offset, default: 0] += 1 }
        if let (offset, count) = offsets.max(by: { ($0.value, -abs($0.key - 1)) < ($1.value, -abs($1.key - 1)) }),
           count >= 2 || (pages.count == 1 && offset == 1) {
            let matching = numbered.filter { $0.offset == offset }
            for found in matching { doomed[found.page].insert(found.line) }
            let pageCount = Set(matching.map(\.page)).count
            notes.append(SourceNote(message: Message(ImportMessages.pageNumbersRemoved, ["count": pageCount]), place: nil))
        }

        // Running headers and footers: the same words (digits aside: dates,
        // page numbers) at the same edge and height on at least three pages
        // and half of them.
        var repeated: [String: [(page: Int, line: Int, top: Double)]] = [:]
        for (page, lines) in pages.enumerated() {
            for (edge, line) in edgeLines(of: lines) where !doomed[page].contains(line) {
                let key = digitless(lines[line].text())
                guard key.contains(where: \.isLetter) else { continue }
                repeated[edge.rawValue + "\u{0}" + key, default: []].append((page, line, lines[line].top))
            }
        }
        for (key, found) in repeated.sorted(by: { $0.key < $1.key }) {
            let tops = found.map(\.top).sorted()
            let median = tops[tops.count / 2]
            let placed = found.filter { abs($0.top - median) <= bodySize }
            let pageCount = Set(placed.map(\.page)).count
            guard pageCount >= 3, pageCount * 2 >= pages.count else { continue }
            for found in placed { doomed[found.page].insert(found.line) }
            let first = placed[0]
            let removed = key.hasPrefix(Edge.top.rawValue) ? ImportMessages.runningHeaderRemoved : .runningFooterRemoved
            // Mended as the text is, but not counted: the words are dropped.
            var uncounted: [ImportedText.Repair: Int] = [:]
            let words = ImportedText.mended(pages[first.page][first.line].text(), counting: &uncounted)
            notes.append(SourceNote(message: Message(removed, ["words": words, "count": pageCount]),
                                    place: .page(first.page + 1, line: pages[first.page][first.line].number)))
        }

        for page in pages.indices where !doomed[page].isEmpty {
            pages[page] = pages[page].enumerated().filter { !doomed[page].contains($0.offset) }.map(\.element)
        }
        return notes
    }

    /// The indexes of a page's two top and two bottom lines, with their edge.
    private static func edgeLines(of lines: [PDFLine]) -> [(edge: Edge, line: Int)] {
        let top = lines.indices.prefix(2).map { (Edge.top, $0) }
        let bottom = lines.indices.suffix(2).filter { $0 >= 2 }.map { (Edge.bottom, $0) }
        return top + bottom
    }

    private static func digitless(_ text: String) -> String {
        text.filter { !$0.isNumber }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
