/// Judges every citation of the site against the registry: is the symbol
/// known, does the written date, kind word and issuing body agree with the
/// entry, and does the citing page's own date allow citing it (issued
/// already, not yet replaced). Each problem is reported at the citation,
/// with what the registry expected and, where there is one, the fix.
struct CitationChecker: Sendable {
    let site: Site
    /// The entries one slip away from each unknown symbol (a digit typed
    /// wrong, a letter missing or added), found once per distinct symbol
    /// and only among entries of the same kind code or number: a site
    /// citing many laws outside a national registry must not compare every
    /// entry per citation. Whether the date and issuing body written agree
    /// is judged per citation.
    private var slipEntries: [String: [Int]] = [:]
    /// Entries by number without leading zeros, for a citation that gets
    /// the number and date right and the code wrong.
    private var entriesByNumber: [String: [Int]] = [:]
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
        var byKind: [String: [Int]] = [:]
        for (index, entry) in site.registry.entries.enumerated() {
            byKind[DirectiveKind.foldCode(entry.symbol.kindCode ?? ""), default: []].append(index)
            entriesByNumber[Self.numberKey(entry.symbol.number), default: []].append(index)
        }
        // Each entry's key read once, not once per unknown symbol compared with it.
        let keys = symbols.isEmpty ? [] : site.registry.entries.map { Array($0.symbol.key.unicodeScalars) }
        let numbers = entriesByNumber
        let kindOf = unknownKinds
        let entriesOfKind = byKind
        let slips = Parallel.map(symbols.count, jobs: jobs) { index -> [Int] in
            let symbol = symbols[index]
            let key = Array(DirectiveSymbol.key(symbol).unicodeScalars)
            let number = DirectiveSymbol(symbol).map { Self.numberKey($0.number) } ?? ""
            let nearby = Set((entriesOfKind[DirectiveKind.foldCode(kindOf[symbol]!)] ?? []) + (numbers[number] ?? []))
            return nearby.sorted().filter { Self.isOneSlip(key, keys[$0]) }
        }
        for (symbol, entries) in zip(symbols, slips) where !entries.isEmpty { slipEntries[symbol] = entries }
    }

    /// `05` and `5` are one number.
    static func numberKey(_ number: String) -> String {
        let trimmed = number.drop { $0 == "0" }
        return trimmed.isEmpty ? number : String(trimmed)
    }

    /// One character typed wrong, left out or added, or two neighbours
    /// swapped: `51` for `50`, `CT/T` for `CT/TW`, `67` for `76`. Two
    /// symbols this close are one slip apart; any further and they are two
    /// documents.
    static func isOneSlip(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a != b, abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        return a.count < b.count ? a[i...] == b[(i + 1)...] : a[(i + 1)...] == b[i...]
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
        /// `dated 1/1/2020` or `for tháng 6/2025`; nil when the page has neither.
        var dateDescription: Message?
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
                dateDescription = Message(CitationMessages.pageDated, ["date": date.vietnamese])
            } else if let month = page.metadata.month {
                earliestDate = CalendarDate(year: month.year, month: month.month, day: 1)
                latestDate = CalendarDate(year: month.year, month: month.month,
                                          day: CalendarDate.daysIn(month: month.month, year: month.year))
                dateDescription = Message(CitationMessages.pageForMonth, ["month": month.vietnamese])
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

    private func report(_ citation: Citation, _ file: String, _ code: DiagnosticCode, _ message: Message,
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
        let kinds = meant.dropLast().reversed().reduce(Message(verbatim: meant.last!)) { rest, kind in
            Message(CitationMessages.kindOrKind, ["first": kind, "second": rest])
        }
        return report(citation, file, .citationKindMismatch,
                      Message(CitationMessages.kindMismatch,
                              ["word": word, "code": code, "symbol": citation.symbol ?? citation.text, "kinds": kinds]),
                      suggestion: meant.first.map {
                          Suggestion(message: Message(CitationMessages.writeKindWord, ["kind": $0, "symbol": citation.symbol ?? ""]),
                                     replacement: $0)
                      })
    }

    // MARK: Symbols the registry does not have

    /// A symbol not in the registry. When an entry has the same kind and
    /// number and agrees on everything else written (the date, the issuing
    /// body), the symbol's issuer code is what is wrong: `10-HD/TCTW, ngày
    /// 10/10/2007` for `10-HD/BTCTW` of that date. Otherwise an entry is
    /// offered only when it is likely the one meant; else the editor is
    /// told how to add the document the citation describes.
    private func unknownSymbol(_ citation: Citation, file: String) -> Diagnostic? {
        guard citation.symbol != nil else { return nil }
        if let key = citation.symbolKey, site.unreadSymbolKeys.contains(key) { return nil }
        let written = Self.asWritten(citation)
        if let key = citation.symbolKey, site.internalSymbolKeys.contains(key) {
            return report(citation, file, .linkInternal,
                          Message(CitationMessages.internalCitedOnPublicPage, ["symbol": written]),
                          range: citation.symbolRange)
        }
        if let meant = registry.entryMeant(byIssuerOf: citation) {
            let entry = registry.entries[meant]
            // Certain only when the date written confirms it: then the code is the one thing that differs.
            let isCertain = citation.date != nil && entry.date == citation.date && citation.symbolRange != nil
            return report(citation, file, .citationIssuerMismatch,
                          Message(CitationMessages.issuerCodeMismatch, ["code": Self.writtenIssuerCode(citation), "symbol": written,
                                                                         "entry": Self.described(entry, as: entry.name)]),
                          range: citation.symbolRange,
                          suggestion: Suggestion(message: Message(CommonMessages.didYouMeanOneOf,
                                                                  ["choices": Self.described(entry, as: entry.symbol.text)]),
                                                 replacement: entry.symbol.text, range: citation.symbolRange,
                                                 isCertain: isCertain))
        }
        let likely = likelyEntries(for: citation)
        let suggestion: Suggestion
        if likely.isEmpty {
            let command = Self.addCommand(for: citation)
            suggestion = Suggestion(message: citation.date == nil
                                    ? Message(CitationMessages.noLikeEntryAddItUndated, ["command": command])
                                    : Message(CitationMessages.noLikeEntryAddIt, ["command": command]))
        } else {
            let named = likely.prefix(3).map { Self.described(registry.entries[$0], as: registry.entries[$0].symbol.text) }
            suggestion = Suggestion(message: Message(CommonMessages.didYouMeanOneOf, ["choices": CommonMessages.oneOf(named)]),
                                    replacement: likely.count == 1 ? registry.entries[likely[0]].symbol.text : nil,
                                    range: likely.count == 1 ? citation.symbolRange : nil)
        }
        return report(citation, file, .citationUnknown, Message(CitationMessages.notInRegistry, ["symbol": written]),
                      range: citation.symbolRange,
                      suggestion: suggestion)
    }

    /// Entries the citation likely meant: those with its number and date
    /// (the code or issuer mistyped); failing that, those one slip from
    /// its symbol whose date agrees or is not written, and whose issuing
    /// body does not disagree where the date does not confirm them. Never
    /// an entry whose number, date and issuer all differ.
    private func likelyEntries(for citation: Citation) -> [Int] {
        guard let symbol = citation.symbol else { return [] }
        let writtenBody = citation.issuingBody.map { issuerNames[$0] ?? IssuingBodyName($0) }
        if let date = citation.date, let number = citation.number {
            let sameNumberAndDate = (entriesByNumber[Self.numberKey(number)] ?? []).filter { registry.entries[$0].date == date }
            if !sameNumberAndDate.isEmpty { return sameNumberAndDate }
        }
        return (slipEntries[symbol] ?? []).filter { index in
            let entry = registry.entries[index]
            if let date = citation.date, let registered = entry.date {
                return date == registered
            }
            guard let writtenBody, let registeredBody = entry.issuerName else { return true }
            return writtenBody.agrees(with: registeredBody)
        }
    }

    /// `chibo new directive 05-CT/TW --date 2016-05-15 --kind "Chỉ thị"
    /// --issuer "Bộ Chính trị"`: the command that registers what the
    /// citation states, quoted for a POSIX shell. The date is required by
    /// the command: an undated citation gets `YYYY-MM-DD` to fill in. A
    /// kind word is given only when it is one chibo knows and agrees with
    /// the code (else the command would refuse it).
    static func addCommand(for citation: Citation) -> String {
        var words = ["chibo", "new", "directive", ShellWord.quoted(citation.symbol ?? "")]
        words += ["--date", citation.date?.description ?? "YYYY-MM-DD"]
        if let word = citation.kindWord, let kind = DirectiveKind.named(word),
           citation.kindCode.map({ kind.names(code: $0) }) ?? true {
            words += ["--kind", ShellWord.quoted(kind.word, always: true)]
        }
        if let issuer = citation.issuingBody?.trimmed, !issuer.isEmpty {
            words += ["--issuer", ShellWord.quoted(issuer, always: true)]
        }
        return words.joined(separator: " ")
    }

    /// The symbol as the editor typed it, or as read when that is not known.
    static func asWritten(_ citation: Citation) -> String {
        if let typed = citation.symbolText?.trimmed, !typed.isEmpty { return typed }
        return citation.symbol ?? citation.text
    }

    /// The issuer code as typed: `Tw` of `05-CT/Tw`, `CP` of `114/2003/NĐ-CP`.
    static func writtenIssuerCode(_ citation: Citation) -> String {
        let written = asWritten(citation)
        if let separator = written.lastIndex(where: { $0 == "/" || $0 == "-" }) {
            let code = written[written.index(after: separator)...].trimmed
            if !code.isEmpty { return String(code) }
        }
        return citation.issuerCode ?? "?"
    }

    // MARK: Symbols with several entries

    private func ambiguous(_ citation: Citation, candidates: [Int], file: String) -> Diagnostic {
        let name = citation.symbol ?? citation.text
        let dates = candidates.compactMap { registry.entries[$0].date?.vietnamese }
        if let date = citation.date {
            return report(citation, file, .citationDateMismatch,
                          Message(CitationMessages.registeredOnOtherDates, ["symbol": name, "dates": dates, "date": date.vietnamese]),
                          range: citation.dateRange,
                          suggestion: Suggestion(message: Message(CitationMessages.writeDateOfTheOneMeant,
                                                                  ["dates": CommonMessages.eachOr(dates.map(Message.init(verbatim:)))
                                                                      ?? Message(verbatim: "")])))
        }
        return report(citation, file, .citationAmbiguous,
                      Message(CitationMessages.ambiguous, ["symbol": name, "count": candidates.count, "dates": dates]),
                      suggestion: Suggestion(message: Message(CitationMessages.addTheDate, ["symbol": name, "date": dates.first ?? "…"])))
    }

    // MARK: Symbols that resolve

    private func judgeResolved(_ citation: Citation, entryIndex: Int, on page: CitingPage) -> [Diagnostic] {
        let entry = registry.entries[entryIndex]
        var problems: [Diagnostic] = []
        if let written = citation.date, let registered = entry.date, written != registered {
            let replacement = Self.written(registered, like: citation.dateText)
            problems.append(report(
                citation, page.file, .citationDateMismatch,
                Message(CitationMessages.dateMismatch,
                        ["name": entry.name, "registered": registered.vietnamese, "written": written.vietnamese]),
                range: citation.dateRange,
                suggestion: Suggestion(message: Message(CitationMessages.writeRegistryDate, ["date": replacement]),
                                       replacement: replacement,
                                       range: citation.dateRange,
                                       isCertain: Self.isOneLine(citation.dateRange) && citation.dateText != nil)))
        }
        if let written = citation.issuingBody, let issuer = entry.issuer, let issuerName = entry.issuerName,
           !(issuerNames[written] ?? IssuingBodyName(written)).agrees(with: issuerName) {
            let replacement = Self.issuingBody(issuer, like: citation)
            problems.append(report(
                citation, page.file, .citationIssuerMismatch,
                Message(CitationMessages.issuerMismatch, ["name": entry.name, "issuer": issuer, "written": written]),
                range: citation.issuingBodyRange,
                suggestion: Suggestion(message: Message(CitationMessages.writeRegistryIssuer, ["issuer": replacement]),
                                       replacement: replacement,
                                       range: citation.issuingBodyRange,
                                       isCertain: Self.isOneLine(citation.issuingBodyRange))))
        }
        guard entryIndex != page.ownEntry else { return problems }
        if let latest = page.latestDate, let dated = page.dateDescription, let issued = entry.date, latest < issued,
           !page.laterRelatedEntries.contains(entryIndex) {
            problems.append(report(
                citation, page.file, .citationAnachronism,
                Message(CitationMessages.anachronism, ["dated": dated, "name": entry.name, "date": issued.vietnamese])))
        }
        if let problem = superseded(citation, entryIndex: entryIndex, on: page) { problems.append(problem) }
        return problems
    }

    /// Cited as current on a page dated after the directive was replaced,
    /// unless the text says so (`nay là …`, `thay thế …`) or the page is
    /// the replacement itself.
    private func superseded(_ citation: Citation, entryIndex: Int, on page: CitingPage) -> Diagnostic? {
        guard !citation.acknowledgesReplacement, !page.replacedEntries.contains(entryIndex),
              let citingDate = page.earliestDate, let dated = page.dateDescription else { return nil }
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
            Message(CitationMessages.superseded,
                    ["name": entry.name, "replacement": replacingName, "date": replacement.date.vietnamese, "dated": dated]),
            suggestion: Suggestion(
                message: Message(CitationMessages.citeReplacementInstead, ["replacement": replacingName]),
                replacement: replacingEntry.map { registry.entries[$0].symbol.text },
                range: replacingEntry == nil ? nil : citation.symbolRange))
    }

    /// The registry's date in the style the citation wrote its own:
    /// `ngày 10 tháng 10 năm 2007`, `Ngày 06/7/2019`, `10-10-2007`, with
    /// the same words, separators and leading zeros. Only the figures
    /// change, so that the fix replaces the date text and nothing else.
    static func written(_ date: CalendarDate, like text: String?) -> String {
        let written = text ?? "ngày 1/1/2000"
        var groups: [Range<String.Index>] = []
        var index = written.startIndex
        while index < written.endIndex {
            guard written[index].isASCII, written[index].isNumber else {
                index = written.index(after: index)
                continue
            }
            let start = index
            while index < written.endIndex, written[index].isASCII, written[index].isNumber { index = written.index(after: index) }
            groups.append(start..<index)
        }
        guard groups.count == 3 else { return "ngày \(date.vietnamese)" }
        func styled(_ value: Int, like group: Substring) -> String {
            group.count == 2 && group.hasPrefix("0") && value < 10 ? "0\(value)" : "\(value)"
        }
        let year = groups[2].isEmpty ? "" : String(date.year)
        let values = [styled(date.day, like: written[groups[0]]), styled(date.month, like: written[groups[1]]), year]
        var result = ""
        var last = written.startIndex
        for (group, value) in zip(groups, values) {
            result += written[last..<group.lowerBound] + value
            last = group.upperBound
        }
        return result + written[last...]
    }

    /// `của Ban Bí thư` for a citation that wrote `của Bộ Chính trị`: the
    /// word before the name kept as written (`Của` at a sentence's start).
    static func issuingBody(_ issuer: String, like citation: Citation) -> String {
        guard let name = citation.issuingBody, let found = citation.text.range(of: name, options: .backwards) else {
            return "của \(issuer)"
        }
        let before = citation.text[..<found.lowerBound]
        let spaces = before.reversed().prefix { $0 == " " }.count
        let word = before.dropLast(spaces).reversed().prefix { !$0.isWhitespace && $0 != "," }
        guard spaces > 0, VietnameseText.fold(String(word.reversed())) == "cua" else { return "của \(issuer)" }
        return String(word.reversed()) + String(repeating: " ", count: spaces) + issuer
    }

    /// A range on one line: a fix across a line break would join the lines.
    static func isOneLine(_ range: SourceRange?) -> Bool {
        guard let range else { return false }
        return range.start.line == range.end.line
    }

    /// `name` with the entry's date and issuing body, as far as it has them.
    private static func described(_ entry: DirectiveRegistry.Entry, as name: String) -> Message {
        switch (entry.date?.vietnamese, entry.issuer) {
        case let (date?, issuer?): Message(CitationMessages.entryOfDateByIssuer, ["name": name, "date": date, "issuer": issuer])
        case let (date?, nil): Message(CitationMessages.entryOfDate, ["name": name, "date": date])
        case let (nil, issuer?): Message(CitationMessages.entryByIssuer, ["name": name, "issuer": issuer])
        // The name alone is the content's, in every language.
        case (nil, nil): Message(verbatim: name)
        }
    }
}
