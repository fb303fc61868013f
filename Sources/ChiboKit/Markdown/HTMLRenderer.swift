/// A span of a text node's literal that the renderer wraps: a citation
/// becomes a link to its directive with an anchor of its own.
public struct TextDecoration: Sendable, Hashable {
    /// Scalar offsets in the text node's literal.
    public var range: Range<Int>
    /// Where the span links to; nil (or inside an existing link) for an anchor only.
    public var href: String?
    public var title: String?
    public var id: String?
    public var cssClass: String

    public init(range: Range<Int>, href: String?, title: String?, id: String?, cssClass: String) {
        self.range = range
        self.href = href
        self.title = title
        self.id = id
        self.cssClass = cssClass
    }
}

/// Renders a `MarkdownNode` tree to HTML in Swift, so that only parsing
/// needs cmark-gfm's lock and rendering runs on every core. It gives
/// headings their anchors, numbers footnotes, and lets the caller rewrite
/// every link and image destination.
public struct HTMLRenderer {
    /// Render raw HTML from Markdown (after GFM's tagfilter); off unless the
    /// site opts in, in which case raw HTML is replaced by a comment.
    public var allowRawHTML = false
    /// With raw HTML on, also keep its scripts: event handlers and
    /// `javascript:` addresses (`raw_html_scripts: true`). Off by default.
    public var allowScripts = false
    /// Anchors for the document's headings, in document order.
    public var headingAnchors: [String] = []
    /// Returns the href to write for a destination; nil leaves it as written.
    public var rewriteLink: (LinkReference) -> String? = { _ in nil }
    /// Spans to wrap, by text node (`MarkdownNode.positionKey`), in order.
    public var textDecorations: [Int: [TextDecoration]] = [:]
    /// Put before every id the body defines and every `#` link to one, so
    /// that two bodies shown on one page (a pack's common part and its
    /// type's part) never share an id.
    public var idPrefix = ""

    private var output = HTMLOutput(capacity: 0)
    private var headingIndex = 0
    /// Inside a link, decorations become anchors: links do not nest.
    private var linkDepth = 0
    private var blockLine = 1
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteReferenceCounts: [String: Int] = [:]
    private var footnoteDefinitions: [String: MarkdownNode] = [:]

    public init() {}

    /// Raw HTML a site allowed: through GFM's tagfilter, and without
    /// scripts unless the site allowed those too.
    private func rawHTML(_ html: String) -> String {
        allowScripts ? html : HTMLEscaping.withoutScripts(HTMLEscaping.tagFilter(html))
    }

    public mutating func render(_ document: MarkdownNode) -> HTML {
        output = HTMLOutput(capacity: 4096)
        headingIndex = 0
        collectFootnotes(document)
        renderChildren(of: document, tight: false)
        renderFootnoteSection()
        return output.html
    }

    // MARK: Footnotes

    /// Numbers footnotes in order of first reference, the way readers expect.
    private mutating func collectFootnotes(_ document: MarkdownNode) {
        footnoteNumbers = [:]
        footnoteReferenceCounts = [:]
        footnoteDefinitions = [:]
        document.forEach(tagged: .footnoteDefinition, .footnoteReference) { node in
            switch node.kind {
            case .footnoteDefinition(let label):
                if footnoteDefinitions[label] == nil { footnoteDefinitions[label] = node }
            case .footnoteReference(let label):
                if footnoteNumbers[label] == nil { footnoteNumbers[label] = footnoteNumbers.count + 1 }
            default: break
            }
        }
    }

    private mutating func renderFootnoteSection() {
        let referenced = footnoteNumbers.filter { footnoteDefinitions[$0.key] != nil }.sorted { $0.value < $1.value }
        guard !referenced.isEmpty else { return }
        output.appendLiteral("<section class=\"footnotes\" aria-label=\"Chú thích\">\n<ol>\n")
        for (label, number) in referenced {
            guard let definition = footnoteDefinitions[label] else { continue }
            output.append("<li id=\"\(idPrefix)fn:\(number)\">\n")
            let start = output.count
            renderChildren(of: definition, tight: false)
            let backref = " <a href=\"#\(idPrefix)fnref:\(number)\" class=\"footnote-backref\" aria-label=\"Quay lại chỗ trích\">↩</a>"
            if output.hasSuffix("</p>\n") {
                output.removeLast(5)
                output.append(backref + "</p>\n")
            } else if output.count == start || !output.hasSuffix("\n") {
                output.append(backref + "\n")
            } else {
                output.append("<p>" + backref + "</p>\n")
            }
            output.appendLiteral("</li>\n")
        }
        output.appendLiteral("</ol>\n</section>\n")
    }

    // MARK: Blocks

    private mutating func renderChildren(of node: MarkdownNode, tight: Bool) {
        for child in node.children { renderNode(child, tight: tight) }
    }

