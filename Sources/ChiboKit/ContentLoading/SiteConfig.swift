/// `content/site.yml`: settings of the whole site. Every key is optional.
public struct SiteConfig: Sendable {
    public var title = "Tài liệu sinh hoạt chi bộ"
    public var description: String?
    public var language = "vi"
    /// Render raw HTML written in Markdown (still through GFM's tagfilter).
    /// Off by default: content arrives from many hands.
    public var rawHTML = false
    /// With `raw_html`, keep `<script>`, event handlers and `javascript:`
    /// addresses too (`raw_html_scripts: true`): a second, explicit choice.
    public var rawHTMLScripts = false
    /// In a public edition, count internal records in the figures of the
    /// stats tables (`totals_include_internal: true`); their names, rows and
    /// pages are left out all the same.
    public var totalsIncludeInternal = false
    /// The issuing body, place, signer and recipients a pack prints with
    /// when its front matter does not say (`issuer:`, `place:`, `signer:`,
    /// `recipients:` in site.yml).
    public var document = PartyDocumentFacts()

    /// Raw HTML's scripts, handlers and `javascript:` addresses are kept,
    /// and the Content-Security-Policy lets inline scripts run: only when
    /// the site says both `raw_html` and `raw_html_scripts`.
    public var allowsScripts: Bool { rawHTML && rawHTMLScripts }

    public init() {}

    /// Keys that take `true` or `false`.
    static let switchKeys = ["raw_html", "raw_html_scripts", "totals_include_internal"]
    static let knownKeys = ["title", "description", "language"] + switchKeys + PartyDocumentFacts.keys.sorted()

    /// Reads site.yml, reporting problems at their lines.
    public static func read(_ file: SourceFile) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        let (root, error) = YAMLReader(file: file.displayPath, firstLine: 1).read(file.text)
        if let error { return (config, [error]) }
        guard let root, case .mapping(let entries) = root.kind else { return (config, []) }
        for entry in entries {
            let value = entry.value.string
            switch entry.key {
            case "title": if let value { config.title = value }
            case "description": config.description = value
            case "language": if let value { config.language = value }
            case _ where PartyDocumentFacts.keys.contains(entry.key):
                var reader = PartyDocumentFactsReader(file: file.displayPath)
                reader.read(entry, into: &config.document)
                diagnostics += reader.diagnostics
                continue
            case _ where switchKeys.contains(entry.key):
                let on: Bool
                switch value {
                case "true": on = true
                case "false": on = false
                default:
                    diagnostics.append(Diagnostic(file: file.displayPath, at: entry.value.location, code: .frontMatterInvalid,
                                                  message: Message(FrontMatterMessages.switchValue, ["key": entry.key])))
                    continue
                }
                switch entry.key {
                case "raw_html": config.rawHTML = on
                case "raw_html_scripts": config.rawHTMLScripts = on
                default: config.totalsIncludeInternal = on
                }
            default:
                let suggestion = NearestMatch.find(entry.key, in: knownKeys).map {
                    Suggestion.didYouMean($0)
                }
                diagnostics.append(Diagnostic(file: file.displayPath, at: entry.keyLocation, code: .frontMatterUnknownKey,
                                              message: Message(FrontMatterMessages.unknownSiteKey, ["key": entry.key]), suggestion: suggestion))
            }
            if value == nil, !switchKeys.contains(entry.key), Self.knownKeys.contains(entry.key) {
                diagnostics.append(Diagnostic(file: file.displayPath, at: entry.value.location, code: .frontMatterInvalid,
                                              message: Message(FrontMatterMessages.siteValueNotSingle, ["key": entry.key])))
            }
        }
        return (config, diagnostics)
    }
}
