import Foundation
import Testing
@testable import ChiboKit

/// A pack and a guidance page copied from a Party document print with the
/// header and closing of Hướng dẫn 36-HD/VPTW; the screen keeps its own.
struct PartyDocumentViewTests {
    private let words = PageWords.of(.vi)

    @Test func placeAndDateAreWrittenAsOfficesWriteThem() {
        let date = CalendarDate(year: 2027, month: 1, day: 5)
        #expect(PartyDocumentView.placeAndDate(place: "Hưng Đạo", date: date, month: nil, words: words)
                == "Hưng Đạo, ngày 05 tháng 01 năm 2027")
        #expect(PartyDocumentView.placeAndDate(place: nil, date: CalendarDate(year: 2026, month: 5, day: 28), month: nil, words: words)
                == "Ngày 28 tháng 5 năm 2026")
        #expect(PartyDocumentView.placeAndDate(place: "Hưng Đạo", date: nil, month: CalendarMonth(iso: "2027-02"), words: words)
                == "Hưng Đạo, tháng 02 năm 2027")
        #expect(PartyDocumentView.placeAndDate(place: nil, date: nil, month: nil, words: words) == nil)
    }

    @Test func theTitleLosesTheKindPrintedAboveIt() {
        #expect(PartyDocumentView.subject(of: "Đề án nâng cao chất lượng", after: "Đề án") == "nâng cao chất lượng")
        #expect(PartyDocumentView.subject(of: "HƯỚNG DẪN về tổ chức", after: "Hướng dẫn") == "về tổ chức")
        #expect(PartyDocumentView.subject(of: "Báo cáo", after: "Báo cáo") == "Báo cáo")
        #expect(PartyDocumentView.subject(of: "Chi bộ cơ quan xã", after: "Bài viết") == "Chi bộ cơ quan xã")
    }

    /// The built pages: a pack takes the site's facts and its month; a
    /// guidance page with an issuer prints its own; one without prints none.
    @Test func builtPagesCarryTheHeaderAndClosing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/site.yml", """
            title: "Tài liệu"
            issuer: ["Đảng bộ xã Hưng Đạo", "Ban Xây dựng Đảng"]
            place: "Hưng Đạo"
            signer: {for: "Ban Xây dựng Đảng", role: "Trưởng ban"}
            recipients: ["Các chi bộ trực thuộc", "Lưu Văn phòng"]
            """)
        try folder.write("content/types.yml", "- id: xom\n  name: \"Chi bộ xóm\"\n")
        try folder.write("content/packs/2027-01/xom.md", "---\ntitle: \"Chuyên đề tháng Giêng\"\nmonth: 2027-01\ntype: xom\n---\nNội dung.\n")
        try folder.write("content/guidance/de-an.md", """
            ---
            title: "Đề án nâng cao chất lượng sinh hoạt chi bộ"
            kind: "Đề án"
            symbol: "03-ĐA/TU"
            date: 2026-05-28
            issuer: ["Đảng bộ tỉnh Cao Bằng", "Tỉnh ủy"]
            place: "Cao Bằng"
            signer: {for: "Ban Thường vụ", role: "Bí thư", name: "Nguyễn Văn B"}
            ---
            Nội dung.
            """)
        try folder.write("content/guidance/bai-viet.md", "---\ntitle: \"Bài viết\"\n---\nNội dung.\n")
        let report = try SitePipeline.build(BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                                         outputDirectory: folder.path + "/_site", jobs: 2))
        #expect(report.errorCount == 0, "\(report.diagnostics)")
        let pack = try String(contentsOfFile: folder.path + "/_site/packs/2027-01/xom.html", encoding: .utf8)
        for part in ["<article class=\"pack is-document\">", "<p class=\"doc-issuer-line\">Đảng bộ xã Hưng Đạo</p>",
                     "<p class=\"doc-issuer-line doc-issuer-body\">Ban Xây dựng Đảng</p>",
                     "<p class=\"doc-party\">Đảng Cộng sản Việt Nam</p>", "<p class=\"doc-place-date\">Hưng Đạo, tháng 01 năm 2027</p>",
                     "<p class=\"doc-kind\">Tài liệu sinh hoạt chi bộ tháng 01/2027</p>", "<p class=\"doc-title\">Chi bộ xóm</p>",
                     "<p class=\"doc-on-behalf\">T/M Ban Xây dựng Đảng</p>", "<p class=\"doc-role\">Trưởng ban</p>",
                     "<p class=\"doc-recipients-label\">Nơi nhận:</p>", "<li>Lưu Văn phòng</li>", "class=\"print-button\" hidden>In tài liệu<"] {
            #expect(pack.contains(part), "the pack lacks \(part)")
        }
        #expect(!pack.contains("doc-signer-name"), "a signer without a name prints no name line")
        let guidance = try String(contentsOfFile: folder.path + "/_site/guidance/de-an.html", encoding: .utf8)
        for part in ["<p class=\"doc-number\">Số 03-ĐA/TU</p>", "<p class=\"doc-place-date\">Cao Bằng, ngày 28 tháng 5 năm 2026</p>",
                     "<p class=\"doc-kind\">Đề án</p>", "<p class=\"doc-title\">nâng cao chất lượng sinh hoạt chi bộ</p>",
                     "<p class=\"doc-on-behalf\">T/M Ban Thường vụ</p>", "<p class=\"doc-signer-name\">Nguyễn Văn B</p>"] {
            #expect(guidance.contains(part), "the guidance page lacks \(part)")
        }
        #expect(!guidance.contains("doc-recipients-label"), "site.yml's recipients are a pack's, not a copied document's")
        let article = try String(contentsOfFile: folder.path + "/_site/guidance/bai-viet.html", encoding: .utf8)
        #expect(!article.contains("doc-header") && !article.contains("is-document"))
    }
}
