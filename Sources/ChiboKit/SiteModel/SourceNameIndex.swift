import Foundation

/// Every page and asset path, for "did you mean …?" on a broken link: the
/// files whose name goes on from the one written, or holds its words
/// (`de-an-03.md` → `de-an-so-03-nang-cao.md`), or whose page title does
/// (a page titled "Đề án số 03 …"), and only then a name a typo away.
/// The target's own folder wins a tie, where most slips happen. The whole
/// site is searched only while it is small enough to search once per
/// broken link: a moved folder can break thousands of links at once, and
/// the check must stay fast then too.
struct SourceNameIndex: Sendable {
    static let wholeSiteLimit = 2_000

    /// One file as a link may have meant it.
    struct Entry: Sendable {
        var path: String
        var folder: String
        var stem: NearestMatch.Name
        var title: NearestMatch.Name?
    }

    private let paths: [String]
    private let titles: [String?]
    /// The folded names, made on the first broken link only: a site whose
    /// links all work never pays for folding every title.
    private let table = FoldedTable()

    init(paths: [String] = []) {
        self.init(pages: [], assets: paths)
    }

    /// `pages` with their titles, `assets` by name only.
    init(pages: [(path: String, title: String)], assets: [String]) {
        paths = pages.map(\.path) + assets
        titles = pages.map { Optional($0.title) } + Array(repeating: nil, count: assets.count)
    }

    /// The one file most like `target`, if any.
    func nearest(to target: String) -> String? { ranked(to: target).paths.first }

    /// The files most like `target`, closest first, at most `limit`, and
    /// whether the first is clearly the one meant.
    func ranked(to target: String, limit: Int = 3) -> (paths: [String], isClearlyRight: Bool) {
        let entries = table.entries(paths: paths, titles: titles)
        let folder = SitePath.directory(of: target)
        let written = NearestMatch.Name(Self.stem(of: SitePath.fileName(of: target)))
        guard !written.isEmpty else { return ([], false) }
        let searchesEverywhere = entries.count <= Self.wholeSiteLimit
        var found: [(path: String, likeness: NearestMatch.Likeness, rank: Int, elsewhere: Bool)] = []
        for entry in entries where searchesEverywhere || entry.folder == folder {
            let byName = NearestMatch.likeness(of: entry.stem, to: written)
            // A title is matched by its words, never as a typo: a short title is near too many names.
            let byTitle = entry.title.flatMap { NearestMatch.likeness(of: $0, to: written) }.flatMap { match in
                match.likeness == .holdsEveryWord ? match : nil
            }
            guard let best = [byName, byTitle].compactMap({ $0 }).min(by: { ($0.likeness, $0.rank) < ($1.likeness, $1.rank) })
            else { continue }
            found.append((entry.path, best.likeness, best.rank, entry.folder != folder))
        }
        found.sort { ($0.likeness, $0.rank, $0.elsewhere ? 1 : 0, $0.path) < ($1.likeness, $1.rank, $1.elsewhere ? 1 : 0, $1.path) }
        return (Array(found.prefix(limit).map(\.path)), NearestMatch.isClearlyRight(found.map(\.likeness)))
    }

    /// `de-an-03.md` → `de-an-03`; a name without an extension as it is.
    static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The entries, made once under a lock: pages are rendered in parallel.
    private final class FoldedTable: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [Entry]?

        func entries(paths: [String], titles: [String?]) -> [Entry] {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            let entries = zip(paths, titles).map { path, title in
                Entry(path: path, folder: SitePath.directory(of: path),
                      stem: NearestMatch.Name(SourceNameIndex.stem(of: SitePath.fileName(of: path))),
                      title: title.map(NearestMatch.Name.init))
            }
            made = entries
            return entries
        }
    }
}
