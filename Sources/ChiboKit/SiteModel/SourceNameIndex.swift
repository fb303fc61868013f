/// Every page and asset path, for "did you mean …?" on a broken link. The
/// target's own folder is searched first, where most slips happen; the
/// whole site only while it is small enough to search once per broken
/// link: a moved folder can break thousands of links at once, and the
/// check must stay fast then too.
struct SourceNameIndex: Sendable {
    static let wholeSiteLimit = 2_000

    /// File name → path in each folder, and over the whole site (the first
    /// path in order for a name that repeats).
    private var byFolder: [String: [String: String]] = [:]
    private var everywhere: [String: String] = [:]
    private var everywhereNames: [String] = []

    init(paths: [String] = []) {
        for path in paths.sorted() {
            let name = SitePath.fileName(of: path)
            if byFolder[SitePath.directory(of: path), default: [:]][name] == nil {
                byFolder[SitePath.directory(of: path), default: [:]][name] = path
            }
            if everywhere[name] == nil { everywhere[name] = path }
        }
        everywhereNames = everywhere.keys.sorted()
    }

    func nearest(to target: String) -> String? {
        let name = SitePath.fileName(of: target)
        if let siblings = byFolder[SitePath.directory(of: target)],
           let found = NearestMatch.find(name, in: siblings.keys.sorted()) {
            return siblings[found]
        }
        guard everywhereNames.count <= Self.wholeSiteLimit else { return nil }
        return NearestMatch.find(name, in: everywhereNames).flatMap { everywhere[$0] }
    }
}
