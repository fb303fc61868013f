/// The pages chibo writes itself: home, folder indexes, the directive list,
/// the packs by month, organisations and the site index (`search.html`).
struct GeneratedPages {
    let site: Site
    let renderer: SiteRenderer
    private let navigation: SiteNavigation
    /// Listed pages (indexes into `site.pages`) by the content folder they
    /// live in, grouped once so that no index page scans the whole site.
    /// Indexes, not pages: a `Page` is large, and copies of 100,000 of
    /// them cost more than the index pages themselves.
    private let pagesByFolder: [String: [Int]]
    /// Each page's place among all pages newest first (`newestFirst`):
    /// the site is sorted once, and every list sorts by these numbers
    /// (the folder indexes sorted a province's pages over again, copying
    /// two strings for every comparison).
    private let newestFirstRank: [Int]
    private var words: PageWords { renderer.words }

    init(site: Site, renderer: SiteRenderer) {
        self.site = site
        self.renderer = renderer
        self.navigation = SiteNavigation(site: site, words: renderer.words)
        self.pagesByFolder = Dictionary(grouping: site.pages.indices.filter { !site.pages[$0].isFolderIntroduction }) {
            SitePath.directory(of: site.pages[$0].source.relativePath)
        }
        newestFirstRank = Self.newestFirstRank(of: site.pages)
    }

    /// Renders every generated page and hands each to `write` as soon as it
    /// is made: a national site has tens of thousands of organisation pages,
    /// and holding all of them until the end cost a quarter of a gigabyte.
    /// Every page is one job and the jobs share the cores: the indexes and
    /// lists made one after another beside the organisations' pages left
    /// a core idle for a tenth of a build.
    /// `only`, when given, names the pages to make (by output path); a
    /// live rebuild makes those that show what an edit changed.
    func write(diagnostics: DiagnosticEngine, only: Set<String>? = nil,
               to write: @Sendable (_ path: String, _ html: HTML) throws -> Void) throws {
        var pages: [Job] = [Job(path: "index.html") { $0.home(diagnostics: diagnostics) }]
        for folder in site.folders {
            pages.append(Job(path: Site.indexPath(ofFolder: folder)) { $0.folderIndex(folder, diagnostics: diagnostics) })
        }
        let registryIntroduction = introductionHTML(of: "directives", diagnostics: diagnostics)
        for grouping in RegistryPages.Grouping.allCases {
            pages.append(Job(path: grouping.path) { $0.registry(grouping, introductionHTML: registryIntroduction) })
        }
        pages.append(Job(path: "packs/index.html") { $0.packsIndex(diagnostics: diagnostics) })
        for month in site.packMonths {
            pages.append(Job(path: "packs/\(month)/index.html") { $0.packsOfMonth(month, diagnostics: diagnostics) })
        }
        pages.append(Job(path: StatsPage.path) { $0.stats() })
        pages.append(Job(path: "search.html") { $0.siteIndex() })
        let organisations = OrganisationPages(site: site, renderer: renderer)
        if let only { pages.removeAll { !only.contains($0.path) } }
        let organisationPages = organisations.pages.filter { only?.contains($0.path(in: organisations)) ?? true }
        try SiteRenderer.writeEach(pages.count + organisationPages.count, jobs: renderer.jobs, to: write) { [self, pages] index in
            index < pages.count
                ? (pages[index].path, pages[index].make(self))
                : organisationPages[index - pages.count].make(organisations)
        }
    }

    /// A generated page, made when its turn comes.
    private struct Job: @unchecked Sendable {
        let path: String
        let make: (GeneratedPages) -> HTML
    }

    // MARK: Pages

    private func home(diagnostics: DiagnosticEngine) -> HTML {
        let path = "index.html"
        let latestMonth = site.packMonths.last
        let packs = latestMonth.map { packItems(of: $0, from: path) } ?? []
        let guidance = site.pages.indices.filter { site.pages[$0].kind == .guidance && !site.pages[$0].isFolderIntroduction }
        let sections = SiteNavigation.sections.dropFirst().map {
            ListItem(title: words[$0.word], url: SitePath.relativeURL(from: path, to: $0.path), detail: nil, summary: nil)
        }
        let view = HomeView(words: words, siteTitle: site.config.title, description: site.config.description,
                            introductionHTML: introductionHTML(of: "", diagnostics: diagnostics),
                            packMonth: latestMonth.map { words(.ofMonth, ["month": $0.numeric]) }, packs: packs,
                            packsURL: SitePath.relativeURL(from: path, to: "packs/index.html"), hasPacks: !packs.isEmpty,
                            latestGuidance: Array(newestFirst(guidance).prefix(10)).map { item($0, from: path) },
                            guidanceURL: SitePath.relativeURL(from: path, to: "guidance/index.html"),
                            sections: Array(sections))
        return renderer.layout(renderer.theme.render(view, template: "home"), title: site.config.title, at: path,
                               folder: "", crumbTitle: nil, description: site.config.description, isInternal: false)
    }

