import Foundation
import ZIPFoundation

/// The built site as one zip file, to carry to a commune PC on a USB stick:
/// unzipped, its `index.html` is at the top. Written beside its final name
/// and moved into place, so a failed zip never leaves half a file.
///
/// Entries go in sorted by path, each with the same fixed date, so the
/// same site always gives the same bytes.
enum SiteBundle {
    /// 1 January 1980, the first date a zip entry can hold.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func write(site folder: String, to path: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let partial = target.deletingLastPathComponent().appendingPathComponent("." + target.lastPathComponent + ".partial")
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: partial)
        do {
            try writeArchive(of: folder, to: partial)
            if fileManager.fileExists(atPath: target.path) { try fileManager.removeItem(at: target) }
            try fileManager.moveItem(at: partial, to: target)
        } catch {
            try? fileManager.removeItem(at: partial)
            throw error
        }
    }

    private static func writeArchive(of folder: String, to url: URL) throws {
        let fileManager = FileManager.default
        let archive = try Archive(url: url, accessMode: .create)
        for relative in try fileManager.subpathsOfDirectory(atPath: folder).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let absolute = folder + "/" + relative
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: absolute, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try archive.addEntry(with: relative + "/", type: .directory, uncompressedSize: Int64(0), modificationDate: entryDate,
                                     permissions: 0o755, provider: { _, _ in Data() })
                continue
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: absolute))
            try archive.addEntry(with: relative, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
    }
}
