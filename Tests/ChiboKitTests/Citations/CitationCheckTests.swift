import Testing
@testable import ChiboKit

/// What the recogniser reports by itself through `check` and `build`: an
/// impossible date is an error at the citation, never silently dropped;
/// look-alike characters are a warning.
struct CitationCheckTests {
    @Test func impossibleDatesAndLookAlikesAreReportedWhereWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("guidance/a.md", """
            ---
            title: "T"
            ---
            Theo Chỉ thị số 50-CT/TW, ngày 31/2/2025 và
            Nghị định số 114/2003/N\u{00D0}-CP.
            """)
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path, jobs: 1))
        let found = report.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.severity) \($0.code)" }
        // Without a registry, both symbols are also unknown.
        #expect(found == ["4:6 error citation.invalid-date", "4:17 error citation.unknown",
                          "5:1 warning text.encoding", "5:14 error citation.unknown"])
        #expect(report.exitCode() == 1)
    }
}