    /// A folder's index: its introduction, then its pages and those of every
    /// folder below it, grouped by folder, newest first.
    private func folderIndex(_ folder: String, diagnostics: DiagnosticEngine) -> HTML {
        let path = Site.indexPath(ofFolder: folder)
        let subtree = ([folder] + site.folders.filter { $0.hasPrefix(folder + "/") }).sorted()
        let groups = subtree.compactMap { subfolder -> ListGroup? in
            let pages = (pagesByFolder[subfolder] ?? []).filter { index in
                site.pages.inPlace(index) { $0.pointee.kind == .guidance || $0.pointee.kind == .page }
            }
            guard !pages.isEmpty else { return nil }
            return ListGroup(heading: subfolder == folder ? nil : navigation.label(ofFolder: subfolder),
                             items: newestFirst(pages).map { item($0, from: path) })
        }
        return list(ListView(words: words, title: navigation.label(ofFolder: folder),
                             introductionHTML: introductionHTML(of: folder, diagnostics: diagnostics),
                             groups: groups, emptyMessage: groups.isEmpty ? words[.emptyFolder] : nil),
                    at: path, folder: folder)
    }

    private func registry(_ grouping: RegistryPages.Grouping, introductionHTML: HTML?) -> HTML {
        let view = RegistryPages(site: site, words: words).view(grouping, introductionHTML: introductionHTML)
        return renderer.layout(renderer.theme.render(view, template: "registry"), title: view.title, at: grouping.path,
                               folder: "", crumbTitle: view.title, description: nil, isInternal: false)
    }

    private func packsIndex(diagnostics: DiagnosticEngine) -> HTML {
        let path = "packs/index.html"
        var groups = site.packMonths.reversed().map { month in
            ListGroup(heading: words(.monthHeading, ["month": month.numeric]), items: packItems(of: month, from: path))
        }
        // Every month of one type, on the type's page.
        let types = site.organisations.types.map { type in
            ListItem(title: type.name, url: SitePath.relativeURL(from: path, to: Site.outputPath(ofType: type.id)),
                     detail: nil, summary: nil)
        }
        if !types.isEmpty { groups.append(ListGroup(heading: words[.byCellType], items: types)) }
        let view = ListView(words: words, title: words[.cellPacks],
                            introductionHTML: introductionHTML(of: "packs", diagnostics: diagnostics), groups: groups,
                            emptyMessage: groups.isEmpty ? words[.noPacksInFolder] : nil)
        return list(view, at: path, folder: "packs")
    }

    private func packsOfMonth(_ month: CalendarMonth, diagnostics: DiagnosticEngine) -> HTML {
        let path = "packs/\(month)/index.html"
        let view = ListView(words: words, title: words(.packsOfMonth, ["month": month.numeric]),
                            introductionHTML: introductionHTML(of: "packs/\(month)", diagnostics: diagnostics),
                            groups: [ListGroup(heading: nil, items: packItems(of: month, from: path))], emptyMessage: nil)
        return list(view, at: path, folder: "packs/\(month)")
    }

    private func stats() -> HTML {
        let view = StatsPage(site: site, words: words).view()
        return renderer.layout(renderer.theme.render(view, template: "stats"), title: view.title, at: StatsPage.path,
                               folder: "", crumbTitle: view.title, description: nil, isInternal: false)
    }

    /// The search page: the search box and its results (search.js over the
    /// index of `SearchIndex`), and, for browsers without JavaScript, the
    /// lists that lead to every page. (A list of every page would make the
    /// page as slow to open as the site is large.)
    private func siteIndex() -> HTML {
        let path = "search.html"
        var sections = [ListItem(title: words[.guidanceDocuments], url: "guidance/index.html", detail: nil, summary: nil)]
        sections += RegistryPages.Grouping.allCases.map {
            ListItem(title: words(.directivesGrouped, ["grouping": words[$0.word].lowercased()]), url: $0.path, detail: nil, summary: nil)
        }
        sections += [
            ListItem(title: words[.cellPacks], url: "packs/index.html", detail: words[.byMonthAndType], summary: nil),
            ListItem(title: words[.partyOrganisations], url: "orgs/index.html", detail: nil, summary: nil),
            ListItem(title: words[.summaryFigures], url: StatsPage.path, detail: nil, summary: nil),
        ]
        let view = SearchView(words: words, title: words[.search], sections: sections, scriptWords: words.searchScriptWords)
        return renderer.layout(renderer.theme.render(view, template: "search"), title: view.title, at: path,
                               folder: "", crumbTitle: view.title, description: nil, isInternal: false)
    }

