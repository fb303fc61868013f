/// The stable identifiers of interfaces.md. Their meaning never changes once
/// released; new codes are added, never renamed.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public var defaultSeverity: Severity

    public init(rawValue: String) {
        self = DiagnosticCode.all.first { $0.rawValue == rawValue }
            ?? DiagnosticCode(rawValue, .error)
    }

    public init(_ rawValue: String, _ severity: Severity) {
        self.rawValue = rawValue
        self.defaultSeverity = severity
    }

    /// When the code is reported, in a line (the catalogue's entry).
    public var summary: MessageTexts? { CodeSummaries(rawValue: rawValue)?.texts }

    public var description: String { rawValue }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension DiagnosticCode {
    public static let citationUnknown = DiagnosticCode("citation.unknown", .error)
    public static let citationDateMismatch = DiagnosticCode("citation.date-mismatch", .error)
    public static let citationInvalidDate = DiagnosticCode("citation.invalid-date", .error)
    public static let citationKindMismatch = DiagnosticCode("citation.kind-mismatch", .error)
    public static let citationIssuerMismatch = DiagnosticCode("citation.issuer-mismatch", .error)
    public static let citationAnachronism = DiagnosticCode("citation.anachronism", .error)
    public static let citationSuperseded = DiagnosticCode("citation.superseded", .warning)
    public static let citationAmbiguous = DiagnosticCode("citation.ambiguous", .warning)

    public static let linkBroken = DiagnosticCode("link.broken", .error)
    public static let linkAnchor = DiagnosticCode("link.anchor", .error)
    public static let linkRemote = DiagnosticCode("link.remote", .error)
    public static let linkInternal = DiagnosticCode("link.internal", .error)
    public static let visibilityUnmarked = DiagnosticCode("visibility.unmarked", .error)

    public static let frontMatterInvalid = DiagnosticCode("frontmatter.invalid", .error)
    public static let frontMatterMissing = DiagnosticCode("frontmatter.missing", .error)
    public static let frontMatterUnknownKey = DiagnosticCode("frontmatter.unknown-key", .warning)

    public static let registryDuplicate = DiagnosticCode("registry.duplicate", .error)
    public static let registryCycle = DiagnosticCode("registry.cycle", .error)
    public static let registryOrder = DiagnosticCode("registry.order", .error)
    public static let registryDangling = DiagnosticCode("registry.dangling", .error)

    public static let orgDuplicate = DiagnosticCode("org.duplicate", .error)
    public static let orgParent = DiagnosticCode("org.parent", .error)
    public static let orgType = DiagnosticCode("org.type", .error)
    public static let orgCycle = DiagnosticCode("org.cycle", .error)
    public static let orgRule = DiagnosticCode("org.rule", .warning)
    public static let recordsTotal = DiagnosticCode("records.total", .error)
    public static let packMonth = DiagnosticCode("pack.month", .error)
    public static let packType = DiagnosticCode("pack.type", .error)
    public static let packMissing = DiagnosticCode("pack.missing", .warning)
    public static let packPlaceholder = DiagnosticCode("pack.placeholder", .warning)
    public static let nameVariant = DiagnosticCode("name.variant", .warning)

    public static let textEncoding = DiagnosticCode("text.encoding", .warning)

    public static let acceptUnused = DiagnosticCode("accept.unused", .warning)
    public static let buildCollision = DiagnosticCode("build.collision", .error)
    public static let markdownNesting = DiagnosticCode("markdown.nesting", .warning)
    public static let buildSkipped = DiagnosticCode("build.skipped", .warning)
    public static let buildUnreadable = DiagnosticCode("build.unreadable", .error)
    public static let themeTemplate = DiagnosticCode("theme.template", .error)

    /// Every code chibo reports, in the order of docs/en/report-formats.md.
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
