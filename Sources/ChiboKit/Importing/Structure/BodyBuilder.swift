import Foundation

/// A document's body lines made into Markdown blocks: paragraphs rejoined
/// from hard-wrapped lines, headings from the document's own numbering
/// (numbering kept as text, `##` for the top level), `-` lists, tables.
struct BodyBuilder {
    private enum UnitKind: Equatable {
        case paragraph, listItem, heading(HeadingKey), capitals, table(PageTable)
    }

    /// What ranks a heading: its numbering's style, or Word's outline level.
    private enum HeadingKey: Hashable {
        case numbered(HeadingNumbering.Style)
        case outline(Int)
        /// A bold line of its own with no numbering, by its size in tenths
        /// of the body's (Word or a PDF shows such lines as headings).
        case bold(size: Int)
    }

    private struct Unit {
        var kind: UnitKind
        var text: String
        var place: SourcePlace?
        var lastLine: String
        var isWhole: Bool
        var lineCount = 1
        var isBold = false
    }

    private var units: [Unit] = []
    private let wrapWidth: Int?

    private let marksParagraphs: Bool

    init(_ blocks: [SourceBlock], marksParagraphs: Bool = false, report: inout ImportReport) {
        self.marksParagraphs = marksParagraphs
        let blocks = Self.withoutRunningLines(blocks, report: &report)
        wrapWidth = Self.wrapWidth(of: blocks) ?? (marksParagraphs ? Self.usualLineLength(of: blocks) : nil)
        var tabLines: [SourceLine] = []
        var gap = false
        // Only a page break comes between the last table and this block.
        var brokeAfterTable = false
        func flushTable() {
            guard !tabLines.isEmpty else { return }
            if tabLines.count == 1 {
                let line = tabLines[0]
                append(SourceLine(line.text.replacingOccurrences(of: "\t", with: " "), place: line.place), gap: true)
            } else if let last = units.last, case .table(let table) = last.kind,
                      let rows = TableBuilder.continuation(of: table, rows: TableBuilder.rows(fromTabLines: tabLines.map(\.text)),
                                                           headerRepeats: false) {
                // A table a page break cut goes on without its header. (A header
                // written again in text was typed so: the tables stay apart.)
                units[units.count - 1].kind = .table(TableBuilder.appending(rows, to: table))
                report.decide(Message(ImportMessages.tableGoesOn), at: tabLines[0].place)
            } else {
                units.append(Unit(kind: .table(TableBuilder.table(fromTabLines: tabLines.map(\.text))), text: "",
                                  place: tabLines[0].place, lastLine: "", isWhole: true))
            }
            tabLines = []
        }
        for block in blocks {
            switch block {
            case .pageBreak:
                flushTable()
                if case .table? = units.last?.kind { brokeAfterTable = true }
                gap = true
            case .table(let table):
                flushTable()
                if table.isBorderless, (table.rows.map(\.count).max() ?? 0) <= 3, table.rows.count <= 4 {
                    // A layout table (a signature block beside `Nơi nhận`): its cells are paragraphs.
                    for row in table.rows {
                        for cell in row where !cell.text.isEmpty {
                            for piece in cell.text.split(separator: "\n") {
                                var line = SourceLine(String(piece), place: table.place)
                                line.isWholeParagraph = true
                                append(line, gap: true)
                            }
                        }
                    }
                } else if brokeAfterTable, let last = units.last, case .table(let previous) = last.kind,
                          let rows = TableBuilder.continuation(of: previous, rows: TableBuilder.rows(from: table), knownHeaderRows: table.headerRows,
                                                                     headerRepeats: true) {
                    // The page broke the table: it goes on, under its header again or without one.
                    units[units.count - 1].kind = .table(TableBuilder.appending(rows, to: previous))
                    report.decide(Message(ImportMessages.tableGoesOn), at: table.place)
                } else {
                    units.append(Unit(kind: .table(TableBuilder.table(from: table)), text: "", place: table.place, lastLine: "", isWhole: true))
                }
                brokeAfterTable = false
                gap = true
            case .line(var line):
                brokeAfterTable = false
                line.text = Self.withoutInlineTags(line.text)
                if line.text.contains("\t"), !line.isWholeParagraph || line.text.split(separator: "\t").count >= 2 {
                    if line.gapBefore { flushTable() }
                    tabLines.append(line)
                    continue
                }
                flushTable()
                if LinePatterns.pageNumber(in: line.text) != nil {
                    report.pageNumbersRemoved += 1
                    continue
                }
                append(line, gap: gap || line.gapBefore)
                gap = false
            }
        }
        flushTable()
        // A numbered heading wrapped after a comma (`3. Đổi mới …, hướng dẫn
        // của cấp trên,` / `phù hợp với …`) read as a paragraph line by
        // line: judged again whole.
        for index in units.indices where units[index].kind == .paragraph && !units[index].isWhole && units[index].lineCount <= 3 {
            if let numbering = HeadingNumbering(units[index].text), numbering.readsAsHeading, units[index].lineCount > 1 {
                units[index].kind = .heading(.numbered(numbering.style))
            }
        }
    }

