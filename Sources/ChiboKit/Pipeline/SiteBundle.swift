import Foundation
import ZIPFoundation

/// The built site as one zip file, to carry to a commune PC on a USB stick.
/// Everything is inside one folder named after the site and its newest
/// month (`tai-lieu-sinh-hoat-chi-bo-2027-02/`), so that "extract here"
/// makes one folder instead of spilling the site's files among others.
/// Written beside its final name and moved into place, so a failed zip never
/// leaves half a file.
///
/// Entries go in sorted by path, each with one date, the site's newest
/// content date, so the same site always gives the same bytes.
enum SiteBundle {
    /// 1 January 1980, the first date a zip entry can hold: the date of a
    /// site whose content has none.
    static let earliestDate = Date(timeIntervalSince1970: 315_532_800)

    /// The zip's top folder and its entries' date, read from the site.
    struct Layout: Equatable {
        var folder: String
        var date: Date

        static let plain = Layout(folder: "site", date: SiteBundle.earliestDate)

        /// The site's title as a slug, then its newest month (of its packs,
        /// else of its newest dated page); the newest of its pages' dates
        /// and its packs' months, at noon UTC so that no time zone moves it
        /// to another day.
        init(of site: Site) {
            let dates = site.pages.compactMap(\.metadata.date)
                + site.packMonths.compactMap { CalendarDate(year: $0.year, month: $0.month, day: 1) }
            let newest = dates.max()
            let month = site.packMonths.max()?.description ?? newest.map { String(format: "%04d-%02d", $0.year, $0.month) }
            let name = Slug.make(site.config.title)
            let parts = [name.isEmpty ? "site" : name] + (month.map { [$0] } ?? [])
            folder = parts.joined(separator: "-")
            date = newest.map(Self.noon) ?? SiteBundle.earliestDate
        }

        init(folder: String, date: Date) {
            self.folder = folder
            self.date = date
        }

        private static func noon(of day: CalendarDate) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)
            return calendar.date(from: components) ?? SiteBundle.earliestDate
        }
    }

    static func write(site folder: String, to path: String, layout: Layout = .plain) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let partial = target.deletingLastPathComponent().appendingPathComponent("." + target.lastPathComponent + ".partial")
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: partial)
        do {
            try writeArchive(of: folder, to: partial, layout: layout)
            if fileManager.fileExists(atPath: target.path) { try fileManager.removeItem(at: target) }
            try fileManager.moveItem(at: partial, to: target)
        } catch {
            try? fileManager.removeItem(at: partial)
            throw error
        }
    }

    private static func writeArchive(of folder: String, to url: URL, layout: Layout) throws {
        let fileManager = FileManager.default
        let archive = try Archive(url: url, accessMode: .create)
        let top = layout.folder + "/"
        try archive.addEntry(with: top, type: .directory, uncompressedSize: Int64(0), modificationDate: layout.date,
                             permissions: 0o755, provider: { _, _ in Data() })
        for relative in try fileManager.subpathsOfDirectory(atPath: folder).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let absolute = folder + "/" + relative
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: absolute, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try archive.addEntry(with: top + relative + "/", type: .directory, uncompressedSize: Int64(0),
                                     modificationDate: layout.date, permissions: 0o755, provider: { _, _ in Data() })
                continue
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: absolute))
            try archive.addEntry(with: top + relative, type: .file, uncompressedSize: Int64(data.count), modificationDate: layout.date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
    }
}
