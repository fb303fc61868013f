/// The stable identifiers of interfaces.md. Their meaning never changes once
/// released; new codes are added, never renamed.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public var defaultSeverity: Severity
    /// When the code is reported, in a line: SARIF's rule description and
    /// the README's table.
    public var summary: String

    public init(rawValue: String) {
        self = DiagnosticCode.all.first { $0.rawValue == rawValue }
            ?? DiagnosticCode(rawValue, .error, "")
    }

    public init(_ rawValue: String, _ severity: Severity, _ summary: String) {
        self.rawValue = rawValue
        self.defaultSeverity = severity
        self.summary = summary
    }

    public var description: String { rawValue }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension DiagnosticCode {
    public static let citationUnknown = DiagnosticCode(
        "citation.unknown", .error, "The cited symbol is not in the registry.")
    public static let citationDateMismatch = DiagnosticCode(
        "citation.date-mismatch", .error, "The cited date differs from the registry's for that symbol.")
    public static let citationInvalidDate = DiagnosticCode(
        "citation.invalid-date", .error, "The cited date does not exist.")
    public static let citationKindMismatch = DiagnosticCode(
        "citation.kind-mismatch", .error, "The kind word disagrees with the symbol's code.")
    public static let citationIssuerMismatch = DiagnosticCode(
        "citation.issuer-mismatch", .error,
        "The symbol's issuer code or the named issuing body disagrees with the registry.")
    public static let citationAnachronism = DiagnosticCode(
        "citation.anachronism", .error, "The citing page is dated before the directive it cites.")
    public static let citationSuperseded = DiagnosticCode(
        "citation.superseded", .warning,
        "Cited as current although replaced on or before the citing page's date.")
    public static let citationAmbiguous = DiagnosticCode(
        "citation.ambiguous", .warning, "An undated citation matches several registry entries.")

    public static let linkBroken = DiagnosticCode(
        "link.broken", .error, "A link to a page or file that does not exist.")
    public static let linkAnchor = DiagnosticCode(
        "link.anchor", .error, "A link to an anchor that the target page does not have.")
    public static let linkRemote = DiagnosticCode(
        "link.remote", .error, "A built page or stylesheet loads something from another host (check --site).")
    public static let linkInternal = DiagnosticCode(
        "link.internal", .error, "A public page links to an internal one (public edition only).")
    public static let visibilityUnmarked = DiagnosticCode(
        "visibility.unmarked", .error,
        "A public page says `lưu hành nội bộ` but is not marked `visibility: internal` (public edition only).")

    public static let frontMatterInvalid = DiagnosticCode(
        "frontmatter.invalid", .error, "Unreadable YAML, a value of the wrong type, or an impossible date.")
    public static let frontMatterMissing = DiagnosticCode(
        "frontmatter.missing", .error, "A required front-matter key is missing.")
    public static let frontMatterUnknownKey = DiagnosticCode(
        "frontmatter.unknown-key", .warning, "A front-matter key chibo does not know, most often a misspelling.")

    public static let registryDuplicate = DiagnosticCode(
        "registry.duplicate", .error, "Two registry entries with the same symbol and date.")
    public static let registryCycle = DiagnosticCode(
        "registry.cycle", .error, "A cycle in `replaces`.")
    public static let registryOrder = DiagnosticCode(
        "registry.order", .error, "A directive replaces one issued after it.")
    public static let registryDangling = DiagnosticCode(
        "registry.dangling", .error, "A relation names a directive that is not in the registry.")

    public static let orgDuplicate = DiagnosticCode(
        "org.duplicate", .error, "Two organisation records (or two cell types) with the same id.")
    public static let orgParent = DiagnosticCode(
        "org.parent", .error, "A record's parent is unknown, or is not a level above it.")
    public static let orgType = DiagnosticCode(
        "org.type", .error, "A record names an unknown cell type, or a cell has no type.")
    public static let orgCycle = DiagnosticCode(
        "org.cycle", .error, "A cycle in the records' parents.")
    public static let orgRule = DiagnosticCode(
        "org.rule", .warning, "A record breaks a rule of `rules.yml`.")
    public static let recordsTotal = DiagnosticCode(
        "records.total", .error, "A total written in the content disagrees with the sum of its parts.")
    public static let packMonth = DiagnosticCode(
        "pack.month", .error, "A pack's month disagrees with its folder, or the folder is not a month.")
    public static let packType = DiagnosticCode(
        "pack.type", .error, "A pack's type disagrees with its file name, or names an unknown type.")
    public static let packMissing = DiagnosticCode(
        "pack.missing", .warning, "A month has no pack for some cell type.")
    public static let packPlaceholder = DiagnosticCode(
        "pack.placeholder", .warning,
        "A pack still holds what `chibo new pack` wrote for the editor to replace: its title, summary or an empty section "
            + "(an error in `build` and `check --strict`).")
    public static let nameVariant = DiagnosticCode(
        "name.variant", .warning, "Two organisation names that differ only in diacritics.")

    public static let textEncoding = DiagnosticCode(
        "text.encoding", .warning, "Text that is not NFC, or shows legacy-encoding or PDF-extraction damage.")

    public static let acceptUnused = DiagnosticCode(
        "accept.unused", .warning, "An `accept:` item that matches no finding on its page.")
    public static let buildCollision = DiagnosticCode(
        "build.collision", .error, "Two sources would write the same output file.")
    public static let markdownNesting = DiagnosticCode(
        "markdown.nesting", .warning, "Lists or block quotes nested more than 100 levels deep, shown flat.")
    public static let buildSkipped = DiagnosticCode(
        "build.skipped", .warning, "A Markdown file with a hidden name (starting with a dot), left out of the site.")
    public static let buildUnreadable = DiagnosticCode(
        "build.unreadable", .error, "A file or folder chibo refuses or fails to read.")
    public static let themeTemplate = DiagnosticCode(
        "theme.template", .error, "A theme template that is missing or does not parse.")

    /// Every code chibo reports, in the order of the README's table.
    public static let all: [DiagnosticCode] = [
        citationUnknown, citationDateMismatch, citationInvalidDate, citationKindMismatch, citationIssuerMismatch,
        citationAnachronism, citationSuperseded, citationAmbiguous,
        linkBroken, linkAnchor, linkInternal, linkRemote, visibilityUnmarked,
        frontMatterInvalid, frontMatterMissing, frontMatterUnknownKey,
        registryDuplicate, registryCycle, registryOrder, registryDangling,
        orgDuplicate, orgParent, orgType, orgCycle, orgRule, recordsTotal, packMonth, packType, packMissing, packPlaceholder,
        textEncoding, nameVariant, acceptUnused, markdownNesting, buildCollision, buildSkipped, buildUnreadable, themeTemplate,
    ]
}
