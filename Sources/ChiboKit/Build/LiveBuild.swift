import Foundation

/// The builds of a `chibo serve` session. The first is a whole build that
/// keeps what it made in memory (`State`); after an edit that changes only
/// the bodies of existing pages (their front matter and anchors as they
/// were), the next rebuilds only what the edit reaches and writes only the
/// files that change:
///
/// - the edited page, or, for a month's `chung.md`, every pack of that
///   month, which shows it;
/// - the pages of the directives the page cited before or cites now, whose
///   "cited at" lists name its citations;
/// - the search index's files that hold the page's words (`LiveSearchIndex`).
///
/// Its diagnostics are read again too; every other page's stay as the
/// last build found them. Any other change (front matter, a page added or
/// removed, records, the theme, `site.yml`, a folder's `index.md`) is
/// built whole again. Either way the output is byte for byte what a whole
/// build makes (tested), and a build with errors writes nothing.
public final class LiveBuild: @unchecked Sendable {
    /// What a whole build leaves for the rebuilds after it.
    struct State {
        var site: Site
        let theme: Theme
        /// Every diagnostic, before accepted findings were applied.
        var collected: [Diagnostic]
        let files: [String]
        var searchIndex: LiveSearchIndex
        /// Per page, a digest of its front matter as written.
        var frontMatterDigests: [Int] = []
        /// Pages by the path they were read from.
        var pageByDiskPath: [String: Int] = [:]
        /// Per content page, its document in the search index.
        var documentOfPage: [Int: Int] = [:]
        /// What builds with errors read again but did not write: pages
        /// edited (whose search documents are owed too) and pages to render.
        var unwrittenEdits = Set<Int>()
        var unwrittenPages = Set<Int>()
    }

    /// How the last build was made.
    public enum Kind: Sendable, Equatable {
        case whole(reason: String)
        /// `pages` read again, `files` written.
        case incremental(pages: Int, files: Int)
    }

