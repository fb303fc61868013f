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
        let parts = relativePath.split(separator: "/")
        // An index.md introduces its folder's index page, whatever the folder.
        if parts.last == "index.md" { return .page }
        switch parts.first {
        case "guidance" where parts.count >= 2: return .guidance
        case "directives" where parts.count == 2: return .directive
        // A pack in a folder that is no month is still a pack (`pack.month`).
        case "packs" where parts.count == 3: return .pack
        default: return .page
        }
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
    private static let packKeys = commonKeys.union(["month", "type", "kind"])
    private static let pageKeys = commonKeys.union(["symbol", "kind", "issuer", "term", "replaces", "implements", "amends", "aliases"])
}
