/// The stable identifiers of interfaces.md. Their meaning never changes once
/// released; new codes are added, never renamed.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public var defaultSeverity: Severity

    public init(rawValue: String) {
        self.rawValue = rawValue
        self.defaultSeverity = .error
    }

    public init(_ rawValue: String, _ severity: Severity) {
        self.rawValue = rawValue
        self.defaultSeverity = severity
    }

    public var description: String { rawValue }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension DiagnosticCode {
    public static let linkBroken = DiagnosticCode("link.broken", .error)
    public static let linkAnchor = DiagnosticCode("link.anchor", .error)
    public static let linkInternal = DiagnosticCode("link.internal", .error)

    public static let frontMatterInvalid = DiagnosticCode("frontmatter.invalid", .error)
    public static let frontMatterMissing = DiagnosticCode("frontmatter.missing", .error)
    /// A key chibo does not know, most often a misspelling of one it does.
    public static let frontMatterUnknownKey = DiagnosticCode("frontmatter.unknown-key", .warning)

    public static let textEncoding = DiagnosticCode("text.encoding", .warning)

    /// Two sources that would write the same output file.
    public static let buildCollision = DiagnosticCode("build.collision", .error)
    /// A file or folder chibo refuses to read (a symlink out of the content folder).
    public static let buildUnreadable = DiagnosticCode("build.unreadable", .error)
    /// A theme template that does not parse or is missing.
    public static let themeTemplate = DiagnosticCode("theme.template", .error)
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

    public static let registryDuplicate = DiagnosticCode("registry.duplicate", .error)
    public static let registryCycle = DiagnosticCode("registry.cycle", .error)
    public static let registryOrder = DiagnosticCode("registry.order", .error)
    public static let registryDangling = DiagnosticCode("registry.dangling", .error)
}
