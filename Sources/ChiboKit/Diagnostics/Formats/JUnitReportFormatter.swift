/// `chibo check --format junit`: a JUnit XML report, the format CI servers
/// (GitLab, Jenkins, Azure) show as a test tab. Each checked file is a test
/// suite; each problem in it a test case that fails (errors, and warnings
/// under `--strict`), passes with its text as output (warnings), or is
/// skipped with the editor's reason (accepted findings). A file without
/// problems has one passing test case, so the report shows what was checked.
public struct JUnitReportFormatter: Sendable {
    public var warningsFail: Bool
    public var language: Language

    public init(warningsFail: Bool = false, language: Language = .en) {
        self.warningsFail = warningsFail
        self.language = language
    }

    public func report(_ diagnostics: [Diagnostic], files: [String]) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics { byFile[diagnostic.file, default: []].append(diagnostic) }
        // Diagnostics may name files the walk did not list (a theme template).
        let allFiles = (Set(files).union(byFile.keys)).sorted()
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, skipped: 0)
        for file in allFiles {
            let problems = byFile[file] ?? []
            var cases: [String] = []
            var failures = 0
            var skipped = 0
            for diagnostic in problems {
                let name = "\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.code.rawValue)"
                let open = "    <testcase classname=\"\(Self.escape(file))\" name=\"\(Self.escape(name))\""
                    + " file=\"\(Self.escape(file))\" line=\"\(diagnostic.location.line)\">"
                let text = Self.escape(TextDiagnosticFormatter(language: language).format(diagnostic))
                let message = Self.escape(diagnostic.message.text(in: language))
                let fails = diagnostic.severity == .error || (diagnostic.severity == .warning && warningsFail)
                if fails {
                    failures += 1
                    cases.append(open + "\n      <failure type=\"\(diagnostic.code.rawValue)\" message=\"\(message)\">"
                                 + text + "</failure>\n    </testcase>")
                } else if diagnostic.severity == .note {
                    skipped += 1
                    let reason = Self.escape("\(Message(ReportMessages.accepted).text(in: language)): "
                                             + (diagnostic.acceptedBecause ?? diagnostic.message.text(in: language)))
                    cases.append(open + "\n      <skipped message=\"\(reason)\"/>\n      <system-out>" + text
                                 + "</system-out>\n    </testcase>")
                } else {
                    cases.append(open + "\n      <system-out>" + text + "</system-out>\n    </testcase>")
                }
            }
            if cases.isEmpty {
                cases.append("    <testcase classname=\"\(Self.escape(file))\" name=\"checked\" file=\"\(Self.escape(file))\"/>")
            }
            totals.tests += cases.count
            totals.failures += failures
            totals.skipped += skipped
            suites.append("  <testsuite name=\"\(Self.escape(file))\" tests=\"\(cases.count)\" failures=\"\(failures)\""
                          + " errors=\"0\" skipped=\"\(skipped)\">\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"chibo check\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" errors=\"0\""
            + " skipped=\"\(totals.skipped)\">\n" + suites.map { $0 + "\n" }.joined() + "</testsuites>\n"
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids (most C0
    /// controls) are dropped, since no parser would read the file otherwise.
    static func escape(_ text: String) -> String {
        let allowed = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }))
        return HTMLEscaping.escape(allowed)
    }
}
