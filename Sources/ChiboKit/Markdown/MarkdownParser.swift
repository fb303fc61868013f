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

    /// The version of the cmark-gfm library chibo runs with (`0.29.0.gfm.13`).
    public static var libraryVersion: String { String(cString: cmark_version_string()) }

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
        guard let root = parseLocked(markdown) else { return (MarkdownNode.emptyDocument, nil) }
        // The finished tree belongs to this call alone: copying it out and
        // freeing it need no lock, so they run on every core.
        defer { cmark_node_free(root) }
        return copyTree(root)
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
        guard let iterator = cmark_iter_new(root) else { return (MarkdownNode.emptyDocument, nil) }
        defer { cmark_iter_free(iterator) }
        var builder = TreeBuilder()
        // Open nodes that hold others, and where their children start in `pending`.
        var stack: [(pointer: OpaquePointer, node: Int32, firstPending: Int)] = []
        var pending: [Int32] = []
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
                let node = builder.append(pointer)
                if !stack.isEmpty { pending.append(node) }
                if hasChildren { stack.append((pointer, node, pending.count)) }
            } else if event == CMARK_EVENT_EXIT, let top = stack.last, top.pointer == pointer {
                stack.removeLast()
                builder.setChildren(of: top.node, pending[top.firstPending...])
                pending.removeSubrange(top.firstPending...)
            }
        }
        return (MarkdownNode(tree: builder.finish(), index: 0), flattenedAt)
    }

    /// Fills a `MarkdownTree` node by node, in document order.
    private struct TreeBuilder {
        var nodes: [MarkdownTree.StoredNode] = []
        var childList: [Int32] = []
        var strings: [String] = []
        var alignments: [[MarkdownNode.TableAlignment]] = []
        /// cmark-gfm numbers footnotes itself: after parsing, each reference's
        /// label is its footnote's number (in order of first reference), and
        /// the definitions that are referenced sit at the end of the document
        /// in that order. Its API gives definitions no label, so each is
        /// labelled with its position, the number its references carry.
        var footnoteDefinitions = 0

        mutating func append(_ pointer: OpaquePointer) -> Int32 {
            var node = MarkdownTree.StoredNode(tag: .paragraph)
            node.startLine = cmark_node_get_start_line(pointer)
            node.startColumn = cmark_node_get_start_column(pointer)
            node.endLine = cmark_node_get_end_line(pointer)
            node.endColumn = cmark_node_get_end_column(pointer)
            describe(pointer, into: &node)
            nodes.append(node)
            return Int32(nodes.count - 1)
        }

        mutating func setChildren(of node: Int32, _ children: ArraySlice<Int32>) {
            nodes[Int(node)].childStart = Int32(childList.count)
            nodes[Int(node)].childCount = Int32(children.count)
            childList.append(contentsOf: children)
        }

        func finish() -> MarkdownTree {
            MarkdownTree(nodes: nodes, childList: childList, strings: strings, alignments: alignments)
        }

        /// Stores a C string (nil reads as empty) and gives its number.
        private mutating func string(_ pointer: UnsafePointer<CChar>?) -> Int32 {
            strings.append(Self.text(pointer))
            return Int32(strings.count - 1)
        }

        private static func text(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }

        private mutating func describe(_ pointer: OpaquePointer, into node: inout MarkdownTree.StoredNode) {
            switch cmark_node_get_type(pointer) {
            case CMARK_NODE_DOCUMENT: node.tag = .document
            case CMARK_NODE_BLOCK_QUOTE: node.tag = .blockQuote
            case CMARK_NODE_LIST:
                node.tag = .list
                node.first = cmark_node_get_list_start(pointer)
                if cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST { node.flags |= MarkdownTree.ordered }
                if cmark_node_get_list_tight(pointer) != 0 { node.flags |= MarkdownTree.tight }
            case CMARK_NODE_ITEM: node.tag = .item
            case CMARK_NODE_CODE_BLOCK:
                node.tag = .codeBlock
                node.first = string(cmark_node_get_fence_info(pointer))
                node.second = string(cmark_node_get_literal(pointer))
            case CMARK_NODE_HTML_BLOCK: node.tag = .htmlBlock; node.first = string(cmark_node_get_literal(pointer))
            case CMARK_NODE_PARAGRAPH: node.tag = .paragraph
            case CMARK_NODE_HEADING: node.tag = .heading; node.first = cmark_node_get_heading_level(pointer)
            case CMARK_NODE_THEMATIC_BREAK: node.tag = .thematicBreak
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                node.tag = .footnoteDefinition
                footnoteDefinitions += 1
                strings.append(String(footnoteDefinitions))
                node.first = Int32(strings.count - 1)
            case CMARK_NODE_TEXT: node.tag = .text; node.first = string(cmark_node_get_literal(pointer))
            case CMARK_NODE_SOFTBREAK: node.tag = .softBreak
            case CMARK_NODE_LINEBREAK: node.tag = .lineBreak
            case CMARK_NODE_CODE: node.tag = .code; node.first = string(cmark_node_get_literal(pointer))
            case CMARK_NODE_HTML_INLINE: node.tag = .htmlInline; node.first = string(cmark_node_get_literal(pointer))
            case CMARK_NODE_EMPH: node.tag = .emphasis
            case CMARK_NODE_STRONG: node.tag = .strong
            case CMARK_NODE_LINK:
                node.tag = .link
                node.first = string(cmark_node_get_url(pointer))
                node.second = string(cmark_node_get_title(pointer))
            case CMARK_NODE_IMAGE:
                node.tag = .image
                node.first = string(cmark_node_get_url(pointer))
                node.second = string(cmark_node_get_title(pointer))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                node.tag = .footnoteReference
                node.first = string(cmark_node_get_literal(pointer))
            default:
                describeExtension(pointer, into: &node)
            }
        }

        /// Extension node types are numbered at registration time: identify
        /// them by name (style.md).
        private mutating func describeExtension(_ pointer: OpaquePointer, into node: inout MarkdownTree.StoredNode) {
            switch Self.text(cmark_node_get_type_string(pointer)) {
            case "table":
                let columns = Int(cmark_gfm_extensions_get_table_columns(pointer))
                var list: [MarkdownNode.TableAlignment] = []
                if let raw = cmark_gfm_extensions_get_table_alignments(pointer) {
                    for i in 0..<columns {
                        switch raw[i] {
                        case UInt8(ascii: "l"): list.append(.left)
                        case UInt8(ascii: "c"): list.append(.center)
                        case UInt8(ascii: "r"): list.append(.right)
                        default: list.append(.none)
                        }
                    }
                }
                node.tag = .table
                alignments.append(list)
                node.first = Int32(alignments.count - 1)
            case "table_header", "table_row":
                node.tag = .tableRow
                if cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 { node.flags |= MarkdownTree.header }
            case "table_cell": node.tag = .tableCell
            case "strikethrough": node.tag = .strikethrough
            default:
                // Unknown extension nodes keep their children, rendered as a plain group.
                node.tag = .paragraph
            }
        }
    }
}
