/// Every directive the site knows: the entries of `directives/*.md` and the
/// pages with `symbol:`, keyed by symbol and date (symbols repeat across
/// provinces and terms), their relations both ways, and the indexes that
/// resolve a citation in O(1).
public struct DirectiveRegistry: Sendable {
    public struct Entry: Sendable {
        public let symbol: DirectiveSymbol
        public let date: CalendarDate?
        /// The page that holds the entry, an index into `Site.pages`.
        public let page: Int
        public let outputPath: String
        public let kind: String?
        public let issuer: String?
        public let term: String?
        public let title: String?
        public let aliases: [String]
        public let isInternal: Bool
        /// `issuer` read for comparing with the bodies citations name, once.
        public let issuerName: IssuingBodyName?
        /// `Chỉ thị 50-CT/TW` or the symbol alone.
        public let name: String
        /// `Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư: Tiếp tục …`, for
        /// link tooltips: made once, where every citation of the entry
        /// on every page made it again.
        public let tooltip: String

        init(symbol: DirectiveSymbol, date: CalendarDate?, page: Int, outputPath: String, kind: String?,
             issuer: String?, term: String?, title: String?, aliases: [String], isInternal: Bool) {
            self.symbol = symbol
            self.date = date
            self.page = page
            self.outputPath = outputPath
            self.kind = kind
            self.issuer = issuer
            self.term = term
            self.title = title
            self.aliases = aliases
            self.isInternal = isInternal
            issuerName = issuer.map(IssuingBodyName.init)
            name = [kind, symbol.text].compactMap { $0 }.joined(separator: " ")
            var tooltip = name
            if let date { tooltip += " ngày \(date.vietnamese)" }
            if let issuer { tooltip += " của \(issuer)" }
            if let title { tooltip += ": \(title)" }
            self.tooltip = tooltip
        }
    }

    public enum RelationKind: String, Sendable, CaseIterable {
        case replaces, implements, amends
    }

    /// A page (an entry or any other page, such as a replacing guidance
    /// without a symbol) that `replaces`, `implements` or `amends` an entry.
    public struct Relation: Sendable, Hashable {
        public var kind: RelationKind
        public var fromPage: Int
        public var toEntry: Int
    }

    public enum Resolution: Sendable, Equatable {
        case resolved(Int)
        /// Several entries fit (an undated symbol shared by two entries).
        case ambiguous([Int])
        case unknown

        /// The entry, when the reference resolves to exactly one.
        public var entry: Int? {
            if case .resolved(let entry) = self { return entry }
            return nil
        }
    }

    public private(set) var entries: [Entry] = []
    public private(set) var relations: [Relation] = []
    private var bySymbolKey: [String: [Int]] = [:]
    private var byKindAndNumber: [String: [Int]] = [:]
    private var entryByPage: [Int: Int] = [:]
    private var outgoingByPage: [Int: [Int]] = [:]
    private var incomingByEntry: [Int: [Int]] = [:]

    public init() {}

