/// Values written into scaffolded front matter. Free text (a title, a name,
/// an issuer) is written as a double-quoted YAML string with every
/// character YAML could read otherwise escaped, so no value can end the
/// line, start a comment or a key, or close the front matter.
enum YAMLScalar {
    /// `"…"`, with `"` and `\` escaped and anything outside YAML's printable
    /// characters (controls, NEL, line and paragraph separators, the BOM,
    /// non-characters) written as `\uXXXX`: valid JSON and valid YAML.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in VietnameseText.nfc(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }
            }
        }
        return out + "\""
    }

    /// YAML 1.2's printable set, less the byte-order mark and the line
    /// separators YAML 1.1 (libyaml) still reads as line breaks.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...: true
        default: false
        }
    }

    /// One line of a `# …` comment: line breaks of any kind read as spaces,
    /// so the text cannot leave the comment.
    static func commentLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in VietnameseText.nfc(text).unicodeScalars {
            out.append(isPrintable(scalar) ? scalar : " ")
        }
        return String(out)
    }
}
