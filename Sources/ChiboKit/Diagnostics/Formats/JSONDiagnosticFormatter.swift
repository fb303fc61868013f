/// `chibo check --format json`: one versioned object, in the shape of
/// interfaces.md (after swift-docc's diagnostics file). `end_line` and
/// `end_column` (exclusive, like SARIF) appear when the problem spans a
/// range; `suggestion` when there is a likely fix; `accepted` holds an
/// editor's reason when the finding was accepted and is a note.
public struct JSONDiagnosticFormatter: Sendable {
    public static let version = 1

    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func report(_ diagnostics: [Diagnostic], files: [String]) -> String {
        let count = DiagnosticCount(diagnostics)
        return JSONValue.object([
            ("version", .int(Self.version)),
            ("diagnostics", .array(diagnostics.map(object))),
            ("summary", .object([
                ("files", .int(files.count)), ("errors", .int(count.errors)),
                ("warnings", .int(count.warnings)), ("notes", .int(count.notes)),
            ])),
        ]).rendered() + "\n"
    }

    func object(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("file", .string(diagnostic.file)),
            ("line", .int(diagnostic.range.start.line)),
            ("column", .int(diagnostic.range.start.column)),
        ]
        if diagnostic.range.isSpan {
            members.append(("end_line", .int(diagnostic.range.end.line)))
            members.append(("end_column", .int(diagnostic.range.exclusiveEndColumn)))
        }
        members += [
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code.rawValue)),
            ("message", .string(diagnostic.message.text(in: language))),
        ]
        if let suggestion = diagnostic.suggestion {
            var fields: [(String, JSONValue)] = [("message", .string(suggestion.message.text(in: language)))]
            if let replacement = suggestion.replacement { fields.append(("replacement", .string(replacement))) }
            members.append(("suggestion", .object(fields)))
        }
        if let reason = diagnostic.acceptedBecause { members.append(("accepted", .string(reason))) }
        return .object(members)
    }
}
