/// One certain fix, ready to apply: the text at `range` of `file` (as the
/// file is written: scalar columns, `end` inclusive) becomes `replacement`.
public struct SourceEdit: Sendable, Hashable {
    public var file: String
    public var range: SourceRange
    public var replacement: String
    public var code: DiagnosticCode

    public init(file: String, range: SourceRange, replacement: String, code: DiagnosticCode) {
        self.file = file
        self.range = range
        self.replacement = replacement
        self.code = code
    }

    /// The fixes `chibo check --fix` may apply among `diagnostics`: those
    /// with one right answer and an exact place (`Suggestion.isCertain`),
    /// never an accepted finding (a note): the editor decided to keep it.
    public static func certain(in diagnostics: [Diagnostic]) -> [SourceEdit] {
        diagnostics.compactMap { diagnostic in
            guard diagnostic.hasCertainFix, let suggestion = diagnostic.suggestion,
                  let range = suggestion.range, let replacement = suggestion.replacement else { return nil }
            return SourceEdit(file: diagnostic.file, range: range, replacement: replacement, code: diagnostic.code)
        }
    }
}

/// An edit as it was made: where, and the text before and after.
public struct AppliedEdit: Sendable, Hashable {
    public var file: String
    public var location: SourceLocation
    public var code: DiagnosticCode
    public var old: String
    public var new: String

    /// `file:line:col: fixed [code]: old → new`, as `chibo check --fix`
    /// prints it (`would fix` for `--dry-run`); a long text is cut to its start.
    public func message(isDryRun: Bool = false) -> Message {
        Message(isDryRun ? BuildMessages.wouldFix : .fixed, [
            "file": file, "line": location.line, "column": location.column, "code": code.rawValue,
            "old": Self.shown(old), "new": Self.shown(new),
        ])
    }

    public var description: String { message().text(in: .en) }

    private static func shown(_ text: String) -> String {
        let oneLine = text.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
        return oneLine.unicodeScalars.count <= 80 ? oneLine : String(String.UnicodeScalarView(oneLine.unicodeScalars.prefix(79))) + "…"
    }
}
