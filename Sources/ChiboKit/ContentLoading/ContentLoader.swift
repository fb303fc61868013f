import Foundation

/// Everything read from the content folder, before the site is modelled.
public struct LoadedContent: Sendable {
    public var config: SiteConfig
    public var pages: [Page]
    /// Files copied to the site as they are (images, PDFs).
    public var assets: [ContentEntry]
    /// Markdown and data files read (display paths, in walk order): what a
    /// report lists as checked.
    public var files: [String]
    /// types.yml, stats.yml, rules.yml and the records of orgs/.
    public var recordFiles = RecordFiles()
    /// The directive names the pages' citations were read with (`BodyFacts`).
    public var citationAliases: [(name: String, symbol: String)] = []
    public var fileCount: Int { files.count }
}

/// Reads the content folder: walks it, decodes every Markdown file, reads
/// its front matter and parses its body, on several threads. A broken file
/// yields diagnostics and, where possible, a page, never a stop.
public struct ContentLoader: Sendable {
    public var root: String
    public var displayRoot: String
    public var jobs: Int
    /// A public edition leaves internal directives out of the registry but
    /// still reads their names in citations (to report them).
    public var isPublicEdition = false
    /// Bytes of page texts and Markdown trees kept for rendering
    /// (`KeptPageBudget`); 0 reads and parses every page again there.
    public var keptPageBytes = 0
    /// Counts every page read and every body parsed, for a progress bar.
    public var progress: BuildProgress?

    public init(root: String, displayRoot: String, jobs: Int) {
        self.root = root
        self.displayRoot = displayRoot
        self.jobs = jobs
    }

    public func load(into diagnostics: DiagnosticEngine) -> LoadedContent {
        let (entries, walkProblems) = ContentWalker(root: root, displayRoot: displayRoot).walk()
        diagnostics.emit(contentsOf: walkProblems)

        var config = SiteConfig()
        if let siteFile = entries.first(where: { $0.relativePath == "site.yml" || $0.relativePath == "site.yaml" }),
           let source = readSource(siteFile, diagnostics: diagnostics) {
            let (read, problems) = SiteConfig.read(source)
            config = read
            diagnostics.emit(contentsOf: problems)
        }

        // Records are read beside the pages: a province's records are one
        // or two large CSV files, read on one thread each, while the pages'
        // threads keep waiting for cmark-gfm's lock.
        let dataEntries = entries.filter(\.isData)
        let records = Background { [self, jobs] in
            RecordFiles.load(dataEntries, jobs: jobs) { [self] entry in decode(entry) }
        }
        // Front matter first: it names the directives, whose aliases the
        // citation reader needs before it reads any body.
        let markdown = entries.filter(\.isMarkdown)
        let progress = progress
        progress?.begin("load", total: 2 * markdown.count)
        // The results are made into pages in a scope of their own: once
        // each page lets go of its text, nothing else may still hold it.
        var pages: [Page] = {
            let read = Parallel.map(markdown.count, jobs: jobs) { [self] index in
                let (page, problems) = readPage(markdown[index])
                diagnostics.emit(contentsOf: problems)
                progress?.advance()
                return page
            }
            return read.compactMap { $0 }
        }()
        let aliases = SiteBuilder.citationAliases(of: pages, isPublicEdition: isPublicEdition)
        let recognizer = CitationRecognizer(aliases: aliases)
        // Each body is parsed and read for what later stages need; its tree
        // and text are kept while the budget lasts, else let go (rendering
        // reads the file again).
        let isPublicEdition = isPublicEdition
        let budget = KeptPageBudget(bytes: keptPageBytes)
        let parseProblems = Parallel.update(&pages, jobs: jobs) { page in
            var problems: [Diagnostic] = []
            defer { progress?.advance() }
            let document = Self.parseBody(of: &page, problems: &problems, recognizer: recognizer)
            if isPublicEdition {
                page.bodyFacts.internalMarkingMention = InternalMarkingChecker.firstMention(
                    in: page.source.text, skipping: InternalMarkingChecker.acceptLines(of: page))
            }
            if budget.take(page.source.approximateByteCount + document.tree.approximateByteCount) {
                page.keptDocument = document
            } else {
                page.releaseText()
            }
            return problems
        }
        for problems in parseProblems { diagnostics.emit(contentsOf: problems) }
        let (recordFiles, recordProblems) = records.value
        diagnostics.emit(contentsOf: recordProblems)
        let assets = entries.filter { !$0.isMarkdown && !$0.isData }
        var content = LoadedContent(config: config, pages: pages, assets: assets,
                                    files: entries.filter { $0.isMarkdown || $0.isData }.map(display), recordFiles: recordFiles)
        content.citationAliases = aliases
        return content
    }

