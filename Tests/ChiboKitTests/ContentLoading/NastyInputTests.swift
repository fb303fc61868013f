import Foundation
import Testing
@testable import ChiboKit

/// Content from many hands: every nasty input gives a clear diagnostic at
/// its file and line, never a crash or a hang, and the rest of the site is
/// still checked and built. Each case is written here, so the corpus is in
/// the repository without 50 MB files or symbolic links in git.
@Suite(.serialized)
struct NastyInputTests {
    /// Cases that are warnings at most: the site still builds with them.
    static func writeReadableCases(_ folder: TemporaryFolder, withLargeFile: Bool = true) throws {
        try folder.write("content/guidance/ok.md", "---\ntitle: \"Trang tốt\"\n---\nNội dung.\n")
        try write(folder, "content/guidance/invalid-utf8.md", Data("---\ntitle: \"X\"\n---\nabc ".utf8) + Data([0xFF, 0xFE]) + Data(" def\n".utf8))
        try write(folder, "content/guidance/bom.md", Data([0xEF, 0xBB, 0xBF]) + Data("---\ntitle: \"BOM\"\n---\nx\n".utf8))
        try folder.write("content/guidance/crlf.md", "---\r\ntitle: \"CRLF\"\r\n---\r\nx\r\n")
        try folder.write("content/guidance/cr.md", "---\rtitle: \"CR\"\r---\rx\r")
        try folder.write("content/guidance/nfd.md", "---\ntitle: \"NFD\"\n---\n" + "Sinh hoạt chi bộ".decomposedStringWithCanonicalMapping + "\n")
        // 8-bit files from old offices: the ABC (TCVN3) and VNI fonts' bytes.
        try write(folder, "content/guidance/tcvn3.md", Data("---\ntitle: \"TCVN3\"\n---\n".utf8)
                  + Data("Sinh ho\u{B9}t chi b\u{E9} theo Ch\u{D8} th\u{DE} s\u{E8}\n".unicodeScalars.map { UInt8($0.value) }))
        try write(folder, "content/guidance/vni.md", Data("---\ntitle: \"VNI\"\n---\n".utf8)
                  + Data("Sinh hoa\u{EF}t chi bo\u{E4} theo Ch\u{E6} th\u{F2} so\u{E1}\n".unicodeScalars.map { UInt8($0.value) }))
        try folder.write("content/guidance/pdf.md", "---\ntitle: \"PDF\"\n---\nChi bộ \u{01A2}u tú\n")
        try write(folder, "content/guidance/binary.md", Data((0..<4096).map { UInt8($0 % 256) }))
        try folder.write("content/guidance/deep-list.md",
                         "---\ntitle: \"Danh sách sâu\"\n---\n" + (0..<10_000).map { String(repeating: "  ", count: $0) + "- a" }.joined(separator: "\n") + "\n")
        try folder.write("content/guidance/deep-list-2.md", "---\ntitle: \"Danh sách sâu 2\"\n---\n" + String(repeating: "- ", count: 10_000) + "x\n")
        try folder.write("content/guidance/deep-quote.md", "---\ntitle: \"Trích dẫn sâu\"\n---\n" + String(repeating: ">", count: 10_000) + " sâu\n")
        try folder.write("content/guidance/tên có dấu # ? % x/trang #1 ?.md", "---\ntitle: \"Tên lạ\"\n---\n[về](../ok.md)\n")
        // In a link, `#`, `?` and `%` of a file name are written %23, %3F, %25.
        try folder.write("content/guidance/ok-links.md", "---\ntitle: \"Liên kết\"\n---\n[lạ](<tên có dấu %23 %3F %25 x/trang %231 %3F.md>)\n")
        try folder.write("content/guidance/.an.md", "---\ntitle: \"Ẩn\"\n---\nx\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/content/guidance/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/content/guidance/outside.md", withDestinationPath: "/etc/hostname")
        // About 50 MB of Markdown.
        guard withLargeFile else { return }
        let paragraph = String(repeating: "Đoạn văn dài về sinh hoạt chi bộ và công tác xây dựng Đảng ở cơ sở. ", count: 20)
        try folder.write("content/guidance/big.md", "---\ntitle: \"Tệp lớn\"\n---\n" + String(repeating: paragraph + "\n\n", count: 36_000))
    }

