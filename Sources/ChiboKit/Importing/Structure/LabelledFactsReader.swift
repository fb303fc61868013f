/// Facts a printed page states with labels, as web portals and chibo's own
/// pages print them: a title set large over a line such as `Loại văn bản:
/// Hướng dẫn  Số, ký hiệu: 12-HD/TU  Ngày ban hành: 5/3/2026  Cơ quan ban
/// hành: …`, a lead paragraph set larger than the body (the summary), and a
/// closing `Quan hệ với văn bản khác` box (`Thay thế: Hướng dẫn 10-HD/BTCTW
/// ngày 10/10/2007`). Read into front matter and taken out of the body.
struct LabelledFactsReader {
    private(set) var facts = DocumentFacts()
    private(set) var kind: DirectiveKind?
    private(set) var summary: String?
    private(set) var relations: [(key: String, reference: String)] = []

    private static let labels: [(written: String, fact: String)] = [
        ("Loại văn bản", "kind"), ("Số, ký hiệu", "symbol"), ("Số ký hiệu", "symbol"), ("Số hiệu", "symbol"),
        ("Ký hiệu", "symbol"), ("Ngày ban hành", "date"), ("Cơ quan ban hành", "issuer"), ("Nơi ban hành", "issuer"),
        ("Trích yếu", "title"), ("Người ký", "signer"), ("Tình trạng", "status"), ("Hiệu lực", "status"),
    ]

    private static let relationLabels: [(written: String, key: String)] = [
        ("Thay thế", "replaces"), ("Thực hiện", "implements"), ("Sửa đổi", "amends"), ("Sửa đổi, bổ sung", "amends"),
    ]

    /// Reads the labelled facts near the start of `blocks` (and the title
    /// lines over them, and a lead paragraph under them) and a relations
    /// box near the end; removes what it read.
    mutating func read(_ blocks: inout [SourceBlock], report: inout ImportReport) {
        readHead(&blocks, report: &report)
        dropCitedInList(&blocks, report: &report)
        readRelations(&blocks)
    }

    /// A chibo page printed ends with the pages that cite it (`Được trích
    /// dẫn tại`): the site's links, not the document's text.
    private func dropCitedInList(_ blocks: inout [SourceBlock], report: inout ImportReport) {
        guard let heading = blocks.lastIndex(where: { block in
            if case .line(let line) = block { LinePatterns.lettersOnly(line.text) == "duoc trich dan tai" } else { false }
        }) else { return }
        report.notes.append(SourceNote(message: Message(ImportMessages.citedInListLeftOut),
                                       place: blocks[heading].place))
        blocks.removeSubrange(heading...)
    }

