/// `chibo import --register`: a registry entry for each directive the
/// imported page cites that the registry lacks, holding exactly what the
/// citations state (symbol, date, kind, issuing body), each fact with a YAML
/// comment naming the citation it came from. A fact two citations state
/// differently is left out and reported; nothing is guessed (a kind is
/// written only when a citation names it).
struct CitedDirectiveEntries {
    struct Entry: Equatable {
        var symbol: String
        var date: (value: CalendarDate, source: String)?
        var kind: (value: String, source: String)?
        var issuer: (value: String, source: String)?
        var symbolSource: String

        static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.frontMatter == rhs.frontMatter }

        var frontMatter: String {
            func comment(_ source: String) -> String { "  # from “\(YAMLScalar.commentLine(source))”" }
            var out = "---\nsymbol: \(YAMLScalar.quoted(symbol))\(comment(symbolSource))\n"
            if let date { out += "date: \(date.value)\(comment(date.source))\n" }
            if let kind { out += "kind: \(YAMLScalar.quoted(kind.value))\(comment(kind.source))\n" }
            if let issuer { out += "issuer: \(YAMLScalar.quoted(issuer.value))\(comment(issuer.source))\n" }
            return out + "---\n"
        }
    }

    private(set) var entries: [Entry] = []
    /// What the entries leave out, and why: a fact two citations state
    /// differently, a citation that names an entry by a slip of its code.
    private(set) var disagreements: [Message] = []

    /// `texts`: the page's paragraphs, headings, cells and footnotes;
    /// `ownSymbol`: the page's own symbol (the page is that entry).
    init(texts: [String], ownSymbol: String?, registry: DirectiveRegistry) {
        let recognizer = CitationRecognizer(aliases: registry.aliases)
        var bySymbol: [String: [Citation]] = [:]
        var order: [String] = []
        let ownKey = ownSymbol.map(DirectiveSymbol.key)
        for text in texts {
            var run = TextRun()
            run.append(text, at: SourceLocation(line: 1, column: 1))
            for citation in recognizer.citations(in: run) where citation.form == .symbol {
                guard let key = citation.symbolKey, key != ownKey, registry.resolve(citation) == .unknown else { continue }
                // A slip of the issuer code names a directive the registry has:
                // no second entry for it (the checker reports the slip).
                if let meant = registry.entryMeant(byIssuerOf: citation) {
                    let note = Message(ImportMessages.issuerCodeSlipNoEntry,
                                       ["symbol": citation.symbol ?? citation.text, "entry": registry.entries[meant].symbol.text])
                    if !disagreements.contains(note) { disagreements.append(note) }
                    continue
                }
                if bySymbol[key] == nil { order.append(key) }
                bySymbol[key, default: []].append(citation)
            }
        }
        for key in order {
            let citations = bySymbol[key]!
            guard let symbol = citations.first?.symbol else { continue }
            var entry = Entry(symbol: symbol, symbolSource: citations[0].text)
            entry.date = agreed(.theDate, of: symbol, citations.compactMap { c in c.date.map { ($0, c.text) } }, same: ==)
            entry.kind = agreed(.theKind, of: symbol, citations.compactMap { c in
                c.kindWord.flatMap(DirectiveKind.named).map { ($0.word, c.text) }
            }, same: ==)
            entry.issuer = agreed(.theIssuingBody, of: symbol, citations.compactMap { c in c.issuingBody.map { ($0, c.text) } },
                                  same: IssuingBodyName.agree)
            entries.append(entry)
        }
    }

    /// The value every citation that states a fact states, or nil (and a
    /// disagreement reported) when two differ.
    private mutating func agreed<Value>(_ fact: ImportMessages, of symbol: String, _ stated: [(Value, String)],
                                        same: (Value, Value) -> Bool) -> (value: Value, source: String)? {
        guard let first = stated.first else { return nil }
        if let other = stated.first(where: { !same($0.0, first.0) }) {
            disagreements.append(Message(ImportMessages.citationsDisagree,
                                         ["symbol": symbol, "fact": Message(fact), "first": first.1, "other": other.1]))
            return nil
        }
        return (first.0, first.1)
    }
}
