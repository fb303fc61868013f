/// The report formats of `chibo check --format` (interfaces.md): text for
/// people, the others for tools. Every format carries the same diagnostics
/// in the same order; only the notation differs.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github, junit, sarif

    /// The report for `diagnostics` over `files` (display paths). `strict`
    /// makes warnings fail, as `--strict` does for the exit code: JUnit
    /// then lists them as failures.
    /// Messages are in `language`; the keys, codes and severities of the
    /// machine formats stay as their schemas name them.
    public func render(_ diagnostics: [Diagnostic], files: [String], strict: Bool = false,
                       language: Language = .en, guide: DiagnosticGuide? = nil) -> String {
        switch self {
        case .text: TextDiagnosticFormatter(language: language, guide: guide).report(diagnostics, files: files)
        case .json: JSONDiagnosticFormatter(language: language).report(diagnostics, files: files)
        case .github: GitHubAnnotationFormatter(language: language).report(diagnostics)
        case .junit: JUnitReportFormatter(warningsFail: strict, language: language).report(diagnostics, files: files)
        case .sarif: SARIFReportFormatter(language: language, guide: guide).report(diagnostics)
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
