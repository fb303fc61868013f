/// Turns laid-out pages into the blocks a `SourceDocument` hands over: each
/// line with what its position and look say, tables, page breaks.
struct PDFBlockWriter {
    let geometry: PDFTextGeometry
    var blocks: [SourceBlock] = []
    var repairs: [ImportedText.Repair: Int] = [:]
    /// The last line of body text written that did not begin a block by
    /// its indent, on this page or the one before: a page's first line that
    /// starts as far in as it did is no first-line indent (an indented block
    /// running on).
    private var lastRunningLine: PDFLine?

    init(geometry: PDFTextGeometry) {
        self.geometry = geometry
    }

    /// One page's lines, in reading order. The lines of `columnBlocks` are
    /// set in two columns (`PDFColumnBlocks`): centred under their own
    /// column, so neither centred on the page nor indented, and a right
    /// column's first line begins a block.
    mutating func write(page: Int, lines: [PDFLine], columnBlocks: [PDFColumnBlocks.Block] = []) {
        if page > 1 { blocks.append(.pageBreak) }
        let footStart = pageFootStart(lines)
        let tables = PDFTableFinder.tables(in: Array(lines[..<footStart]))
        var index = 0
        while index < lines.count {
            if let table = tables.first(where: { $0.lines.lowerBound == index }) {
                let rows = table.rows.map { $0.map { SourceTable.Cell(ImportedText.mended($0, counting: &repairs)) } }
                blocks.append(.table(SourceTable(rows: rows, place: .page(page, line: lines[index].number), headerRows: table.headerRows)))
                index = table.lines.upperBound
                continue
            }
            let line = lines[index]
            var source = SourceLine(ImportedText.mended(line.text(), counting: &repairs), place: .page(page, line: line.number))
            source.isBold = line.isBold
            source.isItalic = line.isItalic
            let isInColumn = columnBlocks.contains { $0.lines.contains(index) }
            source.isCentered = !isInColumn && isCentered(line)
            source.relativeSize = ((line.size / geometry.bodySize) * 100).rounded() / 100
            source.isPageFoot = index >= footStart
            source.gapBefore = columnBlocks.contains { $0.rightColumnStart == index }
                || startsBlock(line, after: index > 0 ? lines[index - 1] : nil, canBeIndented: !isInColumn)
            blocks.append(.line(source))
            let isIndented = line.left >= geometry.leftMargin + geometry.bodySize * 0.8
            if !source.isPageFoot, !source.gapBefore || !isIndented { lastRunningLine = line }
            index += 1
        }
    }

    /// Centred: the line's middle is the text's middle, give or take half a
    /// letter (Word and browsers centre exactly), and it neither starts at
    /// the left margin or where paragraphs' first lines start (a one-line
    /// paragraph can end as far from the right margin as it is indented)
    /// nor spans the width.
    func isCentered(_ line: PDFLine) -> Bool {
        abs(line.middle - geometry.middle) <= geometry.bodySize / 2
            && line.right - line.left < geometry.width * 0.9
            && line.left > geometry.leftMargin + geometry.bodySize
            && geometry.indentedLeft.map { abs(line.left - $0) > 1.5 } ?? true
    }

    /// A line begins a paragraph, as far as its position tells, when either
    /// - the space above it is clearly more than the line spacing (by a
    ///   third of a line, for the lines' own sizes, and the room a
    ///   superscript takes): paragraph spacing, or
    ///   the space before and after a heading; or
    /// - it starts further in than the text's left margin (by 0.8 to 6
    ///   letters' size) and further in than the line above: a first-line
    ///   indent, which Word-made documents use as often as spacing.
    /// The first line of a page is judged by its indent alone, against the
    /// last line of the page before.
    func startsBlock(_ line: PDFLine, after previous: PDFLine?, canBeIndented: Bool = true) -> Bool {
        let size = geometry.bodySize
        let indent = line.left - geometry.leftMargin
        if canBeIndented, indent >= size * 0.8, indent <= size * 6, !isCentered(line),
           (previous ?? lastRunningLine).map({ $0.left < line.left - size * 0.5 && !hangs(line, after: $0) }) ?? true {
            return true
        }
        guard let previous else { return false }
        let spacing = line.baseline - previous.baseline
        let expected = geometry.lineSpacing * max(1, max(line.size, previous.size) / size) + line.superscriptRaise
        return spacing > expected + size * 0.3 || spacing < -size
    }

    /// A list item's next line, set under the item's text rather than its
    /// number or dash (a hanging indent): further in than the item's first
    /// line, by no more than a number's width.
    func hangs(_ line: PDFLine, after previous: PDFLine) -> Bool {
        line.left - previous.left <= geometry.bodySize * 3 && Self.startsWithListMarker(previous.text())
    }

    /// `1.`, `2)`, `a)`, `đ.`, `-`, `+`, `•` and the like, then a space.
    static func startsWithListMarker(_ text: String) -> Bool {
        guard let space = text.firstIndex(of: " ") else { return false }
        let marker = text[..<space]
        if marker.count == 1, "-–—+•*·▪◦".contains(marker) { return true }
        guard let last = marker.last, ".)".contains(last) else { return false }
        let label = marker.dropLast()
        return (1...3).contains(label.count) && (label.allSatisfy(\.isASCIIDigit) || (label.count == 1 && label.allSatisfy(\.isLetter)))
    }

    /// Where a page's foot begins: the lines at its bottom set smaller than
    /// the body text, each in one piece, below at least one line that is not, that begin with
    /// a footnote's number or stand apart from the body above. The page's
    /// line count when it has none.
    func pageFootStart(_ lines: [PDFLine]) -> Int {
        // Footnotes are text, not a table's row in several pieces.
        let isSmall = { (line: PDFLine) in line.size < geometry.bodySize * 0.9 && line.segments.count == 1 }
        var start = lines.count
        while start > 0, isSmall(lines[start - 1]) { start -= 1 }
        guard start > 0, start < lines.count else { return lines.count }
        let first = lines[start]
        let isNumbered = first.text().first?.isASCIIDigit == true
        let isApart = first.baseline - lines[start - 1].baseline > geometry.lineSpacing * 1.5
        return isNumbered || isApart ? start : lines.count
    }
}
