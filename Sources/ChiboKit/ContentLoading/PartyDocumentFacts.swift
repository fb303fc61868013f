/// What Hướng dẫn 36-HD/VPTW prints around a Party document's text, as a
/// page (or, as defaults for every pack, `site.yml`) declares it: who issues
/// it, where, who signs, and who receives it. The number (`symbol`), date,
/// kind and title are the page's own keys.
public struct PartyDocumentFacts: Sendable, Hashable {
    /// The issuing body, top to bottom: the bodies above it first
    /// (`Đảng bộ xã Hưng Đạo`), the body itself last (`Chi bộ xóm Nà Vài`).
    public var issuer: [String] = []
    /// The place before the date (`Hưng Đạo` of "Hưng Đạo, ngày 25 tháng 01 năm 2027").
    public var place: String?
    public var signer: Signer?
    public var recipients: [String] = []

    public init() {}

    public struct Signer: Sendable, Hashable {
        /// The body signed for: `Ban Thường vụ` prints "T/M BAN THƯỜNG VỤ".
        public var onBehalfOf: String?
        public var role: String
        /// Left out while a document waits to be signed: the role and the
        /// space for a signature still print.
        public var name: String?
    }

    /// The page's own facts, each missing one taken from `defaults`.
    public func filled(from defaults: PartyDocumentFacts) -> PartyDocumentFacts {
        var result = self
        if result.issuer.isEmpty { result.issuer = defaults.issuer }
        if result.place == nil { result.place = defaults.place }
        if result.signer == nil { result.signer = defaults.signer }
        if result.recipients.isEmpty { result.recipients = defaults.recipients }
        return result
    }

    /// The keys these facts are written under, in a page's front matter and in site.yml.
    static let keys: Set<String> = ["issuer", "place", "signer", "recipients"]
}

/// Reads `issuer`, `place`, `signer` and `recipients`, reporting each value
/// of the wrong shape at its line as front matter's other keys are.
struct PartyDocumentFactsReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func read(_ entry: YAMLEntry, into facts: inout PartyDocumentFacts) {
        switch entry.key {
        case "issuer": facts.issuer = lines(entry)
        case "place": facts.place = text(entry.value, key: entry.key)
        case "recipients": facts.recipients = lines(entry)
        case "signer": facts.signer = signer(entry)
        default: break
        }
    }

    /// One line or a list of lines; an empty line is reported, not printed.
    private mutating func lines(_ entry: YAMLEntry) -> [String] {
        switch entry.value.kind {
        case .scalar:
            return text(entry.value, key: entry.key).map { [$0] } ?? []
        case .sequence(let items):
            if items.isEmpty { report(entry.value.location, .frontMatterInvalid, Message(FrontMatterMessages.emptyValue, ["key": entry.key])) }
            return items.compactMap { item in
                guard item.string != nil || item.isNull else {
                    report(item.location, .frontMatterInvalid,
                           Message(FrontMatterMessages.listItemNotSingleValue, ["key": entry.key, "shape": item.shape]))
                    return nil
                }
                return text(item, key: entry.key)
            }
        case .mapping:
            report(entry.value.location, .frontMatterInvalid,
                   Message(FrontMatterMessages.notAList, ["key": entry.key, "shape": entry.value.shape]))
            return []
        }
    }

    private mutating func signer(_ entry: YAMLEntry) -> PartyDocumentFacts.Signer? {
        guard case .mapping(let fields) = entry.value.kind else {
            report(entry.value.location, .frontMatterInvalid, Message(FrontMatterMessages.signerNotAMap, ["shape": entry.value.shape]))
            return nil
        }
        var values: [String: String] = [:]
        for field in fields {
            guard Self.signerKeys.contains(field.key) else {
                let suggestion = NearestMatch.find(field.key, in: Self.signerKeys).map { Suggestion.didYouMean($0) }
                diagnostics.append(Diagnostic(file: file, at: field.keyLocation, code: .frontMatterUnknownKey,
                                              message: Message(FrontMatterMessages.unknownSignerKey, ["key": field.key]),
                                              suggestion: suggestion))
                continue
            }
            values[field.key] = text(field.value, key: "signer.\(field.key)")
        }
        guard let role = values["role"] else {
            if !fields.contains(where: { $0.key == "role" }) {
                report(entry.value.location, .frontMatterMissing, Message(FrontMatterMessages.signerNeedsRole))
            }
            return nil
        }
        return PartyDocumentFacts.Signer(onBehalfOf: values["for"], role: role, name: values["name"])
    }

    private static let signerKeys = ["for", "role", "name"]

    /// Text of the file, already NFC (`SourceFile`).
    private mutating func text(_ value: YAMLValue, key: String) -> String? {
        let (text, problem) = value.singleText(key: key)
        if let problem { report(value.location, .frontMatterInvalid, problem) }
        return text
    }

    private mutating func report(_ at: SourceLocation, _ code: DiagnosticCode, _ message: Message) {
        diagnostics.append(Diagnostic(file: file, at: at, code: code, message: message))
    }
}
