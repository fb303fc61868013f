/// One page as search sees it: where it is, what it is called, and the text
/// that finds it, by field (a word in a title counts more than in the body).
public struct SearchDocument: Sendable {
    /// Site path from the root: `guidance/x.html`.
    public var url: String
    public var title: String
    /// What kind of page it is, shown with the result, in the site's
    /// language: "Văn bản", "Tổ chức".
    public var section: String
    /// Headings with their anchors, so a result can link to the place.
    public var headings: [(text: String, anchor: String)] = []
    /// Symbols, kinds, aliases, date and issuer of a directive, names of an
    /// organisation: words people search for that should rank the page first.
    public var keywords: [String] = []
    /// A directive's subject line (trích yếu): found as strongly as a
    /// title, but a query that only its subject answers ("Thực hiện Chỉ thị
    /// số 50-CT/TW…") ranks the directive it names above it.
    public var subject: String?
    /// The page's text, for finding and for the result's snippet.
    public var text: String = ""
    /// What the result shows under its title, when not a passage of the
    /// text: a directive's subject line (trích yếu).
    public var snippet: String?
}

/// Every page of a site that search finds: content pages (guidance,
/// directives, packs, other pages), organisations and cell types.
public enum SearchDocuments {
    /// The documents a build with these options indexes, read as it reads
    /// them: for tools that time the index (`chibo-bench search-update`).
    public static func of(_ options: BuildOptions) -> [SearchDocument] {
        of(SitePipeline.model(options, diagnostics: DiagnosticEngine()).0)
    }

    static func of(_ site: Site) -> [SearchDocument] {
        let words = PageWords.of(site)
        var documents: [SearchDocument] = []
        site.pages.forEachInPlace { index, page in
            guard !page.pointee.isFolderIntroduction else { return }
            documents.append(document(of: page.pointee, at: index, in: site, words: words))
        }
        let organisations = site.organisations
        for record in organisations.records {
            var document = SearchDocument(url: Site.outputPath(ofOrganisation: record.id), title: record.name,
                                          section: words[.resultOrganisation])
            document.keywords = record.aliases
            let parent = record.parent.flatMap { organisations.record(id: $0)?.name }
            let type = record.type.flatMap { organisations.type(id: $0)?.name }
            document.text = [words.level(record.level), type, parent].compactMap { $0 }.joined(separator: ". ")
            documents.append(document)
        }
        for type in organisations.types {
            var document = SearchDocument(url: Site.outputPath(ofType: type.id), title: type.name, section: words[.resultCellType])
            document.text = type.description ?? ""
            documents.append(document)
        }
        return documents
    }

    /// The document of the content page at `index` (not a folder's
    /// introduction, which its index page shows).
    static func document(ofPageAt index: Int, in site: Site) -> SearchDocument {
        let words = PageWords.of(site)
        return site.pages.inPlace(index) { document(of: $0.pointee, at: index, in: site, words: words) }
    }

    private static func document(of page: Page, at index: Int, in site: Site, words: PageWords) -> SearchDocument {
        var document = SearchDocument(url: page.outputPath, title: page.title, section: words[section(of: page.kind)])
        document.headings = page.headings.map { ($0.text, $0.anchor) }
        document.text = page.bodyFacts.searchText
        if page.kind == .pack { document.keywords = packHeader(of: page, in: site) }
        if let entryIndex = site.registry.entry(ofPage: index) {
            let entry = site.registry.entries[entryIndex]
            // A directive is named by its date and issuer as by its symbol
            // (`Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư`), which its
            // body, often empty, need not repeat.
            document.keywords = [entry.name, entry.symbol.text] + entry.aliases
            if let date = entry.date { document.keywords.append(date.vietnamese) }
            if let issuer = entry.issuer { document.keywords.append(issuer) }
            document.subject = entry.title
            // Its result reads as the registry does: the subject line, or
            // for an entry without one its kind, date and issuer.
            document.snippet = entry.title ?? words.tooltip(of: entry)
        }
        return document
    }

    /// What a pack's header names it by (PackPages): its month (`12/2026`)
    /// and, but for the common part, its cell type. "chi bộ doanh nghiệp
    /// tháng 12/2026" is that pack, whatever its topic's title says.
    private static func packHeader(of page: Page, in site: Site) -> [String] {
        let parts = page.source.relativePath.split(separator: "/").map(String.init)
        guard parts.count == 3 else { return [] }
        var header = [(CalendarMonth(iso: parts[1]) ?? page.metadata.month)?.numeric ?? parts[1]]
        if parts[2] != PackPages.commonFileName, let type = site.organisations.type(id: String(parts[2].dropLast(3))) {
            header.append(type.name)
        }
        return header
    }

    private static func section(of kind: PageKind) -> SiteWords {
        switch kind {
        case .guidance: .resultGuidance
        case .directive: .resultDirective
        case .pack: .resultPack
        case .page: .resultPage
        }
    }
}
