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

    public static func split(_ text: String) -> FrontMatterSplit {
        let noFrontMatter = FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1, isUnterminated: false)
        guard text.hasPrefix("---") else { return noFrontMatter }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, opening: true) else { return noFrontMatter }
        lines.removeFirst()
        guard let closeIndex = lines.firstIndex(where: { isFence($0, opening: false) }) else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 2, body: "", bodyFirstLine: 1, isUnterminated: true)
        }
        let yaml = lines[..<closeIndex].joined(separator: "\n")
        let body = lines[(closeIndex + 1)...].joined(separator: "\n")
        return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closeIndex + 3, isUnterminated: false)
    }

    private static func isFence(_ line: Substring, opening: Bool) -> Bool {
        var text = Substring(line)
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text == "---" || (!opening && text == "...")
    }
}
