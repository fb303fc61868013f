/// A Markdown file without front matter, read through cmark-gfm (the one
/// Markdown parser chibo has) into the lines the structure stage judges:
/// headings keep their level as an outline level, paragraphs and list
/// items are whole, tables and footnotes are known as such. Emphasis,
/// links and images are read as the words a reader sees.
enum MarkdownReader {
    static func read(_ imported: ImportedText) -> SourceDocument {
        var document = SourceDocument(readAs: Message(ImportMessages.readAsMarkdown, ["encoding": imported.encoding.rawValue]))
        document.repairs = imported.repairs
        let root = MarkdownParser.parse(imported.text)
        var reader = Walk()
        for child in root.children { reader.block(child, listDepth: 0) }
        document.blocks = reader.blocks
        document.footnotes = reader.footnotes
        if reader.images > 0 {
            document.notes.append(SourceNote(message: Message(ImportMessages.imagesLeftOut, ["count": reader.images])))
        }
        return document
    }

    private struct Walk {
        var blocks: [SourceBlock] = []
        var footnotes: [SourceFootnote] = []
        var images = 0
        var pendingGap = false

        mutating func block(_ node: MarkdownNode, listDepth: Int) {
            let place = SourcePlace.line(node.startLine)
            switch node.kind {
            case .heading(let level):
                var line = SourceLine(inline(node), place: place)
                line.outlineLevel = level
                append(line)
            case .paragraph:
                append(SourceLine(inline(node), place: place))
            case .list(let ordered, let start, _):
                // A numbered item keeps its number as text, as the document shows it.
                for (index, item) in node.children.enumerated() {
                    listItem(item, mark: ordered ? "\(start + index). " : "- ", listDepth: listDepth + 1)
                }
            case .item:
                listItem(node, mark: "- ", listDepth: listDepth)
            case .blockQuote:
                for child in node.children { block(child, listDepth: listDepth) }
            case .codeBlock(_, let literal):
                for text in literal.split(separator: "\n") { append(SourceLine(String(text), place: place)) }
            case .table:
                var rows: [[SourceTable.Cell]] = []
                var headerRows = 0
                for row in node.children {
                    if case .tableRow(let isHeader) = row.kind, isHeader { headerRows += 1 }
                    rows.append(row.children.map { SourceTable.Cell(inline($0)) })
                }
                var table = SourceTable(rows: rows, place: place)
                table.headerRows = headerRows
                blocks.append(.table(table))
            case .footnoteDefinition(let label):
                let text = node.children.map { inline($0) }.joined(separator: " ")
                footnotes.append(SourceFootnote(label: label, text: text, place: place))
            case .thematicBreak, .htmlBlock:
                pendingGap = true
            default:
                for child in node.children { block(child, listDepth: listDepth) }
            }
        }

        private mutating func listItem(_ node: MarkdownNode, mark: String, listDepth: Int) {
            var first = true
            for child in node.children {
                if first, case .paragraph = child.kind {
                    append(SourceLine(mark + inline(child), place: .line(child.startLine)))
                    first = false
                } else {
                    block(child, listDepth: listDepth)
                }
            }
        }

        private mutating func append(_ line: SourceLine) {
            var line = line
            line.isWholeParagraph = true
            line.gapBefore = pendingGap
            pendingGap = false
            guard !line.text.trimmed.isEmpty else { return }
            blocks.append(.line(line))
        }

        /// The words a reader sees, footnote references as `[^label]`.
        private mutating func inline(_ node: MarkdownNode) -> String {
            var out = ""
            appendInline(node, to: &out)
            return out.trimmed
        }

        private mutating func appendInline(_ node: MarkdownNode, to out: inout String) {
            switch node.kind {
            case .text(let text), .code(let text): out += text
            case .softBreak, .lineBreak: out += " "
            case .footnoteReference(let label): out += "[^\(label)]"
            case .image:
                images += 1
            case .htmlInline: break
            default:
                for child in node.children { appendInline(child, to: &out) }
            }
        }
    }
}
