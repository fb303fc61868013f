import Foundation

/// The structure stage of `chibo import`: a reader's lines made into a page,
/// by the same rules whatever the file was: the header read into front
/// matter, footnotes matched with their markers, the body's paragraphs,
/// headings, lists and tables rebuilt.
enum PageStructure {
    static func page(from document: SourceDocument, fileName: String) -> ImportedPage {
        var page = ImportedPage()
        page.report.readAs = document.readAs
        page.report.isOCR = document.isOCR
        page.report.repairs = document.repairs
        page.report.notes = document.notes

        var blocks = document.blocks
        var labelled = LabelledFactsReader()
        labelled.read(&blocks, report: &page.report)
        var header = HeaderReader()
        if labelled.facts.title == nil { header.read(&blocks, report: &page.report) }

        var footnotes = FootnoteReader()
        if document.footnotes.isEmpty {
            footnotes.read(&blocks, report: &page.report)
        } else {
            footnotes.takeKnown(document.footnotes, in: &blocks)
        }
        page.footnotes = footnotes.footnotes
        page.report.footnotes = page.footnotes.count

        let body = BodyBuilder(blocks, marksParagraphs: document.marksParagraphs, report: &page.report)
        page.blocks = body.blocks(readsCaptions: header.kind == nil && labelled.kind == nil, report: &page.report)

        let casing = BodyCasing(lines: page.blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } })
        page.facts = header.facts
        let stated = StatedFacts(blocks: page.blocks, kind: header.kind ?? labelled.kind, headerBodyLines: header.bodyLines, casing: casing)
        page.facts.title = labelled.facts.title ?? title(header: header, casing: casing, stated: stated, fileName: fileName, report: &page.report)
        page.facts.kind = page.facts.kind ?? labelled.facts.kind
        page.facts.symbol = page.facts.symbol ?? labelled.facts.symbol
        page.facts.date = page.facts.date ?? labelled.facts.date
        page.facts.issuer = page.facts.issuer ?? labelled.facts.issuer
        page.facts.summary = labelled.summary
        page.facts.relations = labelled.relations
        stated.complete(&page.facts, header: header)
        if let place = internalMarking(in: document) {
            page.facts.isInternal = true
            page.report.decide(Message(ImportMessages.internalMarked), at: place)
        }
        return page
    }

    /// Where the document first says `lưu hành nội bộ`, in any line, cell
    /// or footnote, before the header's lines are taken out of the body.
    /// The lines are read as one text, so the phrase is found when a line
    /// break cuts it (`… lưu hành` / `nội bộ`), as the checker finds it.
    private static func internalMarking(in document: SourceDocument) -> SourcePlace? {
        let lines = document.blocks.compactMap { block -> SourceLine? in if case .line(let line) = block { line } else { nil } }
        if let mention = InternalMarkingChecker.firstMention(in: lines.map(\.text).joined(separator: "\n")) {
            return lines[mention.line - 1].place
        }
        for case .table(let table) in document.blocks
        where table.rows.joined().contains(where: { InternalMarkingChecker.firstMention(in: $0.text) != nil }) {
            return table.place
        }
        return document.footnotes.first { InternalMarkingChecker.firstMention(in: $0.text) != nil }?.place
    }

    /// The kind and subject as a reader writes them (`Hướng dẫn về tổ chức
    /// …`); a document that states neither gets its first words, reported.
    private static func title(header: HeaderReader, casing: BodyCasing, stated: StatedFacts, fileName: String,
                              report: inout ImportReport) -> DocumentFacts.Fact {
        let subject = header.subject.joined(separator: " ")
        var casedSubject = LinePatterns.isCapitals(subject) ? casing.cased(subject, capitaliseFirst: false) : subject
        // `Về việc …` under the kind reads `Quyết định về việc …` in a title.
        if casedSubject.hasPrefix("Về ") || casedSubject.hasPrefix("V/v ") {
            casedSubject = casedSubject.prefix(1).lowercased() + casedSubject.dropFirst()
        }
        if let kind = header.kind {
            let title = casedSubject.isEmpty ? kind.word : kind.word + " " + casedSubject
            return DocumentFacts.Fact(value: title, place: header.kindPlace, source: ([kind.word.uppercased()] + header.subject).joined(separator: " / "))
        }
        if !subject.isEmpty {
            return DocumentFacts.Fact(value: BodyCasing.capitalised(casedSubject), place: nil, source: subject)
        }
        if let line = header.titleLine {
            return DocumentFacts.Fact(value: line, place: nil, source: line)
        }
        let words = stated.firstWords
        var title = words.joined(separator: " ")
        if words.count == 12 { title += "…" }
        if title.isEmpty { title = URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent }
        report.decide(Message(ImportMessages.noTitle, ["title": title]), at: nil)
        return DocumentFacts.Fact(value: title, place: nil, source: "first words")
    }
}

/// Facts the body states about its own document when the header does not:
/// an annex's `(Kèm theo Đề án số 03-ĐA/TU, ngày 28/5/2026 của Ban Thường
/// vụ Tỉnh ủy)`, the signature's `T/M BAN THƯỜNG VỤ`, and the opening's
/// formula `…, Ban Tổ chức Trung ương hướng dẫn … như sau:`.
struct StatedFacts {
    let blocks: [PageBlock]
    let kind: DirectiveKind?
    let headerBodyLines: [String]
    let casing: BodyCasing