    public let options: BuildOptions
    private var state: State?
    public private(set) var lastKind = Kind.whole(reason: "first build")
    /// Files the last incremental build wrote.
    public var writtenFiles: Int {
        if case .incremental(_, let files) = lastKind { return files }
        return 0
    }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds after a change to `changedPaths` (as the file system spells
    /// them, under the content or theme folder); nil or empty when not
    /// known, which builds whole.
    public func build(changed changedPaths: [String]? = nil) throws -> BuildReport {
        if let current = state, let changedPaths, !changedPaths.isEmpty {
            state = nil
            switch try rebuild(current, changed: changedPaths) {
            case .done(let report, let next, let written):
                state = next
                lastKind = .incremental(pages: changedPaths.count, files: written)
                return report
            case .whole(let reason):
                lastKind = .whole(reason: reason)
            }
        } else {
            lastKind = .whole(reason: state == nil ? "first build" : "the changes are not known")
        }
        state = nil
        let (report, kept) = try SitePipeline.build(options, keepingState: true)
        state = kept.map(Self.prepared)
        return report
    }

    private enum Outcome {
        case done(BuildReport, State, written: Int)
        case whole(reason: String)
    }

    /// The indexes a rebuild looks pages up in, made once after a whole build.
    private static func prepared(_ kept: State) -> State {
        var state = kept
        state.frontMatterDigests = state.site.pages.map { page in
            let (readable, problem) = page.reopened()
            return problem == nil ? frontMatterDigest(of: readable) : 0
        }
        var document = 0
        for index in state.site.pages.indices {
            if let disk = state.site.pages[index].origin?.diskPath { state.pageByDiskPath[disk] = index }
            if !state.site.pages[index].isFolderIntroduction {
                state.documentOfPage[index] = document
                document += 1
            }
        }
        return state
    }

    static func frontMatterDigest(of page: Page) -> Int {
        var hasher = Hasher()
        hasher.combine(page.bodyOffset)
        for byte in page.source.text.utf8.prefix(page.bodyOffset) { hasher.combine(byte) }
        return hasher.finalize()
    }

    /// Codes a page's own stages report at its file, which a rebuild of
    /// the page reports again; the others (the registry's, collisions,
    /// packs' places, records') come from the front matter of the whole
    /// site and stay as they were.
    static func isReportedAgain(_ code: DiagnosticCode) -> Bool {
        let kept = ["registry.", "pack.", "org.", "build.collision", "name.variant"]
        return !kept.contains { code.rawValue.hasPrefix($0) }
    }

    private func rebuild(_ current: State, changed changedPaths: [String]) throws -> Outcome {
        var state = current
        let content = options.contentDirectory + "/"
        var changedPages: [Int] = []
        for path in Set(changedPaths) {
            guard path.hasPrefix(content), path.lowercased().hasSuffix(".md") else {
                return .whole(reason: "\(path) is not a page")
            }
            guard let index = state.pageByDiskPath[path] else {
                return .whole(reason: "\(path) is a page added or removed")
            }
            changedPages.append(index)
        }
        changedPages.sort()

        // Read each page again as a whole build reads it.
        let recognizer = CitationRecognizer(aliases: state.site.citationAliases)
        let loader = ContentLoader(root: options.contentDirectory, displayRoot: options.contentDisplayRoot, jobs: 1)
        var loadProblems: [Int: [Diagnostic]] = [:]
        var readPages: [Int: Page] = [:]
        for index in changedPages {
            let old = state.site.pages[index]
            guard let disk = old.origin?.diskPath else { return .whole(reason: "\(old.source.displayPath) has no file") }
            let entry = ContentEntry(relativePath: old.source.relativePath, absolutePath: disk)
            var (read, problems) = loader.readPage(entry)
            guard var page = read else { return .whole(reason: "\(old.source.displayPath) cannot be read as a page") }
            guard Self.frontMatterDigest(of: page) == state.frontMatterDigests[index] else {
                return .whole(reason: "the front matter of \(old.source.displayPath) changed")
            }
            guard !page.isFolderIntroduction else {
                return .whole(reason: "\(old.source.displayPath) introduces its folder's index")
            }
            let document = ContentLoader.parseBody(of: &page, problems: &problems, recognizer: recognizer)
            guard page.anchors == state.site.anchors(ofPageAt: index) else {
                return .whole(reason: "the anchors of \(old.source.displayPath) changed")
            }
            if options.isPublicEdition {
                page.bodyFacts.internalMarkingMention = InternalMarkingChecker.firstMention(
                    in: page.source.text, skipping: InternalMarkingChecker.acceptLines(of: page))
            }
            page.keptDocument = document
            page.outputPath = old.outputPath
            readPages[index] = page
            loadProblems[index] = problems
        }

        // The pages and their citations in place; what else they reach.
        var citedEntries = Set<Int>()
        var shownWith: Set<Int> = []
        for index in changedPages {
            var page = readPages[index]!
            let occurrences = page.bodyFacts.citations ?? []
            page.bodyFacts.citations = nil
            state.site.pages[index] = page
            citedEntries.formUnion(state.site.citations.replace(page: index, with: occurrences, registry: state.site.registry))
            if page.kind == .pack && SitePath.fileName(of: page.source.relativePath) == PackPages.commonFileName {
                let folder = SitePath.directory(of: page.source.relativePath) + "/"
                for other in state.site.pages.indices where state.site.pages[other].kind == .pack
                    && state.site.pages[other].source.relativePath.hasPrefix(folder) {
                    shownWith.insert(other)
                }
            }
        }
        var rendered = Set(changedPages).union(shownWith).union(state.unwrittenPages)
        for entry in citedEntries { rendered.insert(state.site.registry.entries[entry].page) }

        // Diagnostics: the changed pages' own, read again.
        let site = state.site
        let changedFiles = Set(changedPages.map { site.pages[$0].source.displayPath })
        var collected = state.collected.filter { !(changedFiles.contains($0.file) && Self.isReportedAgain($0.code)) }
        let checker = CitationChecker(site: site)
        for index in changedPages {
            let page = site.pages[index]
            collected += loadProblems[index] ?? []
            collected += site.citations.textProblems(ofPageAt: index, file: page.source.displayPath)
            collected += checker.diagnostics(ofPageAt: index)
            collected += page.bodyFacts.tableTotalProblems
            if options.isPublicEdition { collected += InternalMarkingChecker().diagnostics(of: [page]) }
        }

        // The pages, rendered; only the edited ones' link problems are new.
        let renderer = SiteRenderer(site: site, theme: state.theme, jobs: options.jobs)
        let order = rendered.sorted()
        let pages = Parallel.map(order.count, jobs: options.jobs) { position -> (String, HTML, [Diagnostic])? in
            let page = site.pages[order[position]]
            guard !page.isFolderIntroduction else { return nil }
            let (html, problems) = renderer.renderPage(page)
            return (page.outputPath, html, problems)
        }
        for (position, result) in pages.enumerated() where changedPages.contains(order[position]) {
            collected += result?.2 ?? []
        }
        let sorted = DiagnosticEngine()
        sorted.emit(contentsOf: collected)
        state.collected = sorted.diagnostics
        let report = SitePipeline.findings(state.collected, site: site)
        guard !report.contains(where: { $0.severity == .error }) else {
            // Nothing is written: the last good site stays. What this build
            // would have written is owed by the next one without errors.
            state.unwrittenEdits.formUnion(changedPages)
            state.unwrittenPages.formUnion(rendered)
            return .done(BuildReport(diagnostics: report, files: state.files, pageCount: site.contentPageCount), state,
                         written: 0)
        }

        var documents: [Int: SearchDocument] = [:]
        for index in state.unwrittenEdits.union(changedPages) {
            guard let number = state.documentOfPage[index] else { continue }
            documents[number] = SearchDocuments.document(ofPageAt: index, in: site)
        }
        let searchChanges = state.searchIndex.update(replacing: documents)
        let output = LiveOutput(root: options.outputDirectory)
        var written = 0
        for case let (path, html, _)? in pages {
            try output.write(html.utf8, to: path)
            written += 1
        }
        for file in searchChanges.written {
            try output.write(file.contents, to: file.path)
            written += 1
        }
        for path in searchChanges.deleted { try output.remove(path) }
        state.unwrittenEdits = []
        state.unwrittenPages = []
        var built = BuildReport(diagnostics: report, files: state.files, pageCount: site.contentPageCount, wroteSite: true)
        built.parsedPageCount = changedPages.count
        return .done(built, state, written: written)
    }
}

/// Files of a site being served, replaced one at a time: each is written
/// beside itself and renamed over the old one, so the server never hands
/// out half a page.
struct LiveOutput {
    let root: String

    func write(_ bytes: [UInt8], to path: String) throws {
        try OutputError.refuseLeaving(path)
        let target = root + "/" + path
        let temporary = target + ".chibo-new"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, target) == 0 else {
                throw OutputError(message: "cannot replace \(target): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    func remove(_ path: String) throws {
        try OutputError.refuseLeaving(path)
        try? FileManager.default.removeItem(atPath: root + "/" + path)
    }
}
