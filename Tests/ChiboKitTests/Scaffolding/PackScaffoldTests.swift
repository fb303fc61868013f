import Foundation
import Testing
@testable import ChiboKit

/// `chibo new pack --month YYYY-MM`.
struct PackScaffoldTests {
    static let sections = [
        "Thông tin, quán triệt các quan điểm, nội dung lãnh đạo, chỉ đạo mới của Đảng",
        "Đánh giá kết quả thực hiện nghị quyết (kết luận) tháng 01/2027",
        "Tự phê bình và phê bình; kiểm tra, giám sát đảng viên trong thực hiện nhiệm vụ",
        "Nghị quyết tháng 03/2027, phân công đảng viên thực hiện",
    ]

    @Test func createsChungAndAPackPerTypeWithTheirFrontMatter() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        let created = try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
            try PackScaffold(month: "2027-02").scaffold($0, archetypes: $1)
        }
        #expect(created == ["content/packs/2027-02/chung.md", "content/packs/2027-02/xom.md", "content/packs/2027-02/co-quan-xa.md"])

        let (chung, chungProblems) = try ScaffoldFixture.page(folder, "packs/2027-02/chung.md")
        #expect(chungProblems.isEmpty)
        #expect(chung.metadata.title == "Định hướng chung sinh hoạt chi bộ tháng 02/2027")
        #expect(chung.metadata.month?.description == "2027-02")
        #expect(chung.metadata.packType == nil)
        #expect(chung.metadata.kind == "dinh-ky")
        #expect(chung.metadata.summary != nil)
        #expect(chung.headings.filter { $0.level == 2 }.map(\.text)
                == ["Căn cứ", "Yêu cầu chung"] + Self.sections + ["Văn bản tham khảo"])

        let (xom, xomProblems) = try ScaffoldFixture.page(folder, "packs/2027-02/xom.md")
        #expect(xomProblems.isEmpty)
        #expect(xom.metadata.title == "Sinh hoạt chi bộ tháng 02/2027: Chi bộ thôn, xóm")
        #expect(xom.metadata.packType == "xom")
        #expect(xom.metadata.month?.description == "2027-02")
        #expect(xom.metadata.kind == "dinh-ky")
        #expect(xom.headings.filter { $0.level == 2 }.map(\.text)
                == ["Những điểm chi bộ cần lưu ý"] + Self.sections + ["Gợi ý thảo luận", "Văn bản tham khảo"])
    }

    /// Exactly what last month's chung.md (for chung.md) and chung.md with
    /// the type's own pack (for a type) cited, once each, from the registry.
    @Test func theReminderListsExactlyLastMonthsCitedDirectives() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
            try PackScaffold(month: "2027-02").scaffold($0, archetypes: $1)
        }
        let chi50 = "Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư: Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới"
        let hd42 = "Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương: Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư"
        let chung = try #require(ScaffoldFixture.read(folder, "packs/2027-02/chung.md"))
        #expect(ScaffoldFixture.remindedDirectives(chung) == [chi50])
        let xom = try #require(ScaffoldFixture.read(folder, "packs/2027-02/xom.md"))
        #expect(ScaffoldFixture.remindedDirectives(xom) == [chi50, hd42])
        let coQuanXa = try #require(ScaffoldFixture.read(folder, "packs/2027-02/co-quan-xa.md"))
        #expect(ScaffoldFixture.remindedDirectives(coQuanXa) == [chi50])
        #expect(coQuanXa.contains("#   packs/2027-01/co-quan-xa.md: chưa có tệp này\n"))
        // The reminder is in the front matter, as comments only.
        let frontMatter = try #require(FrontMatterSplit.split(xom).yaml)
        #expect(frontMatter.contains(hd42))
        #expect(!FrontMatterSplit.split(xom).body.contains("42-HD"))
    }

    /// A reminder is a YAML comment: the next month's scaffold, reading
    /// this one, finds no citation in it.
    @Test func theReminderIsNeverReadAsACitation() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        for month in ["2027-02", "2027-03"] {
            try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
                try PackScaffold(month: month).scaffold($0, archetypes: $1)
            }
        }
        let february = try #require(ScaffoldFixture.read(folder, "packs/2027-02/xom.md"))
        #expect(!ScaffoldFixture.remindedDirectives(february).isEmpty)
        let march = try #require(ScaffoldFixture.read(folder, "packs/2027-03/xom.md"))
        #expect(ScaffoldFixture.remindedDirectives(march).isEmpty)
        #expect(march.contains("#   packs/2027-02/chung.md: không trích dẫn văn bản nào\n"))
        #expect(march.contains("#   packs/2027-02/xom.md: không trích dẫn văn bản nào\n"))
        let report = try CiteAction.run(files: [folder.path + "/content/packs/2027-02/xom.md"], contentDirectory: nil)
        #expect(report.files[0].citations.isEmpty)
    }

    @Test func aMonthWithoutLastMonthsPacksSaysSo() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
            try PackScaffold(month: "2027-06").scaffold($0, archetypes: $1)
        }
        let chung = try #require(ScaffoldFixture.read(folder, "packs/2027-06/chung.md"))
        #expect(chung.contains("# Nhắc việc (không xuất bản): văn bản các tài liệu tháng 05/2027 đã trích dẫn\n"
                               + "#   tháng 05/2027 chưa có tài liệu sinh hoạt (packs/2027-05/ không có)"))
        #expect(ScaffoldFixture.remindedDirectives(chung).isEmpty)
        // January looks back to December of the year before.
        #expect(try PackScaffold(month: "2027-01").month.previous.description == "2026-12")
    }

    /// The strong test: the scaffolded month is content `check` accepts,
    /// on the golden site's small content and on the repository's own,
    /// but for the placeholders it leaves for the editor (`pack.placeholder`,
    /// warnings in plain `check`): no error, nothing else.
    @Test(arguments: [("golden-site", "2026-07"), ("repository", "2027-02")])
    func theScaffoldedPacksPassCheck(site: String, month: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = site == "repository" ? Fixtures.content : Fixtures.path("golden-site/content")
        try FileManager.default.copyItem(atPath: source, toPath: folder.path + "/content")
        let before = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        let created = try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
            try PackScaffold(month: month).scaffold($0, archetypes: $1)
        }
        #expect(created.count >= 2)
        let after = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        #expect(after.errorCount == before.errorCount)
        let inNewFiles = after.diagnostics.filter { $0.file.contains("packs/\(month)/") }
        #expect(inNewFiles.allSatisfy { $0.code == .packPlaceholder && $0.severity == .warning }, "\(inNewFiles.map(\.message))")
        // Each new pack is one finding: nothing is written in it yet.
        #expect(inNewFiles.map(\.subject) == Array(repeating: "pack", count: created.count))
        #expect(after.files.count == before.files.count + created.count)
    }

    @Test(arguments: ["2027-2", "2027-13", "27-02", "2027-02/..", "../2027-02", "0000-01", ""])
    func refusesWhatIsNotAMonth(_ month: String) {
        #expect(throws: ScaffoldError.self) { try PackScaffold(month: month) }
    }

    @Test func refusesAContentFolderWithoutTypes() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path + "/content/types.yml")
        let error = #expect(throws: ScaffoldError.self) {
            try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
                try PackScaffold(month: "2027-02").scaffold($0, archetypes: $1)
            }
        }
        #expect(error?.message.description.contains("types.yml is missing") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/content/packs/2027-02"))
    }

    /// An existing pack stops the whole month: nothing written, the file
    /// as it was, the message naming it.
    @Test func neverOverwritesAnExistingPack() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        try folder.write("content/packs/2027-02/co-quan-xa.md", "của biên tập viên\n")
        let error = #expect(throws: ScaffoldError.self) {
            try ScaffoldFixture.create(in: folder, archetypes: PackScaffold.archetypeNames) {
                try PackScaffold(month: "2027-02").scaffold($0, archetypes: $1)
            }
        }
        #expect(error?.message.description.contains("content/packs/2027-02/co-quan-xa.md") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/content/packs/2027-02") == ["co-quan-xa.md"])
        #expect(ScaffoldFixture.read(folder, "packs/2027-02/co-quan-xa.md") == "của biên tập viên\n")
    }
}
