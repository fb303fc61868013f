import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a scaffold into the content folder, never over anything. Every
/// target is looked at first and the whole scaffold refused if one exists,
/// so a half-made month never happens; then each file is created with
/// `O_CREAT | O_EXCL`, so that a file someone made in between is not
/// overwritten either (what this run had created is then taken back).
public struct ScaffoldWriter: Sendable {
    public let contentDirectory: String
    /// How the content folder is named in messages (`content`).
    public let displayRoot: String

    /// The command named in messages (`chibo new`, `chibo import`).
    public let command: String

    public init(contentDirectory: String, displayRoot: String? = nil, command: String = "chibo new") {
        self.contentDirectory = contentDirectory
        self.displayRoot = displayRoot ?? contentDirectory
        self.command = command
    }

    /// Creates every file of `scaffold` and returns their display paths
    /// (`content/packs/2027-02/chung.md`), in the scaffold's order.
    @discardableResult
    public func write(_ scaffold: Scaffold) throws -> [String] {
        guard let root = ContentWalker.realPath(contentDirectory) else {
            throw ScaffoldError(Message(BuildMessages.contentFolderMissing, ["folder": contentDirectory]))
        }
        for file in scaffold.files {
            try ScaffoldPath.validate(file.relativePath, command: command)
        }
        let existing = scaffold.files.filter { exists(absolute($0.relativePath)) }
        guard existing.isEmpty else {
            let names = existing.map { "`\(display($0.relativePath))`" }
            throw ScaffoldError(Message(existing.count == 1 ? ScaffoldMessages.fileExists : .filesExist,
                                        ["files": names, "command": command]))
        }
        var createdFolders: [String] = []
        var createdFiles: [String] = []
        do {
            for file in scaffold.files {
                createdFolders += try makeFolders(of: file.relativePath, inside: root)
                try create(absolute(file.relativePath), contents: file.contents, display: display(file.relativePath))
                createdFiles.append(absolute(file.relativePath))
            }
        } catch {
            // Only what this run made: the files it created, and folders it
            // created that are empty again.
            for path in createdFiles.reversed() { unlink(path) }
            for path in createdFolders.reversed() { rmdir(path) }
            throw error
        }
        return scaffold.files.map { display($0.relativePath) }
    }

    private func absolute(_ relativePath: String) -> String { contentDirectory + "/" + relativePath }
    private func display(_ relativePath: String) -> String { displayRoot + "/" + relativePath }

    /// Anything at the path, a symbolic link (even a dangling one) included.
    private func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Creates the missing folders above a file, after checking that the
    /// deepest existing one is really inside the content folder (a symbolic
    /// link such as `packs -> /elsewhere` would lead the file out of it).
    /// Returns the folders it created, outermost first.
    private func makeFolders(of relativePath: String, inside root: String) throws -> [String] {
        let components = relativePath.split(separator: "/").dropLast().map(String.init)
        var path = contentDirectory
        var created: [String] = []
        var checkedExisting = false
        for component in components {
            path += "/" + component
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw ScaffoldError(Message(ScaffoldMessages.folderIsAFile, ["file": display(relativePath), "path": path]))
                }
                continue
            }
            if !checkedExisting {
                try requireInside(root, String(path.dropLast(component.count + 1)), for: relativePath)
                checkedExisting = true
            }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            } catch {
                throw ScaffoldError(Message(ScaffoldMessages.cannotCreateFolder,
                                            ["path": path, "reason": Message(verbatim: error.localizedDescription)]))
            }
            created.append(path)
        }
        if !checkedExisting { try requireInside(root, path, for: relativePath) }
        return created
    }

    private func requireInside(_ root: String, _ folder: String, for relativePath: String) throws {
        guard let real = ContentWalker.realPath(folder), real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else {
            throw ScaffoldError(Message(ScaffoldMessages.wouldLeaveContentFolder, ["file": display(relativePath)]))
        }
    }

    /// Writes a new file; fails if anything is already at the path.
    private func create(_ path: String, contents: String, display: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ScaffoldError(errno == EEXIST
                ? Message(ScaffoldMessages.createdMeanwhile, ["file": display, "command": command])
                : Message(ScaffoldMessages.cannotCreateFile, ["file": display, "reason": Message(verbatim: String(cString: strerror(errno)))]))
        }
        defer { close(descriptor) }
        let bytes = Array(contents.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                unlink(path)
                throw ScaffoldError(Message(ScaffoldMessages.cannotWriteFile, ["file": display, "reason": Message(verbatim: reason)]))
            }
            written += result
        }
    }
}

/// A path `chibo new` may write to: relative, `/`-separated, no empty,
/// `.` or `..` component, no backslash or control character. Ids, months
/// and symbols that would make one are refused before any file is looked at.
enum ScaffoldPath {
    /// The hidden files a scaffold may write: a new site's `.gitignore`, and
    /// the `.gitkeep` that keeps an empty folder of its content in git.
    static let hiddenFilesAllowed: Set<Substring> = [".gitignore", ".gitkeep"]

    static func validate(_ relativePath: String, command: String = "chibo new") throws {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        let safe = !relativePath.isEmpty && !relativePath.hasPrefix("/")
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
            && components.dropLast().allSatisfy { !$0.hasPrefix(".") }
            && components.last.map { !$0.hasPrefix(".") || hiddenFilesAllowed.contains($0) } == true
            && !relativePath.unicodeScalars.contains { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
        guard safe else {
            throw ScaffoldError(Message(ScaffoldMessages.notAPathInContentFolder, ["path": relativePath, "command": command]))
        }
    }
}
