/// Who may see a page.
public enum Visibility: String, Sendable, Hashable {
    case `public`
    /// `lưu hành nội bộ`: never part of a `--public` build.
    case `internal`
}

/// The front matter of one page, typed and checked.
public struct PageMetadata: Sendable {
    public var title: String?
    public var date: CalendarDate?
    public var summary: String?
    public var types: [String] = []
    public var visibility: Visibility = .public
    public var symbol: String?
    /// A `symbol` written on a line YAML could not read, as guessed from
    /// it: the page is that directive's entry, not yet readable.
    public var unreadSymbol: String?
    /// A directive's kind (`Chỉ thị`), or a pack's (`dinh-ky`, `chuyen-de`).
    public var kind: String?
    /// The issuing body: the last line of `document.issuer`.
    public var issuer: String?
    /// Issuer, place, signer and recipients, printed as 36-HD/VPTW lays them out.
    public var document = PartyDocumentFacts()
    public var term: String?
    public var replaces: [String] = []
    public var implements: [String] = []
    public var amends: [String] = []
    public var aliases: [String] = []
    public var month: CalendarMonth?
    /// A pack's cell type (`type:`).
    public var packType: String?
    /// Findings the editor accepted on this page, with the reason (`accept:`).
    public var acceptedFindings: [AcceptedFinding] = []
    /// Where each key is written, for diagnostics of later stages.
    public var keyLocations: [String: SourceLocation] = [:]

    public init() {}
}
