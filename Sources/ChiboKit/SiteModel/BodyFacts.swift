/// What the stages after loading need from a page's Markdown tree, read at
/// load while the tree is at hand, so that a build never holds every
/// page's tree at once (at 100,000 pages the trees alone took 700 MB).
public struct BodyFacts: Sendable {
    /// What search indexes as the page's text: its summary, then the body
    /// as a reader sees it, without markup. Stored at its exact size: a
    /// string grown by appending holds up to twice its bytes, for every page.
    public var searchText = ""
    /// Hand-written table totals that disagree with their rows (`records.total`).
    public var tableTotalProblems: [Diagnostic] = []
    /// Where the text first says `lưu hành nội bộ`, read at load for a
    /// public edition (`InternalMarkingChecker`).
    public var internalMarkingMention: SourceLocation?
    /// The page's citations, unresolved, read with the site's aliases
    /// (`LoadedContent.citationAliases`); nil when they were not read at
    /// load, or once `SiteCitations` has taken them.
    public var citations: [SiteCitations.Occurrence]?
    /// A pack's headings with nothing under them before the next heading
    /// of their level or above (`PlaceholderChecker`); empty for other pages.
    public var emptySections: [Heading] = []
    /// Blocks reported as typed in a legacy encoding (`TextEncodingChecker`),
    /// whose citations are not reported for it a second time.
    public var legacyEncodedBlocks: [SourceRange] = []
}
