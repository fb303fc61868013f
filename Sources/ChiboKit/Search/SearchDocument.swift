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
    /// Symbols, kinds and aliases of a directive, names of an organisation:
    /// words people search for that should rank the page first.
    public var keywords: [String] = []
    /// The page's text, for finding and for the result's snippet.
    public var text: String = ""
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
        if let entryIndex = site.registry.entry(ofPage: index) {
            let entry = site.registry.entries[entryIndex]
            document.keywords = [entry.name, entry.symbol.text] + entry.aliases
            if let title = entry.title { document.keywords.append(title) }
        }
        document.text = page.bodyFacts.searchText
        return document
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
