import Foundation

/// The default theme, compiled into chibo from the repository's `theme/`
/// (by `Plugins/EmbedTheme`, which writes `encodedFiles`), so that a folder
/// holding only `content/` builds.
public enum BuiltInTheme {
    /// The theme's files by their path in the theme (`templates/page.mustache`).
    static let files: [String: [UInt8]] = Dictionary(uniqueKeysWithValues: encodedFiles.map { file in
        (file.path, Array(Data(base64Encoded: file.base64) ?? Data()))
    })

    /// Every file's path in the theme, sorted.
    public static var paths: [String] { files.keys.sorted() }

    /// Writes the built-in theme into `directory` (created if need be), for a
    /// site that wants to change it. Refuses, writing nothing, when any of
    /// its files exists there already. Returns the paths written.
    public static func export(to directory: String) throws -> [String] {
        let taken = paths.filter { FileManager.default.fileExists(atPath: directory + "/" + $0) }
        if !taken.isEmpty {
            let named = Array(taken.prefix(3)) + (taken.count > 3 ? ["…"] : [])
            throw EnvironmentError(Message(taken.count == 1 ? BuildMessages.themeFileExists : .themeFilesExist,
                                           ["folder": directory, "files": named]))
        }
        var written: [String] = []
        for path in paths {
            let target = directory + "/" + path
            let folder = (target as NSString).deletingLastPathComponent
            guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
                  FileManager.default.createFile(atPath: target, contents: Data(files[path]!)) else {
                throw EnvironmentError(Message(BuildMessages.cannotWriteThemeFile, ["file": target]))
            }
            written.append(target)
        }
        return written
    }
}
