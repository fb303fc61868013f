import Foundation
import Testing
@testable import ChiboKit

/// Internal (`lưu hành nội bộ`) records never reach a public edition, and
/// leaving them out is not reported as a broken hierarchy.
struct PublicRecordsTests {
    @Test func internalRecordsAreLeftOutOfAPublicBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/types.yml", "- id: xom\n  name: Chi bộ xóm\n")
        try folder.write("content/stats.yml", """
            stats:
              - {key: tong, label: Tổng}
              - {key: mot-phan, label: Một phần}
            totals:
              - {whole: tong, parts: [mot-phan]}
            """)
        try folder.write("content/orgs/cay.yml", """
            - id: xa-mo
              name: Đảng bộ xã Mở
              level: cap-tren-co-so
            - id: xa-kin
              name: Đảng bộ xã Kín
              level: cap-tren-co-so
              visibility: internal
              stats: {tong: 3, mot-phan: 1}
              accept:
                - code: records.total
                  reason: "Nguồn ghi như vậy (thử)."
            - id: xom-duoi-xa-kin
              name: Chi bộ xóm Dưới
              level: chi-bo
              type: xom
              parent: xa-kin
            """)
        for isPublic in [false, true] {
            let output = folder.path + (isPublic ? "/public" : "/full")
            let report = try SitePipeline.build(BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                                             outputDirectory: output, isPublicEdition: isPublic, jobs: 2))
            // The internal record's figures are still checked in a public
            // edition, and its acceptance still applies.
            #expect(report.diagnostics.map { "\($0.severity) \($0.code)" } == ["note records.total"],
                    "\(report.diagnostics.map(TextDiagnosticFormatter().format))")
            let internalPage = FileManager.default.fileExists(atPath: output + "/orgs/xa-kin.html")
            #expect(internalPage == !isPublic)
            let tree = try String(contentsOfFile: output + "/orgs/index.html", encoding: .utf8)
            let child = try String(contentsOfFile: output + "/orgs/xom-duoi-xa-kin.html", encoding: .utf8)
            #expect(tree.contains("Đảng bộ xã Kín") == !isPublic)
            #expect(child.contains("Đảng bộ xã Kín") == !isPublic)
            let stats = try String(contentsOfFile: output + "/stats.html", encoding: .utf8)
            #expect(stats.contains("Tính từ \(isPublic ? 2 : 3) hồ sơ"))
        }
    }

    /// A public edition names no internal record anywhere; its figures
    /// reach the totals of stats.html only when site.yml says they may.
    @Test(arguments: [false, true])
    func internalFiguresReachPublicTotalsOnlyWhenTheSiteSaysSo(_ included: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/site.yml", "totals_include_internal: \(included)\n")
        try folder.write("content/types.yml", "- id: xom\n  name: Chi bộ xóm\n")
        try folder.write("content/stats.yml", "stats:\n  - {key: dang-vien, label: Đảng viên}\n")
        try folder.write("content/orgs/cay.csv", """
            id,name,level,type,parent,visibility,internet,stats.dang-vien
            xa-mo,Đảng bộ xã Mở,cap-tren-co-so,,,,,5
            xom-mo,Chi bộ xóm Mở,chi-bo,xom,xa-mo,,stable,
            xa-kin,Đảng bộ xã Bí Mật,cap-tren-co-so,,,internal,,7
            xom-kin,Chi bộ xóm Bí Mật,chi-bo,xom,xa-mo,internal,stable,
            """)
        let output = folder.path + "/public"
        let report = try SitePipeline.build(BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                                         outputDirectory: output, isPublicEdition: true, jobs: 2))
        #expect(report.wroteSite && report.diagnostics.isEmpty, "\(report.diagnostics.map(TextDiagnosticFormatter().format))")
        // No page, list, search shard or table names an internal record.
        for (path, data) in snapshot(of: output) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Bí Mật") && !text.contains("xa-kin") && !text.contains("xom-kin"), "\(path) names an internal record")
        }
        let stats = try String(contentsOfFile: output + "/stats.html", encoding: .utf8)
        let perCommune = try #require(stats.range(of: "Đảng viên").map { String(stats[$0.upperBound...]) })
        let total = included ? 12 : 5
        #expect(perCommune.contains("<tr><td>Tổng</td><td></td><td class=\"num\">\(total)</td></tr>"), "\(perCommune.prefix(1500))")
        // Two cells of type xóm with Internet when the internal one counts.
        #expect(stats.contains("<tr><td>Chi bộ xóm</td><td class=\"num\">\(included ? 2 : 1)</td>"))
        #expect(stats.contains("tổ chức lưu hành nội bộ không liệt kê ở đây") == included)
    }
}
