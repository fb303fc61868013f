import Foundation

/// Decides whether a folder may be used as the output of a build. A build
/// replaces its output folder whole, so a mistyped `--output` must never
/// reach a folder of anything else: `/`, the home folder, the content or
/// theme folder, the working folder or any folder holding one of them are
/// always refused; an existing folder with files in it is replaced only
/// when an earlier build left its marker there, or with `--force`.
struct OutputFolder {
    /// Written at the top of every built site; its presence is what makes
    /// a folder "a previous chibo output".
    static let markerName = ".chibo-site"
    static let markerText = "This folder was written by `chibo build`, which replaces it whole on every build.\n"

    let path: String
    let content: String
    /// Folders the output may neither be nor hold, with what each is.
    let protected: [(path: String, what: String)]
    let force: Bool

    init(options: BuildOptions) {
        path = Self.absolute(options.outputDirectory)
        content = Self.absolute(options.contentDirectory)
        var protected = [("/", "the root folder")]
        if let home = options.homeDirectory { protected.append((Self.absolute(home), "the home folder")) }
        protected += [(content, "the content folder"),
                      (Self.absolute(options.themeDirectory), "the theme folder"),
                      (Self.absolute(FileManager.default.currentDirectoryPath), "the working folder")]
        self.protected = protected
        force = options.force
    }

    /// Throws when writing the site to `path` could destroy anything but a
    /// previous site.
    func validate(displayName: String) throws {
        for (folder, what) in protected where folder == path || folder.hasPrefix(path == "/" ? "/" : path + "/") {
            let holds = folder == path ? "it is \(what)" : "it holds \(what) `\(folder)`"
            throw EnvironmentError("refusing to use `\(displayName)` as the output folder: \(holds), which a build would replace")
        }
        if path.hasPrefix(content + "/") {
            throw EnvironmentError("refusing to write the site inside the content folder `\(content)`")
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw EnvironmentError("refusing to use `\(displayName)` as the output folder: it is a file")
        }
        let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(Self.markerName) || force { return }
        throw EnvironmentError("refusing to replace `\(displayName)`: it holds \(entries.count) entries but no `\(Self.markerName)`, "
                               + "so it does not look like a site chibo built, and a build replaces its output folder whole. "
                               + "Choose another --output, or add --force if everything in it may go")
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return ContentWalker.realPath(url.path) ?? url.path
    }
}
