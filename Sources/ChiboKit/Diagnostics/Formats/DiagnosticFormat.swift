/// The report formats of `chibo check --format` (interfaces.md): text for
/// people, the others for tools. Every format carries the same diagnostics
/// in the same order; only the notation differs.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github, junit, sarif

    /// The report for `diagnostics` over `files` (display paths). `strict`
    /// makes warnings fail, as `--strict` does for the exit code: JUnit
    /// then lists them as failures.
    public func render(_ diagnostics: [Diagnostic], files: [String], strict: Bool = false) -> String {
        switch self {
        case .text: TextDiagnosticFormatter().report(diagnostics, files: files)
        case .json: JSONDiagnosticFormatter().report(diagnostics, files: files)
        case .github: GitHubAnnotationFormatter().report(diagnostics)
        case .junit: JUnitReportFormatter(warningsFail: strict).report(diagnostics, files: files)
        case .sarif: SARIFReportFormatter().report(diagnostics)
        }
    }
}

extension SourceRange {
    /// The column just after the last character: the end as SARIF, LSP and
    /// the JSON report count it.
    var exclusiveEndColumn: Int { end.column + 1 }

    /// True when the range covers more than the one position it starts at.
    var isSpan: Bool { end != start }
}
