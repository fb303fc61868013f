/// The document header Party and State documents open with, read into
/// front matter and taken out of the body: the issuing body (left), the
/// national lines (right, dropped), `Số 12-HD/TU`, the place and date, the
/// kind in capitals and the subject line. A fact the header does not state
/// is left out.
struct HeaderReader {
    /// The header's facts; `title` waits for the body's casing.
    var facts = DocumentFacts()
    /// The issuing body's lines as the header writes them (`TỈNH ỦY CAO BẰNG`).
    var bodyLines: [String] = []
    var kind: DirectiveKind?
    var kindPlace: SourcePlace?
    var subject: [String] = []
    /// A title on the first line of a document with no header and no kind.
    var titleLine: String?

    /// Reads the header at the start of `blocks` and removes its lines.
    /// Nothing is removed unless the lines are certainly a header: a kind
    /// line, a `Số` line, a national line or a place-and-date line among them.
    mutating func read(_ blocks: inout [SourceBlock], report: inout ImportReport) {
        Self.spreadHeaderTable(&blocks)
        var index = 0
        var consumed = 0
        var isHeader = false
        var pendingBodyLines: [(String, SourcePlace)] = []
        scan: while index < blocks.count, index < 30 {
            guard case .line(let line) = blocks[index] else { break }
            let text = line.text.trimmed
            if LinePatterns.isNationalLine(text) || LinePatterns.isSeparator(text) || LinePatterns.isInternalMarking(text) {
                // `LƯU HÀNH NỘI BỘ` stands in the header; the page's
                // `visibility: internal` keeps what it says.
                isHeader = isHeader || LinePatterns.isNationalLine(text)
            } else if let symbol = LinePatterns.symbolLine(text) {
                facts.symbol = DocumentFacts.Fact(value: symbol.text, place: line.place, source: text)
                isHeader = true
            } else if let date = LinePatterns.headerDate(text) {
                facts.date = DocumentFacts.DateFact(value: date, place: line.place, source: text)
                isHeader = true
            } else if let kind = LinePatterns.kindLine(text) {
                self.kind = kind
                kindPlace = line.place
                isHeader = true
                index += 1
                index = readSubject(blocks, from: index)
                consumed = index
                break scan
            } else if LinePatterns.isCapitals(text), text.count <= 80, kind == nil, facts.symbol == nil,
                      LinePatterns.startsWithBodyWord(text) || (!pendingBodyLines.isEmpty && pendingBodyLines.count < 3) {
                pendingBodyLines.append((text, line.place))
            } else {
                break
            }
            index += 1
            if isHeader { consumed = index }
        }
        guard isHeader else {
            readTitleLine(&blocks, report: &report)
            return
        }
        bodyLines = pendingBodyLines.map(\.0)
        blocks.removeFirst(consumed)
        // Separators right after the subject (`-----`) belong to the header too.
        while case .line(let line)? = blocks.first, LinePatterns.isSeparator(line.text) { blocks.removeFirst() }
        if let kind { facts.kind = DocumentFacts.Fact(value: kind.word, place: kindPlace, source: kind.word) }
    }

    /// A document without a header may open with its title on a line of
    /// its own, short and not a sentence, before longer paragraphs
    /// (`Hướng dẫn về tổ chức …`, or a Word file's Title paragraph): taken
    /// as the title, and its kind when it starts with one.
    private mutating func readTitleLine(_ blocks: inout [SourceBlock], report: inout ImportReport) {
        guard case .line(let line)? = blocks.first, blocks.count >= 2, case .line(var next) = blocks[1] else { return }
        let text = line.text.trimmed
        // A date alone under the title (a Word file's Date paragraph).
        let date = LinePatterns.dateAlone(next.text)
        if date != nil {
            guard blocks.count >= 3, case .line(let after) = blocks[2] else { return }
            next = after
        }
        guard text.count <= 160, text.split(separator: " ").count >= 3, !LinePatterns.endsSentence(text), !text.contains("\t"),
              HeadingNumbering(text) == nil, text.firstMatch(of: ImportPatterns.listMark) == nil, next.text.count > text.count || date != nil || HeadingNumbering(next.text) != nil,
              !LinePatterns.isCapitals(text) else { return }
        // A line the pages repeat is a running header, not the title.
        let repeats = blocks.dropFirst().contains { if case .line(let other) = $0 { other.text.trimmed == text } else { false } }
        guard !repeats else { return }
        if let date, case .line(let dateLine) = blocks[1] {
            facts.date = DocumentFacts.DateFact(value: date, place: dateLine.place, source: dateLine.text)
            blocks.remove(at: 1)
        }
        let words = text.split(separator: " ")
        for count in (1...min(4, words.count - 1)).reversed() {
            if let kind = DirectiveKind.named(words.prefix(count).joined(separator: " ")) {
                self.kind = kind
                kindPlace = line.place
                subject = [words.dropFirst(count).joined(separator: " ")]
                facts.kind = DocumentFacts.Fact(value: kind.word, place: line.place, source: text)
                blocks.removeFirst()
                return
            }
        }
        titleLine = text
        report.decide(Message(ImportMessages.shortFirstLineIsTitle, ["text": text]), at: line.place)
        blocks.removeFirst()
    }

