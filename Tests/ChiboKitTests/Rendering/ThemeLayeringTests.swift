import Foundation
import Testing
@testable import ChiboKit

/// The theme compiled into chibo, and a site's own theme folder laid over
/// it file by file.
struct ThemeLayeringTests {
    private func build(_ folder: TemporaryFolder, theme: String) throws -> BuildReport {
        try SitePipeline.build(BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: theme,
                                            outputDirectory: folder.path + "/_site", jobs: 2))
    }

    private func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("content/guidance/a.md", "---\ntitle: \"Hướng dẫn\"\n---\n\nVăn bản.\n")
        return folder
    }

    /// The built-in theme is `theme/` as it was when chibo was built: the
    /// repository's folder stays the one source.
    @Test func theBuiltInThemeIsTheRepositorysThemeFolder() throws {
        let walk = FileManager.default.enumerator(atPath: Fixtures.theme)?.compactMap { $0 as? String } ?? []
        let files = walk.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: Fixtures.theme + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }.sorted()
        #expect(BuiltInTheme.paths == files)
        for path in files {
            #expect(BuiltInTheme.files[path] == FileManager.default.contents(atPath: Fixtures.theme + "/" + path).map(Array.init), "\(path)")
        }
    }

    @Test func aFolderWithOnlyContentBuildsWithTheBuiltInTheme() throws {
        let folder = try site()
        defer { folder.remove() }
        let report = try build(folder, theme: folder.path + "/theme")
        #expect(report.errorCount == 0)
        #expect(FileManager.default.contents(atPath: folder.path + "/_site/assets/style.css")
                == FileManager.default.contents(atPath: Fixtures.theme + "/assets/style.css"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/_site/guidance/a.html"))
    }

    /// A site that changes only its stylesheet keeps every template built in.
    @Test func aSitesOwnFileReplacesOnlyThatFile() throws {
        let folder = try site()
        defer { folder.remove() }
        try folder.write("theme/assets/style.css", "body { color: #123; }\n")
        try folder.write("theme/assets/logo.txt", "thêm\n")
        let report = try build(folder, theme: folder.path + "/theme")
        #expect(report.errorCount == 0)
        #expect(try String(contentsOfFile: folder.path + "/_site/assets/style.css", encoding: .utf8) == "body { color: #123; }\n")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/_site/assets/logo.txt"))
        #expect(FileManager.default.contents(atPath: folder.path + "/_site/assets/search.js")
                == FileManager.default.contents(atPath: Fixtures.theme + "/assets/search.js"))
    }

    /// A site's template that does not parse is named at its line and
    /// column; the build stops and the site built before is kept.
    @Test func aBrokenTemplateOfTheSiteIsNamedAndTheSiteKept() throws {
        let folder = try site()
        defer { folder.remove() }
        #expect(try build(folder, theme: folder.path + "/theme").errorCount == 0)
        try folder.write("theme/templates/page.mustache", "<main>\n{{#body}}\n</main>\n")
        let report = try build(folder, theme: folder.path + "/theme")
        let problem = try #require(report.diagnostics.first { $0.code == .themeTemplate })
        #expect(problem.file == folder.path + "/theme/templates/page.mustache")
        #expect(problem.location.line >= 2)
        #expect(!report.wroteSite)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/_site/guidance/a.html"))
    }

    @Test func archetypesComeFromTheSiteElseFromTheBuiltInTheme() throws {
        let theme = try TemporaryFolder()
        defer { theme.remove() }
        try theme.write("archetypes/pack-chung.md", "---\ntitle: {{{title}}} (của tỉnh)\n---\n")
        let archetypes = try Archetypes.load(PackScaffold.archetypeNames, themeDirectory: theme.path)
        var fields = ArchetypeFields()
        fields[.title] = .text("\"A\"")
        #expect(archetypes.render("pack-chung.md", fields) == "---\ntitle: \"A\" (của tỉnh)\n---\n")
        #expect(archetypes.render("pack.md", fields).contains("## Gợi ý thảo luận"))
        try theme.write("archetypes/pack.md", "{{#title}}\n")
        let error = #expect(throws: ScaffoldError.self) {
            try Archetypes.load(PackScaffold.archetypeNames, themeDirectory: theme.path)
        }
        #expect(error?.message.description.hasPrefix("\(theme.path)/archetypes/pack.md:") == true)
    }

    @Test func theExportWritesEveryFileAndNeverOverwrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let written = try BuiltInTheme.export(to: folder.path + "/theme")
        #expect(written.count == BuiltInTheme.paths.count)
        #expect(FileManager.default.contents(atPath: folder.path + "/theme/templates/layout.mustache")
                == FileManager.default.contents(atPath: Fixtures.theme + "/templates/layout.mustache"))
        try folder.write("again/assets/style.css", "của biên tập viên\n")
        #expect(throws: EnvironmentError.self) { try BuiltInTheme.export(to: folder.path + "/again") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/again") == ["assets"])
        #expect(try String(contentsOfFile: folder.path + "/again/assets/style.css", encoding: .utf8) == "của biên tập viên\n")
    }
}
