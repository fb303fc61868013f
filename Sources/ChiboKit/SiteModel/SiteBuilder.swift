/// Decides where every page is written, finds sources that would overwrite
/// each other, and builds the site's lookup indexes.
public struct SiteBuilder: Sendable {
    public var isPublicEdition: Bool
    public var displayRoot: String

    public init(isPublicEdition: Bool, displayRoot: String) {
        self.isPublicEdition = isPublicEdition
        self.displayRoot = displayRoot
    }

    public func build(_ content: LoadedContent, into diagnostics: DiagnosticEngine) -> Site {
        var content = content
        return build(taking: &content, into: diagnostics)
    }

    /// Builds the site with the pages moved out of `content`, not copied:
    /// a national site's pages are 40 MB of values before their text.
    func build(taking content: inout LoadedContent, into diagnostics: DiagnosticEngine) -> Site {
        var edition = EditionPages(content.pages, isPublicEdition: isPublicEdition)
        content.pages = []
        let internalSources = edition.internalSources
        let internalSymbolKeys = edition.internalSymbolKeys
        var pages: [Page] = []
        swap(&pages, &edition.pages)
        Self.assignOutputPaths(&pages)

        var folders = Set<String>()
        var months = Set<CalendarMonth>()
        for index in pages.indices {
            let page = (kind: pages[index].kind, source: pages[index].source)
            switch page.kind {
            case .directive: continue
            case .pack:
                // Split on the `/` byte: by Characters, every path of the site was walked here.
                let parts = page.source.relativePath.utf8.split(separator: UInt8(ascii: "/"))
                if let month = CalendarMonth(iso: String(Substring(parts[1]))) { months.insert(month) }
            case .guidance, .page:
                // packs/ and directives/ have indexes of their own.
                let section = page.source.relativePath.utf8.split(separator: UInt8(ascii: "/")).first.map { Substring($0) }
                guard section != "packs" && section != "directives" else { continue }
                var folder = SitePath.directory(of: page.source.relativePath)
                while !folder.isEmpty {
                    folders.insert(folder)
                    folder = SitePath.directory(of: folder)
                }
            }
        }
        folders.insert("guidance")

        let organisations = assembleOrganisations(content.recordFiles, config: content.config, into: diagnostics)
        var generated = Set(Site.fixedOutputs)
        for record in organisations.records { generated.insert(Site.outputPath(ofOrganisation: record.id)) }
        for type in organisations.types { generated.insert(Site.outputPath(ofType: type.id)) }
        for folder in folders { generated.insert(Site.indexPath(ofFolder: folder)) }
        for month in months { generated.insert("packs/\(month)/index.html") }

        diagnostics.emit(contentsOf: Self.collisions(pages: pages, assets: content.assets, generated: generated,
                                                     displayRoot: displayRoot))

        var pageBySource: [String: Int] = [:]
        for index in pages.indices { pageBySource[pages[index].source.relativePath] = index }
        let outputs = Site.outputPaths(pages: pages, assets: content.assets, generated: generated)
        var registryProblems: [Diagnostic] = []
        let registry = DirectiveRegistry(pages: pages, leftOutKeys: internalSymbolKeys, diagnostics: &registryProblems)
        diagnostics.emit(contentsOf: registryProblems)
        var site = Site(config: content.config, pages: pages, assets: content.assets, folders: folders.sorted(),
                        packMonths: months.sorted(), isPublicEdition: isPublicEdition, displayRoot: displayRoot,
                        pageBySource: pageBySource, anchorsByPage: pages.map(\.anchors),
                        assetPaths: Set(content.assets.map(\.relativePath)), internalSources: internalSources,
                        outputPaths: outputs)
        site.registry = registry
        site.generatedOutputs = generated
        site.organisations = organisations
        site.internalSymbolKeys = internalSymbolKeys
        site.unreadSymbolKeys = Site.unreadSymbolKeys(of: pages)
        site.internalAliases = edition.internalAliases
        site.citationAliases = content.citationAliases
        site.sourceNames = SourceNameIndex(pages: pages.map { ($0.source.relativePath, $0.title) },
                                           assets: content.assets.map(\.relativePath))
        return site
    }

    /// The names citations are read with: the aliases of the registry an
    /// edition's pages make, then those of the internal directives a public
    /// edition leaves out. The same pages make the same list here, at load,
    /// as `build` and `SiteCitations` make from the site.
    static func citationAliases(of pages: [Page], isPublicEdition: Bool) -> [(name: String, symbol: String)] {
        let edition = EditionPages(pages, isPublicEdition: isPublicEdition)
        var ignored: [Diagnostic] = []
        let registry = DirectiveRegistry(pages: edition.pages, leftOutKeys: edition.internalSymbolKeys, diagnostics: &ignored)
        return registry.aliases + edition.internalAliases
    }

