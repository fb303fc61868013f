/// Judges every citation of the site against the registry: is the symbol
/// known, does the written date, kind word and issuing body agree with the
/// entry, and does the citing page's own date allow citing it (issued
/// already, not yet replaced). Each problem is reported at the citation,
/// with what the registry expected and, where there is one, the fix.
struct CitationChecker: Sendable {
    let site: Site
    /// The known symbol nearest to each unknown one, found once per distinct
    /// symbol and only among symbols of the same kind code: a site citing
    /// many laws outside a national registry must not run a fuzzy search
    /// over every entry per citation.
    /// Each value is the symbol meant and its dates (`50-CT/TW of 23/7/2025`).
    private var nearestKnown: [String: (symbol: String, named: String)] = [:]
    /// Issuing bodies and kind words as citations write them, each read
    /// once: a site writes a few hundred of them in a hundred thousand
    /// citations, and reading one folds and splits it.
    private var issuerNames: [String: IssuingBodyName] = [:]
    private var kindsByWord: [String: DirectiveKind] = [:]

    init(site: Site, jobs: Int = 1) {
        self.site = site
        var unknownKinds: [String: String] = [:]
        for occurrences in site.citations.byPage {
            for occurrence in occurrences {
                let citation = occurrence.citation
                if let written = citation.issuingBody, issuerNames[written] == nil {
                    issuerNames[written] = IssuingBodyName(written)
                }
                if let word = citation.kindWord, kindsByWord[word] == nil, let kind = DirectiveKind.named(word) {
                    kindsByWord[word] = kind
                }
                guard occurrence.resolution == .unknown else { continue }
                if let symbol = citation.symbol { unknownKinds[symbol] = citation.kindCode ?? "" }
            }
        }
        let symbols = unknownKinds.keys.sorted()
        let kinds = symbols.map { DirectiveKind.foldCode(unknownKinds[$0]!) }
        var knownByKind: [String: Set<String>] = [:]
        var datesBySymbol: [String: [String]] = [:]
        for entry in site.registry.entries {
            knownByKind[DirectiveKind.foldCode(entry.symbol.kindCode ?? ""), default: []].insert(entry.symbol.text)
            if let date = entry.date { datesBySymbol[entry.symbol.text, default: []].append(date.vietnamese) }
        }
        let candidates = knownByKind.mapValues { $0.sorted() }
        let nearest = Parallel.map(symbols.count, jobs: jobs) { index -> String? in
            NearestMatch.find(symbols[index], in: candidates[kinds[index]] ?? [])
        }
        for (symbol, near) in zip(symbols, nearest) {
            guard let near else { continue }
            let dates = datesBySymbol[near] ?? []
            nearestKnown[symbol] = (near, near + (dates.isEmpty ? "" : " of " + dates.joined(separator: " or ")))
        }
    }

    func diagnostics(jobs: Int) -> [Diagnostic] {
        Parallel.map(site.pages.count, jobs: jobs) { diagnostics(ofPageAt: $0) }.flatMap { $0 }
    }

    func diagnostics(ofPageAt index: Int) -> [Diagnostic] {
        let context = site.pages.inPlace(index) { CitingPage(index: index, page: $0.pointee, registry: site.registry) }
        return site.citations.byPage[index].flatMap { judge($0, on: context) }
    }

    /// What a citing page brings to the judgement: its date (a pack's month
    /// counts as its first day for `superseded` and its last for
    /// `anachronism`, so neither fires on a date it might not have), its own
    /// entry, and what it says it replaces.
    struct CitingPage {
        var index: Int
        var file: String
        var earliestDate: CalendarDate?
        var latestDate: CalendarDate?
        /// `dated 1/1/2020` or `for tháng 6/2025`.
        var dateDescription = ""
        var ownEntry: Int?
        var replacedEntries: Set<Int>
        /// Entries that replace, implement or amend this page's own entry:
        /// a directive's page may name what later replaced it.
        var laterRelatedEntries: Set<Int> = []

        init(index: Int, page: borrowing Page, registry: DirectiveRegistry) {
            self.index = index
            file = page.source.displayPath
            if let date = page.metadata.date {
                earliestDate = date
                latestDate = date
                dateDescription = "dated \(date.vietnamese)"
            } else if let month = page.metadata.month {
                earliestDate = CalendarDate(year: month.year, month: month.month, day: 1)
                latestDate = CalendarDate(year: month.year, month: month.month,
                                          day: CalendarDate.daysIn(month: month.month, year: month.year))
                dateDescription = "for \(month.vietnamese)"
            }
            ownEntry = registry.entry(ofPage: index)
            replacedEntries = Set(registry.relations(fromPage: index).filter { $0.kind == .replaces }.map(\.toEntry))
            if let ownEntry {
                laterRelatedEntries = Set(registry.relations(toEntry: ownEntry).compactMap { registry.entry(ofPage: $0.fromPage) })
            }
        }
    }

