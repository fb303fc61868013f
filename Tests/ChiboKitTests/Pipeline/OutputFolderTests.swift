import Foundation
import Testing
@testable import ChiboKit

/// A build replaces its output folder whole, so `--output` must never
/// reach a folder of anything but an earlier site.
@Suite(.serialized)
struct OutputFolderTests {
    private func options(_ folder: TemporaryFolder, output: String, force: Bool = false) -> BuildOptions {
        var options = BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                   outputDirectory: output, jobs: 2)
        options.force = force
        // A home folder of the test's own: were the refusal broken, the
        // build would replace this folder, not the user's.
        options.homeDirectory = folder.path + "/home"
        return options
    }

    private func refusal(_ options: BuildOptions) -> String? {
        do {
            _ = try SitePipeline.build(options)
            return nil
        } catch let error as EnvironmentError {
            return error.message.description
        } catch {
            return "\(error)"
        }
    }

    private func site(_ folder: TemporaryFolder) throws {
        try folder.write("content/guidance/a.md", "---\ntitle: A\n---\nNội dung.\n")
        try folder.write("home/notes.txt", "ghi chép\n")
        try folder.write("home/projects/site/readme.txt", "x\n")
    }

    @Test func refusesTheRootTheHomeAndTheContentFolderEvenWithForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try site(folder)
        for force in [false, true] {
            #expect(refusal(options(folder, output: "/", force: force))?.contains("root folder") == true)
            #expect(refusal(options(folder, output: folder.path + "/home", force: force))?.contains("it is the home folder") == true)
            // A folder that holds the home folder would take it along.
            #expect(refusal(options(folder, output: folder.path, force: force))?.contains("holds the home folder") == true)
            #expect(refusal(options(folder, output: folder.path + "/content", force: force))?.contains("content folder") == true)
            #expect(refusal(options(folder, output: folder.path + "/content/_site", force: force))?.contains("inside the content folder") == true)
            #expect(refusal(options(folder, output: Fixtures.theme, force: force))?.contains("theme folder") == true)
        }
        #expect(FileManager.default.fileExists(atPath: folder.path + "/home/notes.txt"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/content/guidance/a.md"))
    }

    @Test func replacesOnlyAFolderAnEarlierBuildWroteUnlessForced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try site(folder)
        let projects = folder.path + "/home/projects/site"
        let message = try #require(refusal(options(folder, output: projects)))
        #expect(message.contains("does not look like a site chibo built") && message.contains("--force"))
        #expect(FileManager.default.fileExists(atPath: projects + "/readme.txt"))

        // A new folder, and an empty one, are fine; the build marks them.
        let fresh = folder.path + "/out/_site"
        #expect(refusal(options(folder, output: fresh)) == nil)
        #expect(FileManager.default.fileExists(atPath: fresh + "/" + OutputFolder.markerName))
        try FileManager.default.createDirectory(atPath: folder.path + "/empty", withIntermediateDirectories: true)
        #expect(refusal(options(folder, output: folder.path + "/empty")) == nil)
        // The marker makes the next build replace the folder without asking.
        #expect(refusal(options(folder, output: fresh)) == nil)
        #expect(FileManager.default.fileExists(atPath: fresh + "/guidance/a.html"))

        // A file is never an output folder.
        try folder.write("out/file", "x\n")
        #expect(refusal(options(folder, output: folder.path + "/out/file", force: true))?.contains("it is a file") == true)

        // --force replaces a folder of anything else.
        #expect(refusal(options(folder, output: projects, force: true)) == nil)
        #expect(!FileManager.default.fileExists(atPath: projects + "/readme.txt"))
        #expect(FileManager.default.fileExists(atPath: projects + "/guidance/a.html"))
    }

    /// Whatever a file name, id or symbol holds, nothing is written outside
    /// the output folder.
    @Test func namesCannotLeadOutOfTheOutputFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/..a.md", "---\ntitle: Hai chấm\n---\nx\n")
        try folder.write("content/directives/x.md", "---\nsymbol: \"../../../escaped\"\ntitle: T\n---\nx\n")
        try folder.write("content/types.yml", "- id: ../../escaped-type\n  name: Loại\n")
        try folder.write("content/orgs/a.yml", "- id: ../../../escaped-org\n  name: Tổ chức\n  level: tinh\n")
        let output = folder.path + "/out/_site"
        let report = try SitePipeline.build(options(folder, output: output))
        // The ids and the symbol are reported where they are written.
        #expect(report.diagnostics.filter { $0.severity == .error }.map { "\($0.file.split(separator: "/").suffix(2).joined(separator: "/")):\($0.location.line) \($0.code)" }
                == ["directives/x.md:2 frontmatter.invalid", "orgs/a.yml:1 frontmatter.invalid", "content/types.yml:1 frontmatter.invalid"],
                "\(report.diagnostics.map(TextDiagnosticFormatter().format))")
        let escaped = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.contains("escaped") && !$0.hasPrefix("content/") }
        #expect(escaped.allSatisfy { $0.hasPrefix("out/_site/") }, "\(escaped)")
    }
}
