/// Every citation of every page, resolved against the registry, and the
/// reverse index a directive page lists as "Được trích dẫn tại".
public struct SiteCitations: Sendable {
    /// One citation on a page, with what it resolves to and the anchor the
    /// rendered page gives it.
    public struct Occurrence: Sendable {
        public var citation: Citation
        public var resolution: DirectiveRegistry.Resolution
        /// `cite:N`, unique on the page; nil for citations in front matter,
        /// which the body does not show.
        public var anchor: String?
        /// The nearest heading above the citation.
        public var section: String?
        /// The Markdown text nodes the citation's link covers.
        public var nodePieces: [(node: Int, range: Range<Int>)]

        public var resolvedEntry: Int? { resolution.entry }
    }

    /// Per page, in file order.
    public private(set) var byPage: [[Occurrence]]
    /// Per registry entry: (page, occurrence index) of every citation of it.
    public private(set) var citedAt: [Int: [(page: Int, occurrence: Int)]] = [:]

    public init() { byPage = [] }

    /// Recognises and resolves citations on every page, `jobs` pages at a
    /// time. `moreAliases` are names read without a registry entry: those of
    /// the internal directives a public edition leaves out, so that citing
    /// one by name is still seen (and reported).
    public init(pages: [Page], registry: DirectiveRegistry, moreAliases: [(name: String, symbol: String)] = [], jobs: Int) {
        let recognizer = CitationRecognizer(aliases: registry.aliases + moreAliases)
        byPage = Parallel.map(pages.count, jobs: jobs) { index in
            SiteCitations.occurrences(in: pages[index], recognizer: recognizer, registry: registry)
        }
        for (page, occurrences) in byPage.enumerated() {
            for (index, occurrence) in occurrences.enumerated() {
                guard let entry = occurrence.resolvedEntry else { continue }
                // A directive's page does not list itself among the places citing it.
                if registry.entries[entry].page == page { continue }
                citedAt[entry, default: []].append((page, index))
            }
        }
    }

    /// Problems citations show on their own: impossible dates, look-alike
    /// characters, legacy encodings.
    func textProblems(pages: [Page]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for page in pages.indices {
            for occurrence in byPage[page].indices {
                problems += CitationDiagnostics.textProblems(of: byPage[page][occurrence].citation,
                                                             file: pages[page].source.displayPath)
            }
        }
        return problems
    }

    static func occurrences(in page: Page, recognizer: CitationRecognizer, registry: DirectiveRegistry) -> [Occurrence] {
        var result: [Occurrence] = []
        var number = 0
        for run in TextRunExtractor.runs(of: page) {
            let inBody = !run.isFrontMatter
            for citation in recognizer.citations(in: run) {
                var anchor: String?
                if inBody {
                    number += 1
                    anchor = "cite:\(number)"
                }
                result.append(Occurrence(citation: citation, resolution: registry.resolve(citation), anchor: anchor,
                                         section: run.section,
                                         nodePieces: inBody ? run.nodePieces(covering: citation.linkRange) : []))
            }
        }
        return result
    }
}
