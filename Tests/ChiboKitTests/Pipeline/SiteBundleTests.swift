import Foundation
import Testing
import ZIPFoundation
@testable import ChiboKit

/// `chibo build --zip`: the same files as the built folder, inside one
/// folder named after the site and its newest month, dated with the site's
/// newest content date; a build with errors writes no zip.
struct SiteBundleTests {
    @Test func theZipHoldsTheSiteInOneFolderNamedAfterItAndItsMonth() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var options = BuildOptions(contentDirectory: Fixtures.path("golden-site/content"), themeDirectory: Fixtures.theme,
                                   outputDirectory: folder.path + "/_site", jobs: 2)
        options.zipPath = folder.path + "/_site.zip"
        let report = try SitePipeline.build(options)
        #expect(report.wroteSite)
        let archive = try Archive(url: URL(fileURLWithPath: folder.path + "/_site.zip"), accessMode: .read)
        // The fixture: title "Trang thử", packs of 2026-06, pages dated up to 2014.
        let top = "trang-thu-2026-06/"
        var zipped: [String: Data] = [:]
        var dates = Set<Date>()
        for entry in archive {
            #expect(entry.path.hasPrefix(top), "\(entry.path) is not inside \(top)")
            if let date = entry.fileAttributes[.modificationDate] as? Date { dates.insert(date) }
            guard entry.type == .file else { continue }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            zipped[String(entry.path.dropFirst(top.count))] = data
        }
        #expect(zipped["index.html"] != nil)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        #expect(dates == [utc.date(from: DateComponents(year: 2026, month: 6, day: 1, hour: 12))!])
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
