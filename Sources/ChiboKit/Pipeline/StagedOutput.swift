import Foundation
internal import CChiboSystem

/// Writes a site into a staging folder beside the output folder and swaps
/// it in only when the build succeeded: a failed or killed build leaves the
/// previous site exactly as it was.
public final class StagedOutput: SiteOutput, @unchecked Sendable {
    public let finalPath: String
    public let stagingPath: String
    private let lock = NSLock()
    private var createdDirectories: Set<String> = []
    private var bytes = 0

    public init(finalPath: String) throws {
        let final = URL(fileURLWithPath: finalPath).standardizedFileURL.path
        self.finalPath = final
        let parent = (final as NSString).deletingLastPathComponent
        let name = (final as NSString).lastPathComponent
        self.stagingPath = parent + "/." + name + ".chibo-staging-\(ProcessInfo.processInfo.processIdentifier)"
        let fm = FileManager.default
        Self.removeAbandonedStaging(in: parent, prefix: "." + name + ".chibo-staging-")
        try? fm.removeItem(atPath: stagingPath)
        try fm.createDirectory(atPath: stagingPath, withIntermediateDirectories: true)
    }

    /// Staging folders of builds that were killed (their process is gone):
    /// a kill -9 leaves them behind, and nothing else would remove them.
    static func removeAbandonedStaging(in parent: String, prefix: String) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix) {
            var rest = name.dropFirst(prefix.count)
            if rest.hasSuffix("-old") { rest = rest.dropLast(4) }
            guard let pid = Int32(rest) else { continue }
            // Alive, and so maybe another build still writing: left alone.
            if pid != ProcessInfo.processInfo.processIdentifier && kill(pid, 0) == 0 { continue }
            try? fm.removeItem(atPath: parent + "/" + name)
        }
    }

    public func write(_ contents: String, to path: String) throws {
        // Straight from the string's UTF-8 to the file: no Data copy of
        // every page on the way.
        var contents = contents
        try contents.withUTF8 { try write($0, to: path) }
    }

    public func write(_ html: HTML, to path: String) throws {
        try html.utf8.withUnsafeBufferPointer { try write($0, to: path) }
    }

    public func write(utf8 contents: [UInt8], to path: String) throws {
        try contents.withUnsafeBufferPointer { try write($0, to: path) }
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let target = try destination(path)
        let file = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else {
            throw OutputError(message: Message(BuildMessages.cannotCreateOutputFile,
                                               ["file": target, "reason": Message(verbatim: String(cString: strerror(errno)))]))
        }
        defer { close(file) }
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(file, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw OutputError(message: Message(BuildMessages.cannotWriteOutputFile,
                                                   ["file": target, "reason": Message(verbatim: String(cString: strerror(errno)))]))
            }
            offset += count
        }
        count(bytes.count)
    }

    public func copy(from absolutePath: String, to path: String) throws {
        let target = try destination(path)
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: absolutePath, toPath: target)
        let size = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? nil
        count(size ?? 0)
    }

    /// Bytes of every file written so far: the size of the site.
    public var byteCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }

    private func count(_ written: Int) {
        lock.lock()
        bytes += written
        lock.unlock()
    }

    /// The staging path for a site path, refusing any path that would leave
    /// the output folder, with its parent folder created.
    private func destination(_ path: String) throws -> String {
        try OutputError.refuseLeaving(path)
        let target = stagingPath + "/" + path
        let directory = SitePath.directory(of: target)
        // Marked only once it exists: another worker may be writing beside it.
        if !lock.withLock({ createdDirectories.contains(directory) }) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            lock.withLock { _ = createdDirectories.insert(directory) }
        }
        return target
    }

    /// Puts the new site in place. Where the old one exists the two are
    /// exchanged in one system call, then the old one is removed.
    public func commit() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: finalPath) {
            if chibo_exchange_paths(stagingPath, finalPath) != 0 {
                // No atomic exchange here: move the old site aside first.
                let aside = stagingPath + "-old"
                try? fm.removeItem(atPath: aside)
                try fm.moveItem(atPath: finalPath, toPath: aside)
                try fm.moveItem(atPath: stagingPath, toPath: finalPath)
                try? fm.removeItem(atPath: aside)
                return
            }
            try? fm.removeItem(atPath: stagingPath)
        } else {
            try fm.moveItem(atPath: stagingPath, toPath: finalPath)
        }
    }

    public func discard() {
        try? FileManager.default.removeItem(atPath: stagingPath)
    }
}