    /// Cases that are errors: the run reports them and goes on.
    static func writeBrokenCases(_ folder: TemporaryFolder) throws {
        try folder.write("content/guidance/empty.md", "")
        try folder.write("content/guidance/unterminated.md", "---\ntitle: \"U\"\nno end\n")
        let laughs = (1...8).map { n in "l\(n): &l\(n) [" + Array(repeating: "*l\(n - 1)", count: 9).joined(separator: ",") + "]" }
        try folder.write("content/guidance/bomb.md", "---\ntitle: \"B\"\nl0: &l0 [\"ha\",\"ha\",\"ha\",\"ha\",\"ha\",\"ha\",\"ha\",\"ha\",\"ha\"]\n"
                         + laughs.joined(separator: "\n") + "\n---\nx\n")
        try folder.write("content/guidance/deep-yaml.md",
                         "---\ntitle: \"D\"\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\nx\n")
        try folder.write("content/guidance/trung.md", "---\ntitle: \"A\"\n---\nx\n")
        try folder.write("content/guidance/Trung.md", "---\ntitle: \"A2\"\n---\nx\n")
    }

    static func write(_ folder: TemporaryFolder, _ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: folder.path + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func found(_ report: BuildReport, in folder: TemporaryFolder) -> Set<String> {
        Set(report.diagnostics.map {
            "\($0.file.replacingOccurrences(of: folder.path + "/", with: "")):\($0.location.line) \($0.code)"
        })
    }

    @Test(.timeLimit(.minutes(3)))
    func everyCaseIsReportedAtItsPlaceAndNothingCrashes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.writeReadableCases(folder)
        try Self.writeBrokenCases(folder)
        let started = Date()
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        let found = Self.found(report, in: folder)
        for expected in [
            "content/guidance/invalid-utf8.md:4 text.encoding",
            "content/guidance/cr.md:1 text.encoding",
            "content/guidance/nfd.md:4 text.encoding",
            "content/guidance/tcvn3.md:4 text.encoding",
            "content/guidance/vni.md:4 text.encoding",
            "content/guidance/pdf.md:4 text.encoding",
            "content/guidance/binary.md:1 text.encoding",
            "content/guidance/.an.md:1 build.skipped",
            "content/guidance/deep-list-2.md:4 markdown.nesting",
            "content/guidance/deep-quote.md:4 markdown.nesting",
            "content/guidance/loop:1 build.unreadable",
            "content/guidance/outside.md:1 build.unreadable",
            "content/guidance/empty.md:1 frontmatter.missing",
            "content/guidance/unterminated.md:1 frontmatter.invalid",
            "content/guidance/bomb.md:2 frontmatter.invalid",
            "content/guidance/deep-yaml.md:3 frontmatter.invalid",
            "content/guidance/trung.md:1 build.collision",
        ] {
            #expect(found.contains(expected), "missing \(expected); found \(found.sorted())")
        }
        let messages = report.diagnostics.map(\.message.description).joined(separator: "\n")
        #expect(messages.contains("TCVN3") && messages.contains("VNI"), "the legacy encodings are not named")
        // BOM and CRLF files are simply read; the good pages raise nothing.
        for quiet in ["bom.md", "crlf.md", "ok.md", "big.md", "ok-links.md"] {
            #expect(!found.contains { $0.hasPrefix("content/guidance/\(quiet):") }, "\(quiet): \(found.filter { $0.contains(quiet) })")
        }
        #expect(Date().timeIntervalSince(started) < 150)
    }

    @Test(.timeLimit(.minutes(3)))
    func theRestOfTheSiteBuildsAndItsLinksResolve() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The 50 MB file is the check's case; building it again adds only time.
        try Self.writeReadableCases(folder, withLargeFile: false)
        let report = try SitePipeline.build(BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                                         outputDirectory: folder.path + "/_site", jobs: 2))
        #expect(report.errorCount == 0, "\(report.diagnostics.filter { $0.severity == .error }.map(TextDiagnosticFormatter().format))")
        #expect(report.wroteSite)
        for page in ["guidance/ok.html", "guidance/bom.html", "guidance/crlf.html", "guidance/cr.html",
                     "guidance/deep-list.html", "guidance/deep-quote.html", "guidance/tên có dấu # ? % x/trang #1 ?.html"] {
            #expect(FileManager.default.fileExists(atPath: folder.path + "/_site/" + page), "\(page) was not built")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/_site/guidance/binary.html"))
        let problems = BuiltSiteChecker(root: folder.path + "/_site", displayRoot: "_site").check()
        #expect(problems.isEmpty, "\(problems.map(TextDiagnosticFormatter().format))")
    }
}
