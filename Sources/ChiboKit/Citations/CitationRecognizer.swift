/// Finds directive citations in running text (citations.md): symbols in
/// every spelling editors paste, lists sharing a date, dates in every
/// format, issuing bodies, short forms (`Quy định số 76`) and, given a
/// registry's aliases, documents cited by name.
///
/// One pass over the folded text: a citation can only start at a digit
/// (its number) or at an alias's first word, and every construct around it is
/// read within a few dozen characters, so the cost is linear in the text.
public struct CitationRecognizer: Sendable {
    let aliases: AliasMatcher

    /// `aliases`: names that cite a registry entry, with that entry's symbol.
    public init(aliases: [(name: String, symbol: String)] = []) {
        self.aliases = AliasMatcher(aliases)
    }

    /// False when a run of this text can hold no citation: every citation
    /// has a digit (an ASCII one: no other folds to a digit, and legacy
    /// encodings keep ASCII) or is an alias, which the `AliasScreen` rules
    /// out for most text before its characters are gathered and matched.
    /// A page's headings, table cells, most list items and most titles are
    /// passed over this way without being read into `TextRun`s.
    func mayCite(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 &- 0x30 < 10 }) { return true }
        guard readsAliases else { return false }
        var screen = AliasScreen(aliases)
        for scalar in text.unicodeScalars { screen.read(scalar) }
        return screen.mayNameAlias() && mayCiteByAlias(Array(text.unicodeScalars))
    }

    /// Whether these scalars (which hold no digit) name a directive by an alias.
    func mayCiteByAlias(_ scalars: [Unicode.Scalar]) -> Bool {
        guard !aliases.isEmpty else { return false }
        let legacy = LegacyEncoding.decoded(scalars)
        return !aliases.matches(in: FoldedText(legacy?.scalars ?? scalars)).isEmpty
    }

    /// Whether any alias is known: without one, only digits start citations.
    var readsAliases: Bool { !aliases.isEmpty }

    public func citations(in run: TextRun) -> [Citation] {
        // Text pasted from a TCVN3 or VNI document is read letter for letter in Unicode.
        let legacy = LegacyEncoding.decoded(run.scalars)
        let scalars = legacy?.scalars ?? run.scalars
        let folded = FoldedText(scalars)
        let grammar = SymbolGrammar(folded: folded, scalars: scalars)
        var found = recognise(run: run, folded: folded, grammar: grammar)
        if let legacy {
            for index in found.indices { found[index].damage = [legacy.kind.rawValue] }
        }
        return found
    }

    private func recognise(run: TextRun, folded: FoldedText, grammar: SymbolGrammar) -> [Citation] {
        let b = folded.bytes
        var found: [Citation] = []
        var i = 0
        while i < b.count {
            guard b[i].isASCIIDigit, grammar.startsNumber(at: i) else {
                i += 1
                continue
            }
            if let group = symbolGroup(at: i, grammar: grammar, run: run) {
                found.append(contentsOf: group.citations)
                i = group.resumeAt
                continue
            }
            if let short = shortForm(at: i, grammar: grammar, run: run) {
                found.append(short)
            }
            while i < b.count, b[i].isASCIIDigit { i += 1 }
        }
        if !aliases.isEmpty {
            let symbolRanges = found.map(\.range)
            for match in aliases.matches(in: folded) {
                let range = folded.originalRange(match.range)
                guard !symbolRanges.contains(where: { $0.overlaps(range) }) else { continue }
                var citation = makeCitation(form: .alias, range: range, linkRange: range, run: run, folded: folded)
                citation.alias = match.name
                citation.symbol = match.symbol
                if let symbol = DirectiveSymbol(match.symbol) {
                    citation.kindCode = symbol.kindCode
                    citation.number = symbol.number
                    citation.issuerCode = symbol.issuerCode
                }
                found.append(citation)
            }
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        shareAcknowledgedReplacement(&found, folded: folded)
        return found
    }

    // MARK: Lists that a replacement names

    /// `… thay thế Chỉ thị số 05-CT/TW, ngày … của … và Quy định số 76-QĐ/TW,
    /// ngày … của …`: what the text says of a replacement holds for every
    /// directive of the list it names, not only for the one next to the
    /// words. Citations joined by `,`, `;`, `và`, `cùng` (with the rest of
    /// an issuing body or a subject between them) form one list; a list
    /// that acknowledges a replacement anywhere does so for all its members.
    private func shareAcknowledgedReplacement(_ found: inout [Citation], folded: FoldedText) {
        guard found.count > 1, found.contains(where: \.acknowledgesReplacement) else { return }
        var listStart = 0
        for index in 1...found.count {
            if index < found.count {
                // The members of one symbol list (`293-QĐ/TW, 294-QĐ/TW, ngày …`) share one range's end.
                let gapStart = folded.firstIndex(atOrAfter: found[index - 1].range.upperBound)
                let gapEnd = folded.firstIndex(atOrAfter: found[index].range.lowerBound)
                if gapStart >= gapEnd || Self.joinsList(folded.bytes[gapStart..<gapEnd]) { continue }
            }
            let list = listStart..<index
            if list.count > 1, found[list].contains(where: \.acknowledgesReplacement) {
                for member in list { found[member].acknowledgesReplacement = true }
            }
            listStart = index
        }
    }

    /// Whether the folded text between two citations joins them into one
    /// list: it ends with `,`, `;`, `và`, `cùng` or `cùng với`, and what
    /// comes before that is nothing, or the rest of the first citation
    /// (`của …`, `về …`) within its clause: no stop, colon, bracket, digit.
    static func joinsList(_ gap: ArraySlice<UInt8>) -> Bool {
        var words = Array(gap)
        func trimSpaces() { while words.last == 0x20 { words.removeLast() } }
        func dropWord(_ word: String) -> Bool {
            let bytes = Array(word.utf8)
            guard words.count >= bytes.count, words.suffix(bytes.count).map(\.asciiLowercased) == bytes else { return false }
            let before = words.count - bytes.count
            guard before == 0 || !words[before - 1].isWordCharacter else { return false }
            words.removeLast(bytes.count)
            return true
        }
        trimSpaces()
        var joiner = false
        if dropWord("voi") {
            trimSpaces()
            guard dropWord("cung") else { return false }
            joiner = true
        } else if dropWord("va") || dropWord("cung") {
            joiner = true
        }
        trimSpaces()
        if let last = words.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ";") {
            words.removeLast()
            joiner = true
            trimSpaces()
        }
        guard joiner else { return false }
        let rest = words.drop { $0 == 0x20 }
        guard !rest.isEmpty else { return true }
        guard rest.count <= 160, !rest.contains(where: { Self.endsListGap($0) }) else { return false }
        let firstWord = rest.prefix { $0.isASCIILetter }.map(\.asciiLowercased)
        return firstWord == Array("cua".utf8) || firstWord == Array("ve".utf8)
    }

    /// A stop, colon, bracket or digit: the gap is no longer part of a list.
    private static func endsListGap(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"): true
        default: byte.isASCIIDigit
        }
    }

    // MARK: Symbols and lists

    private struct Group {
        var citations: [Citation]
        var resumeAt: Int
    }

    /// A citation with a symbol at the digit `start`, and the list that may
    /// follow it (`293-QĐ/TW, 294-QĐ/TW, ngày 23/3/2010`).
    private func symbolGroup(at start: Int, grammar: SymbolGrammar, run: TextRun) -> Group? {
        guard let first = grammar.symbol(at: start) else { return nil }
        let b = grammar.bytes
        let kindWord = grammar.kindWord(before: start)
        var members: [(match: SymbolGrammar.SymbolMatch, citationStart: Int, kindWord: SymbolGrammar.KindWordMatch?)] =
            [(first, kindWord?.start ?? start, kindWord)]
        var date = grammar.date(after: first.end)
        // A list: further bare symbols after `,`, `;` or `và`, until a date.
        while date == nil, let last = members.last {
            var j = grammar.skipSpaces(last.match.end, limit: 2)
            if j < b.count, b[j] == UInt8(ascii: ",") || b[j] == UInt8(ascii: ";") {
                j = grammar.skipSpaces(j + 1, limit: 2)
            } else if grammar.matchesWord("va", at: j) {
                j = grammar.skipSpaces(j + 2, limit: 2)
            } else {
                break
            }
            guard j < b.count, b[j].isASCIIDigit, let next = grammar.symbol(at: j) else { break }
            members.append((next, j, nil))
            date = grammar.date(after: next.end)
        }
        let afterSymbols = members.last!.match.end
        var fromHeader = false
        if date == nil, members.count == 1, let header = grammar.headerDate(after: afterSymbols) {
            date = header
            fromHeader = true
        }
        // A header's place and date stay outside the link.
        let linkEnd = fromHeader ? afterSymbols : date?.end ?? afterSymbols
        let (body, end) = issuingBody(after: date?.end ?? afterSymbols, date: &date, grammar: grammar)
        let folded = grammar.folded
        let acknowledged = acknowledgesReplacement(grammar: grammar, start: members[0].citationStart, end: end)
        var citations: [Citation] = []
        for (index, member) in members.enumerated() {
            let ownLinkEnd = index == members.count - 1 || date == nil ? linkEnd : member.match.end
            var citation = makeCitation(form: .symbol, range: folded.originalRange(member.citationStart..<end),
                                        linkRange: folded.originalRange(member.citationStart..<ownLinkEnd),
                                        run: run, folded: folded)
            let symbol = member.match.symbol
            citation.symbol = symbol.text
            let symbolRange = folded.originalRange(member.match.start..<member.match.end)
            citation.symbolRange = sourceRange(symbolRange, in: run)
            citation.symbolText = run.text(symbolRange)
            if Self.writesDForDWithStroke(run.text(symbolRange), canonical: symbol.text) {
                citation.damage.append(Citation.dForDWithStroke)
                citation.repairedText = LookAlikeRepair.repaired(run, citation.range, replacing: symbolRange, with: symbol.text)
            }
            citation.kindCode = symbol.kindCode
            citation.number = symbol.number
            citation.issuerCode = symbol.issuerCode
            citation.kindWord = (member.kindWord ?? members[0].kindWord).flatMap { $0.kind?.word }
            citation.kindWordIsShared = index > 0 && member.kindWord == nil
            citation.issuingBody = body?.name
            citation.issuingBodyRange = body.map { sourceRange(folded.originalRange($0.start..<$0.nameEnd), in: run) }
            citation.term = body?.term
            citation.acknowledgesReplacement = acknowledged
            apply(date, to: &citation, run: run, folded: folded)
            citations.append(citation)
        }
        return Group(citations: citations, resumeAt: end)
    }

    // MARK: Short forms

    /// Words after a number that make it a quantity, not a document's number
    /// (`Kế hoạch 5 năm`).
    private static let quantityWords: Set<String> = [
        "nam", "thang", "tuan", "gio", "phut", "lan", "nguoi", "dong", "ha", "km", "trieu", "ty", "nghin", "chi",
        "dang", "xa", "to", "diem", "muc", "noi", "nhom", "ban", "trang", "ngay",
    ]

    /// `Quy định số 76`, `Chỉ thị 05`: a kind word and a bare number.
    private func shortForm(at start: Int, grammar: SymbolGrammar, run: TextRun) -> Citation? {
        let b = grammar.bytes
        guard let kindWord = grammar.kindWord(before: start), let kind = kindWord.kind, let code = kind.codes.first,
              kindWord.code == nil, kindWord.hasNumberWord || kindWord.isCapitalised else { return nil }
        // `Chương trình 135` names a national programme, not a document.
        if kind.word == "Chương trình", !kindWord.hasNumberWord { return nil }
        var i = start
        while i < b.count, b[i].isASCIIDigit { i += 1 }
        let numberEnd = i
        guard numberEnd - start <= 4 else { return nil }
        let number = String(decoding: b[start..<numberEnd], as: UTF8.self)
        // A year is not a number (`Chương trình 2025`), nor is zero.
        if numberEnd - start == 4, number.hasPrefix("19") || number.hasPrefix("20") { return nil }
        guard Int(number) != 0 else { return nil }
        if i < b.count {
            let after = b[i]
            if after.isWordCharacter || after == UInt8(ascii: "/") || after == UInt8(ascii: "%") { return nil }
            if (after == UInt8(ascii: ".") || after == UInt8(ascii: ",") || after == UInt8(ascii: "-")),
               i + 1 < b.count, b[i + 1].isASCIIDigit || b[i + 1].isASCIILetter { return nil }
        }
        var date = grammar.date(after: numberEnd)
        let next = grammar.skipSpaces(i, limit: 2)
        if date == nil, next < b.count, b[next].isASCIILower {
            var j = next
            while j < b.count, b[j].isASCIILetter { j += 1 }
            let word = String(decoding: b[next..<j], as: UTF8.self)
            if CitationRecognizer.quantityWords.contains(word) { return nil }
        }
        let linkEnd = date?.end ?? numberEnd
        let (body, end) = issuingBody(after: linkEnd, date: &date, grammar: grammar)
        let folded = grammar.folded
        var citation = makeCitation(form: .shortForm, range: folded.originalRange(kindWord.start..<end),
                                    linkRange: folded.originalRange(kindWord.start..<linkEnd), run: run, folded: folded)
        citation.kindWord = kind.word
        citation.kindCode = code
        citation.number = number
        citation.issuingBody = body?.name
        citation.issuingBodyRange = body.map { sourceRange(folded.originalRange($0.start..<$0.nameEnd), in: run) }
        citation.term = body?.term
        citation.acknowledgesReplacement = acknowledgesReplacement(grammar: grammar, start: kindWord.start, end: end)
        apply(date, to: &citation, run: run, folded: folded)
        return citation
    }

    // MARK: Shared parts

    /// The issuing body after a citation (`của Bộ Chính trị`), and the date
    /// when it is written only after the body (`… của Bộ Chính trị ngày
    /// 15/6/2000`); returns where the citation ends.
    private func issuingBody(after position: Int, date: inout SymbolGrammar.DateMatch?,
                             grammar: SymbolGrammar) -> (SymbolGrammar.IssuingBody?, Int) {
        guard let body = grammar.issuingBody(after: position) else { return (nil, position) }
        if date == nil, let late = grammar.date(after: body.end) {
            date = late
            return (body, late.end)
        }
        return (body, body.end)
    }

    private func apply(_ date: SymbolGrammar.DateMatch?, to citation: inout Citation, run: TextRun, folded: FoldedText) {
        guard let date else { return }
        let dateRange = folded.originalRange(date.start..<date.end)
        citation.dateRange = sourceRange(dateRange, in: run)
        citation.dateText = run.text(dateRange)
        switch date.value {
        case .valid(let value): citation.date = value
        case .invalid(let text):
            citation.invalidDate = text
        }
    }

    /// `thay thế …` / `bãi bỏ …` just before the citation, or `(nay là …)`,
    /// `(đã được thay thế bằng …)`, `(đã hết hiệu lực)` just after it: the
    /// text itself says the directive was replaced.
    private func acknowledgesReplacement(grammar: SymbolGrammar, start: Int, end: Int) -> Bool {
        let b = grammar.bytes
        // Only the clause the citation is in: back to the last stop or bracket.
        var from = start
        while from > max(0, start - 40), !Self.endsClauseBefore(b[from - 1]) { from -= 1 }
        if Self.replacementWordsBefore.occurs(in: b[from..<start]) { return true }
        // Forward to the end of the clause or of a bracket opened right after.
        var to = end
        while to < min(b.count, end + 40), !Self.endsClauseAfter(b[to]) { to += 1 }
        return Self.replacementWordsAfter.occurs(in: b[end..<to])
    }

    /// `.;:!?()`: where the clause before a citation starts.
    private static func endsClauseBefore(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"): true
        default: false
        }
    }

    /// `.;!?)`: where the clause after a citation ends.
    private static func endsClauseAfter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"): true
        default: false
        }
    }

    private static let replacementWordsBefore = FoldedWords(["thay the", "bai bo", "nay la"])
    private static let replacementWordsAfter = FoldedWords(["nay la", "duoc thay the", "da thay the", "het hieu luc",
                                                            "bi bai bo", "da bai bo"])

    /// Lower-case ASCII phrases looked for in folded text, in any case.
    /// Each place is tried only for the phrases starting with its letter:
    /// trying every phrase at every place of the clauses around every
    /// citation was a hundredth of a build.
    struct FoldedWords {
        let words: [[UInt8]]
        /// Bit `n` set: a phrase starts with the letter `a` + n.
        let firstLetters: UInt32

        init(_ words: [String]) {
            self.words = words.map { Array($0.utf8) }
            firstLetters = self.words.reduce(0) { $0 | 1 << UInt32($1[0] - UInt8(ascii: "a")) }
        }

        /// Whether one of the phrases is in `text`.
        func occurs(in text: ArraySlice<UInt8>) -> Bool {
            for start in text.indices {
                let letter = text[start].asciiLowercased &- UInt8(ascii: "a")
                guard letter < 26, firstLetters & 1 << UInt32(letter) != 0 else { continue }
                for word in words where word[0] == letter + UInt8(ascii: "a") && start + word.count <= text.endIndex {
                    var k = 1
                    while k < word.count, text[start + k].asciiLowercased == word[k] { k += 1 }
                    if k == word.count { return true }
                }
            }
            return false
        }
    }

    /// `76-QD/TW` read as `76-QĐ/TW`: the stroke is missing from the code
    /// as written (a lower-case `đ` or a Latin Eth still has one).
    static func writesDForDWithStroke(_ written: String, canonical: String) -> Bool {
        canonical.unicodeScalars.contains("Đ") && !written.unicodeScalars.contains { [0x0110, 0x0111, 0x00D0, 0x00F0].contains($0.value) }
    }

    private func sourceRange(_ range: Range<Int>, in run: TextRun) -> SourceRange {
        SourceRange(start: run.location(at: range.lowerBound), end: run.location(at: max(range.lowerBound, range.upperBound - 1)))
    }

    private func makeCitation(form: Citation.Form, range: Range<Int>, linkRange: Range<Int>, run: TextRun,
                              folded: FoldedText) -> Citation {
        let damage = folded.damage.filter { range.contains(Int($0)) }.map { index -> String in
            let scalar = run.scalars[Int(index)]
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let name = scalar.properties.name.map { " " + $0 } ?? ""
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + name
        }
        let span = sourceRange(range, in: run)
        var citation = Citation(form: form, damage: damage, text: run.text(range), start: span.start, end: span.end,
                                range: range, linkRange: linkRange)
        if !damage.isEmpty { citation.repairedText = LookAlikeRepair.repaired(run, range) }
        return citation
    }
}