    /// Builds the registry from a site's pages, reporting malformed symbols,
    /// duplicates, dangling relations, cycles and order problems.
    /// `leftOutKeys` are the symbol keys of internal directives a public
    /// edition leaves out: a relation to one is `link.internal`.
    public init(pages: [Page], leftOutKeys: Set<String> = [], diagnostics: inout [Diagnostic]) {
        pages.forEachInPlace { index, page in
            guard let written = page.pointee.metadata.symbol else { return }
            guard let symbol = DirectiveSymbol(written) else {
                diagnostics.append(Diagnostic(
                    file: page.pointee.source.displayPath, at: page.pointee.metadata.keyLocations["symbol"] ?? SourceLocation(line: 1, column: 1),
                    code: .frontMatterInvalid,
                    message: Message(RegistryMessages.notASymbol, ["written": written])))
                return
            }
            let metadata = page.pointee.metadata
            let entry = Entry(symbol: symbol, date: metadata.date, page: index, outputPath: page.pointee.outputPath,
                              kind: metadata.kind, issuer: metadata.issuer, term: metadata.term, title: metadata.title,
                              aliases: metadata.aliases, isInternal: metadata.visibility == .internal)
            // Judged before a duplicate is dropped: its own problems are reported too.
            if let kindWord = metadata.kind, let code = symbol.kindCode, let kind = DirectiveKind.named(kindWord),
               !kind.codes.isEmpty, !kind.names(code: code) {
                diagnostics.append(Diagnostic(
                    file: page.pointee.source.displayPath, at: metadata.keyLocations["kind"] ?? SourceLocation(line: 1, column: 1),
                    code: .frontMatterInvalid,
                    message: DirectiveKind.kinds(ofCode: code).first.map {
                        Message(RegistryMessages.kindDisagreesNamingKind, ["kind": kindWord, "code": code, "symbol": symbol.text, "word": $0.word])
                    } ?? Message(RegistryMessages.kindDisagrees, ["kind": kindWord, "code": code, "symbol": symbol.text])))
            }
            if let existing = bySymbolKey[symbol.key]?.first(where: { entries[$0].date == entry.date }) {
                let other = pages[entries[existing].page]
                diagnostics.append(Diagnostic(
                    file: page.pointee.source.displayPath, at: metadata.keyLocations["symbol"] ?? SourceLocation(line: 1, column: 1),
                    code: .registryDuplicate,
                    message: entry.date.map {
                        Message(RegistryMessages.duplicateOfDate, ["symbol": symbol.text, "date": $0.vietnamese, "file": other.source.displayPath])
                    } ?? Message(RegistryMessages.duplicate, ["symbol": symbol.text, "file": other.source.displayPath])))
                return
            }
            entryByPage[index] = entries.count
            bySymbolKey[symbol.key, default: []].append(entries.count)
            if let code = symbol.kindCode {
                byKindAndNumber[DirectiveRegistry.kindNumberKey(code: code, number: symbol.number), default: []].append(entries.count)
            }
            entries.append(entry)
        }
        pages.forEachInPlace { index, page in
            for kind in RelationKind.allCases {
                for written in page.pointee.metadata.references(kind) {
                    addRelation(kind, written: written, from: index, page: page.pointee, leftOutKeys: leftOutKeys,
                                diagnostics: &diagnostics)
                }
            }
        }
        reportCycles(pages: pages, diagnostics: &diagnostics)
    }

    private mutating func addRelation(_ kind: RelationKind, written: String, from index: Int, page: Page,
                                      leftOutKeys: Set<String>, diagnostics: inout [Diagnostic]) {
        let location = page.metadata.keyLocations[kind.rawValue] ?? SourceLocation(line: 1, column: 1)
        guard let reference = DirectiveReference(written) else {
            diagnostics.append(Diagnostic(file: page.source.displayPath, at: location, code: .frontMatterInvalid,
                                          message: Message(RegistryMessages.notAReference, ["written": written])))
            return
        }
        switch resolve(symbolKey: reference.symbol.key, date: reference.date, exactDate: true) {
        case .resolved(let target):
            relations.append(Relation(kind: kind, fromPage: index, toEntry: target))
            outgoingByPage[index, default: []].append(relations.count - 1)
            incomingByEntry[target, default: []].append(relations.count - 1)
            if kind == .replaces, let own = page.metadata.date, let old = entries[target].date, old > own {
                diagnostics.append(Diagnostic(
                    file: page.source.displayPath, at: location, code: .registryOrder,
                    message: Message(RegistryMessages.replacesLater, [
                        "own": own.vietnamese, "reference": reference.description, "old": old.vietnamese])))
            }
        case .ambiguous(let candidates):
            let dates = candidates.compactMap { entries[$0].date?.description }
            diagnostics.append(Diagnostic(
                file: page.source.displayPath, at: location, code: .registryDangling,
                message: Message(RegistryMessages.ambiguousReference, ["reference": reference.description]),
                suggestion: Suggestion(message: Message(RegistryMessages.writeOneOfTheDates, ["symbol": reference.symbol.text, "dates": dates]))))
        case .unknown where leftOutKeys.contains(reference.symbol.key):
            diagnostics.append(Diagnostic(
                file: page.source.displayPath, at: location, code: .linkInternal,
                message: Message(RegistryMessages.referenceToInternal, ["key": kind.rawValue, "symbol": reference.symbol.text])))
        case .unknown:
            let nearby = bySymbolKey[reference.symbol.key].map { $0.compactMap { entries[$0].date?.description } } ?? []
            diagnostics.append(Diagnostic(
                file: page.source.displayPath, at: location, code: .registryDangling,
                message: Message(RegistryMessages.unknownReference, ["reference": reference.description]),
                suggestion: nearby.isEmpty ? nil
                    : Suggestion(message: Message(RegistryMessages.registryHasDates, ["symbol": reference.symbol.text, "dates": nearby]))))
        }
    }