    private func display(_ entry: ContentEntry) -> String { displayRoot + "/" + entry.relativePath }

    private func readSource(_ entry: ContentEntry, diagnostics: DiagnosticEngine) -> SourceFile? {
        let (source, problems) = decode(entry)
        diagnostics.emit(contentsOf: problems)
        return source
    }

    /// A data file read and decoded, or why it could not be.
    private func decode(_ entry: ContentEntry) -> (SourceFile?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: entry.absolutePath) else {
            return (nil, [Diagnostic(file: display(entry), at: SourceLocation(line: 1, column: 1),
                                     code: .buildUnreadable, message: Message(ContentFileMessages.cannotReadFile))])
        }
        let (source, problems) = SourceFile.decode(data, relativePath: entry.relativePath, displayPath: display(entry))
        return (source, problems)
    }

    /// A Markdown file read, decoded and its front matter read; its body is
    /// not parsed yet.
    func readPage(_ entry: ContentEntry) -> (Page?, [Diagnostic]) {
        let file = display(entry)
        guard let data = FileManager.default.contents(atPath: entry.absolutePath) else {
            return (nil, [Diagnostic(file: file, at: SourceLocation(line: 1, column: 1),
                                     code: .buildUnreadable, message: Message(ContentFileMessages.cannotReadFile))])
        }
        let (source, decodeProblems) = SourceFile.decode(data, relativePath: entry.relativePath, displayPath: file)
        if source.isBinary { return (nil, decodeProblems) }
        var (page, problems) = Self.unparsedPage(from: source, problems: decodeProblems)
        // No problem and no byte changed in decoding: the file is its text.
        let isText = decodeProblems.isEmpty && source.text.utf8.count == data.count
        page?.origin = SourceOrigin(diskPath: entry.absolutePath, bytes: data, isText: isText)
        return (page, problems)
    }

    /// Builds a page from decoded source text, its body parsed and the tree
    /// kept; the entry point for tests and single files.
    public static func page(from source: SourceFile, problems: [Diagnostic] = []) -> (Page?, [Diagnostic]) {
        let (unparsed, readProblems) = unparsedPage(from: source, problems: problems)
        guard var page = unparsed else { return (nil, readProblems) }
        var diagnostics = readProblems
        page.keptDocument = parseBody(of: &page, problems: &diagnostics, recognizer: nil)
        return (page, diagnostics)
    }

    /// A page with its front matter read and its body not yet parsed.
    static func unparsedPage(from source: SourceFile, problems: [Diagnostic]) -> (Page?, [Diagnostic]) {
        var diagnostics = problems
        let kind = PageKind.of(relativePath: source.relativePath)
        let split = FrontMatterSplit.split(source.text)
        if split.isUnterminated {
            diagnostics.append(unclosedFrontMatter(split, file: source.displayPath))
        }
        // What can be read is read, even after a problem: the keys written
        // are never "missing", and the body is checked all the same.
        var recovered = RecoveredYAML(root: nil, problems: [], unreadableKeys: [:])
        if let yaml = split.yaml, !yaml.isEmpty {
            recovered = YAMLReader(file: source.displayPath, firstLine: split.yamlFirstLine).readRecovering(yaml)
            diagnostics += recovered.problems
        }
        var reader = MetadataReader(file: source.displayPath, kind: kind)
        var metadata = reader.read(recovered.root, frontMatterLine: 1, unreadableKeys: recovered.unreadableKeys)
        if metadata.symbol == nil, let guess = recovered.unreadableText["symbol"], !guess.isEmpty { metadata.unreadSymbol = guess }
        diagnostics += reader.diagnostics

        let page = Page(source: source, kind: kind, metadata: metadata,
                        bodyOffset: source.text.utf8.count - split.body.utf8.count, bodyFirstLine: split.bodyFirstLine,
                        isFolderIntroduction: SitePath.fileName(of: source.relativePath) == "index.md")
        return (page, diagnostics)
    }

    /// An opening `---` with no closing one: says which lines were read as
    /// front matter and where the body was taken to start.
    private static func unclosedFrontMatter(_ split: FrontMatterSplit, file: String) -> Diagnostic {
        let message: Message
        let help: Message
        if let lines = split.unclosedYAMLLines {
            let span = FrontMatterMessages.lineSpan(lines)
            message = split.body.isEmpty ? Message(FrontMatterMessages.unclosedWithoutBody, ["lines": span])
                : Message(FrontMatterMessages.unclosedWithBody, ["lines": span, "bodyLine": split.bodyFirstLine])
            help = Message(FrontMatterMessages.addClosingFence, ["line": lines.upperBound])
        } else {
            message = Message(FrontMatterMessages.unclosedWithoutKeys, ["bodyLine": split.bodyFirstLine])
            help = Message(FrontMatterMessages.addKeysOrRemoveFence)
        }
        return Diagnostic(file: file, at: SourceLocation(line: 1, column: 1), code: .frontMatterInvalid,
                          message: message, suggestion: Suggestion(message: help))
    }

    /// Parses the page's body and reads from the tree what every later stage
    /// needs (headings, footnotes, search text, table totals and, given a
    /// recogniser, citations); returns the tree, which the caller may keep.
    static func parseBody(of page: inout Page, problems: inout [Diagnostic],
                          recognizer: CitationRecognizer?) -> MarkdownNode {
        let (document, flattenedAt) = MarkdownParser.parseWithDepthCheck(page.body)
        if let flattenedAt {
            problems.append(Diagnostic(
                file: page.source.displayPath, at: SourceLocation(line: flattenedAt + page.bodyFirstLine - 1, column: 1),
                code: .markdownNesting,
                message: Message(ContentFileMessages.nestedTooDeep, ["depth": MarkdownParser.maximumDepth])))
        }
        page.headings = HeadingAnchors.assign(in: document)
        page.shownFootnoteLabels = document.shownFootnoteLabels
        page.bodyFacts.searchText = searchText(summary: page.metadata.summary, body: document.plainText)
        page.bodyFacts.tableTotalProblems = TableTotalChecker().diagnostics(of: page, document: document)
        if page.kind == .pack { page.bodyFacts.emptySections = PlaceholderChecker.emptySections(of: document, headings: page.headings) }
        let legacy = TextEncodingChecker().findings(of: page, document: document)
        page.bodyFacts.legacyEncodedBlocks = legacy.blocks
        problems += legacy.diagnostics
        if let recognizer {
            page.bodyFacts.citations = SiteCitations.found(in: page, document: document, recognizer: recognizer)
        }
        return document
    }

    /// The summary and the body's plain text, in a string with room for
    /// just them (kept until the search index is made: a national site's
    /// pages hold a gigabyte of it if strings grow by doubling). The body's
    /// plain text is made that way already; appending keeps the bytes
    /// as they are, where making a string of bytes checked every one again.
    private static func searchText(summary: String?, body: String) -> String {
        guard let summary else { return body }
        var text = ""
        text.reserveCapacity(summary.utf8.count + 1 + body.utf8.count)
        text += summary
        text += " "
        text += body
        return text
    }
}
