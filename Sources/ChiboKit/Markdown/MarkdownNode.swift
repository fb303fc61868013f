/// A parsed Markdown document as plain Swift values, copied out of
/// cmark-gfm's C tree so that it can cross threads and outlive the parser.
public struct MarkdownNode: Sendable {
    public enum TableAlignment: Sendable, Hashable {
        case none, left, center, right
    }

    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case footnoteDefinition(label: String)
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        case footnoteReference(label: String)
    }

    public var kind: Kind
    /// Where the node is written in the Markdown text that was parsed:
    /// 1-based lines, 1-based UTF-8 byte columns (cmark-gfm's convention).
    /// Line 0 means cmark-gfm gave no position.
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    public var children: [MarkdownNode]

    public init(kind: Kind, startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0, endColumn: Int = 0,
                children: [MarkdownNode] = []) {
        self.kind = kind
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.children = children
    }

    /// Identifies a node by where it starts, for stages that decorate text
    /// nodes found by an earlier walk (citations turned into links).
    public var positionKey: Int { startLine << 24 | startColumn }

    /// The text a reader sees, without markup: used for heading anchors,
    /// tables of contents and link tooltips.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text(let s), .code(let s): out += s
        case .softBreak, .lineBreak: out += " "
        case .footnoteReference, .htmlInline, .htmlBlock: break
        // By index: `for child in children` copies every node it visits.
        default: for index in children.indices { children[index].appendPlainText(to: &out) }
        }
    }

    /// Labels of the footnotes a reader sees: defined and referenced (the
    /// renderer leaves out the others).
    public var shownFootnoteLabels: Set<String> {
        var defined = Set<String>()
        var referenced = Set<String>()
        forEach { node in
            switch node.kind {
            case .footnoteDefinition(let label): defined.insert(label)
            case .footnoteReference(let label): referenced.insert(label)
            default: break
            }
        }
        return defined.intersection(referenced)
    }

    /// Visits this node and all its descendants in document order.
    public func forEach(_ body: (MarkdownNode) throws -> Void) rethrows {
        try body(self)
        for index in children.indices { try children[index].forEach(body) }
    }
}
