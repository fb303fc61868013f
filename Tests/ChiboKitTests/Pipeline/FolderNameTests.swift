import Foundation
import Testing

/// Folders no tool mistakes for build output: the `.gitignore` templates for
/// Swift and most editors ignore `build/`, `dist/`, `out/` and the like,
/// and on a case-insensitive file system (macOS's default) `build/` is also
/// `Build/`, so a source folder of that name drops out of commits, searches
/// and backups without a word.
struct FolderNameTests {
    private static let outputNames: Set<String> = ["build", ".build", "dist", "out", "target", "bin", "obj",
                                                   "deriveddata", "_site", "node_modules"]

    @Test func noFolderOfTheRepositoryIsNamedAsBuildOutput() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for top in ["Sources", "Tests", "theme", "docs", "content", "scripts", "Benchmarks"] {
            let folder = root.appendingPathComponent(top)
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                checked += 1
                #expect(!Self.outputNames.contains(url.lastPathComponent.lowercased()),
                        "\(url.path.dropFirst(root.path.count + 1)) is named as build output")
            }
        }
        #expect(checked > 20)
    }
}
