/// The whole site as it will be written: every page with its output path,
/// the generated index pages, and the indexes that resolve links in O(1).
public struct Site: Sendable {
    public var config: SiteConfig
    /// Pages of this edition, in content order.
    public var pages: [Page]
    public var assets: [ContentEntry]
    /// Content folders that get a generated index page (`guidance`, `guidance/cao-bang`, …).
    public var folders: [String]
    public var packMonths: [CalendarMonth]
    public var isPublicEdition: Bool
    /// The folder shown in diagnostics for content paths (`content`).
    public var displayRoot: String
    /// The directives of this edition, with their relations.
    public var registry = DirectiveRegistry()
    /// Organisation records, cell types, stats labels and rules.
    public var organisations = Organisations()
    /// The rules each record breaks, by record id.
    public var ruleBreaches: [String: [RuleBreach]] = [:]
    /// Every citation of every page, resolved, in the order of `pages`.
    public var citations = SiteCitations()

    let pageBySource: [String: Int]
    /// Set again by a live rebuild when a page's headings change.
    var anchorsByPage: [Set<String>]
    let assetPaths: Set<String>
    /// Sources left out of a public edition, so that links to them read as
    /// `link.internal` rather than as broken.
    let internalSources: Set<String>
    /// Every page and asset, for "did you mean …?" on broken links, built once.
    var sourceNames = SourceNameIndex()
    /// Symbol keys of the internal directives a public edition leaves out,
    /// so that citing one is reported as what it is (`link.internal`).
    var internalSymbolKeys: Set<String> = []
    /// Symbol keys of entries whose `symbol` line YAML could not read
    /// (`PageMetadata.unreadSymbol`): the front-matter error is reported
    /// there, and citing them is not also "not in the registry".
    var unreadSymbolKeys: Set<String> = []

    /// `unreadSymbolKeys` as `pages` make them.
    static func unreadSymbolKeys(of pages: [Page]) -> Set<String> {
        Set(pages.compactMap { $0.metadata.unreadSymbol.map(DirectiveSymbol.key) })
    }
    /// Their `aliases`, with their symbols.
    var internalAliases: [(name: String, symbol: String)] = []
    /// The names the pages' citations were read with at load (`BodyFacts`).
    var citationAliases: [(name: String, symbol: String)] = []
    /// Every output path, pages and generated ones alike.
    public internal(set) var outputPaths: Set<String>
    /// The output paths of the pages chibo generates (indexes, organisations,
    /// types), which no source may claim.
    var generatedOutputs: Set<String> = []

    /// Pages written from Markdown, without the folder introductions that
    /// become part of index pages.
    public var contentPageCount: Int { pages.count { !$0.isFolderIntroduction } }

    public func page(source: String) -> Page? { pageBySource[source].map { pages[$0] } }
    public func anchors(ofPageAt index: Int) -> Set<String> { anchorsByPage[index] }
    func index(ofSource source: String) -> Int? { pageBySource[source] }

    /// The introduction page of a folder (its `index.md`), if any.
    public func introduction(of folder: String) -> Page? {
        page(source: Site.introductionSource(ofFolder: folder))
    }

    /// Where a folder's introduction is written in the content folder.
    static func introductionSource(ofFolder folder: String) -> String {
        folder.isEmpty ? "index.md" : folder + "/index.md"
    }

    /// The generated index page of a content folder.
    public static func indexPath(ofFolder folder: String) -> String {
        folder.isEmpty ? "index.html" : folder + "/index.html"
    }

    /// Every file a site writes: its pages', its assets' and the generated ones.
    static func outputPaths(pages: [Page], assets: [ContentEntry], generated: Set<String>) -> Set<String> {
        generated.union(pages.map(\.outputPath)).union(assets.map(\.relativePath))
    }

    public static func outputPath(ofOrganisation id: String) -> String { "orgs/\(id).html" }
    public static func outputPath(ofType id: String) -> String { "types/\(id).html" }

    /// Pages the site generates itself, whatever the content.
    static let fixedOutputs = ["index.html", "search.html", "orgs/index.html", "packs/index.html", "stats.html"]
        + RegistryPages.outputPaths
}

extension Site {
    /// Lets go of what only rendering reads, once every page is written:
    /// each page's text and tree, and the citations. The search index
    /// (`BodyFacts.searchText`, titles, headings) and the report (paths,
    /// accepted findings, columns as written) keep what they read; the
    /// pages cannot be rendered again.
    /// The memory is freed on a thread of its own while the next stage
    /// runs: freeing every kept tree and citation one by one was a serial
    /// pause between the stages.
    mutating func releaseRenderedContent() {
        releaseRenderedContent(keepingCitationsOf: [])
    }

    /// The same, but for the citations of `keptPages`: what the generated
    /// pages still read once the content pages are written (the folder
    /// introductions they show).
    mutating func releaseRenderedContent(keepingCitationsOf keptPages: Set<Int>) {
        var released: [(SourceFile, MarkdownNode?)] = []
        for index in pages.indices where !pages[index].isTextReleased {
            released.append((pages[index].source, pages[index].keptDocument))
            pages[index].releaseText()
        }
        var all = SiteCitations()
        swap(&all, &citations)
        if !keptPages.isEmpty { citations = all.keeping(pages: keptPages) }
        FreedInBackground.free((consume released, consume all))
    }
}