    /// A cycle in `replaces` (A replaces B replaces A), reported once at each
    /// page on the cycle.
    private func reportCycles(pages: [Page], diagnostics: inout [Diagnostic]) {
        var next: [Int: [Int]] = [:]
        for relation in relations where relation.kind == .replaces {
            next[relation.fromPage, default: []].append(entries[relation.toEntry].page)
        }
        var state: [Int: Int] = [:]  // 1 visiting, 2 done
        var reported = Set<Int>()
        for start in next.keys.sorted() where state[start] == nil {
            var stack: [(page: Int, edge: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let targets = next[top.page] ?? []
                if top.edge < targets.count {
                    stack[stack.count - 1].edge += 1
                    let target = targets[top.edge]
                    if state[target] == 1 {
                        let cycle = stack.map(\.page).drop { $0 != target }
                        for member in cycle where reported.insert(member).inserted {
                            let page = pages[member]
                            diagnostics.append(Diagnostic(
                                file: page.source.displayPath,
                                at: page.metadata.keyLocations["replaces"] ?? SourceLocation(line: 1, column: 1),
                                code: .registryCycle,
                                message: Message(RegistryMessages.replacesCycle, [
                                    "cycle": (Array(cycle) + [target]).map { pages[$0].metadata.symbol ?? pages[$0].source.displayPath }
                                        .joined(separator: " → ")])))
                        }
                    } else if state[target] == nil {
                        state[target] = 1
                        stack.append((target, 0))
                    }
                } else {
                    state[top.page] = 2
                    stack.removeLast()
                }
            }
        }
    }

    /// `khóa XIII`, `XIII`, `xiii` → `XIII`.
    static func romanNumeral(_ term: String) -> String {
        String(term.uppercased().unicodeScalars.filter { "IVXLC".unicodeScalars.contains($0) })
    }

    static func kindNumberKey(code: String, number: String) -> String {
        let digits = number.drop { $0 == "0" }
        return DirectiveKind.foldCode(code) + "|" + (digits.isEmpty ? "0" : String(digits))
    }

    // MARK: Lookups

    public func entry(ofPage page: Int) -> Int? { entryByPage[page] }

    /// Relations leaving a page (what it replaces, implements, amends).
    public func relations(fromPage page: Int) -> [Relation] { (outgoingByPage[page] ?? []).map { relations[$0] } }

    /// Relations arriving at an entry (replaced by, implemented by, amended by).
    public func relations(toEntry entry: Int) -> [Relation] { (incomingByEntry[entry] ?? []).map { relations[$0] } }

    /// Relations of one kind arriving at an entry: `.replaces` gives what replaced it.
    public func relations(toEntry entry: Int, kind: RelationKind) -> [Relation] {
        relations(toEntry: entry).filter { $0.kind == kind }
    }

    /// Every alias, with its entry's symbol, for the recogniser.
    public var aliases: [(name: String, symbol: String)] {
        entries.flatMap { entry in entry.aliases.map { ($0, entry.symbol.text) } }
    }

    /// The entry a citation names. A dated citation picks the entry of that
    /// date; if no entry has it, a symbol with a single entry still resolves
    /// (the checker reports the date). An undated citation resolves when one
    /// entry fits and is ambiguous when several do.
    public func resolve(_ citation: Citation) -> Resolution {
        switch citation.form {
        case .symbol, .alias:
            guard let key = citation.symbolKey else { return .unknown }
            return narrowed(resolve(symbolKey: key, date: citation.date, exactDate: false), by: citation)
        case .shortForm:
            guard let number = citation.number, let word = citation.kindWord,
                  let kind = DirectiveKind.named(word) else { return .unknown }
            let candidates = kind.codes.flatMap { entries(kindCode: $0, number: number) }
            return narrowed(choose(candidates, date: citation.date, exactDate: false), by: citation)
        }
    }

    /// Entries with this kind code and number, whatever their issuer:
    /// `10-HD/BTCTW` for a citation of `10-HD/TCTW`.
    public func entries(kindCode: String, number: String) -> [Int] {
        byKindAndNumber[DirectiveRegistry.kindNumberKey(code: kindCode, number: number)] ?? []
    }

    /// The one entry a symbol the registry lacks must mean, when an entry
    /// has the same kind and number and agrees on everything else written
    /// (the date; else the issuing body): the issuer code is what is wrong,
    /// `10-HD/TCTW, ngày 10/10/2007` for `10-HD/BTCTW` of that date.
    func entryMeant(byIssuerOf citation: Citation) -> Int? {
        guard let code = citation.kindCode, let number = citation.number else { return nil }
        let writtenBody = citation.issuingBody.map(IssuingBodyName.init)
        let candidates = entries(kindCode: code, number: number).filter { index in
            let entry = entries[index]
            let sameDate = citation.date != nil && entry.date == citation.date
            let sameBody = writtenBody.flatMap { written in entry.issuerName.map { written.agrees(with: $0) } }
            if sameBody == false { return false }
            if citation.date != nil { return sameDate }
            return sameBody == true
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// An undated citation of a shared symbol still names one entry when
    /// only one has the issuing body or term written after it.
    private func narrowed(_ resolution: Resolution, by citation: Citation) -> Resolution {
        guard case .ambiguous(let candidates) = resolution, citation.date == nil,
              citation.issuingBody != nil || citation.term != nil else { return resolution }
        let writtenBody = citation.issuingBody.map(IssuingBodyName.init)
        let fitting = candidates.filter { index in
            let entry = entries[index]
            if let writtenBody, let issuer = entry.issuerName, !writtenBody.agrees(with: issuer) { return false }
            if let term = citation.term, let entryTerm = entry.term,
               DirectiveRegistry.romanNumeral(term) != DirectiveRegistry.romanNumeral(entryTerm) { return false }
            return true
        }
        if fitting.count == 1 { return .resolved(fitting[0]) }
        return fitting.isEmpty ? resolution : .ambiguous(fitting)
    }

    func resolve(symbolKey: String, date: CalendarDate?, exactDate: Bool) -> Resolution {
        choose(bySymbolKey[symbolKey] ?? [], date: date, exactDate: exactDate)
    }

    private func choose(_ candidates: [Int], date: CalendarDate?, exactDate: Bool) -> Resolution {
        guard !candidates.isEmpty else { return .unknown }
        if let date {
            let dated = candidates.filter { entries[$0].date == date }
            if dated.count == 1 { return .resolved(dated[0]) }
            if exactDate { return .unknown }
        }
        if candidates.count == 1 { return .resolved(candidates[0]) }
        return .ambiguous(candidates)
    }
}

extension PageMetadata {
    func references(_ kind: DirectiveRegistry.RelationKind) -> [String] {
        switch kind {
        case .replaces: replaces
        case .implements: implements
        case .amends: amends
        }
    }
}
