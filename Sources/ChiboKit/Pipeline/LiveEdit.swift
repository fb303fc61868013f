import Foundation

/// What an edit to some pages changed, as far as the rest of the site
/// shows it, and so which other pages a live rebuild writes and judges
/// again (`LiveBuild`).
struct LiveEdit {
    /// The pages read again whose front matter changed.
    var frontMatter = Set<Int>()
    /// The pages read again whose headings' anchors changed.
    var anchors = Set<Int>()
    /// Directive pages now written elsewhere (their symbol or date changed),
    /// and the files they leave.
    var moved = Set<Int>()
    var vacatedPaths = Set<String>()
    /// Pages whose registry entry appeared, went or reads differently.
    var changedEntryPages = Set<Int>()
    /// Pages at either end of a relation that appeared or went.
    var relationPages = Set<Int>()
    /// Pages with a citation that resolves to another entry than before.
    var resolvedElsewhere = Set<Int>()
    /// Pages, not read again, whose citations or links are judged again.
    var checksCitations = Set<Int>()
    var checksLinks = Set<Int>()

    var registryChanged: Bool { !changedEntryPages.isEmpty || !relationPages.isEmpty }

    /// Compares the registry made after the edit with the one before, by
    /// the pages that state the entries: numbers shift when one goes.
    mutating func compare(_ registry: DirectiveRegistry, with previous: DirectiveRegistry) {
        let old = Self.entriesByPage(previous)
        let new = Self.entriesByPage(registry)
        changedEntryPages = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
        relationPages = []
        for relation in Self.relations(of: previous).symmetricDifference(Self.relations(of: registry)) {
            relationPages.insert(relation.from)
            relationPages.insert(relation.to)
        }
    }

    /// Each entry as everything that reads it sees it, by its page.
    private static func entriesByPage(_ registry: DirectiveRegistry) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for entry in registry.entries {
            result[entry.page] = [entry.symbol.text, entry.date?.description ?? "", entry.outputPath, entry.kind ?? "",
                                  entry.issuer ?? "", entry.term ?? "", entry.title ?? "", String(entry.isInternal)]
                + entry.aliases
        }
        return result
    }

    private struct Relation: Hashable {
        var kind: DirectiveRegistry.RelationKind
        var from: Int
        var to: Int
    }

    private static func relations(of registry: DirectiveRegistry) -> Set<Relation> {
        Set(registry.relations.map { Relation(kind: $0.kind, from: $0.fromPage, to: registry.entries[$0.toEntry].page) })
    }

    /// The content pages, besides those read again, that show what the
    /// edit changed; fills `checksCitations` and `checksLinks`.
    mutating func pagesShowingIt(before: Site, after: Site, links: LinkGraph) -> Set<Int> {
        var shown = Set<Int>()
        // A link to a page whose anchors or place changed is judged again.
        for index in anchors.union(moved) { checksLinks.formUnion(links.linkers(of: index)) }
        shown.formUnion(checksLinks)
        // Directive pages name the pages related to them, by title and date.
        let related = frontMatter.union(changedEntryPages)
        for registry in [before.registry, after.registry] {
            for relation in registry.relations {
                let to = registry.entries[relation.toEntry].page
                guard related.contains(relation.fromPage) || related.contains(to) else { continue }
                shown.insert(relation.fromPage)
                shown.insert(to)
            }
        }
        guard registryChanged else { return shown }
        shown.formUnion(changedEntryPages)
        shown.formUnion(relationPages)
        shown.formUnion(resolvedElsewhere)
        // A citation shows its entry's name, place and date; its checks read
        // the entry's relations too.
        var citing = Set<Int>()
        for page in changedEntryPages.union(relationPages) {
            for site in [before, after] {
                guard let entry = site.registry.entry(ofPage: page) else { continue }
                for place in site.citations.citedAt[entry] ?? [] { citing.insert(place.page) }
            }
        }
        shown.formUnion(citing)
        // An entry's page lists the places citing it.
        for page in resolvedElsewhere {
            for site in [before, after] {
                for occurrence in site.citations.byPage[page] {
                    if let entry = occurrence.resolvedEntry { shown.insert(site.registry.entries[entry].page) }
                }
            }
        }
        checksCitations = citing.union(resolvedElsewhere).union(relationPages).union(changedEntryPages)
        // The checker suggests the nearest known symbol for an unknown one,
        // and lists the dates of an ambiguous one.
        for page in after.citations.byPage.indices where after.citations.byPage[page].contains(where: {
            if case .resolved = $0.resolution { return false }
            return true
        }) {
            checksCitations.insert(page)
        }
        return shown
    }

    /// The generated pages that show the front matter that changed.
    func generatedPagesShowingIt(in site: Site) -> Set<String> {
        var paths = Set<String>()
        if registryChanged { paths.formUnion(RegistryPages.outputPaths) }
        for index in frontMatter {
            paths.insert("index.html")
            let (kind, source) = site.pages.inPlace(index) { ($0.pointee.kind, $0.pointee.source.relativePath) }
            let directory = SitePath.directory(of: source)
            switch kind {
            case .guidance, .page:
                for folder in site.folders where directory == folder || directory.hasPrefix(folder + "/") {
                    paths.insert(Site.indexPath(ofFolder: folder))
                }
            case .pack:
                paths.insert("packs/index.html")
                paths.insert(Site.indexPath(ofFolder: directory))
                for type in site.organisations.types { paths.insert(Site.outputPath(ofType: type.id)) }
                // Organisations link to this month's pack of their type.
                let typeID = String(SitePath.fileName(of: source).dropLast(3))
                if let month = site.packMonths.last, directory == "packs/\(month)" {
                    for record in site.organisations.records where record.type == typeID {
                        paths.insert(Site.outputPath(ofOrganisation: record.id))
                    }
                }
            case .directive:
                break
            }
        }
        return paths
    }
}

/// Diagnostics a live rebuild takes out of the last build's and puts in.
struct DiagnosticGroups {
    var removed = Set<Diagnostic>()
    var added: [Diagnostic] = []

    mutating func replace(_ old: [Diagnostic], with new: [Diagnostic]) {
        removed.formUnion(old)
        added += new
    }
}

extension Page {
    /// A month's `chung.md`, which every pack of the month shows.
    var isCommonPackPart: Bool {
        kind == .pack && SitePath.fileName(of: source.relativePath) == PackPages.commonFileName
    }
}

extension Site {
    /// The packs of the month whose common part is the page at `index`.
    func packs(beside index: Int) -> [Int] {
        let folder = SitePath.directory(of: pages[index].source.relativePath) + "/"
        return pages.indices.filter { pages[$0].kind == .pack && pages[$0].source.relativePath.hasPrefix(folder) }
    }
}

/// Counts from any thread.
final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
