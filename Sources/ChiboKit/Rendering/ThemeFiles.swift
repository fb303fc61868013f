import Foundation

/// A theme's files: the built-in theme's, each replaced by the site's own
/// theme folder where that folder has a file of the same path, so a site
/// that changes only `assets/style.css` keeps every other file. The folder
/// may be missing (a site with only `content/`), and may add files.
struct ThemeFiles {
    struct File {
        /// The path in the theme: `templates/page.mustache`.
        let path: String
        /// How diagnostics name it: the site's file, or the built-in one.
        let display: String
        let source: Source
    }

    enum Source: Sendable {
        case builtIn([UInt8])
        case folder(absolutePath: String)
    }

    /// How a built-in file is named where a message must name one.
    static let builtInDisplay = "(built-in theme)"

    private var byPath: [String: File] = [:]

    init(folder: String, displayRoot: String) {
        for (path, bytes) in BuiltInTheme.files {
            byPath[path] = File(path: path, display: Self.builtInDisplay + "/" + path, source: .builtIn(bytes))
        }
        guard let walk = FileManager.default.enumerator(atPath: folder) else { return }
        for case let path as String in walk where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let absolute = folder + "/" + path
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            byPath[path] = File(path: path, display: displayRoot + "/" + path, source: .folder(absolutePath: absolute))
        }
    }

    func file(_ path: String) -> File? { byPath[path] }

    /// The files under `folder` (`assets`), sorted by path.
    func files(under folder: String) -> [File] {
        byPath.values.filter { $0.path.hasPrefix(folder + "/") }.sorted { $0.path < $1.path }
    }

    /// The file's bytes; nil when the site's file cannot be read.
    func contents(of file: File) -> [UInt8]? {
        switch file.source {
        case .builtIn(let bytes): bytes
        case .folder(let path): FileManager.default.contents(atPath: path).map(Array.init)
        }
    }
}
