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
    let protected: [(path: String, what: Message)]
    let force: Bool

    init(options: BuildOptions) {
        path = Self.absolute(options.outputDirectory)
        content = Self.absolute(options.contentDirectory)
        var protected = [("/", Message(BuildMessages.rootFolder))]
        if let home = options.homeDirectory { protected.append((Self.absolute(home), Message(BuildMessages.homeFolder))) }
        protected += [(content, Message(BuildMessages.contentFolder)),
                      (Self.absolute(options.themeDirectory), Message(BuildMessages.themeFolder)),
                      (Self.absolute(FileManager.default.currentDirectoryPath), Message(BuildMessages.workingFolder))]
        self.protected = protected
        force = options.force
    }

    /// Throws when writing the site to `path` could destroy anything but a
    /// previous site.
    func validate(displayName: String) throws {
        for (folder, what) in protected where folder == path || folder.hasPrefix(path == "/" ? "/" : path + "/") {
            throw EnvironmentError(folder == path
                ? Message(BuildMessages.outputIsProtectedFolder, ["output": displayName, "what": what])
                : Message(BuildMessages.outputHoldsProtectedFolder, ["output": displayName, "what": what, "folder": folder]))
        }
        if path.hasPrefix(content + "/") {
            throw EnvironmentError(Message(BuildMessages.outputInsideContent, ["content": content]))
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw EnvironmentError(Message(BuildMessages.outputIsFile, ["output": displayName]))
        }
        let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(Self.markerName) || force { return }
        throw EnvironmentError(Message(BuildMessages.outputNotBuiltByChibo,
                                       ["output": displayName, "count": entries.count, "marker": Self.markerName]))
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return ContentWalker.realPath(url.path) ?? url.path
    }
}
