import Foundation
import Testing
@testable import ChiboKit

/// `pack.placeholder`: a pack `chibo new pack` made and nobody wrote is
/// reported, and is never published by `build`.
struct PlaceholderCheckerTests {
    private func scaffolded() throws -> TemporaryFolder {
        let folder = try ScaffoldFixture.make()
        try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
            try PackScaffold(month: "2027-02").scaffold($0, archetypes: $1)
        }
        return folder
    }

    private func placeholders(_ report: BuildReport, _ file: String) -> [Diagnostic] {
        report.diagnostics.filter { $0.code == .packPlaceholder && $0.file.hasSuffix(file) }
    }

    @Test func aPackNeverBegunIsOneFindingAtItsTitle() throws {
        let folder = try scaffolded()
        defer { folder.remove() }
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        let xom = placeholders(report, "packs/2027-02/xom.md")
        #expect(xom.map(\.location.line) == [2])
        #expect(xom.first?.message.description == "nothing is written in this pack yet: its title, its summary and all 7 sections are as `chibo new pack` made them")
        #expect(xom.allSatisfy { $0.severity == .warning })
        // The common part's scaffolded title is a real one; its summary is not.
        #expect(placeholders(report, "packs/2027-02/chung.md").map(\.message.description)
                == ["nothing is written in this pack yet: its summary and all 7 sections are as `chibo new pack` made them"])
        #expect(report.errorCount == 0)
    }

    @Test func aPackBegunIsReportedAtItsTitleSummaryAndEachEmptySection() throws {
        let folder = try scaffolded()
        defer { folder.remove() }
        let path = folder.path + "/content/packs/2027-02/xom.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Gợi ý thảo luận\n", with: "## Gợi ý thảo luận\n\nNội dung.\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        let xom = placeholders(report, "packs/2027-02/xom.md")
        #expect(xom.filter { $0.subject == "title" }.map(\.location.line) == [2])
        #expect(xom.filter { $0.subject == "summary" }.count == 1)
        #expect(xom.filter { $0.message.description.hasPrefix("the section \"Gợi ý thảo luận\"") }.isEmpty)
        // Six sections still empty, each said once.
        #expect(xom.filter { $0.message.description.hasPrefix("the section") }.count == 6)
    }

    @Test func aWrittenPackIsClean() throws {
        let folder = try scaffolded()
        defer { folder.remove() }
        let path = folder.path + "/content/packs/2027-02/xom.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "title: \"Sinh hoạt chi bộ tháng 02/2027: Chi bộ thôn, xóm\"",
                                         with: "title: \"Chi bộ thôn, xóm tháng 02/2027: phòng, chống thiên tai\"")
        text = text.replacingOccurrences(of: "summary: \"Sinh hoạt chi bộ định kỳ tháng 02/2027 của chi bộ thôn, xóm.\"",
                                         with: "summary: \"Chủ động phòng, chống thiên tai mùa mưa lũ.\"")
        // Every section written, one of them with a subsection only.
        text = text.replacingOccurrences(of: "\n\n## ", with: "\n\nNội dung.\n\n## ")
        text = text.replacingOccurrences(of: "## Gợi ý thảo luận\n", with: "## Gợi ý thảo luận\n\n### Câu hỏi\n\nNội dung.\n")
        text += "\nNội dung.\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        let left = placeholders(report, "packs/2027-02/xom.md")
        #expect(left.isEmpty, "\(left.map(\.message))")
    }

    @Test func aBuildRefusesToPublishAnUnwrittenPack() throws {
        let folder = try scaffolded()
        defer { folder.remove() }
        var options = BuildOptions(contentDirectory: folder.path + "/content", outputDirectory: folder.path + "/site", jobs: 2)
        options.themeDirectory = Fixtures.theme
        options.unfinishedWork = .error
        let report = try SitePipeline.build(options)
        #expect(!report.wroteSite)
        #expect(placeholders(report, "packs/2027-02/xom.md").allSatisfy { $0.severity == .error })
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/site/index.html"))
    }
}

/// Any page whose title, summary or issuer is still a placeholder.
struct LeftPlaceholderTests {
    @Test(arguments: ["…", "...", " … ", "TODO", "xxx"])
    func aPlaceholderValueIsNotPublished(_ value: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/directives/05-ct-tw.md", "---\nsymbol: 05-CT/TW\ndate: 2016-05-15\nissuer: \"\(value)\"\ntitle: \"Về đẩy mạnh học tập\"\n---\n")
        try folder.write("content/guidance/a.md", "---\ntitle: \"Hướng dẫn\"\nsummary: \"\(value)\"\n---\n\nNội dung.\n")
        var options = BuildOptions(contentDirectory: folder.path + "/content", jobs: 1)
        options.unfinishedWork = .error
        let report = try SitePipeline.check(options)
        let found = report.diagnostics.filter { $0.code == .packPlaceholder }
        #expect(found.map { "\($0.file.split(separator: "/").last!):\($0.location.line) \($0.subject ?? "")" }
                == ["05-ct-tw.md:4 issuer", "a.md:3 summary"])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test(arguments: ["Hướng dẫn…", "Về việc ... tổ chức", "Tổ chức"])
    func aValueThatSaysSomethingIsNotAPlaceholder(_ value: String) {
        #expect(!PlaceholderChecker.isPlaceholder(value))
    }
}
