import Foundation
import Testing
@testable import ChiboKit

private let goldenContent = Fixtures.path("golden-site/content")
private let goldenExpected = Fixtures.path("golden-site/expected")

private func build(_ content: String, into output: String, jobs: Int = 2, publicEdition: Bool = false) throws -> BuildReport {
    try SitePipeline.build(BuildOptions(contentDirectory: content, themeDirectory: Fixtures.theme,
                                        outputDirectory: output, isPublicEdition: publicEdition, jobs: jobs))
}

/// Copies a fixture's content into a temporary folder the test may edit.
private func copyOfGoldenContent(in folder: TemporaryFolder) throws -> String {
    let content = folder.path + "/content"
    try FileManager.default.copyItem(atPath: goldenContent, toPath: content)
    return content
}

@Suite(.serialized)
struct SiteBuildTests {
    /// The whole output of a small site, byte for byte. After an intended
    /// change, re-record with `CHIBO_RECORD_GOLDEN=1 swift test`.
    @Test func goldenSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/site"
        let report = try build(goldenContent, into: output)
        // The one finding is the accepted unknown symbol, a note.
        #expect(report.diagnostics.map { "\($0.severity) \($0.code) \($0.subject ?? "")" } == ["note citation.unknown 99-QĐ/TU", "note name.variant xa-thu", "note org.rule xom-a"])
        if ProcessInfo.processInfo.environment["CHIBO_RECORD_GOLDEN"] != nil {
            try? FileManager.default.removeItem(atPath: goldenExpected)
            try FileManager.default.copyItem(atPath: output, toPath: goldenExpected)
            try FileManager.default.removeItem(atPath: goldenExpected + "/assets")
        }
        // Theme assets are compared with theme/ itself, not with a copy.
        var actual = snapshot(of: output)
        for (path, data) in snapshot(of: Fixtures.theme + "/assets") {
            #expect(actual.removeValue(forKey: "assets/" + path) == data, "assets/\(path) is not the theme's")
        }
        let expected = snapshot(of: goldenExpected)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) where actual[path] != data {
            Issue.record("\(path) differs from the golden copy:\n\(String(decoding: actual[path] ?? Data(), as: UTF8.self))")
        }
    }

    @Test func brokenLinkIsReportedAtItsPlaceAndThePreviousSiteIsKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try copyOfGoldenContent(in: folder)
        let output = folder.path + "/_site"
        #expect(try build(content, into: output).wroteSite)
        let before = snapshot(of: output)
        #expect(before["guidance/huong-dan.html"] != nil)

        let page = content + "/guidance/dia-phuong/bao-cao.md"
        var text = try String(contentsOfFile: page, encoding: .utf8)
        text += "\nThêm: xem [biểu đồ](../khong-co.md) và [mục](../huong-dan.md#khong-co).\n"
        try text.write(toFile: page, atomically: true, encoding: .utf8)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1

        let report = try build(content, into: output)
        #expect(report.exitCode() == 1)
        #expect(!report.wroteSite)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.linkBroken, .linkAnchor])
        #expect(errors.allSatisfy { $0.file == content + "/guidance/dia-phuong/bao-cao.md" })
        // "Thêm: xem " is 10 scalars; the second link follows 25 + 4 more.
        #expect(errors.map(\.location) == [SourceLocation(line: lineCount, column: 11),
                                          SourceLocation(line: lineCount, column: 40)])
        #expect(snapshot(of: output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    /// Rendering runs on several threads around one cmark-gfm lock: the
    /// bytes must not depend on the number of threads.
    @Test func oneThreadAndTwoThreadsWriteTheSameBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try build(Fixtures.content, into: folder.path + "/one", jobs: 1)
        _ = try build(Fixtures.content, into: folder.path + "/two", jobs: 2)
        let one = snapshot(of: folder.path + "/one")
        #expect(!one.isEmpty)
        #expect(one == snapshot(of: folder.path + "/two"))
    }

    /// A page keeps its text and tree from load to render while the budget
    /// lasts and is read and parsed again past it: the bytes are the same
    /// either way, and the budget decides how many pages keep theirs.
    @Test func pagesKeptParsedAndPagesReadAgainWriteTheSameBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var reports: [BuildReport] = []
        for (name, budget) in [("none", 0), ("some", 12_000), ("all", Int.max)] {
            var options = BuildOptions(contentDirectory: goldenContent, themeDirectory: Fixtures.theme,
                                       outputDirectory: folder.path + "/" + name, jobs: 1)
            options.keptPageBytes = budget
            reports.append(try SitePipeline.build(options))
        }
        #expect(reports.map(\.wroteSite) == [true, true, true])
        let parsed = reports[0].parsedPageCount
        #expect(parsed > 2 && reports.allSatisfy { $0.parsedPageCount == parsed })
        #expect(reports[0].keptPageCount == 0)
        #expect(reports[1].keptPageCount > 0 && reports[1].keptPageCount < parsed)
        #expect(reports[2].keptPageCount == parsed)
        let none = snapshot(of: folder.path + "/none")
        #expect(!none.isEmpty)
        #expect(snapshot(of: folder.path + "/some") == none)
        #expect(snapshot(of: folder.path + "/all") == none)
    }

    /// A small site's search index is made while its pages render, a large
    /// one's after them: the same bytes either way, and the report counts
    /// the index's bytes the same.
    @Test func searchIndexBesideOrAfterThePagesWritesTheSameBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var reports: [BuildReport] = []
        for (name, limit) in [("beside", Int.max), ("after", 0)] {
            var options = BuildOptions(contentDirectory: goldenContent, themeDirectory: Fixtures.theme,
                                       outputDirectory: folder.path + "/" + name, jobs: 2)
            options.searchIndexBesidePagesLimit = limit
            reports.append(try SitePipeline.build(options))
        }
        #expect(reports.map(\.wroteSite) == [true, true])
        #expect(reports[0].searchIndexBytes > 0 && reports[0].searchIndexBytes == reports[1].searchIndexBytes)
        #expect(reports[0].stageTimes.first { $0.stage == "search index" }?.cpuSeconds == nil)
        #expect(reports[1].stageTimes.first { $0.stage == "search index" }?.cpuSeconds != nil)
        let beside = snapshot(of: folder.path + "/beside")
        #expect(beside.keys.contains { $0.hasPrefix("search/") })
        #expect(snapshot(of: folder.path + "/after") == beside)
    }

    @Test func publicEditionLeavesOutInternalPages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/public"
        let report = try build(goldenContent, into: output, publicEdition: true)
        #expect(report.wroteSite)
        let files = snapshot(of: output)
        #expect(files["guidance/noi-bo.html"] == nil)
        #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains("Ghi chú nội bộ") })
        #expect(try build(goldenContent, into: folder.path + "/full").wroteSite)
        #expect(snapshot(of: folder.path + "/full")["guidance/noi-bo.html"] != nil)
    }

    @Test func refusesAnOutputFolderThatHoldsTheContent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try copyOfGoldenContent(in: folder)
        #expect(throws: EnvironmentError.self) { try build(content, into: folder.path) }
        #expect(throws: EnvironmentError.self) { try build(content, into: content) }
        #expect(throws: EnvironmentError.self) { try build(content, into: content + "/_site") }
        #expect(throws: EnvironmentError.self) { try build(folder.path + "/missing", into: folder.path + "/out") }
        #expect(FileManager.default.fileExists(atPath: content + "/guidance/huong-dan.md"))
    }

    @Test func everyBrokenFileIsReportedAndTheOthersStillChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/a.md", "---\ntitle: [oops\n---\nText [x](missing.md)\n")
        try folder.write("content/guidance/b.md", "---\ndate: 2023-02-30\n---\n")
        try folder.write("content/guidance/c.md", "---\ntitle: Tốt\n---\n[y](nope.md)\n")
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content",
                                                         themeDirectory: Fixtures.theme))
        let found = report.diagnostics.map { "\($0.file.split(separator: "/").last!):\($0.location.line):\($0.code)" }
        #expect(found == ["a.md:2:frontmatter.invalid", "a.md:4:link.broken",
                          "b.md:1:frontmatter.missing", "b.md:2:frontmatter.invalid",
                          "c.md:4:link.broken"])
        #expect(report.exitCode() == 1)
    }

    @Test func checkNeedsNoTheme() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/a.md", "---\ntitle: A\n---\n[x](b.md#nope) [y](c.md)\n")
        try folder.write("content/guidance/b.md", "---\ntitle: B\n---\n")
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content",
                                                         themeDirectory: folder.path + "/no-theme"))
        #expect(report.diagnostics.map(\.code) == [.linkAnchor, .linkBroken])
    }
}
