/// What a Markdown file is, decided by where it lives (content-model.md).
public enum PageKind: String, Sendable, Hashable {
    /// `guidance/**/*.md`
    case guidance
    /// `directives/*.md`: one registry entry each.
    case directive
    /// `packs/YYYY-MM/*.md`
    case pack
    /// Any other page.
    case page

    public static func of(relativePath: String) -> PageKind {
        // On the `/` byte, as every site path is split.
        let parts = relativePath.utf8.split(separator: UInt8(ascii: "/"))
        // An index.md introduces its folder's index page, whatever the folder.
        if let last = parts.last, last.elementsEqual("index.md".utf8) { return .page }
        guard let first = parts.first else { return .page }
        if first.elementsEqual("guidance".utf8) { return parts.count >= 2 ? .guidance : .page }
        if first.elementsEqual("directives".utf8) { return parts.count == 2 ? .directive : .page }
        // A pack in a folder that is no month is still a pack (`pack.month`).
        if first.elementsEqual("packs".utf8) { return parts.count == 3 ? .pack : .page }
        return .page
    }

    /// The keys a page of this kind may have. A key outside this set is
    /// reported, since it is most often a misspelling of one that is.
    var knownKeys: Set<String> {
        switch self {
        case .pack: Self.packKeys
        case .guidance, .directive, .page: Self.pageKeys
        }
    }

    // Built once: every key of every page is looked up here.
    private static let commonKeys: Set<String> = ["title", "date", "summary", "types", "visibility", "accept"]
    private static let packKeys = commonKeys.union(["month", "type", "kind", "symbol"]).union(PartyDocumentFacts.keys)
    private static let pageKeys = commonKeys.union(["symbol", "kind", "term", "replaces", "implements", "amends", "aliases"])
        .union(PartyDocumentFacts.keys)
}
