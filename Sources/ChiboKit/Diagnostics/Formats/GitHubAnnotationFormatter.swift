/// `chibo check --format github`: GitHub Actions workflow commands, one per
/// diagnostic, so that each problem shows on the line of the pull request
/// that holds it. Notes (accepted findings) become `::notice`.
public struct GitHubAnnotationFormatter: Sendable {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func report(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).map { $0 + "\n" }.joined()
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties = [
            ("file", diagnostic.file), ("line", String(diagnostic.range.start.line)),
            ("col", String(diagnostic.range.start.column)),
        ]
        if diagnostic.range.isSpan {
            properties.append(("endLine", String(diagnostic.range.end.line)))
            properties.append(("endColumn", String(diagnostic.range.exclusiveEndColumn)))
        }
        properties.append(("title", diagnostic.code.rawValue))
        var message = diagnostic.message.text(in: language)
        if let reason = diagnostic.acceptedBecause { message += "\n\(Message(ReportMessages.accepted).text(in: language)): " + reason }
        if let suggestion = diagnostic.suggestion {
            message += "\n\(Message(ReportMessages.help).text(in: language)): " + suggestion.message.text(in: language)
        }
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command) \(list)::\(Self.escapeData(message))"
    }

    /// The runner's escaping: `%`, CR and LF in the message …
    static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// … and also `:` and `,` in a property value.
    static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces each character found in `table` by its replacement, in one pass.
    func replacingAll(_ table: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            if let replacement = table[character] { out += replacement } else { out.append(character) }
        }
        return out
    }
}
