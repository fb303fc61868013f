import Foundation
@testable import ChiboKit

/// Locates test fixtures and the repository through this file's path, so
/// that no SwiftPM resource processing is involved (style.md).
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { testsFolder.appendingPathComponent("Fixtures/\(name)").path }
    static var theme: String { repository.appendingPathComponent("theme").path }
    static var content: String { repository.appendingPathComponent("content").path }

    /// `chibo check` on a case folder: its `content/`, with `--public` when
    /// the folder's `options` file says so.
    /// The report of a case under `Fixtures/check/`: `chibo check` on its
    /// `content/`, with `--public` when its `options` file says so; with
    /// `--site`, `chibo check --site` on its `site/`; with `--theme`, the
    /// report of a build with its `theme/` (theme problems show only there).
    static func checkCase(_ folder: String) throws -> BuildReport {
        let options = (try? String(contentsOfFile: folder + "/options", encoding: .utf8)) ?? ""
        if options.contains("--site") {
            return try SitePipeline.checkBuiltSite(at: folder + "/site", displayRoot: folder + "/site", jobs: 2)
        }
        var build = BuildOptions(contentDirectory: folder + "/content", isPublicEdition: options.contains("--public"), jobs: 2)
        guard options.contains("--theme") else { return try SitePipeline.check(build) }
        let output = try TemporaryFolder()
        defer { output.remove() }
        build.themeDirectory = folder + "/theme"
        build.outputDirectory = output.path + "/_site"
        return try SitePipeline.build(build)
    }
}

/// A fresh folder under the system's temporary folder, removed by the test.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ relativePath: String, _ contents: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Every file under a folder with its bytes, for whole-tree comparisons.
func snapshot(of folder: String) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
    for case let path as String in enumerator {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
    }
    return files
}

/// Builds a page from inline Markdown as if it were the file at `path`.
func page(_ text: String, at path: String = "guidance/x.md") -> (Page, [Diagnostic]) {
    let source = SourceFile(relativePath: path, displayPath: "content/" + path, text: text)
    let (page, diagnostics) = ContentLoader.page(from: source)
    return (page!, diagnostics)
}
