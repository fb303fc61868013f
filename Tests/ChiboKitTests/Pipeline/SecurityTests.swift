import Foundation
import Testing
import ZIPFoundation
@testable import ChiboKit

@Suite(.serialized)
struct SecurityTests {
    private func build(_ folder: TemporaryFolder) throws -> BuildReport {
        try SitePipeline.build(BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                            outputDirectory: folder.path + "/_site", jobs: 2))
    }

    @Test func frontMatterValuesAreEscapedInTemplates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/x.md", """
            ---
            title: "<script>alert('t')</script> & \\"quoted\\""
            summary: "<img src=x onerror=alert(1)>"
            ---
            Body.
            """)
        #expect(try build(folder).wroteSite)
        let html = try String(contentsOfFile: folder.path + "/_site/guidance/x.html", encoding: .utf8)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        let index = try String(contentsOfFile: folder.path + "/_site/search.html", encoding: .utf8)
        #expect(!index.contains("<script>alert"))
    }

    @Test func rawHTMLNeedsTheSiteToOptIn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/x.md", "---\ntitle: X\n---\n<div class=\"note\">Ghi chú</div>\n")
        #expect(try build(folder).wroteSite)
        var html = try String(contentsOfFile: folder.path + "/_site/guidance/x.html", encoding: .utf8)
        #expect(!html.contains("<div class=\"note\">"))
        try folder.write("content/site.yml", "raw_html: true\n")
        #expect(try build(folder).wroteSite)
        html = try String(contentsOfFile: folder.path + "/_site/guidance/x.html", encoding: .utf8)
        #expect(html.contains("<div class=\"note\">Ghi chú</div>"))
    }

    /// Every page carries a Content-Security-Policy that the site's own
    /// scripts satisfy; inline scripts run only where the site allowed
    /// them, and dangerous link addresses stay dropped until it does.
    @Test(arguments: ["", "raw_html: true\n", "raw_html: true\nraw_html_scripts: true\n"])
    func contentSecurityPolicyAndScriptAddresses(_ siteSettings: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/site.yml", siteSettings)
        try folder.write("content/guidance/x.md", "---\ntitle: X\n---\n[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/)\n")
        #expect(try build(folder).wroteSite)
        let scripts = siteSettings.contains("raw_html_scripts")
        for (path, data) in snapshot(of: folder.path + "/_site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'"
                + (scripts ? " 'unsafe-inline'" : "") + "; style-src 'self';"
            #expect(html.contains(policy), "\(path) lacks the policy")
        }
        let page = try String(contentsOfFile: folder.path + "/_site/guidance/x.html", encoding: .utf8)
        #expect(page.contains("javascript:") == scripts && page.contains("data:text") == scripts)
        #expect(page.contains("href=\"https://example.org/\""))
    }

    /// Every kind of internal material, each with a word of its own: none
    /// of those words is in any file of the public edition or its zip,
    /// while the full edition has them all.
    @Test func publicEditionHoldsNoInternalTextAnywhere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/types.yml", "- id: xom\n  name: Chi bộ xóm\n")
        try folder.write("content/guidance/cong-khai.md", "---\ntitle: Trang công khai\ndate: 2030-02-01\n---\nTheo Chỉ thị số 9002-CT/TW.\n")
        try folder.write("content/guidance/mat/ke-hoach.md",
                         "---\ntitle: Kế hoạch Kimcuong\nvisibility: internal\nsummary: Tóm tắt Lamngoc\n---\n## Mục Hoangngoc\n\nTheo Chỉ thị số 9001-CT/TW, ngày 02/01/2030.\n")
        try folder.write("content/directives/9001-ct-tw.md",
                         "---\nsymbol: 9001-CT/TW\ndate: 2030-01-02\nkind: Chỉ thị\ntitle: Về việc Bachkim\naliases: [Chỉ thị Thanhngoc]\nvisibility: internal\n---\nNội dung Tuyetngoc.\n")
        try folder.write("content/directives/9002-ct-tw.md",
                         "---\nsymbol: 9002-CT/TW\ndate: 2030-01-05\nkind: Chỉ thị\ntitle: Về việc công khai\n---\nNội dung.\n")
        try folder.write("content/packs/2030-03/xom.md", "---\ntitle: Xóm\nmonth: 2030-03\ntype: xom\n---\nPhần riêng.\n")
        try folder.write("content/packs/2030-04/xom.md",
                         "---\ntitle: Gói Hongngoc\nmonth: 2030-04\ntype: xom\nvisibility: internal\n---\nPhần Lucbao.\n")
        try folder.write("content/orgs/a.csv", """
            id,name,aliases,level,type,parent,visibility
            xa-a,Đảng bộ xã Công Khai,,cap-tren-co-so,,,
            xa-b,Đảng bộ xã Ngocbich,Ngocthach,cap-tren-co-so,,,internal
            xom-b,Chi bộ xóm Ngoclam,,chi-bo,xom,xa-a,internal
            """)
        let secrets = ["Kimcuong", "Lamngoc", "Hoangngoc", "Bachkim", "Thanhngoc", "Tuyetngoc", "Hongngoc", "Lucbao",
                       "Ngocbich", "Ngocthach", "Ngoclam", "9001", "2030-04", "xa-b", "xom-b", "mat/"]
        for isPublic in [true, false] {
            let output = folder.path + (isPublic ? "/public" : "/full")
            var options = BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                       outputDirectory: output, isPublicEdition: isPublic, jobs: 2)
            options.zipPath = output + ".zip"
            let report = try SitePipeline.build(options)
            #expect(report.wroteSite, "\(report.diagnostics.map(TextDiagnosticFormatter().format))")
            let files = snapshot(of: output).map { "\($0.key)\n" + String(decoding: $0.value, as: UTF8.self) }
            var zipped: [String] = []
            let archive = try Archive(url: URL(fileURLWithPath: output + ".zip"), accessMode: .read)
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                zipped.append(entry.path + "\n" + String(decoding: data, as: UTF8.self))
            }
            for (what, text) in [("folder", files.joined(separator: "\n")), ("zip", zipped.joined(separator: "\n"))] {
                for secret in secrets {
                    #expect(text.contains(secret) == !isPublic, "\(isPublic ? "public" : "full") edition's \(what): \(secret)")
                }
            }
        }
    }

    @Test func symbolicLinksOutOfTheContentFolderAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("secret/passwords.md", "---\ntitle: Bí mật\n---\nmật khẩu\n")
        try folder.write("content/guidance/a.md", "---\ntitle: A\n---\n")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.path + "/content/guidance/leak.md", withDestinationPath: folder.path + "/secret/passwords.md")
        try fm.createSymbolicLink(atPath: folder.path + "/content/secret", withDestinationPath: folder.path + "/secret")
        // A loop: a folder that contains a link to itself.
        try fm.createSymbolicLink(atPath: folder.path + "/content/guidance/again", withDestinationPath: folder.path + "/content/guidance")
        let report = try build(folder)
        let refused = report.diagnostics.filter { $0.code == .buildUnreadable }.map { $0.file.split(separator: "/").suffix(2).joined(separator: "/") }
        #expect(refused.sorted() == ["content/secret", "guidance/again", "guidance/leak.md"])
        // Refused links are warnings: the rest of the site builds, and
        // nothing they point to is in it, not even in the search index.
        #expect(report.errorCount == 0 && report.wroteSite)
        let written = try fm.subpathsOfDirectory(atPath: folder.path + "/_site")
        #expect(!written.contains { $0.contains("leak") || $0.contains("secret") || $0.contains("again") })
        for path in written where path.hasSuffix(".html") || path.hasSuffix(".js") {
            let text = (try? String(contentsOfFile: folder.path + "/_site/" + path, encoding: .utf8)) ?? ""
            #expect(!text.contains("mật khẩu"), "\(path) holds the secret")
        }
    }

    @Test func symbolicLinksInsideTheContentFolderAreFollowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/shared/b.md", "---\ntitle: B\n---\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/content/guidance",
                                                   withDestinationPath: folder.path + "/content/shared")
        let report = try build(folder)
        #expect(report.diagnostics.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/_site/guidance/b.html"))
    }
}