    // MARK: Lines into units

    private mutating func append(_ line: SourceLine, gap: Bool) {
        let text = line.text.trimmed
        guard !text.isEmpty else { return }
        let kind = Self.kind(of: line, text: text)
        if let last = units.last, kind == .paragraph || kind == .listItem, joins(last, with: line, text: text, kind: kind, gap: gap) {
            units[units.count - 1].text = Self.joined(last.text, last.lastLine, text)
            units[units.count - 1].lastLine = text
            units[units.count - 1].lineCount += 1
            return
        }
        // A bold heading wrapped over lines goes on in bold, with no gap
        // (also one whose first line, ending in a comma, read as a paragraph).
        if let last = units.last, last.kind == .paragraph || { if case .heading = last.kind { true } else { false } }(),
           last.isBold, line.isBold, !last.isWhole, !line.isWholeParagraph, !gap, HeadingNumbering(text) == nil {
            units[units.count - 1].text = Self.joined(last.text, last.lastLine, text)
            units[units.count - 1].lastLine = text
            units[units.count - 1].lineCount += 1
            return
        }
        // A numbered line that looked like a heading goes on, with no gap, in
        // small letters: it was the first line of a numbered paragraph
        // (`1. Phát huy … của chi` / `bộ cơ quan …`), or a heading wrapped
        // over two lines. The whole is judged again.
        if kind == .paragraph, let last = units.last, case .heading(let key) = last.kind, !last.isWhole, !line.isWholeParagraph,
           !gap, LinePatterns.startsLowercase(text) || !LinePatterns.endsSentence(last.lastLine) && (wrapWidth.map { last.lastLine.count * 10 >= $0 * 8 } ?? false) {
            let whole = Self.joined(last.text, last.lastLine, text)
            let stillHeading = HeadingNumbering(whole)?.readsAsHeading ?? false
            units[units.count - 1].text = whole
            units[units.count - 1].lastLine = text
            units[units.count - 1].kind = stillHeading ? .heading(key) : .paragraph
            return
        }
        // A title in capitals wrapped over lines goes on; a signature's lines
        // (`T/M ĐẢNG ỦY` / `BÍ THƯ`) each name someone and stay apart.
        if kind == .capitals, let last = units.last, last.kind == .capitals, !gap, !line.isWholeParagraph,
           !LinePatterns.startsWithBodyWord(text), !LinePatterns.startsWithBodyWord(last.text) {
            units[units.count - 1].text += " " + text
            units[units.count - 1].lastLine = text
            return
        }
        var unitText = text
        if kind == .listItem { unitText = String(text.drop { "-+•–".contains($0) }).trimmed }
        units.append(Unit(kind: kind, text: unitText, place: line.place, lastLine: text, isWhole: line.isWholeParagraph, isBold: line.isBold))
    }

