/// A link or image destination a reader meets on a page, with where it is
/// written (Markdown coordinates), for the site's link resolver.
public struct LinkReference: Sendable {
    public var destination: String
    public var isImage: Bool
    /// 1-based line and byte column in the parsed Markdown; when cmark-gfm
    /// gives none (bare autolinks), the enclosing block's.
    public var line: Int
    public var byteColumn: Int

    public init(destination: String, isImage: Bool, line: Int, byteColumn: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.byteColumn = byteColumn
    }

    /// The reference of a link or image node, or nil when the destination
    /// is one the renderer drops (`javascript:` unless the site allows
    /// scripts with `raw_html_scripts`).
    init?(_ destination: String, isImage: Bool, node: MarkdownNode, blockLine: Int, allowScripts: Bool) {
        if HTMLEscaping.isDangerous(destination, isImage: isImage), !allowScripts { return nil }
        self.init(destination: destination, isImage: isImage,
                  line: node.startLine > 0 ? node.startLine : blockLine,
                  byteColumn: node.startLine > 0 ? node.startColumn : 1)
    }

    /// Every link and image of a document that the HTML renderer resolves,
    /// in the same places: the body, and the footnotes a reader sees (the
    /// first definition of each referenced label). `check` reads links this
    /// way without writing any HTML.
    static func all(in document: MarkdownNode, shownFootnotes shown: Set<String>, allowScripts: Bool) -> [LinkReference] {
        var result: [LinkReference] = []
        var definitions = Set<String>()
        var blockLine = 1
        func walk(_ node: MarkdownNode) {
            if case .footnoteDefinition(let label) = node.kind,
               !shown.contains(label) || !definitions.insert(label).inserted { return }
            if node.startLine > 0, node.kind.isBlock { blockLine = node.startLine }
            switch node.kind {
            case .link(let destination, _):
                if let reference = LinkReference(destination, isImage: false, node: node, blockLine: blockLine,
                                                 allowScripts: allowScripts) { result.append(reference) }
            case .image(let source, _):
                if let reference = LinkReference(source, isImage: true, node: node, blockLine: blockLine,
                                                 allowScripts: allowScripts) { result.append(reference) }
            default: break
            }
            for child in node.children { walk(child) }
        }
        walk(document)
        return result
    }
}
