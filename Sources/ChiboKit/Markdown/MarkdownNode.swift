/// One node of a parsed Markdown document: a light view (the document's
/// storage and a number) into `MarkdownTree`, which holds every node of the
/// document in flat arrays. Copying a node, walking its children or passing
/// it to another thread costs one reference, never a copy of the subtree.
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

    let tree: MarkdownTree
    let index: Int32

    init(tree: MarkdownTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    /// A document with nothing in it.
    public static let emptyDocument = MarkdownNode(tree: MarkdownTree.empty, index: 0)

    var stored: MarkdownTree.StoredNode { tree.nodes[Int(index)] }

    public var kind: Kind { tree.kind(of: stored) }

    /// Where the node is written in the Markdown text that was parsed:
    /// 1-based lines, 1-based UTF-8 byte columns (cmark-gfm's convention).
    /// Line 0 means cmark-gfm gave no position.
    public var startLine: Int { Int(stored.startLine) }
    public var startColumn: Int { Int(stored.startColumn) }
    public var endLine: Int { Int(stored.endLine) }
    public var endColumn: Int { Int(stored.endColumn) }

    public var children: Children { Children(tree: tree, range: stored.childRange) }

    /// The children of a node, in order.
    public struct Children: RandomAccessCollection, Sendable {
        let tree: MarkdownTree
        let range: Range<Int>

        public var startIndex: Int { 0 }
        public var endIndex: Int { range.count }
        public subscript(position: Int) -> MarkdownNode {
            MarkdownNode(tree: tree, index: tree.childList[range.lowerBound + position])
        }
    }

    /// Identifies a node by where it starts, for stages that decorate text
    /// nodes found by an earlier walk (citations turned into links).
    public var positionKey: Int { startLine << 24 | startColumn }

    /// The text a reader sees, without markup: used for heading anchors,
    /// tables of contents and link tooltips.
    public var plainText: String {
        if index == 0 { return tree.documentPlainText }
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        var atBlockStart = false
        appendPlainText(to: &out, atBlockStart: &atBlockStart)
    }

    /// `atBlockStart`: a block began since the last text, so the next text
    /// is a new word even where the source has no space between them.
    private func appendPlainText(to out: inout String, atBlockStart: inout Bool) {
        switch kind {
        case .text(let s), .code(let s):
            if atBlockStart, !out.isEmpty { out += " " }
            atBlockStart = false
            out += s
        case .softBreak, .lineBreak: out += " "
        case .footnoteReference, .htmlInline, .htmlBlock: break
        default:
            if MarkdownTree.isWordBoundary(stored.tag) { atBlockStart = true }
            for child in children { child.appendPlainText(to: &out, atBlockStart: &atBlockStart) }
        }
    }

    /// Labels of the footnotes a reader sees: defined and referenced (the
    /// renderer leaves out the others).
    public var shownFootnoteLabels: Set<String> {
        var defined = Set<String>()
        var referenced = Set<String>()
        forEach(tagged: .footnoteDefinition, .footnoteReference) { node in
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
        for child in children { try child.forEach(body) }
    }

    /// Visits, in document order, the nodes of this node's subtree that
    /// have one of `tags`; the others are passed over without being made
    /// into nodes. A document's nodes are stored in document order, so for
    /// one (node 0) this is a loop over the array, without recursion.
    func forEach(tagged tags: MarkdownTree.Tag..., body: (MarkdownNode) -> Void) {
        var wanted = 0 as UInt32
        for tag in tags { wanted |= 1 << tag.rawValue }
        guard index == 0 else {
            forEach { node in if wanted & (1 << node.stored.tag.rawValue) != 0 { body(node) } }
            return
        }
        tree.nodes.withUnsafeBufferPointer { nodes in
            for (position, node) in nodes.enumerated() where wanted & (1 << node.tag.rawValue) != 0 {
                body(MarkdownNode(tree: tree, index: Int32(position)))
            }
        }
    }
}

/// Every node of one parsed document, in flat arrays: one allocation per
/// array rather than one per node and per list of children, which is what
/// kept a province's pages in memory (and kept the allocator busy) before.
/// Written once by `MarkdownParser`, read-only after.
final class MarkdownTree: Sendable {
    /// A node's kind as a number, with its payload in `first` and `second`
    /// (a number, or an index into `strings` or `alignments`).
    enum Tag: UInt8 {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak,
             footnoteDefinition, table, tableRow, tableCell, text, softBreak, lineBreak, code, htmlInline,
             emphasis, strong, strikethrough, link, image, footnoteReference
    }

    struct StoredNode {
        var tag: Tag
        /// Ordered and tight for a list; header for a table row.
        var flags: UInt8 = 0
        var first: Int32 = 0
        var second: Int32 = 0
        var childStart: Int32 = 0
        var childCount: Int32 = 0
        var startLine: Int32 = 0
        var startColumn: Int32 = 0
        var endLine: Int32 = 0
        var endColumn: Int32 = 0

        var childRange: Range<Int> { Int(childStart)..<Int(childStart + childCount) }
    }

    static let ordered: UInt8 = 1, tight: UInt8 = 2, header: UInt8 = 4

    let nodes: [StoredNode]
    /// The children of every node: node `n`'s are `childList[n.childRange]`.
    let childList: [Int32]
    let strings: [String]
    let alignments: [[MarkdownNode.TableAlignment]]

    init(nodes: [StoredNode], childList: [Int32], strings: [String], alignments: [[MarkdownNode.TableAlignment]]) {
        self.nodes = nodes
        self.childList = childList
        self.strings = strings
        self.alignments = alignments
    }

    static let empty = MarkdownTree(nodes: [StoredNode(tag: .document)], childList: [], strings: [], alignments: [])

    /// About how much memory the tree holds: its arrays, and the strings
    /// too long to be stored inline (over 15 UTF-8 bytes).
    var approximateByteCount: Int {
        let arrayHeader = 32
        var bytes = 4 * arrayHeader + nodes.count * MemoryLayout<StoredNode>.stride
            + childList.count * MemoryLayout<Int32>.stride + strings.count * MemoryLayout<String>.stride
        for string in strings where string.utf8.count > 15 { bytes += arrayHeader + string.utf8.count }
        for row in alignments { bytes += arrayHeader + row.count }
        return bytes
    }

    /// Blocks whose text never runs on into the next block's: a heading and
    /// the paragraph under it are two words at their meeting point, "Căn
    /// cứ" and "Sinh hoạt", not "cứSinh".
    static func isWordBoundary(_ tag: Tag) -> Bool {
        switch tag {
        case .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak,
             .footnoteDefinition, .table, .tableRow, .tableCell: true
        default: false
        }
    }

    /// `plainText` of the whole document (node 0), which every page's
    /// search text is: its nodes are stored in document order, so it is one
    /// loop over them, without making a `Kind` (and retaining its string) per
    /// node. The nodes `plainText` leaves out have no children.
    var documentPlainText: String {
        nodes.withUnsafeBufferPointer { nodes in
            strings.withUnsafeBufferPointer { strings in
                var length = 0
                for node in nodes {
                    switch node.tag {
                    case .text, .code: length += strings[Int(node.first)].utf8.count
                    case .softBreak, .lineBreak: length += 1
                    default: if Self.isWordBoundary(node.tag) { length += 1 }
                    }
                }
                var out = ""
                out.reserveCapacity(length)
                var atBlockStart = false
                for node in nodes {
                    switch node.tag {
                    case .text, .code:
                        if atBlockStart, !out.isEmpty { out += " " }
                        atBlockStart = false
                        out += strings[Int(node.first)]
                    case .softBreak, .lineBreak: out += " "
                    default: if Self.isWordBoundary(node.tag) { atBlockStart = true }
                    }
                }
                return out
            }
        }
    }

    func kind(of node: StoredNode) -> MarkdownNode.Kind {
        switch node.tag {
        case .document: .document
        case .blockQuote: .blockQuote
        case .list: .list(ordered: node.flags & Self.ordered != 0, start: Int(node.first), tight: node.flags & Self.tight != 0)
        case .item: .item
        case .codeBlock: .codeBlock(info: strings[Int(node.first)], literal: strings[Int(node.second)])
        case .htmlBlock: .htmlBlock(strings[Int(node.first)])
        case .paragraph: .paragraph
        case .heading: .heading(level: Int(node.first))
        case .thematicBreak: .thematicBreak
        case .footnoteDefinition: .footnoteDefinition(label: strings[Int(node.first)])
        case .table: .table(alignments: alignments[Int(node.first)])
        case .tableRow: .tableRow(isHeader: node.flags & Self.header != 0)
        case .tableCell: .tableCell
        case .text: .text(strings[Int(node.first)])
        case .softBreak: .softBreak
        case .lineBreak: .lineBreak
        case .code: .code(strings[Int(node.first)])
        case .htmlInline: .htmlInline(strings[Int(node.first)])
        case .emphasis: .emphasis
        case .strong: .strong
        case .strikethrough: .strikethrough
        case .link: .link(destination: strings[Int(node.first)], title: strings[Int(node.second)])
        case .image: .image(source: strings[Int(node.first)], title: strings[Int(node.second)])
        case .footnoteReference: .footnoteReference(label: strings[Int(node.first)])
        }
    }
}
