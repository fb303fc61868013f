/// Renders a page's Markdown body to HTML with its links resolved, and
/// returns the link problems found. It needs no theme, so `check` runs it
/// for every page even when the theme is missing or broken.
struct PageBodyRenderer: Sendable {
    let site: Site

    func render(_ page: Page) -> (html: String, diagnostics: [Diagnostic]) {
        let resolver = LinkResolver(site: site, page: page)
        var renderer = HTMLRenderer()
        renderer.allowRawHTML = site.config.rawHTML
        renderer.headingAnchors = page.headings.map(\.anchor)
        renderer.rewriteLink = { resolver.resolve($0) }
        let html = renderer.render(page.document)
        return (html, resolver.diagnostics)
    }

    /// Every page's link problems, on `jobs` threads, in page order.
    func diagnosticsOfAllPages(jobs: Int) -> [Diagnostic] {
        let pages = site.pages
        return Parallel.map(pages.count, jobs: jobs) { render(pages[$0]).diagnostics }.flatMap { $0 }
    }
}