    private func judge(_ occurrence: SiteCitations.Occurrence, on page: CitingPage) -> [Diagnostic] {
        let citation = occurrence.citation
        var problems: [Diagnostic] = []
        if let kindProblem = kindMismatch(citation, file: page.file) { problems.append(kindProblem) }
        switch occurrence.resolution {
        case .unknown:
            // A short form (`Quy định số 76`) names no symbol; an alias is
            // unknown only when its internal directive was left out.
            if citation.form != .shortForm, let problem = unknownSymbol(citation, file: page.file) { problems.append(problem) }
        case .ambiguous(let candidates):
            problems.append(ambiguous(citation, candidates: candidates, file: page.file))
        case .resolved(let entryIndex):
            problems += judgeResolved(citation, entryIndex: entryIndex, on: page)
        }
        return problems
    }

    private var registry: DirectiveRegistry { site.registry }

    private func report(_ citation: Citation, _ file: String, _ code: DiagnosticCode, _ message: String,
                        range: SourceRange? = nil, suggestion: Suggestion? = nil) -> Diagnostic {
        Diagnostic(file: file, range: range ?? SourceRange(start: citation.start, end: citation.end), code: code,
                   message: message, suggestion: suggestion, subject: citation.symbol ?? citation.text)
    }

    /// `Chỉ thị số 10-HD/BTCTW`: the word says one kind, the code another.
    private func kindMismatch(_ citation: Citation, file: String) -> Diagnostic? {
        guard citation.form == .symbol, !citation.kindWordIsShared, let word = citation.kindWord,
              let code = citation.kindCode, let kind = kindsByWord[word], !kind.codes.isEmpty,
              !kind.names(code: code) else { return nil }
        // Only a code chibo knows can contradict the word: `Hướng dẫn liên
        // tịch số 01-HDLT/…` writes a code of its own.
        let meant = DirectiveKind.kinds(ofCode: code).map(\.word)
        guard !meant.isEmpty else { return nil }
        return report(citation, file, .citationKindMismatch,
                      "`\(word)` does not match the code \(code) of \(citation.symbol ?? citation.text)"
                        + ", which is a \(meant.joined(separator: " or a "))",
                      suggestion: meant.first.map { Suggestion(message: "write `\($0) số \(citation.symbol ?? "")`", replacement: $0) })
    }

    // MARK: Symbols the registry does not have

    /// A symbol not in the registry. When an entry has the same kind and
    /// number and agrees on everything else written (the date, the issuing
    /// body), the symbol's issuer code is what is wrong: `10-HD/TCTW, ngày
    /// 10/10/2007` for `10-HD/BTCTW` of that date.
    private func unknownSymbol(_ citation: Citation, file: String) -> Diagnostic? {
        guard let symbol = citation.symbol else { return nil }
        if let key = citation.symbolKey, site.internalSymbolKeys.contains(key) {
            return report(citation, file, .linkInternal,
                          "this public page cites \(symbol), which is internal (lưu hành nội bộ) and left out of the public edition",
                          range: citation.symbolRange)
        }
        if let meant = entryMeant(byIssuerOf: citation) {
            let entry = registry.entries[meant]
            return report(citation, file, .citationIssuerMismatch,
                          "the issuer code \(citation.issuerCode ?? "?") of \(symbol) disagrees with the registry, "
                            + "which has \(entry.name)\(Self.of(entry))",
                          range: citation.symbolRange,
                          suggestion: Suggestion(message: "did you mean \(entry.symbol.text)\(Self.of(entry))?",
                                                 replacement: entry.symbol.text, range: citation.symbolRange))
        }
        let suggestion = nearestKnown[symbol].map { near in
            Suggestion(message: "did you mean \(near.named)?", replacement: near.symbol, range: citation.symbolRange)
        }
        return report(citation, file, .citationUnknown, "\(symbol) is not in the registry", range: citation.symbolRange,
                      suggestion: suggestion)
    }