    /// The subject lines after the kind line: capitals or starting in lower
    /// case (`về …`, `nâng cao …`), never a numbered heading; returns the
    /// index after them.
    private mutating func readSubject(_ blocks: [SourceBlock], from start: Int) -> Int {
        var index = start
        var subjectIsCentered = false
        while index < blocks.count, subject.count < 4, case .line(let line) = blocks[index] {
            let text = line.text.trimmed
            if let numbering = HeadingNumbering(text), numbering.style <= .roman || numbering.readsAsHeading { break }
            let capitals = LinePatterns.isCapitals(text)
            // A subject may close on a bracket (`(sửa đổi, bổ sung).`), not on a sentence.
            let endsASentence = LinePatterns.endsSentence(text) && !text.hasSuffix(")")
            if subject.isEmpty {
                let subjectLike = capitals || LinePatterns.startsLowercase(text) || text.lowercased().hasPrefix("v/v")
                    || text.hasPrefix("Về ")
                guard subjectLike, text.count <= 300, !endsASentence else { break }
                subjectIsCentered = line.isCentered
            } else {
                // A subject wraps over lines of the same kind, with no gap,
                // centred like its first line where the reader knows it; a
                // line that ends a sentence is the body's first paragraph.
                guard !line.gapBefore, capitals == LinePatterns.isCapitals(subject[0]), !LinePatterns.isSeparator(text),
                      line.isCentered == subjectIsCentered, !LinePatterns.endsSentence(subject.last!), !endsASentence else { break }
            }
            subject.append(text)
            index += 1
        }
        return index
    }

    /// Word lays the header out in a borderless table (body and symbol on
    /// the left, national lines and date on the right): its cells are read
    /// as header lines, the left column first.
    private static func spreadHeaderTable(_ blocks: inout [SourceBlock]) {
        guard let position = blocks.prefix(3).firstIndex(where: { if case .table = $0 { true } else { false } }),
              case .table(let table) = blocks[position] else { return }
        let columns = table.rows.map(\.count).max() ?? 0
        var lines: [SourceLine] = []
        for column in 0..<columns {
            for row in table.rows where column < row.count {
                for piece in row[column].text.split(separator: "\n") where !piece.trimmed.isEmpty {
                    lines.append(SourceLine(String(piece), place: table.place))
                }
            }
        }
        let looksLikeHeader = lines.contains {
            LinePatterns.isNationalLine($0.text) || LinePatterns.symbolLine($0.text) != nil || LinePatterns.headerDate($0.text) != nil
        }
        guard looksLikeHeader, columns <= 3 else { return }
        blocks.replaceSubrange(position...position, with: lines.map { .line($0) })
    }

    /// The issuing body as the header names it: the lowest of its lines,
    /// completed by the one above when that is the Central Committee
    /// (`BAN CHẤP HÀNH TRUNG ƯƠNG` over `BAN TỔ CHỨC` is Ban Tổ chức Trung ương).
    func issuer(casing: BodyCasing) -> String? {
        guard var name = bodyLines.last else { return nil }
        if bodyLines.count >= 2 {
            let above = bodyLines[bodyLines.count - 2]
            let words = above.split(separator: " ")
            if LinePatterns.lettersOnly(above).hasPrefix("ban chap hanh "), words.count > 3 {
                name += " " + words.dropFirst(3).joined(separator: " ")
            } else if !LinePatterns.startsWithBodyWord(name) {
                // `ỦY BAN NHÂN DÂN` over `TỈNH CAO BẰNG`: one name over two lines.
                name = above + " " + name
            }
        }
        return casing.cased(name, capitaliseFirst: true, isName: true)
    }
}
