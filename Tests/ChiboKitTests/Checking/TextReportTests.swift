import Testing
@testable import ChiboKit

/// The text report an editor reads: accepted findings counted, not listed,
/// and a long run of one problem in one file folded into one line.
struct TextReportTests {
    private func diagnostic(_ file: String, line: Int, _ code: DiagnosticCode, _ severity: Severity? = nil) -> Diagnostic {
        Diagnostic(file: file, at: SourceLocation(line: line, column: 3), severity: severity, code: code, message: Message(verbatim: "m\(line)"))
    }

    @Test func notesAreCountedInTheSummaryNotListed() {
        let accepted = diagnostic("a.md", line: 2, .citationSuperseded, .note)
        let diagnostics = [accepted, diagnostic("a.md", line: 5, .linkBroken)]
        let text = TextDiagnosticFormatter().report(diagnostics, files: ["a.md"], options: TextReportOptions())
        #expect(text == """
            a.md:5:3: error: m5 [link.broken]
            1 file checked: 1 error, 0 warnings, 1 accepted finding (--notes lists them)

            """)
        let listed = TextDiagnosticFormatter().report(diagnostics, files: ["a.md"], options: TextReportOptions(notes: true))
        #expect(listed.contains("a.md:2:3: note: m2 [citation.superseded]"))
        #expect(listed.hasSuffix("1 error, 0 warnings, 1 note\n"))
    }

    /// The summary names the command that applies the certain fixes, as
    /// `cargo` names `cargo fix`; an accepted finding's fix is not counted.
    @Test func certainFixesAreCountedWithTheCommandThatWritesThem() {
        func fixable(line: Int, _ severity: Severity? = nil) -> Diagnostic {
            var fixable = diagnostic("a.md", line: line, .citationDateMismatch, severity)
            fixable.suggestion = Suggestion(message: Message(verbatim: "write it"), replacement: "ngày 10/10/2007",
                                            range: SourceRange(SourceLocation(line: line, column: 3)), isCertain: true)
            return fixable
        }
        var guess = diagnostic("a.md", line: 9, .linkAnchor)
        guess.suggestion = Suggestion(message: Message(verbatim: "did you mean `#a`?"), replacement: "#a")
        let diagnostics = [fixable(line: 1), fixable(line: 2, .note), fixable(line: 3), guess]
        let options = TextReportOptions(fixCommand: "chibo check --fix --content \"nội dung\"")
        let lines = TextDiagnosticFormatter().report(diagnostics, files: ["a.md"], options: options).split(separator: "\n")
        #expect(lines.last == "2 problems have one right fix: `chibo check --fix --content \"nội dung\"` writes them (add --dry-run to see the changes first)")
        let none = TextDiagnosticFormatter().report([guess], files: ["a.md"], options: options)
        #expect(!none.contains("--fix"))
    }

    @Test func aLongRunOfOneCodeInOneFileIsFoldedAfterTwenty() {
        let many = (1...35).map { diagnostic("a.md", line: $0, .citationUnknown) }
        let others = [diagnostic("a.md", line: 40, .linkBroken), diagnostic("b.md", line: 1, .citationUnknown)]
        let diagnostics = (many + others).sorted()
        let text = TextDiagnosticFormatter().report(diagnostics, files: ["a.md", "b.md"], options: TextReportOptions())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("a.md:") && $0.hasSuffix("[citation.unknown]") }.count == 21)
        #expect(lines.contains("a.md:21:3: error: 15 more like this in this file, the first of them here; "
                               + "--all prints every one [citation.unknown]"))
        #expect(!lines.contains { $0.hasPrefix("a.md:22:") })
        #expect(lines.contains("a.md:40:3: error: m40 [link.broken]"))
        #expect(lines.contains("b.md:1:3: error: m1 [citation.unknown]"))
        // The summary still counts everything; --all lists everything.
        #expect(lines.last == "2 files checked: 37 errors, 0 warnings, 0 notes")
        let all = TextDiagnosticFormatter().report(diagnostics, files: ["a.md", "b.md"],
                                                   options: TextReportOptions(notes: true, limitPerCodeInFile: nil))
        #expect(all.split(separator: "\n").count == 38)
    }

    @Test func machineFormatsKeepEveryDiagnostic() {
        let diagnostics = (1...30).map { diagnostic("a.md", line: $0, .citationUnknown) }
            + [diagnostic("a.md", line: 31, .citationSuperseded, .note)]
        let json = DiagnosticFormat.json.render(diagnostics, files: ["a.md"], strict: false)
        #expect(json.components(separatedBy: "\"code\"").count - 1 == 31)
    }
}
