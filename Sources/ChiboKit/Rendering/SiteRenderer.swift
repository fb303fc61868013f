/// Where rendered files go; `nil` to render without writing.
public protocol SiteOutput: Sendable {
    func write(_ contents: String, to path: String) throws
    func write(_ html: HTML, to path: String) throws
    /// A text file made as UTF-8 (the search index's).
    func write(utf8 contents: [UInt8], to path: String) throws
    func copy(from absolutePath: String, to path: String) throws
}

extension SiteOutput {
    public func write(utf8 contents: [UInt8], to path: String) throws {
        try write(String(decoding: contents, as: UTF8.self), to: path)
    }
}

/// Renders every page of a site through the theme: content pages on all
/// cores, then the generated index pages. Link problems found while
/// rendering are reported; nothing here stops at the first one.
public struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let jobs: Int
    /// The words of the site's language, which every page it writes speaks.
    let words: PageWords
    let folderNavigation: FolderNavigation
    /// Counts the content pages written, for a progress bar.
    let progress: BuildProgress?

    public init(site: Site, theme: Theme, jobs: Int, progress: BuildProgress? = nil) {
        self.site = site
        self.theme = theme
        self.jobs = jobs
        self.progress = progress
        words = PageWords.of(site)
        folderNavigation = FolderNavigation(site: site, words: words)
    }

    /// Writes every page, the search index and the assets; returns the
    /// search index's size in bytes.
    @discardableResult
    public func render(to output: (any SiteOutput)?, diagnostics: DiagnosticEngine) throws -> Int {
        try render(to: output, diagnostics: diagnostics, clock: StageClock())
    }

    func render(to output: (any SiteOutput)?, diagnostics: DiagnosticEngine, clock: StageClock) throws -> Int {
        try renderPages(to: output, diagnostics: diagnostics, clock: clock)
        let searchIndexBytes = try Self.writeSearchIndex(of: site, jobs: jobs, to: output, clock: clock)
        try copyAssets(to: output, clock: clock)
        return searchIndexBytes
    }

    /// The content pages, then the generated ones.
    func renderPages(to output: (any SiteOutput)?, diagnostics: DiagnosticEngine, clock: StageClock) throws {
        try renderContentPages(to: output, diagnostics: diagnostics, clock: clock)
        try renderGeneratedPages(to: output, diagnostics: diagnostics, clock: clock)
    }

    /// The pages of the content: guidance, directives, packs.
    func renderContentPages(to output: (any SiteOutput)?, diagnostics: DiagnosticEngine, clock: StageClock) throws {
        let pages = site.pages
        try clock.measure("pages") {
            progress?.begin("pages", total: pages.count)
            try Self.writeEach(pages.count, jobs: jobs, to: { path, html in try output?.write(html, to: path) }) { index in
                pages.inPlace(index) { page in
                    defer { progress?.advance() }
                    guard !page.pointee.isFolderIntroduction else { return nil }
                    let (html, problems) = self.renderPage(page.pointee)
                    diagnostics.emit(contentsOf: problems)
                    return (page.pointee.outputPath, html)
                }
            }
        }
    }

    /// The pages chibo makes itself (`GeneratedPages`). They read no
    /// page's text but folder introductions', nor any citation, so they
    /// run on a site whose rendered content was let go.
    func renderGeneratedPages(to output: (any SiteOutput)?, diagnostics: DiagnosticEngine, clock: StageClock) throws {
        try clock.measure("generated pages") {
            try GeneratedPages(site: site, renderer: self).write(diagnostics: diagnostics) { path, html in
                try output?.write(html, to: path)
            }
        }
    }

    /// Writes the search index; returns its size in bytes. It reads no
    /// page text but `BodyFacts.searchText`, so it runs on a site whose
    /// rendered content was let go (`Site.releaseRenderedContent`).
    static func writeSearchIndex(of site: Site, jobs: Int, to output: (any SiteOutput)?, clock: StageClock) throws -> Int {
        try writeSearchIndex(of: SearchDocuments.of(site), jobs: jobs, to: output, clock: clock)
    }

    static func writeSearchIndex(of documents: [SearchDocument], jobs: Int, to output: (any SiteOutput)?, clock: StageClock,
                                 besideOthers: Bool = false) throws -> Int {
        try clock.measure("search index", besideOthers: besideOthers) {
            try SearchIndex.write(documents: documents, jobs: jobs) { path, contents in
                try output?.write(utf8: contents, to: path)
            }
        }
    }

    /// Writes the search index as `writeSearchIndex` does, beside other
    /// stages, and returns it held in memory with its size in bytes.
    static func writeLiveSearchIndex(of documents: [SearchDocument], jobs: Int, to output: any SiteOutput,
                                     clock: StageClock) throws -> (LiveSearchIndex, Int) {
        try clock.measure("search index", besideOthers: true) {
            var bytes = 0
            let index = try LiveSearchIndex(documents: documents, jobs: jobs) { path, contents in
                bytes += contents.count
                try output.write(utf8: contents, to: path)
            }
            return (index, bytes)
        }
    }

    func copyAssets(to output: (any SiteOutput)?, clock: StageClock) throws {
        try clock.measure("assets") {
            for asset in site.assets { try output?.copy(from: asset.absolutePath, to: asset.relativePath) }
            for asset in theme.assets {
                switch asset.source {
                case .builtIn(let bytes): try output?.write(utf8: bytes, to: asset.relativePath)
                case .folder(let path): try output?.copy(from: path, to: asset.relativePath)
                }
            }
        }
    }

    /// Makes `count` pages on `jobs` threads, each written as soon as it is
    /// made (`make` returns nil for one that is not written). Every page is
    /// tried; the first failure to write, in page order, is thrown after.
    static func writeEach(_ count: Int, jobs: Int, to write: @Sendable (_ path: String, _ html: HTML) throws -> Void,
                          _ make: @Sendable (Int) -> (path: String, html: HTML)?) throws {
        let failures = Parallel.map(count, jobs: jobs) { index -> Message? in
            guard let (path, html) = make(index) else { return nil }
            do {
                try write(path, html)
                return nil
            } catch {
                return Message(BuildMessages.pageNotWritten, ["path": path, "reason": EnvironmentError.reason(error)])
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw OutputError(message: failure) }
    }

    /// The Markdown body of a page as HTML, with its links resolved.
    func bodyHTML(of page: Page) -> (HTML, [Diagnostic]) {
        PageBodyRenderer(site: site).render(page)
    }

    func renderPage(_ page: Page) -> (HTML, [Diagnostic]) {
        if page.kind == .pack { return PackPages(site: site, renderer: self).render(page) }
        let (body, problems) = bodyHTML(of: page)
        let contents = TableOfContents(headings: page.headings)?.entries.map(contentsEntry) ?? []
        let facts = PageFacts.of(page, words: words)
        let view = PageView(words: words, title: page.title, facts: facts, summary: page.metadata.summary,
                            isInternal: page.metadata.visibility == .internal, hasFacts: !facts.isEmpty,
                            tableOfContents: contents, hasTableOfContents: !contents.isEmpty, bodyHTML: body,
                            directive: site.index(ofSource: page.source.relativePath)
                                .flatMap { DirectiveSections(site: site, pageIndex: $0, words: words).view() },
                            document: page.kind == .guidance
                                ? PartyDocumentView.of(page, config: site.config, words: words, kind: page.metadata.kind, title: page.title)
                                : nil,
                            isPrintable: page.kind == .guidance || page.kind == .directive)
        let html = layout(theme.render(view, template: "page"), title: page.title, at: page.outputPath,
                          folder: SitePath.directory(of: page.source.relativePath), crumbTitle: page.title,
                          description: page.metadata.summary, isInternal: page.metadata.visibility == .internal)
        return (html, problems)
    }

    private func contentsEntry(_ entry: TableOfContents.Entry) -> ContentsEntry {
        ContentsEntry(text: entry.text, url: "#" + entry.anchor, children: entry.children.map(contentsEntry),
                      hasChildren: !entry.children.isEmpty)
    }

    func layout(_ content: HTML, title: String, at outputPath: String, folder: String, crumbTitle: String?,
                description: String?, isInternal: Bool) -> HTML {
        let navigation = folderNavigation.of(outputPath, folder: folder, title: crumbTitle)
        let view = LayoutView(words: words, language: site.config.language, siteTitle: site.config.title,
                              pageTitle: outputPath == "index.html" ? site.config.title : "\(title) · \(site.config.title)",
                              description: description ?? site.config.description,
                              root: SitePath.rootPrefix(of: outputPath),
                              homeURL: navigation.homeURL,
                              navigation: navigation.items,
                              breadcrumbs: navigation.crumbs, hasBreadcrumbs: !navigation.crumbs.isEmpty,
                              isInternal: isInternal,
                              allowsInlineScripts: site.config.allowsScripts, contentHTML: content)
        return theme.render(view, template: "layout")
    }
}

/// A file of the built site that could not be written, or a path that
/// would leave the output folder.
public struct OutputError: Error, CustomStringConvertible {
    public var message: Message

    public init(message: Message) {
        self.message = message
    }

    /// English, as a log or a test shows it.
    public var description: String { message.description }

    public func text(in language: Language) -> String { message.text(in: language) }

    /// Throws for a path that would not stay in the output folder: one
    /// that is absolute or has an empty, `.` or `..` part. Split on the `/`
    /// byte, the one the file system splits on; nothing is decoded.
    static func refuseLeaving(_ path: String) throws {
        let components = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: {
            $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8)
        }) else {
            throw OutputError(message: Message(BuildMessages.outputPathLeavesFolder, ["path": path]))
        }
    }
}
