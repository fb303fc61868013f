import Foundation
import Testing
@testable import ChiboKit

/// `chibo new site`: a folder that checks clean and builds at once, with
/// only the theme built into chibo.
struct SiteScaffoldTests {
    private func newSite(in folder: TemporaryFolder, title: String = SiteScaffold.defaultTitle) throws -> String {
        let site = folder.path + "/tai-lieu"
        let archetypes = try Archetypes.load(SiteScaffold.archetypeNames, themeDirectory: site + "/theme")
        try SiteScaffold.prepare(site)
        try ScaffoldWriter(contentDirectory: site, command: "chibo new site").write(SiteScaffold(title: title).scaffold(archetypes))
        return site
    }

    @Test func aNewSiteChecksCleanAndBuildsWithoutAThemeFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try newSite(in: folder, title: "Tài liệu \"xã\" Hưng Đạo")
        #expect(!FileManager.default.fileExists(atPath: site + "/theme"))
        let options = BuildOptions(contentDirectory: site + "/content", themeDirectory: site + "/theme",
                                   outputDirectory: site + "/_site", jobs: 2)
        let check = try SitePipeline.check(options)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.message))")
        let build = try SitePipeline.build(options)
        #expect(build.wroteSite)
        let home = try String(contentsOfFile: site + "/_site/index.html", encoding: .utf8)
        #expect(home.contains("Tài liệu &quot;xã&quot; Hưng Đạo") || home.contains("Tài liệu &#34;xã&#34; Hưng Đạo"))
        // The example page's citation resolves to the example directive.
        let example = try String(contentsOfFile: site + "/_site/guidance/trang-mau.html", encoding: .utf8)
        #expect(example.contains("directives/50-ct-tw.html"))
    }

    @Test func aNewSiteHasTheContentModelsFoldersAndTheEightCellTypes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try newSite(in: folder)
        for path in ["README.md", ".gitignore", "content/site.yml", "content/index.md", "content/guidance", "content/directives",
                     "content/packs", "content/orgs"] {
            #expect(FileManager.default.fileExists(atPath: site + "/" + path), "\(path)")
        }
        let types = try String(contentsOfFile: site + "/content/types.yml", encoding: .utf8)
        #expect(types.split(separator: "\n").filter { $0.hasPrefix("- id: ") }.count == 8)
        #expect(try String(contentsOfFile: site + "/.gitignore", encoding: .utf8).contains("_site/"))
        #expect(try String(contentsOfFile: site + "/README.md", encoding: .utf8).contains("chibo new pack --month"))
    }

    @Test func aFolderThatHoldsAnythingIsRefusedAndLeftAsItIs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("tai-lieu/ghi-chu.txt", "của biên tập viên\n")
        #expect(throws: ScaffoldError.self) { try SiteScaffold.prepare(folder.path + "/tai-lieu") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/tai-lieu") == ["ghi-chu.txt"])
        try folder.write("tep", "x")
        #expect(throws: ScaffoldError.self) { try SiteScaffold.prepare(folder.path + "/tep") }
    }
}
