/// Writes diagnostics the way compilers do, one per line:
/// `content/guidance/x.md:12:5: error: message [code]`, with the suggested
/// fix and an accepted finding's reason on indented lines below, and a
/// summary line at the end.
public struct TextDiagnosticFormatter: Sendable {
    public init() {}

    public func format(_ diagnostic: Diagnostic) -> String {
        var line = "\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column): "
        line += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]"
        if let reason = diagnostic.acceptedBecause {
            line += "\n    accepted: \(reason)"
        }
        if let suggestion = diagnostic.suggestion {
            line += "\n    help: \(suggestion.message)"
        }
        return line
    }

    public func summary(of diagnostics: [Diagnostic], files: Int) -> String {
        let count = DiagnosticCount(diagnostics)
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(files, "file")) checked: \(plural(count.errors, "error")), "
            + "\(plural(count.warnings, "warning")), \(plural(count.notes, "note"))"
    }

    /// The whole report: every diagnostic, then the summary.
    public func report(_ diagnostics: [Diagnostic], files: [String]) -> String {
        (diagnostics.map(format) + [summary(of: diagnostics, files: files.count)]).joined(separator: "\n") + "\n"
    }
}

/// How many diagnostics of each severity a report holds.
public struct DiagnosticCount: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0

    public init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }
}