    private mutating func readHead(_ blocks: inout [SourceBlock], report: inout ImportReport) {
        guard let factsIndex = blocks.prefix(8).firstIndex(where: { block in
            if case .line(let line) = block { Self.labelledFacts(line.text).count >= 1 } else { false }
        }) else { return }
        // Every line from the facts line's start on to the last labelled line.
        var last = factsIndex
        while last + 1 < blocks.count, case .line(let line) = blocks[last + 1], !Self.labelledFacts(line.text).isEmpty { last += 1 }
        var found: [String: String] = [:]
        for index in factsIndex...last {
            guard case .line(let line) = blocks[index] else { continue }
            for (fact, value) in Self.labelledFacts(line.text) where found[fact] == nil { found[fact] = value }
        }
        guard found.count >= 2 || found["kind"] != nil || found["issuer"] != nil else { return }
        let place = blocks[factsIndex].place
        // The title: the lines over the facts, set apart (centred, bold or large).
        let titleLines: [String] = blocks[..<factsIndex].compactMap { block in
            guard case .line(let line) = block, line.isCentered || line.isBold || (line.relativeSize ?? 1) >= 1.1 else { return nil }
            return line.text.trimmed
        }
        guard titleLines.count == factsIndex else { return }
        if let kindWord = found["kind"] {
            // A kind chibo does not know as a directive's (`Bài viết`) is kept as written.
            kind = DirectiveKind.named(kindWord)
            facts.kind = DocumentFacts.Fact(value: kind?.word ?? kindWord, place: place, source: kindWord)
        }
        if let symbol = found["symbol"].flatMap(DirectiveSymbol.init) {
            facts.symbol = DocumentFacts.Fact(value: symbol.text, place: place, source: found["symbol"]!)
        }
        if let written = found["date"], let date = LinePatterns.dateAlone(written) {
            facts.date = DocumentFacts.DateFact(value: date, place: place, source: written)
        }
        if let issuer = found["issuer"] { facts.issuer = DocumentFacts.Fact(value: issuer, place: place, source: issuer) }
        let title = titleLines.joined(separator: " ")
        if !title.isEmpty {
            facts.title = DocumentFacts.Fact(value: title, place: blocks.first?.place, source: title)
        } else if let written = found["title"] {
            facts.title = DocumentFacts.Fact(value: written, place: place, source: written)
        }
        var end = last + 1
        // A lead paragraph set larger than the body: the summary.
        var lead: [String] = []
        while end < blocks.count, case .line(let line) = blocks[end], (line.relativeSize ?? 1) >= 1.05,
              !line.isBold, HeadingNumbering(line.text) == nil, lead.isEmpty || !line.gapBefore {
            lead.append(line.text.trimmed)
            end += 1
        }
        if !lead.isEmpty {
            summary = lead.joined(separator: " ")
            report.decide(Message(ImportMessages.summaryRead), at: blocks[last + 1].place)
        }
        blocks.removeSubrange(0..<end)
        if case .line(var first)? = blocks.first {
            first.gapBefore = true
            blocks[0] = .line(first)
        }
    }

    /// `Quan hệ với văn bản khác`, then `Thay thế: Hướng dẫn 10-HD/BTCTW
    /// ngày 10/10/2007` lines: the page's relations to other directives.
    private mutating func readRelations(_ blocks: inout [SourceBlock]) {
        guard let heading = blocks.lastIndex(where: { block in
            if case .line(let line) = block { LinePatterns.lettersOnly(line.text) == "quan he voi van ban khac" } else { false }
        }) else { return }
        var index = heading + 1
        var read: [(String, String)] = []
        let recognizer = CitationRecognizer()
        while index < blocks.count, case .line(let line) = blocks[index] {
            guard let (key, rest) = Self.relation(line.text) else { break }
            var run = TextRun()
            run.append(rest, at: SourceLocation(line: 1, column: 1))
            for citation in recognizer.citations(in: run) {
                guard let symbol = citation.symbol else { continue }
                read.append((key, citation.date.map { "\(symbol)@\($0)" } ?? symbol))
            }
            index += 1
        }
        guard !read.isEmpty else { return }
        relations = read.map { (key: $0.0, reference: $0.1) }
        blocks.removeSubrange(heading..<index)
    }

    private static func relation(_ text: String) -> (String, String)? {
        let trimmed = text.trimmed
        for (written, key) in relationLabels.sorted(by: { $0.written.count > $1.written.count }) where trimmed.hasPrefix(written + ":") {
            return (key, String(trimmed.dropFirst(written.count + 1)))
        }
        return nil
    }

    /// The labelled facts a line states, each value up to the next label.
    static func labelledFacts(_ text: String) -> [(String, String)] {
        var found: [(start: String.Index, end: String.Index, fact: String)] = []
        for (written, fact) in labels {
            var from = text.startIndex
            while let range = text.range(of: written + ":", range: from..<text.endIndex) {
                let overlaps = found.contains { $0.start <= range.lowerBound && range.lowerBound < $0.end }
                if !overlaps { found.append((range.lowerBound, range.upperBound, fact)) }
                from = range.upperBound
            }
        }
        // A line of facts starts with its first label.
        found.sort { $0.start < $1.start }
        guard let first = found.first, text[..<first.start].trimmed.isEmpty else { return [] }
        return found.indices.map { index in
            let valueEnd = index + 1 < found.count ? found[index + 1].start : text.endIndex
            return (found[index].fact, text[found[index].end..<valueEnd].trimmed)
        }.filter { !$0.1.isEmpty }
    }
}
