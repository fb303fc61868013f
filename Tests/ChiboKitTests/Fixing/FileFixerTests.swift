import Testing
@testable import ChiboKit

/// Applying certain fixes to a file's text as written.
struct FileFixerTests {
    private func edit(_ line: Int, _ start: Int, _ end: Int, _ replacement: String, endLine: Int? = nil) -> SourceEdit {
        SourceEdit(file: "a.md", range: SourceRange(start: SourceLocation(line: line, column: start),
                                                    end: SourceLocation(line: endLine ?? line, column: end)),
                   replacement: replacement, code: .citationDateMismatch)
    }

    @Test func replacesExactlyTheRangeAndKeepsCRLF() {
        var fixer = FileFixer(text: "Tiêu đề\r\nChỉ thị số 05-CT/TW, ngày 5/3/2019 của Bộ Chính trị.\r\n")
        // `5/3/2019` is columns 27 to 34 of line 2 (scalars, end inclusive).
        fixer.apply([edit(2, 27, 34, "15/5/2016")])
        #expect(fixer.text == "Tiêu đề\r\nChỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.\r\n")
        #expect(fixer.applied.map(\.description) == ["a.md:2:27: fixed [citation.date-mismatch]: 5/3/2019 → 15/5/2016"])
    }

    @Test func editsOnOneLineAreAppliedFromTheEndSoEachKeepsItsPlace() {
        var fixer = FileFixer(text: "ngày 1/2/2003 và ngày 3/4/2005\n")
        fixer.apply([edit(1, 6, 13, "01/02/2003"), edit(1, 23, 30, "03/04/2005")])
        #expect(fixer.text == "ngày 01/02/2003 và ngày 03/04/2005\n")
        #expect(fixer.applied.map(\.location.column) == [6, 23])
    }

    @Test func aMultiLineEditTurnsItsLineEndsIntoTheFilesOwn() {
        var fixer = FileFixer(text: "a\r\nb\r\nc\r\n")
        fixer.apply([edit(1, 1, 1, "x\ny", endLine: 2)])
        #expect(fixer.text == "x\r\ny\r\nc\r\n")
    }

    @Test func overlappingOrMisplacedEditsAreLeftForTheNextRound() {
        var fixer = FileFixer(text: "abcdef\n")
        fixer.apply([edit(1, 2, 4, "X"), edit(1, 3, 5, "Y"), edit(1, 5, 99, "Z"), edit(3, 1, 1, "W")])
        #expect(fixer.text == "aXef\n")
        #expect(fixer.skipped.count == 3)
    }

    @Test func onlyCertainFixesOfFindingsNotAcceptedAreApplied() {
        let range = SourceRange(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 3))
        func diagnostic(_ severity: Severity, certain: Bool, replacement: String? = "x") -> Diagnostic {
            Diagnostic(file: "a.md", range: range, severity: severity, code: .citationDateMismatch, message: Message(verbatim: "m"),
                       suggestion: Suggestion(message: Message(verbatim: "s"), replacement: replacement, range: range, isCertain: certain))
        }
        let edits = SourceEdit.certain(in: [diagnostic(.error, certain: true), diagnostic(.note, certain: true),
                                            diagnostic(.error, certain: false), diagnostic(.warning, certain: true, replacement: nil)])
        #expect(edits.count == 1)
    }

    @Test func aUnifiedDiffShowsTheChangedLinesWithContext() {
        let old = (1...10).map { "dòng \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "dòng 5\n", with: "dòng năm\n")
        #expect(UnifiedDiff.make(old: old, new: new, oldLabel: "a/x.md", newLabel: "b/x.md") == """
            --- a/x.md
            +++ b/x.md
            @@ -2,7 +2,7 @@
             dòng 2
             dòng 3
             dòng 4
            -dòng 5
            +dòng năm
             dòng 6
             dòng 7
             dòng 8

            """)
        #expect(UnifiedDiff.make(old: old, new: old, oldLabel: "a", newLabel: "b") == "")
    }
}
