/// `chibo check --format sarif`: a SARIF 2.1.0 log (OASIS), the format code
/// scanning services read. Every diagnostic code is a rule; columns count
/// Unicode scalars (`columnKind: unicodeCodePoints`), as chibo's do. An
/// accepted finding is a note carrying an in-source suppression with the
/// editor's reason; a suggestion whose replaced text is known is a fix.
public struct SARIFReportFormatter: Sendable {
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public var language: Language
    /// The guide whose pages the rules point to, when it is installed.
    public var guide: DiagnosticGuide?

    public init(language: Language = .en, guide: DiagnosticGuide? = nil) {
        self.language = language
        self.guide = guide
    }

    public func report(_ diagnostics: [Diagnostic]) -> String {
        let rules = DiagnosticCode.all
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.rawValue, $0) })
        let driver: JSONValue = .object([
            ("name", .string("chibo")),
            ("rules", .array(rules.map(rule))),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("language", .string(language.tag)),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(diagnostics.map { result($0, ruleIndex: ruleIndex[$0.code.rawValue]) })),
        ])
        return JSONValue.object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered() + "\n"
    }

    /// A code's summary, what it means and how to fix it, in the report's
    /// language, and its page of the guide: relative to the guide's site
    /// (`properties.guidePage`) and, when the guide is installed, as the
    /// absolute URI SARIF wants for `helpUri`.
    private func rule(_ code: DiagnosticCode) -> JSONValue {
        func text(_ texts: MessageTexts?) -> JSONValue { .object([("text", .string(texts?.text(in: language) ?? code.rawValue))]) }
        var members: [(String, JSONValue)] = [
            ("id", .string(code.rawValue)),
            ("shortDescription", text(code.summary)),
            ("fullDescription", text(code.meaning)),
            ("help", text(code.howToFix)),
        ]
        if let uri = guide?.uri(of: code) { members.append(("helpUri", .string(uri))) }
        members += [
            ("defaultConfiguration", .object([("level", .string(Self.level(code.defaultSeverity)))])),
            ("properties", .object([("guidePage", .string(DiagnosticGuide.sitePath(of: code)))])),
        ]
        return .object(members)
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int?) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.code.rawValue))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        var text = diagnostic.message.text(in: language)
        if let suggestion = diagnostic.suggestion { text += " (\(suggestion.message.text(in: language)))" }
        members += [
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", artifact(diagnostic.file)),
                ("region", region(diagnostic.range)),
            ]))])])),
        ]
        if let suggestion = diagnostic.suggestion, let replacement = suggestion.replacement, let range = suggestion.range {
            members.append(("fixes", .array([.object([
                ("description", .object([("text", .string(suggestion.message.text(in: language)))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", artifact(diagnostic.file)),
                    ("replacements", .array([.object([
                        ("deletedRegion", region(range)),
                        ("insertedContent", .object([("text", .string(replacement))])),
                    ])])),
                ])])),
            ])])))
        }
        if let reason = diagnostic.acceptedBecause {
            members.append(("suppressions", .array([.object([
                ("kind", .string("inSource")), ("status", .string("accepted")), ("justification", .string(reason)),
            ])])))
        }
        return .object(members)
    }

    private func artifact(_ file: String) -> JSONValue {
        .object([("uri", .string(file.split(separator: "/", omittingEmptySubsequences: false)
            .map { SitePath.encodeSegment(String($0)) }.joined(separator: "/")))])
    }

    private func region(_ range: SourceRange) -> JSONValue {
        .object([
            ("startLine", .int(range.start.line)), ("startColumn", .int(range.start.column)),
            ("endLine", .int(range.end.line)), ("endColumn", .int(range.exclusiveEndColumn)),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
