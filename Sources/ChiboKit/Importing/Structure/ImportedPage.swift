import Foundation

/// What `chibo import` makes of one document: the front matter the document
/// states, its body as Markdown blocks, its footnotes, and the report of
/// what was recognised, mended and decided.
struct ImportedPage {
    var facts = DocumentFacts()
    var blocks: [PageBlock] = []
    var footnotes: [PageFootnote] = []
    var report = ImportReport()

    /// Every text of the page a citation can be in: paragraphs, headings,
    /// list items, table cells, footnotes (markers left out).
    var texts: [String] {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .heading(_, let text), .paragraph(let text): out.append(text)
            case .list(let items): out += items
            case .table(let table): out += table.header + table.rows.flatMap { $0 }
            }
        }
        out += footnotes.map(\.text)
        return out.map { $0.replacing(ImportPatterns.footnoteMarker, with: "") }
    }

    /// The page as written to `content/`: front matter, then the body, then
    /// the footnotes, each block separated by a blank line.
    var markdown: String {
        var out = "---\n" + facts.frontMatter + "---\n"
        for block in blocks { out += "\n" + block.markdown + "\n" }
        for note in footnotes { out += "\n[^\(note.label)]: \(MarkdownText.inline(note.text))\n" }
        return out
    }
}

/// The front-matter facts a document states about itself; a fact it does
/// not state stays nil (never guessed).
struct DocumentFacts: Equatable {
    var title: Fact?
    var kind: Fact?
    var symbol: Fact?
    var date: DateFact?
    var issuer: Fact?
    /// A lead paragraph a printed page sets under its title.
    var summary: String?
    /// `replaces`, `implements`, `amends` references a printed page lists.
    var relations: [(key: String, reference: String)] = []
    /// The document says `lưu hành nội bộ` (anywhere, its header too): the
    /// page is `visibility: internal`, so it never reaches a public build.
    var isInternal = false

    static func == (lhs: DocumentFacts, rhs: DocumentFacts) -> Bool {
        lhs.title == rhs.title && lhs.kind == rhs.kind && lhs.symbol == rhs.symbol && lhs.date == rhs.date
            && lhs.issuer == rhs.issuer && lhs.summary == rhs.summary && lhs.isInternal == rhs.isInternal && lhs.relations.map { "\($0)" } == rhs.relations.map { "\($0)" }
    }

    struct Fact: Equatable {
        var value: String
        /// Where the document states it, for the report.
        var place: SourcePlace?
        var source: String
    }

    struct DateFact: Equatable {
        var value: CalendarDate
        var place: SourcePlace?
        var source: String
    }

    /// The facts besides the title, in the order the report gives them:
    /// each one's name, value, and where the document states it.
    var stated: [(name: String, value: String, place: SourcePlace?, source: String)] {
        var out: [(name: String, value: String, place: SourcePlace?, source: String)] = []
        if let kind { out.append(("kind", kind.value, kind.place, kind.source)) }
        if let symbol { out.append(("symbol", symbol.value, symbol.place, symbol.source)) }
        if let date { out.append(("date", date.value.description, date.place, date.source)) }
        if let issuer { out.append(("issuer", issuer.value, issuer.place, issuer.source)) }
        return out
    }

    var frontMatter: String {
        var out = ""
        if let title { out += "title: \(YAMLScalar.quoted(title.value))\n" }
        if let kind { out += "kind: \(YAMLScalar.quoted(kind.value))\n" }
        if let symbol { out += "symbol: \(YAMLScalar.quoted(symbol.value))\n" }
        if let date { out += "date: \(date.value)\n" }
        if let issuer { out += "issuer: \(YAMLScalar.quoted(issuer.value))\n" }
        if let summary { out += "summary: \(YAMLScalar.quoted(summary))\n" }
        if isInternal { out += "visibility: internal\n" }
        for key in ["replaces", "implements", "amends"] {
            let references = relations.filter { $0.key == key }.map { YAMLScalar.quoted($0.reference) }
            if !references.isEmpty { out += "\(key): [\(references.joined(separator: ", "))]\n" }
        }
        return out
    }
}

enum PageBlock: Equatable {
    case heading(level: Int, text: String)
    case paragraph(String)
    /// Consecutive `-` items, written without blank lines between them.
    case list([String])
    case table(PageTable)

    var markdown: String {
        switch self {
        case .heading(let level, let text):
            String(repeating: "#", count: level) + " " + MarkdownText.inline(text)
        case .paragraph(let text):
            MarkdownText.paragraph(text)
        case .list(let items):
            items.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n")
        case .table(let table):
            table.markdown
        }
    }
}

struct PageTable: Equatable {
    var header: [String]
    var rows: [[String]]

    var markdown: String {
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        func row(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { MarkdownText.cell($0) }.joined(separator: " | ") + " |"
        }
        var lines = [row(header), "|" + Array(repeating: "---", count: width).joined(separator: "|") + "|"]
        lines += rows.map(row)
        return lines.joined(separator: "\n")
    }
}

struct PageFootnote: Equatable {
    var label: String
    var text: String
}