    // MARK: Helpers

    private func list(_ view: ListView, at path: String, folder: String) -> HTML {
        renderer.layout(renderer.theme.render(view, template: "list"), title: view.title, at: path,
                        folder: SitePath.directory(of: folder), crumbTitle: view.title, description: nil, isInternal: false)
    }

    private func introductionHTML(of folder: String, diagnostics: DiagnosticEngine) -> HTML? {
        guard let intro = site.introduction(of: folder) else { return nil }
        let (html, problems) = renderer.bodyHTML(of: intro)
        diagnostics.emit(contentsOf: problems)
        return html
    }

    /// A month's packs named by their type, in types.yml's order, the common
    /// part first as in every type's pack; files that name no type last.
    private func packItems(of month: CalendarMonth, from path: String) -> [ListItem] {
        let packs = (pagesByFolder["packs/\(month)"] ?? []).filter { site.pages[$0].kind == .pack }.map { site.pages[$0] }
        let typeOrder = Dictionary(uniqueKeysWithValues: site.organisations.types.enumerated().map { ($1.id, $0) })
        func typeID(_ page: Page) -> String { String(SitePath.fileName(of: page.source.relativePath).dropLast(3)) }
        func rank(_ page: Page) -> Int {
            let id = typeID(page)
            return id == "chung" ? -1 : typeOrder[id] ?? Int.max
        }
        let ordered = packs.sorted { (rank($0), $0.source.relativePath) < (rank($1), $1.source.relativePath) }
        return ordered.map { page in
            let id = typeID(page)
            let name = id == "chung" ? words[.commonPartForEveryType] : site.organisations.type(id: id)?.name
            var entry = item(page, from: path)
            if let name {
                entry.detail = [page.title, words.meetingKind(page.metadata.kind)].filter { !$0.isEmpty }.joined(separator: " · ")
                entry.title = name
            }
            return entry
        }
    }

    private func item(_ index: Int, from path: String) -> ListItem {
        site.pages.inPlace(index) { item($0.pointee, from: path) }
    }

    private func item(_ page: borrowing Page, from path: String) -> ListItem {
        var details: [String] = []
        if let symbol = page.metadata.symbol { details.append(symbol) }
        if let date = page.metadata.date { details.append(date.vietnamese) }
        if let issuer = page.metadata.issuer { details.append(issuer) }
        if page.metadata.visibility == .internal { details.append(words[.internalCirculation]) }
        return ListItem(title: page.title, url: SitePath.relativeURL(from: path, to: page.outputPath),
                        detail: details.isEmpty ? nil : details.joined(separator: " · "), summary: page.metadata.summary)
    }

    /// Pages newest first; undated ones after, by title, then by path.
    private func newestFirst(_ indexes: [Int]) -> [Int] {
        indexes.sorted { newestFirstRank[$0] < newestFirstRank[$1] }
    }

    /// Each page's place in the order `newestFirst` gives: a total order
    /// (output paths differ), so a list sorted by it is the list sorted.
    private static func newestFirstRank(of pages: [Page]) -> [Int] {
        struct Key {
            var date: CalendarDate?
            var title: String
            var path: String
        }
        // The keys are read once per page, not twice per comparison.
        var keys: [Key] = []
        keys.reserveCapacity(pages.count)
        pages.forEachInPlace { _, page in
            keys.append(Key(date: page.pointee.metadata.date, title: page.pointee.titleKey, path: page.pointee.outputPath))
        }
        let order = keys.withUnsafeBufferPointer { keys in
            pages.indices.sorted { a, b in
                let x = keys.baseAddress! + a, y = keys.baseAddress! + b
                if let dated = CalendarDate.datedFirst(x.pointee.date, y.pointee.date, newestFirst: true) { return dated }
                if x.pointee.title != y.pointee.title { return x.pointee.title < y.pointee.title }
                return x.pointee.path < y.pointee.path
            }
        }
        var rank = [Int](repeating: 0, count: pages.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        return rank
    }
}
