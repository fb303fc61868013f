/// Writes diagnostics the way compilers do, one per line:
/// `content/guidance/x.md:12:5: error: message [code]`, with the suggested
/// fix on an indented line below, and a summary line at the end.
public struct TextDiagnosticFormatter: Sendable {
    public init() {}

    public func format(_ diagnostic: Diagnostic) -> String {
        var line = "\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column): "
        line += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]"
        if let suggestion = diagnostic.suggestion {
            line += "\n    note: \(suggestion.message)"
        }
        return line
    }

    public func summary(of diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let notes = diagnostics.filter { $0.severity == .note }.count
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(files, "file")) checked: \(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(notes, "note"))"
    }
}