    private mutating func renderNode(_ node: MarkdownNode, tight: Bool) {
        if node.startLine > 0, node.kind.isBlock { blockLine = node.startLine }
        switch node.kind {
        case .document:
            renderChildren(of: node, tight: false)
        case .blockQuote:
            output.appendLiteral("<blockquote>\n")
            renderChildren(of: node, tight: false)
            output.appendLiteral("</blockquote>\n")
        case .list(let ordered, let start, let isTight):
            if ordered {
                output.append(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
            } else {
                output.appendLiteral("<ul>\n")
            }
            for item in node.children { renderNode(item, tight: isTight) }
            output.append(ordered ? "</ol>\n" : "</ul>\n")
        case .item:
            output.appendLiteral("<li>")
            if let first = node.children.first, !(tight && first.isParagraph) { output.appendLiteral("\n") }
            for (index, child) in node.children.enumerated() {
                renderNode(child, tight: tight)
                // A tight item's text has no <p>; only a following block needs a line break.
                if tight, child.isParagraph, index < node.children.count - 1 { output.appendLiteral("\n") }
            }
            output.appendLiteral("</li>\n")
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            output.append(language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">")
            output.appendEscaped(literal)
            output.appendLiteral("</code></pre>\n")
        case .htmlBlock(let html):
            output.append(allowRawHTML ? rawHTML(html) : "<!-- raw HTML omitted -->\n")
        case .paragraph:
            if tight {
                renderInlines(of: node)
            } else {
                output.appendLiteral("<p>")
                renderInlines(of: node)
                output.appendLiteral("</p>\n")
            }
        case .heading(let level):
            let anchor = headingIndex < headingAnchors.count ? headingAnchors[headingIndex] : nil
            headingIndex += 1
            if let anchor {
                output.appendLiteral("<h")
                output.append(level)
                output.appendLiteral(" id=\"")
                output.append(idPrefix)
                output.append(anchor)
                output.appendLiteral("\">")
                renderInlines(of: node)
                output.appendLiteral(" <a class=\"heading-anchor\" href=\"#")
                output.append(idPrefix)
                output.append(anchor)
                output.appendLiteral("\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h")
                output.append(level)
                output.appendLiteral(">\n")
            } else {
                output.appendLiteral("<h")
                output.append(level)
                output.appendLiteral(">")
                renderInlines(of: node)
                output.appendLiteral("</h")
                output.append(level)
                output.appendLiteral(">\n")
            }
        case .thematicBreak:
            output.appendLiteral("<hr />\n")
        case .footnoteDefinition:
            break  // rendered once, numbered, at the end
        case .table(let alignments):
            renderTable(node, alignments: alignments)
        case .tableRow, .tableCell:
            renderChildren(of: node, tight: false)
        default:
            renderInline(node)
        }
    }

    private mutating func renderTable(_ table: MarkdownNode, alignments: [MarkdownNode.TableAlignment]) {
        let fit = TablePrintFit.of(table: table)
        output.appendLiteral("<div class=\"table-wrap")
        output.append(fit.classNames)
        output.appendLiteral("\"><table>\n")
        var inBody = false
        for row in table.children {
            guard case .tableRow(let isHeader) = row.kind else { continue }
            if isHeader {
                output.appendLiteral("<thead>\n")
            } else if !inBody {
                output.appendLiteral("<tbody>\n")
                inBody = true
            }
            output.appendLiteral("<tr>\n")
            for (column, cell) in row.children.enumerated() {
                let tag = isHeader ? "th" : "td"
                let alignment = column < alignments.count ? alignments[column] : .none
                output.appendLiteral("<")
                output.append(tag)
                switch alignment {
                case .none: output.appendLiteral(">")
                case .left: output.appendLiteral(" class=\"align-left\">")
                case .center: output.appendLiteral(" class=\"align-center\">")
                case .right: output.appendLiteral(" class=\"align-right\">")
                }
                renderInlines(of: cell)
                output.appendLiteral("</")
                output.append(tag)
                output.appendLiteral(">\n")
            }
            output.appendLiteral("</tr>\n")
            if isHeader { output.appendLiteral("</thead>\n") }
        }
        if inBody { output.appendLiteral("</tbody>\n") }
        output.appendLiteral("</table></div>\n")
    }

    // MARK: Inlines

    private mutating func renderInlines(of node: MarkdownNode) {
        for child in node.children { renderInline(child) }
    }

    private mutating func renderInline(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let text):
            if let decorations = textDecorations[node.positionKey], node.startLine > 0 {
                renderDecorated(text, decorations)
            } else {
                output.appendEscaped(text)
            }
        case .softBreak:
            output.appendLiteral("\n")
        case .lineBreak:
            output.appendLiteral("<br />\n")
        case .code(let code):
            output.appendLiteral("<code>")
            output.appendEscaped(code)
            output.appendLiteral("</code>")
        case .htmlInline(let html):
            output.append(allowRawHTML ? rawHTML(html) : "<!-- raw HTML omitted -->")
        case .emphasis:
            output.appendLiteral("<em>"); renderInlines(of: node); output.appendLiteral("</em>")
        case .strong:
            output.appendLiteral("<strong>"); renderInlines(of: node); output.appendLiteral("</strong>")
        case .strikethrough:
            output.appendLiteral("<del>"); renderInlines(of: node); output.appendLiteral("</del>")
        case .link(let destination, let title):
            let href = resolve(destination, isImage: false, node: node)
            let external = destination.hasPrefix("http://") || destination.hasPrefix("https://")
            output.appendLiteral("<a href=\"")
            output.appendEscaped(href)
            output.appendLiteral("\"")
            if !title.isEmpty {
                output.appendLiteral(" title=\"")
                output.appendEscaped(title)
                output.appendLiteral("\"")
            }
            if external { output.appendLiteral(" class=\"external\"") }
            output.appendLiteral(">")
            linkDepth += 1
            renderInlines(of: node)
            linkDepth -= 1
            output.appendLiteral("</a>")
        case .image(let source, let title):
            let src = resolve(source, isImage: true, node: node)
            output.appendLiteral("<img src=\"")
            output.appendEscaped(src)
            output.appendLiteral("\" alt=\"")
            output.appendEscaped(node.plainText)
            output.appendLiteral("\"")
            if !title.isEmpty {
                output.appendLiteral(" title=\"")
                output.appendEscaped(title)
                output.appendLiteral("\"")
            }
            output.appendLiteral(" />")
        case .footnoteReference(let label):
            guard let number = footnoteNumbers[label], footnoteDefinitions[label] != nil else {
                output.appendEscaped("[^\(label)]")
                return
            }
            let count = (footnoteReferenceCounts[label] ?? 0) + 1
            footnoteReferenceCounts[label] = count
            let id = count == 1 ? "fnref:\(number)" : "fnref:\(number)-\(count)"
            output.append("<sup class=\"footnote-ref\"><a href=\"#\(idPrefix)fn:\(number)\" id=\"\(idPrefix)\(id)\">\(number)</a></sup>")
        default:
            renderNode(node, tight: false)
        }
    }

    private mutating func renderDecorated(_ text: String, _ decorations: [TextDecoration]) {
        let scalars = text.unicodeScalars
        var cursor = scalars.startIndex
        var cursorOffset = 0
        func index(at offset: Int, from start: String.Index, startOffset: Int) -> String.Index {
            scalars.index(start, offsetBy: offset - startOffset, limitedBy: scalars.endIndex) ?? scalars.endIndex
        }
        for decoration in decorations {
            guard decoration.range.lowerBound >= cursorOffset, !decoration.range.isEmpty else { continue }
            let from = index(at: decoration.range.lowerBound, from: cursor, startOffset: cursorOffset)
            let to = index(at: decoration.range.upperBound, from: from, startOffset: decoration.range.lowerBound)
            guard from < to else { continue }
            output.appendEscaped(text[cursor..<from])
            let isLink = decoration.href != nil && linkDepth == 0
            output.append(isLink ? "<a" : "<span")
            if let id = decoration.id {
                output.appendLiteral(" id=\"")
                output.appendEscaped(idPrefix)
                output.appendEscaped(id)
                output.appendLiteral("\"")
            }
            output.appendLiteral(" class=\"")
            output.appendEscaped(decoration.cssClass)
            output.appendLiteral("\"")
            if isLink, let href = decoration.href {
                output.appendLiteral(" href=\"")
                output.appendEscaped(HTMLEscaping.encodeURL(href))
                output.appendLiteral("\"")
            }
            if let title = decoration.title {
                output.appendLiteral(" title=\"")
                output.appendEscaped(title)
                output.appendLiteral("\"")
            }
            output.appendLiteral(">")
            output.appendEscaped(text[from..<to])
            output.append(isLink ? "</a>" : "</span>")
            cursor = to
            cursorOffset = decoration.range.upperBound
        }
        output.appendEscaped(text[cursor...])
    }

    private func resolve(_ destination: String, isImage: Bool, node: MarkdownNode) -> String {
        guard let reference = LinkReference(destination, isImage: isImage, node: node, blockLine: blockLine,
                                            allowScripts: allowScripts) else { return "" }
        let href = rewriteLink(reference) ?? destination
        return HTMLEscaping.encodeURL(href.hasPrefix("#") && !idPrefix.isEmpty ? "#" + idPrefix + href.dropFirst() : href)
    }

}

extension MarkdownNode.Kind {
    var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak,
             .footnoteDefinition, .table, .tableRow, .tableCell: true
        default: false
        }
    }
}

extension MarkdownNode {
    var isParagraph: Bool {
        if case .paragraph = kind { return true }
        return false
    }
}
