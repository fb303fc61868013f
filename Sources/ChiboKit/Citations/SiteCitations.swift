/// Every citation of every page, resolved against the registry, and the
/// reverse index a directive page lists as "Được trích dẫn tại".
public struct SiteCitations: Sendable {
    /// One citation on a page, with what it resolves to and the anchor the
    /// rendered page gives it. Read at load (`BodyFacts.citations`), it is
    /// resolved in place once the registry exists.
    public struct Occurrence: Sendable {
        /// Held by one reference: occurrences are copied by every stage that
        /// reads them (checker, renderer, directive pages), and a citation's
        /// dozen strings were a dozen retains per copy.
        public var citation: Citation { citationStorage.value }
        private let citationStorage: CitationStorage
        /// `.unknown` until `SiteCitations` resolves it against the registry.
        public var resolution: DirectiveRegistry.Resolution = .unknown
        /// `cite:N`, unique on the page; nil for citations in front matter,
        /// which the body does not show.
        public var anchor: String?
        /// The nearest heading above the citation.
        public var section: String?
        /// The Markdown text nodes the citation's link covers.
        public var nodePieces: [(node: Int, range: Range<Int>)]

        public var resolvedEntry: Int? { resolution.entry }

        init(citation: Citation, anchor: String?, section: String?, nodePieces: [(node: Int, range: Range<Int>)]) {
            citationStorage = CitationStorage(citation)
            self.anchor = anchor
            self.section = section
            self.nodePieces = nodePieces
        }

        private final class CitationStorage: Sendable {
            let value: Citation
            init(_ value: Citation) { self.value = value }
        }
    }

    /// Per page, in file order.
    public private(set) var byPage: [[Occurrence]] = []
    /// Per registry entry: (page, occurrence index) of every citation of it.
    public private(set) var citedAt: [Int: [(page: Int, occurrence: Int)]] = [:]

    public init() {}

    /// Resolves every page's citations, taking them out of the pages
    /// (`BodyFacts.citations`) so that a site never holds them twice.
    /// Pages whose citations were not read at load, or were read with other
    /// aliases than `registry.aliases + moreAliases` (`readWith`), are read
    /// now from their Markdown, `jobs` pages at a time. `moreAliases` are
    /// names read without a registry entry: those of the internal directives
    /// a public edition leaves out, so that citing one by name is still seen
    /// (and reported).
    public init(pages: inout [Page], registry: DirectiveRegistry, moreAliases: [(name: String, symbol: String)] = [],
                readWith: [(name: String, symbol: String)] = [], jobs: Int) {
        let aliases = registry.aliases + moreAliases
        let readAtLoad = readWith.elementsEqual(aliases, by: ==)
        let unread = pages.indices.filter { !readAtLoad || pages[$0].bodyFacts.citations == nil }
        if !unread.isEmpty {
            let recognizer = CitationRecognizer(aliases: aliases)
            let read = { [pages] in
                Parallel.map(unread.count, jobs: jobs) { position in
                    // A page that cannot be read again has no citations
                    // here; rendering it reports why (`Page.reopened`).
                    let page = pages[unread[position]].reopened().page
                    return SiteCitations.found(in: page, document: page.document, recognizer: recognizer)
                }
            }()
            for (position, index) in unread.enumerated() { pages[index].bodyFacts.citations = read[position] }
        }
        // Each page's array moves here and is resolved in place, pages on
        // every core: a national site's citations are never held twice.
        byPage.reserveCapacity(pages.count)
        for index in pages.indices {
            byPage.append(pages[index].bodyFacts.citations ?? [])
            pages[index].bodyFacts.citations = nil
        }
        _ = Parallel.update(&byPage, jobs: jobs) { occurrences in
            for position in occurrences.indices {
                occurrences[position].resolution = registry.resolve(occurrences[position].citation)
            }
        }
        indexPlacesCiting(registry: registry)
    }

    /// Makes `citedAt` from the resolved citations, in page, then occurrence order.
    private mutating func indexPlacesCiting(registry: DirectiveRegistry) {
        citedAt = [:]
        for (page, occurrences) in byPage.enumerated() {
            for (index, occurrence) in occurrences.enumerated() {
                guard let entry = occurrence.resolvedEntry else { continue }
                // A directive's page does not list itself among the places citing it.
                if registry.entries[entry].page == page { continue }
                citedAt[entry, default: []].append((page, index))
            }
        }
    }

