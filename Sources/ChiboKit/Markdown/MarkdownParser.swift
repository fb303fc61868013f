import Foundation
internal import CCmarkGFM

/// The one place chibo talks to cmark-gfm. It parses with the GFM table,
/// strikethrough, autolink and tagfilter extensions and footnotes, keeps
/// source positions, copies the C tree into `MarkdownNode` values and frees
/// it before returning, so no C pointer leaves this file.
public enum MarkdownParser {
    /// Debian's cmark-gfm flips a process-wide table of special inline
    /// characters during each parse, so two parses at once silently lose
    /// syntax (style.md). Every call into the library holds this lock; all
    /// the work around it runs concurrently.
    private static let lock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Registering the core extensions is not thread-safe: done once, lazily,
    /// under Swift's thread-safe initialisation of static properties.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public static func parse(_ markdown: String) -> MarkdownNode { parseWithDepthCheck(markdown).document }

    /// Blocks nested deeper than this are shown flat: no real document comes
    /// near it, and every later stage walks the tree recursively.
    public static let maximumDepth = 100

    /// The document, and the line of the first block nested past
    /// `maximumDepth` (whose deeper levels were flattened), if any.
    public static func parseWithDepthCheck(_ markdown: String) -> (document: MarkdownNode, flattenedAt: Int?) {
        guard let root = parseLocked(markdown) else { return (MarkdownNode(kind: .document), nil) }
        // The finished tree belongs to this call alone: copying it out and
        // freeing it need no lock, so they run on every core.
        defer { cmark_node_free(root) }
        var (document, flattenedAt) = copyTree(root)
        FootnoteNumbers.label(&document)
        return (document, flattenedAt)
    }

    /// The C tree of `markdown`, parsed while holding the lock; the caller frees it.
    private static func parseLocked(_ markdown: String) -> OpaquePointer? {
        var markdown = markdown
        return markdown.withUTF8 { bytes -> OpaquePointer? in
            lock.lock()
            defer { lock.unlock() }
            _ = registered
            let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
            guard let parser = cmark_parser_new(options) else { return nil }
            defer { cmark_parser_free(parser) }
            for name in extensionNames {
                if let ext = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
            }
            if let base = bytes.baseAddress {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    cmark_parser_feed(parser, chars, bytes.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    /// Copies the C tree without recursion, so deeply nested input cannot
    /// exhaust the stack here; nodes past `maximumDepth` that hold others
    /// are left out and their children lifted to the last level kept.
    private static func copyTree(_ root: OpaquePointer) -> (MarkdownNode, Int?) {
        guard let iterator = cmark_iter_new(root) else { return (MarkdownNode(kind: .document), nil) }
        defer { cmark_iter_free(iterator) }
        var stack: [(pointer: OpaquePointer, node: MarkdownNode)] = []
        var result = MarkdownNode(kind: .document)
        var flattenedAt: Int?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                let hasChildren = cmark_node_first_child(pointer) != nil
                if hasChildren && stack.count >= maximumDepth {
                    if flattenedAt == nil { flattenedAt = Int(cmark_node_get_start_line(pointer)) }
                    continue
                }
                let node = makeNode(pointer)
                if hasChildren {
                    stack.append((pointer, node))
                } else if stack.isEmpty {
                    result = node
                } else {
                    stack[stack.count - 1].node.children.append(node)
                }
            } else if event == CMARK_EVENT_EXIT, let top = stack.last, top.pointer == pointer {
                stack.removeLast()
                if stack.isEmpty {
                    result = top.node
                } else {
                    stack[stack.count - 1].node.children.append(top.node)
                }
            }
        }
        return (result, flattenedAt)
    }

    private static func makeNode(_ node: OpaquePointer) -> MarkdownNode {
        MarkdownNode(kind: kind(of: node),
                     startLine: Int(cmark_node_get_start_line(node)),
                     startColumn: Int(cmark_node_get_start_column(node)),
                     endLine: Int(cmark_node_get_end_line(node)),
                     endColumn: Int(cmark_node_get_end_column(node)))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)),
                         tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition(label: string(cmark_node_get_literal(node)))
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(label: string(cmark_node_get_literal(node)))
        default:
            return extensionKind(of: node)
        }
    }

    /// Extension node types are numbered at registration time: identify them
    /// by name (style.md).
    private static func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch string(cmark_node_get_type_string(node)) {
        case "table":
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [MarkdownNode.TableAlignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for i in 0..<columns {
                    switch raw[i] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_header", "table_row":
            return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default:
            // Unknown extension nodes keep their children, rendered as a plain group.
            return .paragraph
        }
    }
}
