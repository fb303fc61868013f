/// The YAML block at the top of a Markdown file, split from its body, with
/// the line numbers needed to report problems in either.
public struct FrontMatterSplit: Sendable {
    /// The YAML text between the fences, or nil when the file has none.
    public var yaml: String?
    /// The file line of the first YAML line (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// The file line where the body starts: add `bodyFirstLine - 1` to the
    /// Markdown parser's lines.
    public var bodyFirstLine: Int
    /// True when an opening `---` has no closing fence.
    public var isUnterminated: Bool

    /// Scans the text's bytes once: only the front matter's lines are looked
    /// at, and the body is taken as it is.
    public static func split(_ text: String) -> FrontMatterSplit {
        let noFrontMatter = FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1, isUnterminated: false)
        let bytes = text.utf8
        guard bytes.starts(with: "---".utf8) else { return noFrontMatter }
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            let line = text[lineStart..<lineEnd]
            if let start = yamlStart {
                if isFence(line, opening: false) {
                    let yaml = String(text[start..<lineStart].dropLast(lineStart > start ? 1 : 0))
                    return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: String(text[next...]),
                                            bodyFirstLine: lineNumber + 1, isUnterminated: false)
                }
            } else {
                guard isFence(line, opening: true) else { return noFrontMatter }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        return FrontMatterSplit(yaml: nil, yamlFirstLine: 2, body: "", bodyFirstLine: 1, isUnterminated: true)
    }

    private static func isFence(_ line: Substring, opening: Bool) -> Bool {
        var text = line
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text == "---" || (!opening && text == "...")
    }
}
