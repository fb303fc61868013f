/// Renders a page's Markdown body to HTML with its links resolved, and
/// returns the link problems found. It needs no theme, so `check` runs it
/// for every page even when the theme is missing or broken.
struct PageBodyRenderer: Sendable {
    let site: Site
    /// The site's words: a citation's title names its directive in them.
    let words: PageWords

    init(site: Site) {
        self.site = site
        words = PageWords.of(site)
    }

    /// `idPrefix` keeps the body's ids apart from another body's on the same
    /// page (a pack shows its common part above its own).
    func render(_ loaded: Page, idPrefix: String = "") -> (html: HTML, diagnostics: [Diagnostic]) {
        // A page whose text is kept is rendered as it is (`reopened` returns a copy).
        guard loaded.isTextReleased else { return render(readable: loaded, idPrefix: idPrefix) }
        let (page, unreadable) = loaded.reopened()
        if let unreadable { return (.empty, [unreadable]) }
        return render(readable: page, idPrefix: idPrefix)
    }

    private func render(readable page: Page, idPrefix: String) -> (html: HTML, diagnostics: [Diagnostic]) {
        let resolver = LinkResolver(site: site, page: page)
        var renderer = HTMLRenderer()
        renderer.idPrefix = idPrefix
        renderer.allowRawHTML = site.config.rawHTML
        renderer.allowScripts = site.config.allowsScripts
        renderer.headingAnchors = page.headings.map(\.anchor)
        renderer.rewriteLink = { resolver.resolve($0) }
        if let index = site.index(ofSource: page.source.relativePath) {
            renderer.textDecorations = citationDecorations(ofPageAt: index)
        }
        let html = renderer.render(page.document)
        return (html, resolver.diagnostics)
    }

    /// Each citation in the body becomes a link to its directive's page,
    /// titled with the directive's name and subject, and carries the anchor
    /// (`cite:N`) that the directive page's "cited at" list links to.
    func citationDecorations(ofPageAt index: Int) -> [Int: [TextDecoration]] {
        let outputPath = site.pages[index].outputPath
        var result: [Int: [TextDecoration]] = [:]
        let occurrences = site.citations.byPage[index]
        for position in occurrences.indices {
            // Read in place: a copy of the occurrence retained its every string.
            occurrences.inPlace(position) { occurrence in
                guard let anchor = occurrence.pointee.anchor else { return }
                var href: String?
                var title: String?
                if let entryIndex = occurrence.pointee.resolvedEntry {
                    site.registry.entries.inPlace(entryIndex) { entry in
                        if entry.pointee.page != index { href = SitePath.relativeURL(from: outputPath, to: entry.pointee.outputPath) }
                        title = words.tooltip(of: entry.pointee)
                    }
                }
                for (position, piece) in occurrence.pointee.nodePieces.enumerated() {
                    result[piece.node, default: []].append(TextDecoration(
                        range: piece.range, href: href, title: title, id: position == 0 ? anchor : nil,
                        cssClass: href == nil ? "citation citation-unlinked" : "citation"))
                }
            }
        }
        return result
    }

    /// Every page's link problems, on `jobs` threads, in page order,
    /// without rendering: the same links the renderer resolves.
    func diagnosticsOfAllPages(jobs: Int) -> [Diagnostic] {
        let pages = site.pages
        return Parallel.map(pages.count, jobs: jobs) { linkDiagnostics(of: pages[$0]) }.flatMap { $0 }
    }

    func linkDiagnostics(of loaded: Page) -> [Diagnostic] {
        let (page, unreadable) = loaded.reopened()
        if let unreadable { return [unreadable] }
        let resolver = LinkResolver(site: site, page: page)
        for reference in LinkReference.all(in: page.document, shownFootnotes: page.shownFootnoteLabels,
                                           allowScripts: site.config.allowsScripts) {
            _ = resolver.resolve(reference)
        }
        return resolver.diagnostics
    }
}
