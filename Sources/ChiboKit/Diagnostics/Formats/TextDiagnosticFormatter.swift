/// Writes diagnostics the way compilers do, one per line:
/// `content/guidance/x.md:12:5: error: message [code]`, with the suggested
/// fix and an accepted finding's reason on indented lines below, and a
/// summary line at the end.
public struct TextDiagnosticFormatter: Sendable {
    public var language: Language
    /// Where each code's page is: a `see:` line under each finding. Nil
    /// leaves the line out.
    public var guide: DiagnosticGuide?

    public init(language: Language = .en, guide: DiagnosticGuide? = nil) {
        self.language = language
        self.guide = guide
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var line = "\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column): "
        line += "\(say(ReportMessages.severity(diagnostic.severity))): \(diagnostic.message.text(in: language)) [\(diagnostic.code.rawValue)]"
        if let reason = diagnostic.acceptedBecause {
            line += "\n    \(say(.accepted)): \(reason)"
        }
        if let suggestion = diagnostic.suggestion {
            line += "\n    \(say(.help)): \(suggestion.message.text(in: language))"
        }
        if let guide {
            line += "\n    \(say(.see)): \(guide.page(of: diagnostic.code))"
        }
        return line
    }

    public func summary(of diagnostics: [Diagnostic], files: Int, listsNotes: Bool = true) -> String {
        let count = DiagnosticCount(diagnostics)
        let entry: ReportMessages = listsNotes || count.notes == 0 ? .summary : .summaryFoldedNotes
        return Message(entry, ["files": files, "errors": count.errors, "warnings": count.warnings, "notes": count.notes])
            .text(in: language)
    }

    private func say(_ entry: ReportMessages) -> String { Message(entry).text(in: language) }

    /// The whole report: every diagnostic, then the summary.
    public func report(_ diagnostics: [Diagnostic], files: [String]) -> String {
        report(diagnostics, files: files, options: TextReportOptions(notes: true, limitPerCodeInFile: nil))
    }

    /// The report an editor reads: their own problems first and not drowned.
    /// Accepted findings (notes) are counted in the summary unless
    /// `options.notes`; past `limitPerCodeInFile` diagnostics of one code in
    /// one file, one line says how many more there are and where they start.
    public func report(_ diagnostics: [Diagnostic], files: [String], options: TextReportOptions) -> String {
        let shown = options.notes ? diagnostics : diagnostics.filter { $0.severity != .note }
        var lines: [String] = []
        if let limit = options.limitPerCodeInFile {
            var total: [FileAndCode: Int] = [:]
            for diagnostic in shown { total[FileAndCode(diagnostic), default: 0] += 1 }
            var seen: [FileAndCode: Int] = [:]
            for diagnostic in shown {
                let key = FileAndCode(diagnostic)
                let position = seen[key, default: 0]
                seen[key] = position + 1
                if position < limit {
                    lines.append(format(diagnostic))
                } else if position == limit {
                    lines.append(foldedLine(from: diagnostic, more: total[key, default: 0] - limit))
                }
            }
        } else {
            lines = shown.map(format)
        }
        if options.summary {
            lines.append(summary(of: diagnostics, files: files.count, listsNotes: options.notes))
            let fixable = diagnostics.count(where: \.hasCertainFix)
            if let command = options.fixCommand, fixable > 0 {
                lines.append(Message(fixable == 1 ? ReportMessages.fixOne : .fixMany, ["count": fixable, "command": command])
                    .text(in: language))
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// `file:line:col: warning: 35 more [code] in this file, the first of them here; --all prints every one`.
    private func foldedLine(from first: Diagnostic, more: Int) -> String {
        "\(first.file):\(first.location.line):\(first.location.column): \(say(ReportMessages.severity(first.severity))): "
            + "\(Message(ReportMessages.moreInFile, ["count": more]).text(in: language)) [\(first.code.rawValue)]"
    }

    private struct FileAndCode: Hashable {
        var file: String
        var code: String
        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            code = diagnostic.code.rawValue
        }
    }
}

/// What a text report shows. The machine formats (JSON, SARIF, JUnit,
/// GitHub) always carry every diagnostic.
public struct TextReportOptions: Sendable {
    /// List accepted findings; otherwise the summary only counts them.
    public var notes: Bool
    /// Diagnostics of one code in one file shown before the rest are
    /// folded into one line; nil shows them all.
    public var limitPerCodeInFile: Int?
    /// End with the summary line.
    public var summary: Bool
    /// The command that applies the certain fixes (`chibo check --fix`),
    /// named after the summary when some diagnostic has one; nil names none.
    public var fixCommand: String?

    public static let defaultLimitPerCodeInFile = 20

    public init(notes: Bool = false, limitPerCodeInFile: Int? = TextReportOptions.defaultLimitPerCodeInFile,
                summary: Bool = true, fixCommand: String? = nil) {
        self.notes = notes
        self.limitPerCodeInFile = limitPerCodeInFile
        self.summary = summary
        self.fixCommand = fixCommand
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
