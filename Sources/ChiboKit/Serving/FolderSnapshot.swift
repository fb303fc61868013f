import Foundation

/// What the files under some folders looked like at one moment: each
/// file's size, modification time and inode. `chibo serve` compares one
/// snapshot with the next to notice an edit. Polling, not inotify: it works
/// the same on a USB stick, a network share and in a container, where
/// change notifications are missing or unreliable, and a 10,000-page
/// content folder is read in a few tens of milliseconds.
public struct FolderSnapshot: Equatable, Sendable {
    /// Per file, by its path: its root as given, then the names under it.
    private(set) var stamps: [String: FileStamp] = [:]

    struct FileStamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64
        var modifiedNanoseconds: Int64
        var inode: UInt64
    }

    /// Folders deeper than this are not followed: a symbolic link to a
    /// parent folder would otherwise be walked for ever.
    static let maximumDepth = 48

    public init(of roots: [String]) {
        for root in roots {
            // Spelt as `ContentWalker` spells the paths it reads.
            walk(root, prefix: root + "/", depth: 0)
        }
    }

    /// The files that appeared, went away or changed since `earlier`,
    /// sorted, each as its root and the names under it.
    public func changes(since earlier: FolderSnapshot) -> [String] {
        var changed: [String] = []
        for (path, stamp) in stamps where earlier.stamps[path] != stamp { changed.append(path) }
        for path in earlier.stamps.keys where stamps[path] == nil { changed.append(path) }
        return changed.sorted()
    }

    public var fileCount: Int { stamps.count }

    /// Names an editor writes beside the file it saves (`.x.md.swp`,
    /// `x.md~`, vim's `4913` probe) change nothing in the site.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name == "4913"
    }

    private mutating func walk(_ folder: String, prefix: String, depth: Int) {
        guard depth <= Self.maximumDepth, let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != "..", !Self.isIgnored(name) else { continue }
            let path = folder + "/" + name
            var status = stat()
            // `stat`, not `lstat`: an edit to a linked file is an edit.
            guard stat(path, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walk(path, prefix: prefix + name + "/", depth: depth + 1)
            } else {
                stamps[prefix + name] = FileStamp(size: Int64(status.st_size), modified: Int64(status.st_mtim.tv_sec),
                                                  modifiedNanoseconds: Int64(status.st_mtim.tv_nsec),
                                                  inode: UInt64(status.st_ino))
            }
        }
    }
}
