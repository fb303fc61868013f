/// What a page shows about its place in the registry: for an entry, its
/// status (in force, or replaced by …) and everywhere it is cited; for any
/// page, its relations both ways, each a link.
struct DirectiveSections {
    let site: Site
    let pageIndex: Int
    let words: PageWords
    /// Read once: a `Page` is large, and a directive page links to every
    /// page citing it.
    private let outputPath: String

    init(site: Site, pageIndex: Int, words: PageWords) {
        self.site = site
        self.pageIndex = pageIndex
        self.words = words
        self.outputPath = site.pages[pageIndex].outputPath
    }

    private var registry: DirectiveRegistry { site.registry }

    func view() -> DirectiveView? {
        let entryIndex = registry.entry(ofPage: pageIndex)
        let groups = relationGroups(entry: entryIndex)
        guard entryIndex != nil || !groups.isEmpty else { return nil }
        var view = DirectiveView(isEntry: entryIndex != nil, status: "", relationGroups: groups,
                                 hasRelations: !groups.isEmpty, citedAt: [], hasCitedAt: false)
        if let entryIndex {
            view.status = status(of: entryIndex)
            view.citedAt = citedAt(entryIndex)
            view.hasCitedAt = !view.citedAt.isEmpty
        }
        return view
    }

    /// `Còn hiệu lực`, or `Đã được thay thế bởi …` with links.
    private func status(of entry: Int) -> String {
        let replacements = registry.relations(toEntry: entry, kind: .replaces)
        guard !replacements.isEmpty else { return words[.inForce] }
        return words(.supersededBy, ["titles": replacements.map { site.pages[$0.fromPage].title }.joined(separator: "; ")])
    }

    private func relationGroups(entry: Int?) -> [RelationGroup] {
        var groups: [RelationGroup] = []
        let outgoing = registry.relations(fromPage: pageIndex)
        let labels: [(DirectiveRegistry.RelationKind, String, String)] = [
            (.replaces, words[.replaces], words[.replacedBy]),
            (.implements, words[.implements], words[.implementedBy]),
            (.amends, words[.amends], words[.amendedBy]),
        ]
        for (kind, forward, backward) in labels {
            let targets = outgoing.filter { $0.kind == kind }.map { link(toEntry: $0.toEntry) }
            if !targets.isEmpty { groups.append(RelationGroup(label: forward, items: targets)) }
            if let entry {
                let sources = registry.relations(toEntry: entry, kind: kind).map { link(toPage: $0.fromPage) }
                if !sources.isEmpty { groups.append(RelationGroup(label: backward, items: sources)) }
            }
        }
        return groups
    }

    private func link(toEntry index: Int) -> LinkItem {
        let entry = registry.entries[index]
        return LinkItem(text: entry.name, url: SitePath.relativeURL(from: outputPath, to: entry.outputPath),
                        detail: entry.date.map { words(.dated, ["date": $0.vietnamese]) }, title: words.tooltip(of: entry))
    }

    private func link(toPage index: Int) -> LinkItem {
        if let entry = registry.entry(ofPage: index) { return link(toEntry: entry) }
        return LinkItem(text: site.pages[index].title, url: SitePath.relativeURL(from: outputPath, to: site.pages[index].outputPath),
                        detail: site.pages[index].metadata.date.map { words(.dated, ["date": $0.vietnamese]) }, title: nil)
    }

    /// Pages citing the entry, in page order, each with links to the exact
    /// places (the citation's anchor), labelled by the section they are in.
    private func citedAt(_ entry: Int) -> [CitingPage] {
        // Per citing page, in first-citation order: its URL (made once, not
        // once per citation) and the places it cites the entry.
        var order: [Int] = []
        var urls: [String] = []
        var places: [[LinkItem]] = []
        var positionOfPage: [Int: Int] = [:]
        for (citingPage, occurrenceIndex) in site.citations.citedAt[entry] ?? [] {
            let position: Int
            if let known = positionOfPage[citingPage] {
                position = known
            } else {
                position = order.count
                positionOfPage[citingPage] = position
                order.append(citingPage)
                urls.append(SitePath.relativeURL(from: outputPath, to: site.pages.inPlace(citingPage) { $0.pointee.outputPath }))
                places.append([])
            }
            let base = urls[position]
            // Read in place: a copy of the occurrence retained its every string.
            var item = site.citations.byPage[citingPage].inPlace(occurrenceIndex) { occurrence in
                LinkItem(text: occurrence.pointee.anchor == nil ? words[.topOfPage] : (occurrence.pointee.section ?? words[.opening]),
                         url: occurrence.pointee.anchor.map { base + "#" + $0 } ?? base,
                         detail: nil, title: occurrence.pointee.citation.text)
            }
            // Readers know a place by its section, never by a source line; a
            // section that cites the entry again says which time it is.
            let earlier = places[position].lazy.filter { $0.text == item.text }.count
            if earlier > 0 {
                item.detail = words(.againInSection, ["count": earlier + 1])
                item.hasDetail = true
            }
            places[position].append(item)
        }
        return order.indices.map { position in
            CitingPage(title: site.pages.inPlace(order[position]) { $0.pointee.title }, url: urls[position], places: places[position])
        }
    }
}