    /// Puts a page's citations, read again after an edit, in place of its
    /// old ones, resolved, and mends the reverse index as a full build
    /// would make it (each list in page, then occurrence order). Returns
    /// the registry entries cited before or after: their pages list the
    /// places that cite them.
    mutating func replace(page: Int, with occurrences: [Occurrence], registry: DirectiveRegistry) -> Set<Int> {
        var touched = Set(byPage[page].compactMap(\.resolvedEntry))
        for entry in touched {
            citedAt[entry]?.removeAll { $0.page == page }
            if citedAt[entry]?.isEmpty == true { citedAt[entry] = nil }
        }
        var resolved = occurrences
        for position in resolved.indices {
            resolved[position].resolution = registry.resolve(resolved[position].citation)
        }
        byPage[page] = resolved
        var added: [Int: [(page: Int, occurrence: Int)]] = [:]
        for (index, occurrence) in resolved.enumerated() {
            guard let entry = occurrence.resolvedEntry else { continue }
            touched.insert(entry)
            if registry.entries[entry].page == page { continue }
            added[entry, default: []].append((page, index))
        }
        for (entry, places) in added {
            var list = citedAt[entry] ?? []
            let at = list.firstIndex { $0.page > page } ?? list.count
            list.insert(contentsOf: places, at: at)
            citedAt[entry] = list
        }
        return touched
    }

    /// Resolves every citation again against `registry`, which replaced
    /// `previous` after an edit to front matter, and makes the reverse
    /// index again. Returns the pages with a citation that now leads
    /// elsewhere: entries are compared by the page that states them, as an
    /// entry's number may shift when another's symbol changes.
    mutating func resolveAgain(with registry: DirectiveRegistry, previous: DirectiveRegistry, jobs: Int) -> Set<Int> {
        @Sendable func statedBy(_ resolution: DirectiveRegistry.Resolution, in registry: DirectiveRegistry) -> [Int] {
            switch resolution {
            case .resolved(let entry): [registry.entries[entry].page]
            case .ambiguous(let entries): entries.map { registry.entries[$0].page } + [-1]
            case .unknown: []
            }
        }
        let moved = Parallel.update(&byPage, jobs: jobs) { occurrences -> Bool in
            var moved = false
            for position in occurrences.indices {
                let old = occurrences[position].resolution
                let new = registry.resolve(occurrences[position].citation)
                occurrences[position].resolution = new
                if !moved && statedBy(old, in: previous) != statedBy(new, in: registry) { moved = true }
            }
            return moved
        }
        indexPlacesCiting(registry: registry)
        return Set(moved.indices.filter { moved[$0] })
    }

    /// Only the citations of `pages`, for a renderer that shows no other
    /// page's; no reverse index.
    func keeping(pages: Set<Int>) -> SiteCitations {
        var result = SiteCitations()
        result.byPage = byPage.indices.map { pages.contains($0) ? byPage[$0] : [] }
        return result
    }

    /// Problems citations show on their own: impossible dates, look-alike
    /// characters, legacy encodings.
    func textProblems(pages: [Page]) -> [Diagnostic] {
        pages.indices.flatMap { textProblems(ofPageAt: $0, file: pages[$0].source.displayPath,
                                             legacyEncodedBlocks: pages[$0].bodyFacts.legacyEncodedBlocks) }
    }

    /// The same for one page, whose file is `file`. A citation inside a
    /// block reported as legacy-encoded is not reported for it again.
    func textProblems(ofPageAt page: Int, file: String, legacyEncodedBlocks: [SourceRange] = []) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for occurrence in byPage[page].indices {
            let citation = byPage[page][occurrence].citation
            problems += CitationDiagnostics.textProblems(of: citation, file: file).filter { problem in
                problem.code != .textEncoding || !legacyEncodedBlocks.contains { $0.start <= citation.start && citation.start <= $0.end }
            }
        }
        return problems
    }

    /// The citations of a page whose body was parsed into `document`, in
    /// file order, body citations numbered for their anchors.
    static func found(in page: Page, document: MarkdownNode, recognizer: CitationRecognizer) -> [Occurrence] {
        var result: [Occurrence] = []
        var number = 0
        for run in TextRunExtractor.runs(of: page, document: document, screen: recognizer) {
            let inBody = !run.isFrontMatter
            for citation in recognizer.citations(in: run) {
                var anchor: String?
                if inBody {
                    number += 1
                    anchor = "cite:\(number)"
                }
                result.append(Occurrence(citation: citation, anchor: anchor, section: run.section,
                                         nodePieces: inBody ? run.nodePieces(covering: citation.linkRange) : []))
            }
        }
        // Kept until the site is rendered: without the room an array
        // grows by, which was a third of it.
        return result.withUnsafeBufferPointer { Array($0) }
    }
}
