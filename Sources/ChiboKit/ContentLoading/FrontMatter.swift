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
    /// True when an opening `---` has no closing fence. The front matter is
    /// then the lines after it that still read as YAML (`key: value`, an
    /// indented line, a `- ` item), up to the first blank or other line,
    /// where the body starts: its keys are read and its body checked.
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
        // Where the body starts if no closing fence comes: the first line
        // after the opening one that does not read as YAML.
        var unclosedBody: (start: String.Index, line: Int)?
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
                if unclosedBody == nil, !readsAsYAML(line) { unclosedBody = (lineStart, lineNumber) }
            } else {
                guard isFence(line, opening: true) else { return noFrontMatter }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        let yamlFrom = yamlStart ?? bytes.endIndex
        let body = unclosedBody ?? (bytes.endIndex, lineNumber)
        let yaml = String(text[yamlFrom..<body.start])
        return FrontMatterSplit(yaml: yaml.hasSuffix("\n") ? String(yaml.dropLast()) : yaml, yamlFirstLine: 2,
                                body: String(text[body.start...]), bodyFirstLine: body.line, isUnterminated: true)
    }

    /// The lines of an unclosed front matter that were read as YAML, when
    /// there are any (for the message that says where the body starts).
    public var unclosedYAMLLines: ClosedRange<Int>? {
        guard isUnterminated, bodyFirstLine > yamlFirstLine else { return nil }
        return yamlFirstLine...(bodyFirstLine - 1)
    }

    /// A line an editor who forgot the closing `---` most likely meant as
    /// front matter: `key:` at the margin (an ASCII key, then a space or
    /// the line's end), an indented line that is not blank, or a `- ` item.
    /// A blank line, a heading or a sentence starts the body.
    static func readsAsYAML(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first else { return false }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), colon = UInt8(ascii: ":")
        if first == space || first == tab { return bytes.contains { $0 != space && $0 != tab } }
        if first == UInt8(ascii: "-") {
            let second = bytes.dropFirst().first
            return second == nil || second == space
        }
        guard (first | 0x20) &- 0x61 < 26 || first &- 0x30 < 10 || first == UInt8(ascii: "_"),
              let colonIndex = bytes.firstIndex(of: colon),
              bytes[..<colonIndex].allSatisfy({ ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 || $0 == UInt8(ascii: "_")
                  || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else { return false }
        let after = bytes[bytes.index(after: colonIndex)...].first
        return after == nil || after == space || after == tab
    }

    private static func isFence(_ line: Substring, opening: Bool) -> Bool {
        var text = line
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text == "---" || (!opening && text == "...")
    }
}
