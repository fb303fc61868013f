import Foundation
import ZIPFoundation

/// The built site as one zip file, to carry to a commune PC on a USB stick:
/// unzipped, its `index.html` is at the top. Written beside its final name
/// and moved into place, so a failed zip never leaves half a file.
enum SiteBundle {
    static func write(site folder: String, to path: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let partial = target.deletingLastPathComponent().appendingPathComponent("." + target.lastPathComponent + ".partial")
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: partial)
        do {
            try fileManager.zipItem(at: URL(fileURLWithPath: folder, isDirectory: true), to: partial,
                                    shouldKeepParent: false, compressionMethod: .deflate)
            if fileManager.fileExists(atPath: target.path) { try fileManager.removeItem(at: target) }
            try fileManager.moveItem(at: partial, to: target)
        } catch {
            try? fileManager.removeItem(at: partial)
            throw error
        }
    }
}