    private func entryMeant(byIssuerOf citation: Citation) -> Int? {
        guard let code = citation.kindCode, let number = citation.number else { return nil }
        let writtenBody = citation.issuingBody.map(IssuingBodyName.init)
        let candidates = registry.entries(kindCode: code, number: number).filter { index in
            let entry = registry.entries[index]
            let sameDate = citation.date != nil && entry.date == citation.date
            let sameBody = writtenBody.flatMap { written in entry.issuerName.map { written.agrees(with: $0) } }
            if sameBody == false { return false }
            if citation.date != nil { return sameDate }
            return sameBody == true
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    // MARK: Symbols with several entries

    private func ambiguous(_ citation: Citation, candidates: [Int], file: String) -> Diagnostic {
        let name = citation.symbol ?? citation.text
        let dates = candidates.compactMap { registry.entries[$0].date?.vietnamese }
        if let date = citation.date {
            return report(citation, file, .citationDateMismatch,
                          "\(name) is registered on \(dates.joined(separator: ", ")), not on \(date.vietnamese)",
                          range: citation.dateRange,
                          suggestion: Suggestion(message: "write the date of the one meant: \(dates.joined(separator: " or "))"))
        }
        return report(citation, file, .citationAmbiguous,
                      "\(name) matches \(candidates.count) registry entries (of \(dates.joined(separator: ", "))); "
                        + "the date or the issuing body tells which",
                      suggestion: Suggestion(message: "add the date, e.g. `\(name), ngày \(dates.first ?? "…")`"))
    }

    // MARK: Symbols that resolve

    private func judgeResolved(_ citation: Citation, entryIndex: Int, on page: CitingPage) -> [Diagnostic] {
        let entry = registry.entries[entryIndex]
        var problems: [Diagnostic] = []
        if let written = citation.date, let registered = entry.date, written != registered {
            let replacement = Self.written(registered, like: citation.dateText)
            problems.append(report(
                citation, page.file, .citationDateMismatch,
                "\(entry.name) is dated \(registered.vietnamese) in the registry, not \(written.vietnamese)",
                range: citation.dateRange,
                suggestion: Suggestion(message: "write the registry's date: `\(replacement)`", replacement: replacement,
                                       range: citation.dateRange)))
        }
        if let written = citation.issuingBody, let issuer = entry.issuer, let issuerName = entry.issuerName,
           !(issuerNames[written] ?? IssuingBodyName(written)).agrees(with: issuerName) {
            problems.append(report(
                citation, page.file, .citationIssuerMismatch,
                "\(entry.name) was issued by \(issuer), not by \(written)",
                range: citation.issuingBodyRange,
                suggestion: Suggestion(message: "write the registry's issuing body: `của \(issuer)`", replacement: "của \(issuer)",
                                       range: citation.issuingBodyRange)))
        }
        guard entryIndex != page.ownEntry else { return problems }
        if let latest = page.latestDate, let issued = entry.date, latest < issued,
           !page.laterRelatedEntries.contains(entryIndex) {
            problems.append(report(
                citation, page.file, .citationAnachronism,
                "this page is \(page.dateDescription), before \(entry.name) was issued on \(issued.vietnamese)"))
        }
        if let problem = superseded(citation, entryIndex: entryIndex, on: page) { problems.append(problem) }
        return problems
    }

    /// Cited as current on a page dated after the directive was replaced,
    /// unless the text says so (`nay là …`, `thay thế …`) or the page is
    /// the replacement itself.
    private func superseded(_ citation: Citation, entryIndex: Int, on page: CitingPage) -> Diagnostic? {
        guard !citation.acknowledgesReplacement, !page.replacedEntries.contains(entryIndex),
              let citingDate = page.earliestDate else { return nil }
        let replacements = registry.relations(toEntry: entryIndex, kind: .replaces).compactMap { relation
            -> (page: Int, date: CalendarDate)? in
            guard relation.fromPage != page.index,
                  let date = site.pages[relation.fromPage].metadata.date, date <= citingDate else { return nil }
            return (relation.fromPage, date)
        }.sorted { ($0.date, $0.page) < ($1.date, $1.page) }
        guard let replacement = replacements.first else { return nil }
        let entry = registry.entries[entryIndex]
        let replacingEntry = registry.entry(ofPage: replacement.page)
        let replacingName = replacingEntry.map { registry.entries[$0].name } ?? "“\(site.pages[replacement.page].title)”"
        return report(
            citation, page.file, .citationSuperseded,
            "\(entry.name) was replaced by \(replacingName) on \(replacement.date.vietnamese); this page is \(page.dateDescription)",
            suggestion: Suggestion(
                message: "cite \(replacingName) instead, or say that it was replaced (`nay là …`)",
                replacement: replacingEntry.map { registry.entries[$0].symbol.text },
                range: replacingEntry == nil ? nil : citation.symbolRange))
    }

    /// The registry's date in the style the citation wrote its own:
    /// `ngày 10 tháng 10 năm 2007`, `ngày 06/7/2019`, `10-10-2007`, with
    /// the same word, separator and leading zeros.
    static func written(_ date: CalendarDate, like text: String?) -> String {
        if let text, text.hasPrefix("("), text.hasSuffix(")") {
            return "(" + written(date, like: String(text.dropFirst().dropLast())) + ")"
        }
        let written = text ?? "ngày 1/1/2000"
        let folded = VietnameseText.fold(written)
        let prefix = folded.hasPrefix("ngay") ? "ngày " : ""
        let groups = written.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init)
        func styled(_ value: Int, like group: String?) -> String {
            group.map { $0.count == 2 && $0.hasPrefix("0") } == true && value < 10 ? "0\(value)" : "\(value)"
        }
        let day = styled(date.day, like: groups.first)
        let month = styled(date.month, like: groups.count > 1 ? groups[1] : nil)
        if folded.contains("thang") { return "\(prefix)\(day) tháng \(month) năm \(date.year)" }
        let separator = written.first { $0 == "/" || $0 == "-" || $0 == "." } ?? "/"
        return "\(prefix)\(day)\(separator)\(month)\(separator)\(date.year)"
    }

    private static func of(_ entry: DirectiveRegistry.Entry) -> String {
        var text = ""
        if let date = entry.date { text += " of \(date.vietnamese)" }
        if let issuer = entry.issuer { text += " (\(issuer))" }
        return text
    }
}
