/// Plain text from a document written as Markdown that reads back as the
/// same text: the characters Markdown would take as markup are escaped, so
/// a `*` separator, a `[1]` or a `<` in a Word file stays what it was, and no
/// raw HTML can come in through an import. Footnote markers the structure
/// stage placed are written as `[^label]`.
enum MarkdownText {
    /// A footnote marker's place in text that is still plain: the label
    /// between two private-use characters no document holds.
    static func marker(_ label: String) -> String { "\u{E000}\(label)\u{E001}" }

    static func inline(_ text: String) -> String {
        // `**bold**` typed in the text (copied from a page that had it) stays bold.
        let text = text.contains("**") ? text.replacing(ImportPatterns.boldPair) { "\u{E002}\($0.1)\u{E003}" } : text
        var out = ""
        var inMarker = false
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\u{E000}":
                inMarker = true
                out += "[^"
            case "\u{E001}":
                inMarker = false
                out += "]"
            case "\u{E002}", "\u{E003}":
                out += "**"
            case "\\", "`", "*", "_", "[", "]", "<", "~":
                out += inMarker ? "" : "\\"
                out.unicodeScalars.append(scalar)
            case "&":
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if next.properties.isAlphabetic || next == "#" { out += "\\" }
                out += "&"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        if out.hasSuffix("#") { out.insert("\\", at: out.index(before: out.endIndex)) }
        return out
    }

    /// A paragraph: inline text whose start cannot open another block (a
    /// list item `1.` or `-`, a heading `#`, a quote `>`, a table `|`).
    static func paragraph(_ text: String) -> String {
        var escaped = inline(text)
        guard let first = escaped.first else { return escaped }
        if "#->+=|".contains(first) {
            escaped.insert("\\", at: escaped.startIndex)
        } else if first.isNumber {
            let digits = escaped.prefix { $0.isNumber }
            let after = escaped.dropFirst(digits.count).first
            if digits.count <= 9, after == "." || after == ")" {
                escaped.insert("\\", at: escaped.index(escaped.startIndex, offsetBy: digits.count))
            }
        }
        return escaped
    }

    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