    /// The records of this edition put together; internal ones are left
    /// out of a public edition, and nothing that names them as a parent is
    /// reported for it.
    private func assembleOrganisations(_ files: RecordFiles, config: SiteConfig, into diagnostics: DiagnosticEngine) -> Organisations {
        var organisations = Organisations()
        organisations.types = files.types
        organisations.hasTypeList = files.hasTypeList
        organisations.stats = files.stats
        organisations.rules = files.rules
        organisations.unreadRecordIDs = files.unreadRecordIDs
        organisations.unreadTypeIDs = files.unreadTypeIDs
        organisations.acceptingRecords = files.records.filter { !$0.acceptances.isEmpty }
        var leftOut = Set<String>()
        var records = files.records
        if isPublicEdition {
            let internalRecords = records.filter { $0.visibility == .internal }
            leftOut = Set(internalRecords.map(\.id))
            records.removeAll { $0.visibility == .internal }
            if config.totalsIncludeInternal {
                // One count per id, as the records of the edition are.
                var seen = Set(records.map(\.id))
                organisations.countedInTotalsOnly = internalRecords.filter { seen.insert($0.id).inserted }
            }
        }
        var problems: [Diagnostic] = []
        organisations.assemble(records, leftOut: leftOut, into: &problems)
        diagnostics.emit(contentsOf: problems)
        return organisations
    }

    /// content-model.md's URL table. Directive pages are named by symbol; a
    /// symbol shared by several entries keeps its plain slug for the oldest
    /// and adds `-YYYYMMDD` to the others, so existing URLs never change when
    /// a newer namesake arrives.
    static func assignOutputPaths(_ pages: inout [Page]) {
        var directivesBySlug: [String: [Int]] = [:]
        for index in pages.indices {
            let path = pages[index].source.relativePath
            let withoutExtension = String(path.dropLast(3))
            switch pages[index].kind {
            case .directive:
                let symbol = pages[index].metadata.symbol ?? SitePath.fileName(of: withoutExtension)
                var slug = Slug.make(symbol)
                if slug.isEmpty { slug = Slug.make(withoutExtension) }
                directivesBySlug[slug, default: []].append(index)
            case .guidance, .pack, .page:
                pages[index].outputPath = withoutExtension + ".html"
            }
        }
        for (slug, indices) in directivesBySlug {
            // Oldest first; undated entries after dated ones, by file.
            let ordered = indices.sorted {
                CalendarDate.datedFirst(pages[$0].metadata.date, pages[$1].metadata.date, newestFirst: false)
                    ?? (pages[$0].source.relativePath < pages[$1].source.relativePath)
            }
            for (rank, index) in ordered.enumerated() {
                var name = slug
                if rank > 0 {
                    if let date = pages[index].metadata.date {
                        name += "-" + date.description.replacingOccurrences(of: "-", with: "")
                    } else {
                        name += "-" + Slug.make(SitePath.fileName(of: String(pages[index].source.relativePath.dropLast(3))))
                    }
                }
                pages[index].outputPath = "directives/\(name).html"
            }
        }
    }

    /// Two sources must never write one file. Names are compared without
    /// case too: sites are copied to USB sticks whose file systems ignore it.
    static func collisions(pages: [Page], assets: [ContentEntry], generated: Set<String>,
                           displayRoot: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var owners: [String: String] = [:]
        var claims: [(output: String, source: String, isIntroduction: Bool)] =
            pages.map { ($0.outputPath, $0.source.relativePath, $0.isFolderIntroduction) }
        claims += assets.map { ($0.relativePath, $0.relativePath, false) }
        for claim in claims.sorted(by: { $0.source < $1.source }) {
            let key = claim.output.lowercased()
            let file = displayRoot + "/" + claim.source
            if generated.contains(claim.output) && !claim.isIntroduction {
                problems.append(Diagnostic(file: file, at: SourceLocation(line: 1, column: 1), code: .buildCollision,
                                           message: Message(ContentFileMessages.collidesWithGenerated, ["output": claim.output])))
            } else if let owner = owners[key] {
                problems.append(Diagnostic(file: file, at: SourceLocation(line: 1, column: 1), code: .buildCollision,
                                           message: Message(ContentFileMessages.collidesWithFile,
                                                            ["output": claim.output, "other": displayRoot + "/" + owner])))
            } else {
                owners[key] = claim.source
            }
        }
        return problems
    }
}

/// The pages an edition publishes, and what a public edition leaves out of
/// them: internal pages, whose directives are still known by symbol and
/// name so that citing one is reported rather than missed.
struct EditionPages {
    var pages: [Page] = []
    var internalSources = Set<String>()
    var internalSymbolKeys = Set<String>()
    var internalAliases: [(name: String, symbol: String)] = []

    init(_ all: [Page], isPublicEdition: Bool) {
        guard isPublicEdition else {
            pages = all
            return
        }
        for page in all {
            if page.metadata.visibility == .internal {
                internalSources.insert(page.source.relativePath)
                if let symbol = page.metadata.symbol.flatMap(DirectiveSymbol.init) {
                    internalSymbolKeys.insert(symbol.key)
                    internalAliases += page.metadata.aliases.map { ($0, symbol.text) }
                }
            } else {
                pages.append(page)
            }
        }
    }
}
