/// `chibo new directive SYMBOL --date YYYY-MM-DD`: one registry entry,
/// `directives/<slug>.md`, from `directive.md`.
///
/// The symbol is read and normalised by the grammar citations are read
/// with; the kind defaults from its code (`CT` → Chỉ thị) and must agree
/// with it; an entry of the same symbol and date anywhere in the content
/// is refused (it would be `registry.duplicate`). A file name already
/// taken by another directive gets content-model.md's `-YYYYMMDD`.
public struct DirectiveScaffold: Sendable {
    public static let archetypeNames = [archetype]
    static let archetype = "directive.md"

    public let symbol: DirectiveSymbol
    public let date: CalendarDate
    public let kind: String?
    public let title: String?
    public let issuer: String?

    public init(symbol: String, date: String, title: String? = nil, issuer: String? = nil, kind: String? = nil) throws {
        guard let parsed = DirectiveSymbol(symbol) else {
            throw ScaffoldError(Message(ScaffoldMessages.notASymbol, ["symbol": symbol]))
        }
        guard let date = CalendarDate(iso: date) else {
            throw ScaffoldError(Message(ScaffoldMessages.notADate, ["date": date]))
        }
        self.symbol = parsed
        self.date = date
        self.kind = try Self.kindWord(kind, for: parsed)
        self.title = Self.text(title)
        self.issuer = Self.text(issuer)
    }

    /// The kind word: the one given, spelt as chibo knows it, if it agrees
    /// with the symbol's code; else the only kind the code stands for.
    /// A code shared by two kinds (`QĐ`: Quy định, Quyết định) must be
    /// told; a symbol without a code (a law's) gets no kind unless given.
    static func kindWord(_ given: String?, for symbol: DirectiveSymbol) throws -> String? {
        let candidates = symbol.kindCode.map(DirectiveKind.kinds(ofCode:)) ?? []
        guard let given = text(given) else {
            guard let code = symbol.kindCode else { return nil }
            switch candidates.count {
            case 1: return candidates[0].word
            case 0: throw ScaffoldError(Message(ScaffoldMessages.unknownKindCode, ["code": code]))
            default:
                throw ScaffoldError(Message(ScaffoldMessages.codeOfSeveralKinds, ["code": code, "kinds": Self.eachOr(candidates)]))
            }
        }
        guard let kind = DirectiveKind.named(given) else {
            throw ScaffoldError(Message(ScaffoldMessages.unknownKind, ["kind": given]))
        }
        if let code = symbol.kindCode, !kind.names(code: code) {
            throw ScaffoldError(candidates.isEmpty
                ? Message(ScaffoldMessages.kindDisagreesWithCode, ["symbol": symbol.text, "code": code, "kind": kind.word])
                : Message(ScaffoldMessages.kindDisagreesWithCodeOfKinds,
                          ["symbol": symbol.text, "code": code, "kind": kind.word, "kinds": Self.eachOr(candidates)]))
        }
        return kind.word
    }

    /// `Quy định or Quyết định`: the kind words, each a name as written.
    private static func eachOr(_ kinds: [DirectiveKind]) -> Message {
        CommonMessages.eachOr(kinds.map { Message(verbatim: $0.word) }) ?? Message(verbatim: "")
    }

    private static func text(_ value: String?) -> String? {
        guard let trimmed = value.map({ VietnameseText.nfc($0).trimmed }), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    public func scaffold(_ content: ScaffoldContent, archetypes: Archetypes) throws -> Scaffold {
        let registry = content.registry
        if let same = registry.entries.first(where: { $0.symbol.key == symbol.key && $0.date == date }) {
            throw ScaffoldError(Message(ScaffoldMessages.alreadyRegistered, [
                "symbol": symbol.text, "date": date.description, "file": content.site.pages[same.page].source.displayPath,
            ]))
        }
        let slug = Slug.make(symbol.text)
        var path = "directives/\(slug).md"
        if content.fileExists(path) {
            path = "directives/\(slug)-\(date.description.replacingOccurrences(of: "-", with: "")).md"
        }
        var fields = ArchetypeFields()
        fields[.symbol] = .text(YAMLScalar.quoted(symbol.text))
        fields[.date] = .text(date.description)
        fields[.kind] = kind.map { .text(YAMLScalar.quoted($0)) } ?? .absent
        fields[.title] = title.map { .text(YAMLScalar.quoted($0)) } ?? .absent
        fields[.issuer] = issuer.map { .text(YAMLScalar.quoted($0)) } ?? .absent
        return Scaffold(files: [Scaffold.File(relativePath: path, contents: archetypes.render(Self.archetype, fields))])
    }
}
