/// cmark-gfm's public API gives a footnote reference its label but a
/// footnote definition none. The label is written just before where the
/// definition's content starts (`[^label]: …`), so it is read back from the
/// source, and both sides get the same matching key cmark-gfm uses
/// (case-insensitive, runs of space collapsed).
enum FootnoteLabels {
    static func recover(in document: inout MarkdownNode, source: [UInt8]) {
        var lineStarts: [Int]?
        fix(&document, source: source, lineStarts: &lineStarts)
    }

    static func key(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    private static func fix(_ node: inout MarkdownNode, source: [UInt8], lineStarts: inout [Int]?) {
        switch node.kind {
        case .footnoteReference(let label):
            node.kind = .footnoteReference(label: key(label))
        case .footnoteDefinition(let label):
            if label.isEmpty {
                if lineStarts == nil { lineStarts = starts(of: source) }
                node.kind = .footnoteDefinition(label: key(labelBefore(line: node.startLine, column: node.startColumn,
                                                                        source: source, lineStarts: lineStarts!)))
            } else {
                node.kind = .footnoteDefinition(label: key(label))
            }
        default: break
        }
        for index in node.children.indices { fix(&node.children[index], source: source, lineStarts: &lineStarts) }
    }

    private static func starts(of source: [UInt8]) -> [Int] {
        var result = [0]
        for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\n") { result.append(offset + 1) }
        return result
    }

    /// The label of the last `[^label]:` written before the given position.
    private static func labelBefore(line: Int, column: Int, source: [UInt8], lineStarts: [Int]) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] : source.count
        let end = min(max(start, start + column - 1), lineEnd)
        let prefix = Array(source[start..<end])
        // Search backwards for "[^", then forwards for "]:".
        var i = prefix.count - 2
        while i >= 0 {
            if prefix[i] == UInt8(ascii: "["), prefix[i + 1] == UInt8(ascii: "^") {
                var j = i + 2
                while j + 1 < prefix.count, !(prefix[j] == UInt8(ascii: "]") && prefix[j + 1] == UInt8(ascii: ":")) { j += 1 }
                if j + 1 < prefix.count { return String(decoding: prefix[(i + 2)..<j], as: UTF8.self) }
            }
            i -= 1
        }
        return ""
    }
}