    init(blocks: [PageBlock], kind: DirectiveKind?, headerBodyLines: [String], casing: BodyCasing) {
        self.blocks = blocks
        self.kind = kind
        self.headerBodyLines = headerBodyLines
        self.casing = casing
        paragraphs = blocks.compactMap {
            guard case .paragraph(let text) = $0 else { return nil }
            return text.contains("\u{E000}") ? text.replacing(ImportPatterns.footnoteMarker, with: "") : text
        }
    }

    /// The paragraphs' text, without footnote markers.
    let paragraphs: [String]

    /// The first paragraph's words up to its first stop (a number's dot is none), twelve at most.
    var firstWords: [String] {
        guard let first = paragraphs.first(where: { $0.split(separator: " ").count >= 3 }) else { return [] }
        var words: [String] = []
        for word in first.split(separator: " ").prefix(12) {
            let ends = word.last.map { ".;:!?".contains($0) } ?? false
            let isNumber = word.dropLast().allSatisfy { $0.isNumber || $0 == "." }
            if ends, !isNumber {
                words.append(String(word.dropLast()))
                break
            }
            words.append(String(word))
        }
        return words
    }

    func complete(_ facts: inout DocumentFacts, header: HeaderReader) {
        if let kind, let annex = annexCitation(of: kind) {
            if facts.symbol == nil, let symbol = annex.symbol {
                facts.symbol = DocumentFacts.Fact(value: symbol, place: nil, source: annex.text)
            }
            if facts.date == nil, let date = annex.date {
                facts.date = DocumentFacts.DateFact(value: date, place: nil, source: annex.text)
            }
            if facts.issuer == nil, let body = annex.issuingBody {
                facts.issuer = DocumentFacts.Fact(value: completed(body), place: nil, source: annex.text)
            }
        }
        if facts.issuer == nil, let signer = signatureBody(organ: header.issuer(casing: casing)) {
            facts.issuer = DocumentFacts.Fact(value: signer, place: nil, source: "signature")
        }
        if facts.issuer == nil, let name = header.issuer(casing: casing) {
            facts.issuer = DocumentFacts.Fact(value: name, place: nil, source: header.bodyLines.joined(separator: " / "))
        }
        if facts.issuer == nil, let (name, sentence) = openingIssuer() {
            facts.issuer = DocumentFacts.Fact(value: name, place: nil, source: sentence)
        }
    }

    /// The citation of this document in an annex's `Kèm theo …` line.
    private func annexCitation(of kind: DirectiveKind) -> Citation? {
        let recognizer = CitationRecognizer()
        for text in paragraphs where VietnameseText.fold(text).contains("kem theo") {
            var run = TextRun()
            run.append(text, at: SourceLocation(line: 1, column: 1))
            if let citation = recognizer.citations(in: run).first(where: { $0.kindWord.map(DirectiveKind.named) == kind }) {
                return citation
            }
        }
        return nil
    }

    /// `Ban Thường vụ Tỉnh ủy` completed by the header's or an annex's body
    /// line `TỈNH ỦY CAO BẰNG` to `Ban Thường vụ Tỉnh ủy Cao Bằng`.
    private func completed(_ name: String) -> String {
        let words = name.split(separator: " ")
        let bodyLines = headerBodyLines + paragraphs.filter { LinePatterns.isCapitals($0) && LinePatterns.startsWithBodyWord($0) && $0.count <= 60 }
        for count in stride(from: min(3, words.count), through: 2, by: -1) {
            let tail = LinePatterns.lettersOnly(words.suffix(count).joined(separator: " "))
            for line in bodyLines {
                let folded = LinePatterns.lettersOnly(line)
                guard folded.hasPrefix(tail + " ") else { continue }
                let rest = line.split(separator: " ").dropFirst(count).joined(separator: " ")
                return name + " " + casing.cased(rest, capitaliseFirst: true, isName: true)
            }
        }
        return name
    }

    /// `T/M BAN THƯỜNG VỤ` over the signature, with the header's body.
    private func signatureBody(organ: String?) -> String? {
        guard let body = headerBodyLines.last, let organ else { return nil }
        for text in paragraphs.reversed().prefix(30) {
            guard let match = text.firstMatch(of: ImportPatterns.onBehalfOf), LinePatterns.isCapitals(text) else { continue }
            // `T/M ĐẢNG ỦY` under `ĐẢNG ỦY XÃ HƯNG ĐẠO` is the body itself;
            // `T/M BAN THƯỜNG VỤ` under `TỈNH ỦY CAO BẰNG`, a body of it.
            if LinePatterns.lettersOnly(body).hasPrefix(LinePatterns.lettersOnly(String(match.1))) { return organ }
            return casing.cased(String(match.1), capitaliseFirst: true) + " " + organ
        }
        return nil
    }

    /// `…, Ban Tổ chức Trung ương hướng dẫn việc thực hiện như sau:` in the
    /// opening paragraphs, before the first heading.
    private func openingIssuer() -> (String, String)? {
        for block in blocks.prefix(6) {
            if case .heading = block { break }
            guard case .paragraph(let text) = block, text.contains("như sau") else { continue }
            let pattern = ImportPatterns.openingFormula
            if let match = text.firstMatch(of: pattern) {
                return (String(match.1), text)
            }
        }
        return nil
    }
}
