import Foundation

/// The stages in order: load the content, model the site, render it
/// through the theme. `build` writes the result; `check` runs the same
/// loading, modelling and link resolution and writes nothing, so the two
/// never disagree about the content.
public enum SitePipeline {
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        try build(options, keepingState: false).report
    }

    /// The build, and with `keepingState` what `LiveBuild` needs to
    /// rebuild after an edit without starting over: the site with every
    /// page's citations, the theme, the diagnostics before findings were
    /// accepted, and the search index held in memory.
    static func build(_ options: BuildOptions, keepingState: Bool) throws -> (report: BuildReport, state: LiveBuild.State?) {
        try checkFolders(options, writing: true)
        let diagnostics = DiagnosticEngine()
        let clock = StageClock(progress: options.progress)
        var (site, files) = model(options, diagnostics: diagnostics, clock: clock)
        let (theme, themeProblems) = clock.measure("theme") {
            Theme.load(from: options.themeDirectory, displayRoot: options.themeDirectory)
        }
        diagnostics.emit(contentsOf: themeProblems)
        guard let theme else {
            return (BuildReport(diagnostics: findings(diagnostics, site: site), files: files, siteLanguage: site.config.language), nil)
        }
        let output: StagedOutput
        do {
            output = try StagedOutput(finalPath: options.outputDirectory)
        } catch {
            throw EnvironmentError(Message(BuildMessages.cannotCreateStagingFolder,
                                           ["output": options.outputDirectory, "reason": Message(verbatim: error.localizedDescription)]))
        }
        let searchIndexBytes: Int
        var searchIndex: LiveSearchIndex?
        let keptPageCount = site.pages.count { $0.keptDocument != nil }
        do {
            try output.write(OutputFolder.markerText, to: OutputFolder.markerName)
            // The search index reads only what its documents hold, so a
            // site small enough to afford both at once makes it while its
            // pages render: rendering leaves a core idle now and then
            // (generated pages, stragglers), and the index fills it.
            let besidePages = site.pages.count <= options.searchIndexBesidePagesLimit || keepingState
            let documents = besidePages ? SearchDocuments.of(site) : []
            // A live build keeps the index it writes, to update it after an edit.
            let indexBeside = besidePages
                ? Background { [jobs = options.jobs] in
                    Result { () throws -> (bytes: Int, kept: LiveSearchIndex?) in
                        guard keepingState else {
                            return (try SiteRenderer.writeSearchIndex(of: documents, jobs: jobs, to: output, clock: clock,
                                                                      besideOthers: true), nil)
                        }
                        let (index, bytes) = try SiteRenderer.writeLiveSearchIndex(of: documents, jobs: jobs, to: output,
                                                                                    clock: clock)
                        return (bytes, index)
                    }
                }
                : nil
            try SiteRenderer(site: site, theme: theme, jobs: options.jobs, progress: options.progress)
                .renderContentPages(to: output, diagnostics: diagnostics, clock: clock)
            // Neither the generated pages, nor the search index, nor the
            // report reads the pages' text or their citations (but for the
            // folder introductions' citations, which the folder indexes
            // show): a national site's take half a gigabyte.
            // A live build keeps them: its next rebuild renders a few pages again.
            if !keepingState {
                site.releaseRenderedContent(keepingCitationsOf: Set(site.pages.indices.filter { site.pages[$0].isFolderIntroduction }))
            }
            try SiteRenderer(site: site, theme: theme, jobs: options.jobs)
                .renderGeneratedPages(to: output, diagnostics: diagnostics, clock: clock)
            if !keepingState { site.releaseRenderedContent() }
            if let indexBeside {
                (searchIndexBytes, searchIndex) = try indexBeside.value.get()
            } else {
                searchIndexBytes = try SiteRenderer.writeSearchIndex(of: site, jobs: options.jobs, to: output, clock: clock)
            }
            try SiteRenderer(site: site, theme: theme, jobs: options.jobs).copyAssets(to: output, clock: clock)
        } catch {
            output.discard()
            throw EnvironmentError(Message(BuildMessages.cannotWriteSite, ["reason": EnvironmentError.reason(error)]))
        }
        let report = findings(diagnostics, site: site)
        // A build with errors keeps the previous site untouched.
        guard !report.contains(where: { $0.severity == .error }) else {
            output.discard()
            return (BuildReport(diagnostics: report, files: files, pageCount: site.contentPageCount, siteLanguage: site.config.language), nil)
        }
        do {
            try clock.measure("commit") { try output.commit() }
        } catch {
            output.discard()
            throw EnvironmentError(Message(BuildMessages.cannotPutSiteInPlace,
                                           ["output": options.outputDirectory, "reason": EnvironmentError.reason(error)]))
        }
        if let zipPath = options.zipPath {
            do {
                try clock.measure("zip") { try SiteBundle.write(site: options.outputDirectory, to: zipPath, layout: SiteBundle.Layout(of: site)) }
            } catch {
                throw EnvironmentError(Message(BuildMessages.cannotWriteZip, ["output": options.outputDirectory, "zip": zipPath,
                                                                              "reason": EnvironmentError.reason(error)]))
            }
        }
        var built = BuildReport(diagnostics: report, files: files, pageCount: site.contentPageCount, wroteSite: true, siteLanguage: site.config.language)
        built.siteBytes = output.byteCount
        built.searchIndexBytes = searchIndexBytes
        built.keptPageCount = keptPageCount
        built.parsedPageCount = site.pages.count
        built.stageTimes = clock.times
        guard keepingState, let searchIndex else { return (built, nil) }
        return (built, LiveBuild.State(site: site, theme: theme, collected: diagnostics.diagnostics, files: files,
                                       searchIndex: searchIndex))
    }

    /// The same stages without the theme and without writing: every page's
    /// links are resolved and its citations judged, so check and build
    /// report the same content problems.
    public static func check(_ options: BuildOptions) throws -> BuildReport {
        try checkFolders(options, writing: false)
        let diagnostics = DiagnosticEngine()
        let clock = StageClock(progress: options.progress)
        let (site, files) = model(options, diagnostics: diagnostics, clock: clock)
        clock.measure("links") {
            diagnostics.emit(contentsOf: PageBodyRenderer(site: site).diagnosticsOfAllPages(jobs: options.jobs))
        }
        var report = BuildReport(diagnostics: findings(diagnostics, site: site), files: files, pageCount: site.contentPageCount, siteLanguage: site.config.language)
        report.stageTimes = clock.times
        return report
    }

    /// Checks a built site instead of the sources: every `href` and `src`
    /// must lead to a file and an anchor that exist.
    public static func checkBuiltSite(at path: String, displayRoot: String? = nil, jobs: Int) throws -> BuildReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EnvironmentError(Message(BuildMessages.siteFolderMissing, ["folder": path]))
        }
        let checker = BuiltSiteChecker(root: path, displayRoot: displayRoot)
        let (diagnostics, files) = checker.checkAll(jobs: jobs)
        return BuildReport(diagnostics: diagnostics, files: files)
    }

    /// Every diagnostic of the run in report order, with the findings
    /// editors accepted turned into notes, and columns counted as each file
    /// is written (chibo reads NFC; a file in NFD has more scalars).
    static func findings(_ diagnostics: DiagnosticEngine, site: Site) -> [Diagnostic] {
        findings(diagnostics.diagnostics, site: site)
    }

    /// The same, from diagnostics in report order.
    static func findings(_ collected: [Diagnostic], site: Site) -> [Diagnostic] {
        var normalised: [String: SourceFile] = [:]
        site.pages.forEachInPlace { _, page in
            if page.pointee.source.wasNormalised { normalised[page.pointee.source.displayPath] = page.pointee.source }
        }
        let written = collected.map { diagnostic in
            normalised[diagnostic.file].map { diagnostic.columnsAsWritten(in: $0) } ?? diagnostic
        }
        return AcceptedFindings(pages: site.pages, records: site.organisations.acceptingRecords).apply(to: written)
    }

    /// The site model with its citations read, resolved and judged.
    static func model(_ options: BuildOptions, diagnostics: DiagnosticEngine,
                      clock: StageClock = StageClock()) -> (Site, [String]) {
        var (site, files) = modelBeforeCitations(options, diagnostics: diagnostics, clock: clock)
        clock.measure("citations") {
            site.citations = SiteCitations(pages: &site.pages, registry: site.registry, moreAliases: site.internalAliases,
                                           readWith: site.citationAliases, jobs: options.jobs)
            diagnostics.emit(contentsOf: site.citations.textProblems(pages: site.pages))
        }
        clock.measure("citation checks") {
            diagnostics.emit(contentsOf: CitationChecker(site: site, jobs: options.jobs).diagnostics(jobs: options.jobs))
        }
        clock.measure("records") { diagnostics.emit(contentsOf: recordFindings(&site, unfinishedWork: options.unfinishedWork)) }
        if site.isPublicEdition {
            clock.measure("internal marking") {
                diagnostics.emit(contentsOf: InternalMarkingChecker().diagnostics(of: site.pages))
            }
        }
        return (site, files)
    }

    /// What records, packs and hand-written totals break: rules (whose
    /// breaches the organisation pages show), pack places, packs never
    /// written, table totals.
    private static func recordFindings(_ site: inout Site, unfinishedWork: Severity) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        site.ruleBreaches = RuleChecker(site: site).breaches(into: &problems)
        problems += PackChecker(pages: site.pages, organisations: site.organisations).diagnostics()
        let placeholders = PlaceholderChecker(organisations: site.organisations, severity: unfinishedWork)
        site.pages.forEachInPlace { _, page in
            problems += page.pointee.bodyFacts.tableTotalProblems
            problems += placeholders.diagnostics(of: page.pointee)
        }
        return problems
    }

    /// The site model up to its registry, without reading citations: what
    /// `chibo cite --content` needs to resolve the citations of other files.
    static func modelBeforeCitations(_ options: BuildOptions, diagnostics: DiagnosticEngine,
                                     clock: StageClock = StageClock()) -> (Site, [String]) {
        var loader = ContentLoader(root: options.contentDirectory, displayRoot: options.contentDisplayRoot, jobs: options.jobs)
        loader.isPublicEdition = options.isPublicEdition
        loader.keptPageBytes = options.keptPageBytes
        loader.progress = options.progress
        var content = clock.measure("load") { loader.load(into: diagnostics) }
        let files = content.files
        let site = clock.measure("site model") {
            SiteBuilder(isPublicEdition: options.isPublicEdition, displayRoot: options.contentDisplayRoot)
                .build(taking: &content, into: diagnostics)
        }
        return (site, files)
    }

    /// Refuses to run where the folders make no sense or where swapping the
    /// output folder would destroy the sources.
    static func checkFolders(_ options: BuildOptions, writing: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EnvironmentError(Message(BuildMessages.contentFolderMissing, ["folder": options.contentDirectory]))
        }
        guard FileManager.default.isReadableFile(atPath: options.contentDirectory) else {
            throw EnvironmentError(Message(BuildMessages.contentFolderUnreadable, ["folder": options.contentDirectory]))
        }
        guard writing else { return }
        try OutputFolder(options: options).validate(displayName: options.outputDirectory)
    }
}
