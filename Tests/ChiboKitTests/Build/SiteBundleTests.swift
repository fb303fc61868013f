import Foundation
import Testing
import ZIPFoundation
@testable import ChiboKit

/// `chibo build --zip`: the same files as the built folder, `index.html`
/// at the top; a build with errors writes no zip.
struct SiteBundleTests {
    @Test func theZipHoldsTheSiteWithIndexAtItsTop() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var options = BuildOptions(contentDirectory: Fixtures.path("golden-site/content"), themeDirectory: Fixtures.theme,
                                   outputDirectory: folder.path + "/_site", jobs: 2)
        options.zipPath = folder.path + "/_site.zip"
        let report = try SitePipeline.build(options)
        #expect(report.wroteSite)
        let archive = try Archive(url: URL(fileURLWithPath: folder.path + "/_site.zip"), accessMode: .read)
        var zipped: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            zipped[entry.path] = data
        }
        #expect(zipped["index.html"] != nil)
        let built = try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/_site").filter { path in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.path + "/_site/" + path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
        #expect(Set(zipped.keys) == Set(built))
        for path in built {
            #expect(zipped[path] == FileManager.default.contents(atPath: folder.path + "/_site/" + path), "\(path)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }

    /// The zip of the same site is the same bytes, whenever its files were
    /// written: no dates of the moment, no order of the file system.
    @Test func theSameSiteGivesTheSameZip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.path + "/_site"
        _ = try SitePipeline.build(BuildOptions(contentDirectory: Fixtures.path("golden-site/content"), themeDirectory: Fixtures.theme,
                                                outputDirectory: site, jobs: 2))
        try SiteBundle.write(site: site, to: folder.path + "/first.zip")
        let later = Date().addingTimeInterval(86_400 * 400)
        for path in try FileManager.default.subpathsOfDirectory(atPath: site) {
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: site + "/" + path)
        }
        try SiteBundle.write(site: site, to: folder.path + "/second.zip")
        let first = try #require(FileManager.default.contents(atPath: folder.path + "/first.zip"))
        #expect(first.count > 1000)
        #expect(first == FileManager.default.contents(atPath: folder.path + "/second.zip"))
    }

    @Test func aBuildWithErrorsWritesNoZip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/a.md", "---\ntitle: A\n---\n[gone](missing.md)\n")
        var options = BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                   outputDirectory: folder.path + "/_site", jobs: 2)
        options.zipPath = folder.path + "/_site.zip"
        let report = try SitePipeline.build(options)
        #expect(!report.wroteSite)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/_site.zip"))
    }
}
