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
    public var fileCount: Int { files.count }
}

/// Reads the content folder: walks it, decodes every Markdown file, reads
/// its front matter and parses its body, on several threads. A broken file
/// yields diagnostics and, where possible, a page, never a stop.
public struct ContentLoader: Sendable {
    public var root: String
    public var displayRoot: String
    public var jobs: Int

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
        let markdown = entries.filter(\.isMarkdown)
        let loaded = Parallel.map(markdown.count, jobs: jobs) { [self] index in
            loadPage(markdown[index])
        }
        var pages: [Page] = []
        for (page, problems) in loaded {
            diagnostics.emit(contentsOf: problems)
            if let page { pages.append(page) }
        }
        let (recordFiles, recordProblems) = records.value
        diagnostics.emit(contentsOf: recordProblems)
        let assets = entries.filter { !$0.isMarkdown && !$0.isData }
        return LoadedContent(config: config, pages: pages, assets: assets,
                             files: entries.filter { $0.isMarkdown || $0.isData }.map(display), recordFiles: recordFiles)
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
                                     code: .buildUnreadable, message: "cannot read this file")])
        }
        let (source, problems) = SourceFile.decode(data, relativePath: entry.relativePath, displayPath: display(entry))
        return (source, problems)
    }

    func loadPage(_ entry: ContentEntry) -> (Page?, [Diagnostic]) {
        let file = display(entry)
        guard let data = FileManager.default.contents(atPath: entry.absolutePath) else {
            return (nil, [Diagnostic(file: file, at: SourceLocation(line: 1, column: 1),
                                     code: .buildUnreadable, message: "cannot read this file")])
        }
        let (source, decodeProblems) = SourceFile.decode(data, relativePath: entry.relativePath, displayPath: file)
        if source.isBinary { return (nil, decodeProblems) }
        return Self.page(from: source, problems: decodeProblems)
    }

    /// Builds a page from decoded source text; also the entry point for tests.
    public static func page(from source: SourceFile, problems: [Diagnostic] = []) -> (Page?, [Diagnostic]) {
        var diagnostics = problems
        let kind = PageKind.of(relativePath: source.relativePath)
        let split = FrontMatterSplit.split(source.text)
        var yamlRoot: YAMLValue?
        if split.isUnterminated {
            diagnostics.append(Diagnostic(file: source.displayPath, at: SourceLocation(line: 1, column: 1),
                                          code: .frontMatterInvalid,
                                          message: "front matter opened with `---` is never closed; add a `---` line after it"))
        } else if let yaml = split.yaml {
            let (value, problem) = YAMLReader(file: source.displayPath, firstLine: split.yamlFirstLine).read(yaml)
            yamlRoot = value
            if let problem { diagnostics.append(problem) }
        }
        var reader = MetadataReader(file: source.displayPath, kind: kind)
        let metadata = reader.read(yamlRoot, frontMatterLine: 1)
        let missingOnlyBecauseUnreadable = split.isUnterminated || diagnostics.contains { $0.code == .frontMatterInvalid && yamlRoot == nil }
        diagnostics += reader.diagnostics.filter { !(missingOnlyBecauseUnreadable && $0.code == .frontMatterMissing) }

        let (document, flattenedAt) = MarkdownParser.parseWithDepthCheck(split.body)
        if let flattenedAt {
            diagnostics.append(Diagnostic(
                file: source.displayPath, at: SourceLocation(line: flattenedAt + split.bodyFirstLine - 1, column: 1),
                code: .markdownNesting,
                message: "lists or block quotes nested more than \(MarkdownParser.maximumDepth) levels deep; the deeper levels are shown flat"))
        }
        let headings = HeadingAnchors.assign(in: document)
        var page = Page(source: source, kind: kind, metadata: metadata, document: document, headings: headings,
                        bodyFirstLine: split.bodyFirstLine, outputPath: "",
                        isFolderIntroduction: SitePath.fileName(of: source.relativePath) == "index.md")
        page.titleKey = VietnameseText.fold(page.title)
        page.shownFootnoteLabels = document.shownFootnoteLabels
        return (page, diagnostics)
    }
}
