import Foundation

/// The builds of a `chibo serve` session. The first is a whole build that
/// keeps what it made in memory (`State`); after an edit to existing pages
/// the next rebuilds only what the edit reaches and writes only the files
/// that change:
///
/// - the edited page, or, for a month's `chung.md`, every pack of that
///   month, which shows it;
/// - the pages of the directives the page cited before or cites now, whose
///   "cited at" lists name it;
/// - the search index's files that hold the page's words (`LiveSearchIndex`);
/// - when its front matter or headings changed, what shows them
///   (`LiveEdit`): the indexes, pack lists, type and organisation pages
///   that list it, the pages linking to its anchors, and for a directive
///   every page citing it and the registry's pages. Its place and the
///   registry are made again, as a whole build makes them.
///
/// Its diagnostics are read again too, with those of the pages whose links
/// or citations it reaches; every other page's stay as the last build found
/// them. A page added or removed, a change of visibility or of the names
/// citations are read with, records, the theme, `site.yml` or a folder's
/// `index.md` are built whole again. Either way the output is byte for byte
/// what a whole build makes (tested), and a build with errors writes nothing.
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
        /// Generated pages to write and files left behind, owed the same way.
        var unwrittenGenerated = Set<String>()
        var unwrittenRemovals = Set<String>()
        /// Which pages link to which.
        var links = LinkGraph()
        /// What the registry reported as the last build made it.
        var registryProblems: [Diagnostic] = []
    }

    /// How the last build was made.
    public enum Kind: Sendable, Equatable {
        case whole(reason: Message)
        /// `pages` read again, `files` written.
        case incremental(pages: Int, files: Int)
    }

    public let options: BuildOptions
    /// The owner of `state` and `kind`: a build holds it from start to end,
    /// so two builds never interleave and a reader of `lastKind` sees the
    /// last finished build's.
    private let lock = NSLock()
    private var state: State?
    private var kind = Kind.whole(reason: Message(LiveBuildMessages.firstBuild))
    /// A build has been asked for before: the next one is not the first.
    private var hasBuilt = false

    /// How the last finished build was made.
    public var lastKind: Kind { lock.withLock { kind } }

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
    /// known, which builds whole. Calls from several threads build one
    /// after the other.
    public func build(changed changedPaths: [String]? = nil) throws -> BuildReport {
        try lock.withLock { try buildHoldingTheLock(changed: changedPaths) }
    }

    private func buildHoldingTheLock(changed changedPaths: [String]?) throws -> BuildReport {
        if let current = state, let changedPaths, !changedPaths.isEmpty {
            state = nil
            switch try rebuild(current, changed: changedPaths) {
            case .done(let report, let next, let written):
                state = next
                kind = .incremental(pages: changedPaths.count, files: written)
                return report
            case .whole(let reason):
                kind = .whole(reason: reason)
            }
        } else {
            let reason: LiveBuildMessages = if !hasBuilt { .firstBuild } else if state == nil { .lastBuildFailed } else { .changesUnknown }
            kind = .whole(reason: Message(reason))
        }
        hasBuilt = true
        state = nil
        let (report, kept) = try SitePipeline.build(options, keepingState: true)
        state = kept.map { Self.prepared($0, jobs: options.jobs) }
        return report
    }

    private enum Outcome {
        case done(BuildReport, State, written: Int)
        case whole(reason: Message)
    }

    /// The indexes a rebuild looks pages up in, made once after a whole build.
    private static func prepared(_ kept: State, jobs: Int) -> State {
        var state = kept
        state.links = LinkGraph(site: state.site, jobs: jobs)
        _ = DirectiveRegistry(pages: state.site.pages, leftOutKeys: state.site.internalSymbolKeys,
                              diagnostics: &state.registryProblems)
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
    /// site, and are made again, old for new, only when front matter changed.
    static func isReportedAgain(_ code: DiagnosticCode) -> Bool {
        let kept = ["registry.", "pack.", "org.", "build.collision", "name.variant"]
        return !kept.contains { code.rawValue.hasPrefix($0) }
    }

    private func rebuild(_ current: State, changed changedPaths: [String]) throws -> Outcome {
        // The site as the last build left it, to tell what the edit changed.
        let before = current.site
        var state = current
        let content = options.contentDirectory + "/"
        var changedPages: [Int] = []
        for path in Set(changedPaths) {
            guard path.hasPrefix(content), path.lowercased().hasSuffix(".md") else {
                return .whole(reason: Message(LiveBuildMessages.notAPage, ["path": path]))
            }
            guard let index = state.pageByDiskPath[path] else {
                return .whole(reason: Message(LiveBuildMessages.pageAddedOrRemoved, ["path": path]))
            }
            changedPages.append(index)
        }
        changedPages.sort()

        // Read each page again as a whole build reads it, and put it in place.
        let recognizer = CitationRecognizer(aliases: state.site.citationAliases)
        let loader = ContentLoader(root: options.contentDirectory, displayRoot: options.contentDisplayRoot, jobs: 1)
        var loadProblems: [Int: [Diagnostic]] = [:]
        var edit = LiveEdit()
        var rendered = Set(changedPages).union(state.unwrittenPages)
        for index in changedPages {
            let old = before.pages[index]
            guard let disk = old.origin?.diskPath else { return .whole(reason: Message(LiveBuildMessages.noFile, ["path": old.source.displayPath])) }
            let entry = ContentEntry(relativePath: old.source.relativePath, absolutePath: disk)
            var (read, problems) = loader.readPage(entry)
            guard var page = read else { return .whole(reason: Message(LiveBuildMessages.unreadable, ["path": old.source.displayPath])) }
            guard !page.isFolderIntroduction else {
                return .whole(reason: Message(LiveBuildMessages.folderIntroduction, ["path": old.source.displayPath]))
            }
            guard page.metadata.visibility == old.metadata.visibility else {
                return .whole(reason: Message(LiveBuildMessages.visibilityChanged, ["path": old.source.displayPath]))
            }
            let document = ContentLoader.parseBody(of: &page, problems: &problems, recognizer: recognizer)
            if options.isPublicEdition {
                page.bodyFacts.internalMarkingMention = InternalMarkingChecker.firstMention(
                    in: page.source.text, skipping: InternalMarkingChecker.acceptLines(of: page))
            }
            page.keptDocument = document
            page.outputPath = old.outputPath
            let digest = Self.frontMatterDigest(of: page)
            if digest != state.frontMatterDigests[index] {
                edit.frontMatter.insert(index)
                state.frontMatterDigests[index] = digest
            }
            if page.anchors != before.anchors(ofPageAt: index) {
                edit.anchors.insert(index)
                state.site.anchorsByPage[index] = page.anchors
            }
            let occurrences = page.bodyFacts.citations ?? []
            page.bodyFacts.citations = nil
            state.site.pages[index] = page
            // Their directives' pages list the places citing them.
            for entry in state.site.citations.replace(page: index, with: occurrences, registry: before.registry) {
                rendered.insert(before.registry.entries[entry].page)
            }
            state.links.replaceTargets(ofPageAt: index, with: LinkGraph.targets(of: page, in: state.site))
            loadProblems[index] = problems
        }

        // Front matter places pages and makes the registry: both again.
        var groups = DiagnosticGroups()
        if !edit.frontMatter.isEmpty {
            guard try remodel(&state, before: before, edit: &edit, groups: &groups) else {
                return .whole(reason: Message(LiveBuildMessages.aliasesChanged))
            }
        }
        rendered.formUnion(edit.pagesShowingIt(before: before, after: state.site, links: current.links))
        edit.checksCitations.subtract(changedPages)
        edit.checksLinks.subtract(changedPages)
        // A month's packs show its common part and the directives it cites.
        for index in rendered where state.site.pages[index].isCommonPackPart {
            rendered.formUnion(state.site.packs(beside: index))
        }
        if let introduction = rendered.first(where: { state.site.pages[$0].isFolderIntroduction }) {
            return .whole(reason: Message(LiveBuildMessages.introductionReaches, ["path": state.site.pages[introduction].source.displayPath]))
        }
        var generated = state.unwrittenGenerated
        if !edit.frontMatter.isEmpty || !edit.anchors.isEmpty {
            generated.formUnion(edit.generatedPagesShowingIt(in: state.site))
            generated.formUnion(Self.judgeRulesAgain(&state, before: before, groups: &groups))
        }

        // Diagnostics: the changed pages' own, read again; the groups an
        // edit reaches elsewhere, the old taken out and the new put in.
        let site = state.site
        let changedFiles = Set(changedPages.map { site.pages[$0].source.displayPath })
        let checker = CitationChecker(site: site)
        for index in changedPages {
            let page = site.pages[index]
            groups.added += loadProblems[index] ?? []
            groups.added += site.citations.textProblems(ofPageAt: index, file: page.source.displayPath,
                                                          legacyEncodedBlocks: page.bodyFacts.legacyEncodedBlocks)
            groups.added += checker.diagnostics(ofPageAt: index)
            groups.added += page.bodyFacts.tableTotalProblems
            groups.added += PlaceholderChecker(organisations: site.organisations, severity: options.unfinishedWork).diagnostics(of: page)
            if options.isPublicEdition { groups.added += InternalMarkingChecker().diagnostics(of: [page]) }
        }
        if !edit.checksCitations.isEmpty {
            let previous = CitationChecker(site: before)
            for index in edit.checksCitations {
                groups.replace(previous.diagnostics(ofPageAt: index), with: checker.diagnostics(ofPageAt: index))
            }
        }
        for index in edit.checksLinks {
            groups.removed.formUnion(PageBodyRenderer(site: before).linkDiagnostics(of: before.pages[index]))
        }

        // The pages, rendered; the link problems of those whose links were judged again.
        let renderer = SiteRenderer(site: site, theme: state.theme, jobs: options.jobs)
        let order = rendered.sorted()
        let pages = Parallel.map(order.count, jobs: options.jobs) { position -> (String, HTML, [Diagnostic])? in
            let page = site.pages[order[position]]
            guard !page.isFolderIntroduction else { return nil }
            let (html, problems) = renderer.renderPage(page)
            return (page.outputPath, html, problems)
        }
        let judgedLinks = edit.checksLinks.union(changedPages)
        for (position, result) in pages.enumerated() where judgedLinks.contains(order[position]) {
            groups.added += result?.2 ?? []
        }
        let sorted = DiagnosticEngine()
        sorted.emit(contentsOf: state.collected.filter {
            !groups.removed.contains($0) && !(changedFiles.contains($0.file) && Self.isReportedAgain($0.code))
        })
        sorted.emit(contentsOf: groups.added)
        state.collected = sorted.diagnostics
        let report = SitePipeline.findings(state.collected, site: site)
        guard !report.contains(where: { $0.severity == .error }) else {
            // Nothing is written: the last good site stays. What this build
            // would have written is owed by the next one without errors.
            state.unwrittenEdits.formUnion(changedPages)
            state.unwrittenPages.formUnion(rendered)
            state.unwrittenGenerated = generated
            state.unwrittenRemovals.formUnion(edit.vacatedPaths)
            return .done(BuildReport(diagnostics: report, files: state.files, pageCount: site.contentPageCount, siteLanguage: site.config.language), state,
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
        if !generated.isEmpty {
            let count = Counter()
            try GeneratedPages(site: site, renderer: renderer).write(diagnostics: DiagnosticEngine(), only: generated) { path, html in
                try output.write(html.utf8, to: path)
                count.add()
            }
            written += count.value
        }
        for file in searchChanges.written {
            try output.write(file.contents, to: file.path)
            written += 1
        }
        for path in searchChanges.deleted { try output.remove(path) }
        for path in state.unwrittenRemovals.union(edit.vacatedPaths) where !site.outputPaths.contains(path) {
            try output.remove(path)
        }
        state.unwrittenEdits = []
        state.unwrittenPages = []
        state.unwrittenGenerated = []
        state.unwrittenRemovals = []
        var built = BuildReport(diagnostics: report, files: state.files, pageCount: site.contentPageCount, wroteSite: true, siteLanguage: site.config.language)
        built.parsedPageCount = changedPages.count
        return .done(built, state, written: written)
    }

    /// After an edit to front matter: every page's place (a directive's
    /// follows its symbol and date), the registry and the citations
    /// resolved against it, as a whole build makes them. False when the
    /// names citations are read with changed, which means reading every
    /// page again.
    private func remodel(_ state: inout State, before: Site, edit: inout LiveEdit,
                         groups: inout DiagnosticGroups) throws -> Bool {
        SiteBuilder.assignOutputPaths(&state.site.pages)
        for index in state.site.pages.indices where state.site.pages[index].kind == .directive
            && state.site.pages[index].outputPath != before.pages[index].outputPath {
            edit.moved.insert(index)
            edit.vacatedPaths.insert(before.pages[index].outputPath)
        }
        if !edit.moved.isEmpty {
            let site = state.site
            state.site.outputPaths = Site.outputPaths(pages: site.pages, assets: site.assets, generated: site.generatedOutputs)
            groups.replace(
                SiteBuilder.collisions(pages: before.pages, assets: before.assets, generated: before.generatedOutputs,
                                       displayRoot: before.displayRoot),
                with: SiteBuilder.collisions(pages: site.pages, assets: site.assets, generated: site.generatedOutputs,
                                             displayRoot: site.displayRoot))
        }
        var problems: [Diagnostic] = []
        let registry = DirectiveRegistry(pages: state.site.pages, leftOutKeys: state.site.internalSymbolKeys, diagnostics: &problems)
        guard registry.aliases.elementsEqual(before.registry.aliases, by: ==) else { return false }
        // An entry whose symbol became unreadable, or readable again, changes
        // what every page's citations are told: built whole.
        guard Site.unreadSymbolKeys(of: state.site.pages) == before.unreadSymbolKeys else { return false }
        groups.replace(state.registryProblems, with: problems)
        state.registryProblems = problems
        state.site.registry = registry
        edit.compare(registry, with: before.registry)
        if edit.registryChanged {
            edit.resolvedElsewhere = state.site.citations.resolveAgain(with: registry, previous: before.registry, jobs: options.jobs)
        }
        if edit.frontMatter.contains(where: { state.site.pages[$0].kind == .pack }) {
            groups.replace(PackChecker(pages: before.pages, organisations: before.organisations).diagnostics(),
                           with: PackChecker(pages: state.site.pages, organisations: state.site.organisations).diagnostics())
        }
        return true
    }

    /// Rules name their basis by a page's title and anchor or a
    /// directive's name and place: judged again, the organisations whose
    /// breaches now read differently are returned, to be written again.
    private static func judgeRulesAgain(_ state: inout State, before: Site, groups: inout DiagnosticGroups) -> Set<String> {
        var previousProblems: [Diagnostic] = []
        var problems: [Diagnostic] = []
        _ = RuleChecker(site: before).breaches(into: &previousProblems)
        let breaches = RuleChecker(site: state.site).breaches(into: &problems)
        groups.replace(previousProblems, with: problems)
        func shown(_ breaches: [RuleBreach]?) -> [String] {
            (breaches ?? []).map { "\($0.basisPath ?? "")\u{0}\($0.basisTitle)\u{0}\($0.finding)" }
        }
        var changed = Set<String>()
        for id in Set(breaches.keys).union(before.ruleBreaches.keys) where shown(breaches[id]) != shown(before.ruleBreaches[id]) {
            changed.insert(Site.outputPath(ofOrganisation: id))
        }
        state.site.ruleBreaches = breaches
        return changed
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
                throw OutputError(message: Message(BuildMessages.cannotReplaceOutputFile,
                                                   ["file": target, "reason": Message(verbatim: String(cString: strerror(errno)))]))
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