    private static func kind(of line: SourceLine, text: String) -> UnitKind {
        if text.firstMatch(of: ImportPatterns.listItem) != nil { return .listItem }
        if let numbering = HeadingNumbering(text) {
            if numbering.readsAsHeading || (numbering.title.isEmpty && numbering.style <= .article) {
                return .heading(line.outlineLevel.map { .outline($0) } ?? .numbered(numbering.style))
            }
            return .paragraph
        }
        if let level = line.outlineLevel, text.count <= 300 { return .heading(.outline(level)) }
        if line.isBold, isBoldHeading(text) {
            return .heading(.bold(size: Int(((line.relativeSize ?? 1) * 10).rounded())))
        }
        if LinePatterns.isCapitals(text), text.count <= 200, !LinePatterns.isSeparator(text), !LinePatterns.endsSentence(text) {
            return .capitals
        }
        return .paragraph
    }

    /// A bold line that is a heading: a short phrase of two words or more,
    /// not a sentence, not a label (`Nơi nhận:`), not in capitals (read as
    /// such), and not a person's name (every word capitalised, as the
    /// signer's name under a signature).
    private static func isBoldHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 2, text.count <= 200, !LinePatterns.endsSentence(text), !LinePatterns.isCapitals(text) else { return false }
        let isName = words.count <= 5 && words.allSatisfy { $0.first?.isUppercase ?? false }
        return !isName
    }

    /// Whether `line` continues the unit before it (a hard-wrapped
    /// paragraph, or one a page break cut).
    private func joins(_ last: Unit, with line: SourceLine, text: String, kind: UnitKind, gap: Bool) -> Bool {
        guard kind == .paragraph, last.kind == .paragraph || last.kind == .listItem, !last.isWhole, !line.isWholeParagraph else { return false }
        let previous = last.lastLine
        if !gap {
            if marksParagraphs {
                // Paragraphs are marked, but a tight list's items (their
                // bullets are drawn, not written) are not: a short line that
                // ends a sentence, far from the line's end, ends its item.
                guard LinePatterns.endsSentence(previous), let wrapWidth else { return true }
                let firstWord = text.prefix { !$0.isWhitespace }.count
                return (previous.count + 1 + firstWord) * 10 > wrapWidth * 8
            }
            guard let wrapWidth else {
                // One paragraph per line: only a line cut mid-sentence goes on.
                return !LinePatterns.endsSentence(previous)
                    && (LinePatterns.startsLowercase(text) || previous.count >= 100 || ",;:.)".contains(text.first!))
            }
            if !LinePatterns.endsSentence(previous) { return true }
            // A stop at the line's end ends the paragraph when the next word would have fitted on the line.
            let firstWord = text.prefix { !$0.isWhitespace }.count
            return previous.count + 1 + firstWord > wrapWidth
        }
        // Across a blank line or a page break: only a sentence the break cut.
        guard !LinePatterns.endsSentence(previous), let first = text.first, first.isLetter || first.isNumber else { return false }
        return previous.count >= min(100, Int(Double(wrapWidth ?? 100) * 0.7))
    }

    /// Joins two lines of a paragraph; a word split by a hyphen at the end
    /// of a line is joined without it only when both halves are no
    /// Vietnamese syllable and the whole is one.
    static func joined(_ text: String, _ previous: String, _ next: String) -> String {
        // `01-` / `HD/TU`: a hyphen glued to what is before it joins what follows.
        if previous.hasSuffix("-"), let before = previous.dropLast().last, before.isLetter || before.isNumber,
           next.first?.isLowercase != true {
            return text + next
        }
        if previous.hasSuffix("-"), previous.dropLast().last?.isLetter == true, next.first?.isLowercase == true {
            let head = String(previous.dropLast().reversed().prefix { $0.isLetter }.reversed())
            let tail = String(next.prefix { $0.isLetter })
            if !VietnameseSyllable.isValid(head), !VietnameseSyllable.isValid(tail), VietnameseSyllable.isValid(head + tail) {
                return String(text.dropLast()) + next
            }
            return text + next
        }
        // A line that starts with a comma or a stop goes on the word before it.
        return text + (",;:.)".contains(next.first ?? " ") ? "" : " ") + next
    }

    /// The width hard-wrapped lines were wrapped at, when the lines are
    /// hard-wrapped: many lines end mid-sentence and the next goes on in
    /// lower case. Nil for a file that holds one paragraph per line.
    private static func wrapWidth(of blocks: [SourceBlock]) -> Int? {
        var wrapped: [Int] = []
        var total = 0
        var previous: SourceLine?
        for block in blocks {
            guard case .line(let line) = block, !line.isWholeParagraph, !line.text.contains("\t") else {
                previous = nil
                continue
            }
            total += 1
            if let previous, !line.gapBefore, !LinePatterns.endsSentence(previous.text), LinePatterns.startsLowercase(line.text) {
                wrapped.append(previous.text.count)
            }
            previous = line
        }
        guard wrapped.count >= 5, wrapped.count * 10 >= total else { return nil }
        return wrapped.sorted()[wrapped.count * 9 / 10]
    }

    /// A laid-out page's lines (a PDF's): most run to the margin, so their
    /// usual length is the width.
    private static func usualLineLength(of blocks: [SourceBlock]) -> Int? {
        let lengths = blocks.compactMap { block -> Int? in
            guard case .line(let line) = block, !line.isWholeParagraph, !line.text.contains("\t") else { return nil }
            return line.text.count
        }.sorted()
        return lengths.count >= 5 ? lengths[lengths.count * 9 / 10] : nil
    }


    /// Running headers and footers left in copied text: a short line that
    /// comes back three times or more (its numbers aside), each time next
    /// to a page number or a page break. Lines that only repeat (an annex's
    /// issuing body over each table) are kept.
    private static func withoutRunningLines(_ blocks: [SourceBlock], report: inout ImportReport) -> [SourceBlock] {
        func key(_ block: SourceBlock) -> String? {
            guard case .line(let line) = block, line.text.count <= 80, !line.text.contains("\t"),
                  LinePatterns.pageNumber(in: line.text) == nil, HeadingNumbering(line.text) == nil else { return nil }
            return line.text.replacing(ImportPatterns.digits, with: "#").trimmed
        }
        func isPageEdge(_ index: Int) -> Bool {
            guard blocks.indices.contains(index) else { return true }
            if case .pageBreak = blocks[index] { return true }
            if case .line(let line) = blocks[index] { return LinePatterns.pageNumber(in: line.text) != nil }
            return false
        }
        var occurrences: [String: [Int]] = [:]
        for index in blocks.indices {
            if let key = key(blocks[index]) { occurrences[key, default: []].append(index) }
        }
        var dropped = Set<Int>()
        for (text, indices) in occurrences where indices.count >= 3 {
            let atEdges = indices.filter { isPageEdge($0 - 1) || isPageEdge($0 + 1) }
            guard atEdges.count == indices.count else { continue }
            dropped.formUnion(indices)
            report.notes.append(SourceNote(message: Message(ImportMessages.runningLinesRemoved, ["text": text, "count": indices.count]),
                                           place: blocks[indices[0]].place))
        }
        return blocks.indices.filter { !dropped.contains($0) }.map { blocks[$0] }
    }

    /// `<i>`, `<b>` and their like, which text copied from a web page keeps.
    private static func withoutInlineTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        return text.replacing(ImportPatterns.inlineTag, with: "")
    }

    // MARK: Units into blocks

    /// The units as Markdown blocks. `readsCaptions`: the document is an
    /// article (it states no kind), which may carry photos.
    func blocks(readsCaptions: Bool = false, report: inout ImportReport) -> [PageBlock] {
        var blocks: [PageBlock] = []
        let levels = headingLevels()
        var index = 0
        while index < units.count {
            let unit = units[index]
            switch unit.kind {
            case .paragraph:
                if readsCaptions, let split = PhotoCaption.split(unit.text) {
                    blocks.append(.paragraph(split.caption))
                    blocks.append(.paragraph(split.rest))
                    report.decide(Message(ImportMessages.photoCaption, ["caption": split.caption]), at: unit.place)
                } else {
                    blocks.append(.paragraph(unit.text))
                }
            case .listItem:
                if case .list(let items)? = blocks.last {
                    blocks[blocks.count - 1] = .list(items + [unit.text])
                } else {
                    blocks.append(.list([unit.text]))
                }
            case .table(let table):
                blocks.append(.table(table))
                report.tables += 1
            case .heading(let key):
                var text = Self.headingText(unit.text)
                // `Phần thứ nhất` on its own line, its title in capitals on the next.
                if let numbering = HeadingNumbering(unit.text), numbering.title.isEmpty, index + 1 < units.count,
                   units[index + 1].kind == .capitals {
                    text += " — " + Self.headingText(units[index + 1].text)
                    index += 1
                } else if let numbering = HeadingNumbering(unit.text), numbering.style <= .section, !numbering.title.isEmpty {
                    let title = Self.headingText(numbering.title).drop { "—–-:. ".contains($0) }
                    text = numbering.number + " — " + title
                }
                blocks.append(.heading(level: levels[key] ?? 2, text: text))
                report.headings += 1
            case .capitals:
                if let heading = annexHeading(at: &index, blocks: &blocks) {
                    blocks.append(.heading(level: 2, text: heading))
                    report.headings += 1
                } else if Self.isTitleLike(unit.text) {
                    blocks.append(.heading(level: 2, text: Self.headingText(unit.text)))
                    report.headings += 1
                    report.decide(Message(ImportMessages.capitalsLineIsHeading, ["text": unit.text]), at: unit.place)
                } else {
                    blocks.append(.paragraph(unit.text))
                }
            }
            index += 1
        }
        return blocks
    }

    /// `Biểu số 01` / `BIỂU THỐNG KÊ` / `số lượng …`: an annex's title over
    /// two or three lines made one heading. `index` is at the capitals line.
    private func annexHeading(at index: inout Int, blocks: inout [PageBlock]) -> String? {
        let unit = units[index]
        guard !LinePatterns.startsWithBodyWord(unit.text), !LinePatterns.isNationalLine(unit.text),
              index + 1 < units.count, units[index + 1].kind == .paragraph else { return nil }
        let subject = units[index + 1].text
        guard subject.count <= 200, !LinePatterns.endsSentence(subject), !subject.hasPrefix("(") else { return nil }
        var heading = Self.headingText(unit.text) + " " + subject
        if case .paragraph(let label)? = blocks.last, label.firstMatch(of: ImportPatterns.annexLabel) != nil {
            blocks.removeLast()
            heading = label + ". " + heading
        }
        index += 1
        return heading
    }

    /// A line in capitals that is a title, not a body's name or a signer's
    /// line: not an issuing body, not a national line, more than one word.
    private static func isTitleLike(_ text: String) -> Bool {
        !LinePatterns.startsWithBodyWord(text) && !LinePatterns.isNationalLine(text) && text.split(separator: " ").count >= 2
            && !text.hasSuffix(":")
    }

    private static func headingText(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").trimmed
    }

    /// Each heading style's level: the outermost the document uses is `##`,
    /// the next `###`, and so on (`#` is the page's title).
    private func headingLevels() -> [HeadingKey: Int] {
        var numbered = Set<HeadingNumbering.Style>()
        var outlines = Set<Int>()
        var boldSizes = Set<Int>()
        for unit in units {
            guard case .heading(let key) = unit.kind else { continue }
            switch key {
            case .numbered(let style): numbered.insert(style)
            case .outline(let level): outlines.insert(level)
            case .bold(let size): boldSizes.insert(size)
            }
        }
        var levels: [HeadingKey: Int] = [:]
        for (rank, style) in numbered.sorted().enumerated() { levels[.numbered(style)] = min(2 + rank, 6) }
        if let top = outlines.min() {
            for level in outlines { levels[.outline(level)] = min(2 + level - top, 6) }
        }
        // Bold headings: the largest is the top level, smaller ones below it.
        for (rank, size) in boldSizes.sorted(by: >).enumerated() { levels[.bold(size: size)] = min(2 + rank, 6) }
        return levels
    }
}
