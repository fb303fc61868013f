/// How bad a problem is. Errors fail `build` and `check`; warnings fail only
/// `check --strict`; notes record accepted findings.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A likely fix: what to write instead, and why.
public struct Suggestion: Sendable, Hashable {
    public var message: Message
    public var replacement: String?
    /// The text `replacement` replaces, when it is known exactly: what
    /// makes the suggestion a fix a tool can apply (SARIF `fixes`).
    public var range: SourceRange?
    /// There is one right answer and it needs no judgement (the registry's
    /// date, a decoded legacy-encoded block, NFC): `chibo check --fix` applies
    /// it. A suggestion that guesses (the nearest symbol, a similar file)
    /// stays a hint for the editor.
    public var isCertain: Bool

    public init(message: Message, replacement: String? = nil, range: SourceRange? = nil, isCertain: Bool = false) {
        self.message = message
        self.replacement = replacement
        self.range = range
        self.isCertain = isCertain
    }
}

/// One problem found in the content, at the place where it is written.
///
/// Content problems are always diagnostics, never thrown errors: a run keeps
/// going and reports every problem it finds (style.md, "Our conventions").
public struct Diagnostic: Sendable, Hashable {
    /// Path as shown to the user, e.g. `content/guidance/x.md`.
    public var file: String
    public var range: SourceRange
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: Message
    public var suggestion: Suggestion?
    /// What the finding is about, as written: the cited symbol, the link
    /// target. An editor's `accept:` names it to accept this one finding.
    public var subject: String?
    /// Why an editor accepted the finding, which made it a note.
    public var acceptedBecause: String?

    public init(
        file: String,
        range: SourceRange,
        severity: Severity? = nil,
        code: DiagnosticCode,
        message: Message,
        suggestion: Suggestion? = nil,
        subject: String? = nil
    ) {
        self.file = file
        self.range = range
        self.severity = severity ?? code.defaultSeverity
        self.code = code
        self.message = message
        self.suggestion = suggestion
        self.subject = subject
    }

    public init(
        file: String,
        at location: SourceLocation,
        severity: Severity? = nil,
        code: DiagnosticCode,
        message: Message,
        suggestion: Suggestion? = nil,
        subject: String? = nil
    ) {
        self.init(file: file, range: SourceRange(location), severity: severity, code: code,
                  message: message, suggestion: suggestion, subject: subject)
    }

    public var location: SourceLocation { range.start }

    /// Whether `chibo check --fix` applies this diagnostic's suggestion: it
    /// has one right answer and an exact place, and the editor did not
    /// accept the finding (a note), which would mean keeping the text.
    public var hasCertainFix: Bool {
        guard severity != .note, let suggestion else { return false }
        return suggestion.isCertain && suggestion.range != nil && suggestion.replacement != nil
    }
}

extension Diagnostic: Comparable {
    /// The stable report order: file, line, column, then code and message so
    /// that two problems at one place never swap between runs.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message.text(in: .en) < rhs.message.text(in: .en)
    }
}
