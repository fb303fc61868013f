/// Which pages link to which, by their Markdown links: when a page's
/// anchors or its place in the site change, the pages linking to it are
/// the ones whose links must be judged and written again.
struct LinkGraph: Sendable {
    /// Per page, the pages its body links to, each once, in page order.
    private(set) var targets: [[Int]] = []
    /// Per page, the pages linking to it.
    private var linkers: [Int: Set<Int>] = [:]

    init() {}

    init(site: Site, jobs: Int) {
        targets = Parallel.map(site.pages.count, jobs: jobs) { index in
            site.pages.inPlace(index) { Self.targets(of: $0.pointee, in: site) }
        }
        for (page, linked) in targets.enumerated() {
            for target in linked { linkers[target, default: []].insert(page) }
        }
    }

    /// The pages linking to `page`.
    func linkers(of page: Int) -> Set<Int> { linkers[page] ?? [] }

    /// Takes a page's links as they are after an edit.
    mutating func replaceTargets(ofPageAt page: Int, with linked: [Int]) {
        for target in targets[page] { linkers[target]?.remove(page) }
        targets[page] = linked
        for target in linked { linkers[target, default: []].insert(page) }
    }

    /// The pages `page`'s links lead to, resolved as `LinkResolver` does.
    static func targets(of page: borrowing Page, in site: Site) -> [Int] {
        let (readable, problem) = page.reopened()
        guard problem == nil else { return [] }
        let directory = SitePath.directory(of: readable.source.relativePath)
        var found = Set<Int>()
        for reference in LinkReference.all(in: readable.document, shownFootnotes: readable.shownFootnoteLabels,
                                           allowScripts: site.config.allowsScripts) {
            guard let path = LinkResolver.contentPath(linkedBy: reference.destination, fromDirectory: directory),
                  let index = site.index(ofSource: path) else { continue }
            found.insert(index)
        }
        return found.sorted()
    }
}
