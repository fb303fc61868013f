/// The small grammar of citations, over folded text (`FoldedText`): symbols,
/// kind words, dates, issuing bodies. Each function reads at a folded index
/// and returns where the construct ends, or nil; none scans ahead more than
/// a few dozen bytes, so recognition stays linear in the text.
struct SymbolGrammar {
    let folded: FoldedText
    let scalars: [Unicode.Scalar]
    var bytes: [UInt8] { folded.bytes }

    struct SymbolMatch {
        var symbol: DirectiveSymbol
        var start: Int
        var end: Int
    }

    // MARK: Symbols

    /// A symbol starting at the digit at `start`: `50-CT/TW`, `10- HD/BTCTW`,
    /// `84 QĐ/TWĐTN`, `114/2003/NĐ-CP`, `22/2019/QH14`, `1234/QĐ-UBND`.
    func symbol(at start: Int) -> SymbolMatch? {
        let b = bytes
        var i = start
        while i < b.count, b[i].isASCIIDigit { i += 1 }
        let numberEnd = i
        guard numberEnd - start <= 6, numberEnd > start else { return nil }
        let number = ascii(start..<numberEnd)
        if i < b.count, b[i] == UInt8(ascii: "/") {
            return stateSymbol(number: number, start: start, slash: i)
        }
        // Party form: NUMBER [-] CODE / ISSUER, spaces allowed around both.
        i = skipSpaces(i, limit: 2)
        var hyphen = false
        if i < b.count, b[i] == UInt8(ascii: "-") {
            hyphen = true
            i = skipSpaces(i + 1, limit: 2)
        }
        let codeStart = i
        while i < b.count, b[i].isASCIILetter { i += 1 }
        let codeEnd = i
        guard codeEnd > codeStart, codeEnd - codeStart <= 6 else { return nil }
        guard let code = kindCode(codeStart..<codeEnd) else { return nil }
        // Without the hyphen only a known code reads as a symbol (`84 QĐ/TWĐTN`):
        // `12 HS/GV` in a table is a figure and a unit.
        if !hyphen, DirectiveKind.canonicalCodeByFolded[foldedUpper(codeStart..<codeEnd)] == nil {
            return nil
        }
        i = skipSpaces(i, limit: 2)
        guard i < b.count, b[i] == UInt8(ascii: "/") else { return nil }
        i = skipSpaces(i + 1, limit: 2)
        guard let issuer = issuerCode(at: i) else { return nil }
        let text = "\(number)-\(code)/\(issuer.text)"
        return SymbolMatch(symbol: DirectiveSymbol(text: text, number: number, kindCode: code, issuerCode: issuer.text, year: nil),
                           start: start, end: issuer.end)
    }

    /// `NUMBER/YEAR/CODE-ISSUER` (state documents) or `NUMBER/CODE-ISSUER`.
    private func stateSymbol(number: String, start: Int, slash: Int) -> SymbolMatch? {
        let b = bytes
        // PDF and Word text sometimes puts a (no-break) space after a slash.
        var i = skipSpaces(slash + 1, limit: 1)
        var year: String?
        if i + 4 < b.count, b[i..<(i + 4)].allSatisfy(\.isASCIIDigit), b[i + 4] == UInt8(ascii: "/") {
            year = ascii(i..<(i + 4))
            i = skipSpaces(i + 5, limit: 1)
        }
        var tokens: [(range: Range<Int>, text: String)] = []
        var end = i
        while true {
            guard let token = stateToken(at: i) else { break }
            tokens.append((token, canonicalLetters(token)))
            end = token.upperBound
            // A hyphen, maybe spaced, maybe at a line break (`NĐ-` ⏎ `CP`), joins the next part.
            var j = skipSpaces(end, limit: 2)
            guard j < b.count, b[j] == UInt8(ascii: "-") else { break }
            j = skipSpaces(j + 1, limit: 2)
            guard stateToken(at: j) != nil else { break }
            i = j
        }
        guard let first = tokens.first else { return nil }
        if year == nil, tokens.count < 2 { return nil }
        var kindCode: String?
        var issuerParts = tokens.map(\.text)
        if tokens.count >= 2 {
            kindCode = canonicalKindCode(first.range) ?? first.text
            issuerParts.removeFirst()
        }
        let issuer = issuerParts.joined(separator: "-")
        let codePart = ([kindCode].compactMap { $0 } + issuerParts).joined(separator: "-")
        let text = year.map { "\(number)/\($0)/\(codePart)" } ?? "\(number)/\(codePart)"
        return SymbolMatch(symbol: DirectiveSymbol(text: text, number: number, kindCode: kindCode, issuerCode: issuer, year: year),
                           start: start, end: end)
    }

    /// A part of a state symbol: an upper-case letter, then letters and
    /// digits with at most one lower-case letter (`TTg`), ending at a boundary.
    private func stateToken(at start: Int) -> Range<Int>? {
        let b = bytes
        guard start < b.count, b[start].isASCIIUpper else { return nil }
        var i = start + 1
        var lower = 0
        while i < b.count, b[i].isASCIILetter || b[i].isASCIIDigit {
            if b[i].isASCIILower { lower += 1 }
            i += 1
        }
        guard lower <= 1, i - start <= 10, i >= b.count || !b[i].isWordCharacter else { return nil }
        return start..<i
    }

    /// The kind code of a party symbol: upper-case letters, or a known code
    /// in any case (`QĐi`, `CTr`, `Qđ`).
    private func kindCode(_ range: Range<Int>) -> String? {
        if let canonical = canonicalKindCode(range) { return canonical }
        guard bytes[range].allSatisfy(\.isASCIIUpper) else { return nil }
        return canonicalLetters(range)
    }

    /// The canonical spelling of a known kind code: `QD` (PDF damage) → `QĐ`;
    /// a code written with a real `Đ` that the table spells with `D` is kept.
    private func canonicalKindCode(_ range: Range<Int>) -> String? {
        guard let canonical = DirectiveKind.canonicalCodeByFolded[foldedUpper(range)] else { return nil }
        let written = canonicalLetters(range)
        if written.unicodeScalars.contains("Đ") && !canonical.unicodeScalars.contains("Đ") { return nil }
        return canonical
    }

    /// An issuer code: `TW`, `BTCTW`, `TWĐTN`, `ĐUK`, `TW-BCH`.
    private func issuerCode(at start: Int) -> (text: String, end: Int)? {
        let b = bytes
        guard start < b.count, b[start].isASCIIUpper || isLowerDWithStroke(at: start) else { return nil }
        var i = start
        while true {
            while i < b.count, b[i].isASCIILetter || b[i].isASCIIDigit { i += 1 }
            if i + 1 < b.count, b[i] == UInt8(ascii: "-"), b[i + 1].isASCIIUpper { i += 1; continue }
            break
        }
        guard i - start <= 16, i >= b.count || !b[i].isWordCharacter else { return nil }
        return (canonicalLetters(start..<i), i)
    }

    // MARK: Kind words

    struct KindWordMatch {
        var kind: DirectiveKind?
        /// The written code used as a kind word (`QĐ 213-QĐ/TW`).
        var code: String?
        var start: Int
        var hasNumberWord: Bool
        var isCapitalised: Bool
    }

    /// Kind words folded to lower-case ASCII, longest first.
    static let foldedKindWords: [(bytes: [UInt8], kind: DirectiveKind)] = DirectiveKind.all
        .map { (Array(VietnameseText.fold($0.word).utf8), $0) }
        .sorted { $0.0.count > $1.0.count }

    /// The kind word written before a number at `numberStart`: `Chỉ thị số`,
    /// `Quy định`, `QĐ`; nil when there is none.
    func kindWord(before numberStart: Int) -> KindWordMatch? {
        var i = skipSpacesBackward(numberStart)
        var hasNumberWord = false
        // `số`, `số:`, or `số50` (PDF text sometimes loses the space).
        var j = i
        if j > 0, bytes[j - 1] == UInt8(ascii: ":") { j = skipSpacesBackward(j - 1) }
        if let start = endsWithWord(SymbolGrammar.numberWord, at: j) {
            hasNumberWord = true
            i = skipSpacesBackward(start)
        }
        return kindWordEnding(at: i, hasNumberWord: hasNumberWord)
    }

    /// `số`, folded.
    static let numberWord = Array("so".utf8)

    /// A number starts at the digit `i`, not in the middle of a figure
    /// (`2.590`, `18,96`), a date (`23/7/2025`, `28-5-2013`) or a word; a
    /// number glued to `số` does start one.
    func startsNumber(at i: Int) -> Bool {
        guard i > 0 else { return true }
        if endsWithWord(SymbolGrammar.numberWord, at: i) != nil { return true }
        switch bytes[i - 1] {
        case let before where before.isWordCharacter: return false
        // `, 294-QĐ/TW` has a space; `2.590` and `18,96` do not.
        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ","): return false
        default: return true
        }
    }

    /// The kind word (or code used as one) that ends at `i`.
    private func kindWordEnding(at i: Int, hasNumberWord: Bool) -> KindWordMatch? {
        let b = bytes
        for (word, kind) in SymbolGrammar.foldedKindWords {
            if let start = endsWithWord(word, at: i) {
                return KindWordMatch(kind: kind, code: nil, start: start, hasNumberWord: hasNumberWord,
                                     isCapitalised: b[start].isASCIIUpper)
            }
        }
        // A code used as the kind word: `QĐ 213-QĐ/TW`.
        var k = i
        while k > 0, b[k - 1].isASCIILetter { k -= 1 }
        if k < i, k == 0 || !b[k - 1].isWordCharacter, b[k].isASCIIUpper,
           let code = DirectiveKind.canonicalCodeByFolded[foldedUpper(k..<i)] {
            let kind = DirectiveKind.kinds(ofCode: code).first
            return KindWordMatch(kind: kind, code: code, start: k, hasNumberWord: hasNumberWord, isCapitalised: true)
        }
        return nil
    }

    /// The start of `word` (lower-case, single spaces) if it ends at `end`,
    /// compared without case and with any run of spaces for a space.
    func endsWithWord(_ word: [UInt8], at end: Int) -> Int? {
        let b = bytes
        var i = end
        var w = word.count
        while w > 0 {
            guard i > 0 else { return nil }
            if word[w - 1] == 0x20 {
                guard b[i - 1] == 0x20 else { return nil }
                while i > 0, b[i - 1] == 0x20 { i -= 1 }
            } else {
                guard b[i - 1].asciiLowercased == word[w - 1] else { return nil }
                i -= 1
            }
            w -= 1
        }
        guard i == 0 || !b[i - 1].isWordCharacter else { return nil }
        return i
    }

    // MARK: Dates

    enum DateValue {
        case valid(CalendarDate)
        case invalid(String)
    }

    struct DateMatch {
        var value: DateValue
        var start: Int
        var end: Int
    }

    /// A date after a citation: `, ngày 23/7/2025`, `ngày 10 tháng 10 năm 2007`,
    /// `ngày 28-5-2013`, `, 23/7/2025`.
    func date(after position: Int) -> DateMatch? {
        let b = bytes
        var i = skipSpaces(position, limit: 3)
        if i < b.count, b[i] == UInt8(ascii: ",") { i = skipSpaces(i + 1, limit: 3) }
        // `(ngày …)` and `ban hành ngày …` are the same date.
        var bracket: Int?
        if i < b.count, b[i] == UInt8(ascii: "("), matchesWord("ngay", at: skipSpaces(i + 1, limit: 1)) {
            bracket = i
            i = skipSpaces(i + 1, limit: 1)
        }
        if matchesWord("ban", at: i), matchesWord("hanh", at: skipSpaces(i + 3, limit: 1)) {
            let afterIssued = skipSpaces(skipSpaces(i + 3, limit: 1) + 4, limit: 2)
            if matchesWord("ngay", at: afterIssued) { i = afterIssued }
        }
        let start = i
        var hasDayWord = false
        if matchesWord("ngay", at: i) {
            hasDayWord = true
            i = skipSpaces(i + 4, limit: 3)
        }
        guard let (day, afterDay) = digits(at: i, max: 2) else { return nil }
        var month = 0
        var year = 0
        var end = 0
        let separatorAt = skipSpaces(afterDay, limit: 1)
        if separatorAt < b.count, [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(b[separatorAt]) {
            // `23/7/2025`, `28-5-2013`, `23 / 7 / 2025`: the same separator twice.
            let separator = b[separatorAt]
            guard let (m, afterMonth) = digits(at: skipSpaces(separatorAt + 1, limit: 1), max: 2) else { return nil }
            let secondAt = skipSpaces(afterMonth, limit: 1)
            guard secondAt < b.count, b[secondAt] == separator else { return nil }
            let yearStart = skipSpaces(secondAt + 1, limit: 1)
            guard let (y, afterYear) = digits(at: yearStart, max: 4), afterYear - yearStart == 4 else { return nil }
            (month, year, end) = (m, y, afterYear)
        } else {
            var j = skipSpaces(afterDay, limit: 2)
            guard matchesWord("thang", at: j), let (m, afterMonth) = digits(at: skipSpaces(j + 5, limit: 2), max: 2) else { return nil }
            j = skipSpaces(afterMonth, limit: 2)
            guard matchesWord("nam", at: j) else { return nil }
            let yearStart = skipSpaces(j + 3, limit: 2)
            guard let (y, afterYear) = digits(at: yearStart, max: 4), afterYear - yearStart == 4 else { return nil }
            (month, year, end) = (m, y, afterYear)
            hasDayWord = true
        }
        guard end >= b.count || !b[end].isWordCharacter else { return nil }
        // Without `ngày`, only a numeric date right after a comma reads as the citation's date.
        if !hasDayWord, !(start > position && b[position..<start].contains(UInt8(ascii: ","))) { return nil }
        let value: DateValue = CalendarDate(year: year, month: month, day: day).map { .valid($0) }
            ?? .invalid(text(start..<end))
        // `(ngày …)` is one piece of text, brackets included.
        if let bracket, case let close = skipSpaces(end, limit: 1), close < b.count, b[close] == UInt8(ascii: ")") {
            return DateMatch(value: value, start: bracket, end: close + 1)
        }
        return DateMatch(value: value, start: start, end: end)
    }

    /// The place and date of a document's header written on the symbol's
    /// line after a tab (`Số 12-KH/ĐU⇥Tân Hội, ngày 05 tháng 01 năm 2024`):
    /// the date of that document.
    func headerDate(after position: Int) -> DateMatch? {
        let b = bytes
        guard position < b.count, b[position] == 0x20,
              scalars[Int(folded.origin[position])] == "\t" else { return nil }
        var i = position
        while i < b.count, b[i] == 0x20, i - position < 8 { i += 1 }
        // One to six words of a place name, then a comma.
        var words = 0
        while i < b.count, b[i].isASCIIUpper || b[i] == FoldedText.other, words < 6 {
            while i < b.count, b[i].isWordCharacter { i += 1 }
            words += 1
            if i < b.count, b[i] == UInt8(ascii: ",") { break }
            guard i < b.count, b[i] == 0x20 else { return nil }
            i += 1
        }
        guard words > 0, i < b.count, b[i] == UInt8(ascii: ","), matchesWord("ngay", at: skipSpaces(i + 1, limit: 2)) else {
            return nil
        }
        return date(after: i)
    }

    // MARK: Issuing bodies

    /// Lower-case words that end an issuing body's name (`của Ban Bí thư về …`).
    static let bodyStopWords: Set<String> = [
        "ve", "khoa", "ngay", "va", "tai", "lan", "nhiem", "theo", "da", "duoc", "nham", "trong", "thuc", "voi",
        "la", "nay", "so", "den", "cho", "co", "tren", "tiep", "doi", "cua", "quy", "huong", "hoac", "cac",
        "mot", "nhung", "thi", "sau", "truoc", "nhu", "khi", "neu", "de", "tu", "o", "ma", "bi", "con", "hien",
        "gui", "kem", "vao", "nam", "thang", "phe", "chi", "dang", "cung", "giai", "ky", "ra", "lam",
        "thay", "sua", "bai", "huy", "toi",
    ]

    /// Lower-case words that go on naming a body after its second syllable:
    /// `Đảng ủy xã`, `Ủy ban nhân dân tỉnh`, `Hội đồng nhân dân thành phố`.
    /// Folded, `nhân` is also `nhận` (`nhận xét`): two-word names count only whole.
    static let bodyNameLowerWords: Set<String> = ["uy", "tinh", "huyen", "xa", "phuong"]
    static let bodyNameLowerPairs: [String: String] = ["nhan": "dan", "thanh": "pho", "thi": "tran", "trung": "uong"]

    /// `của Ban Bí thư`, `của Bộ Chính trị (khóa VIII)`, `của Ban Thường vụ Tỉnh uỷ`.
    typealias IssuingBody = (name: String, term: String?, start: Int, nameEnd: Int, end: Int)

    func issuingBody(after position: Int) -> IssuingBody? {
        let b = bytes
        var i = skipSpaces(position, limit: 3)
        if i < b.count, b[i] == UInt8(ascii: ",") { i = skipSpaces(i + 1, limit: 2) }
        guard matchesWord("cua", at: i) else { return nil }
        let start = i
        i = skipSpaces(i + 3, limit: 2)
        guard i < b.count, b[i].isASCIIUpper else { return nil }
        let nameStart = i
        var words: [(word: String, end: Int, isCapital: Bool)] = []
        while i < b.count, b[i].isASCIILetter || b[i] == FoldedText.other, words.count < 14 {
            var j = i
            while j < b.count, b[j].isASCIILetter || b[j] == FoldedText.other { j += 1 }
            if j < b.count, b[j].isASCIIDigit { break }
            // Lower-cased straight into the string (a short word is stored
            // inline): no array made for each word read.
            let word = String(unsafeUninitializedCapacity: j - i) { out in
                for k in i..<j { out[k - i] = b[k].asciiLowercased }
                return j - i
            }
            if b[i].isASCIILower, SymbolGrammar.bodyStopWords.contains(word) { break }
            // `ban hành` (issued) ends the name; `Ủy ban nhân dân` does not.
            if word == "ban", matchesWord("hanh", at: skipSpaces(j, limit: 1)) { break }
            words.append((word, j, b[i].isASCIIUpper))
            guard j < b.count, b[j] == 0x20 else { break }
            i = j + 1
        }
        // A name ends at its last capitalised word and that word's second
        // syllable (`Tỉnh ủy`, `Bí thư`), or runs on through the lower-case
        // words of a body's or place's name (`Ủy ban nhân dân tỉnh`); the
        // sentence's own words after it are not part of it (`… của Ban
        // Thường vụ Tỉnh ủy nhận xét`).
        guard let lastCapital = words.lastIndex(where: \.isCapital) else { return nil }
        var kept = lastCapital + 1
        if kept < words.count { kept += 1 }
        while kept < words.count {
            let word = words[kept].word
            if SymbolGrammar.bodyNameLowerWords.contains(word) {
                kept += 1
            } else if let second = SymbolGrammar.bodyNameLowerPairs[word], kept + 1 < words.count, words[kept + 1].word == second {
                kept += 2
            } else {
                break
            }
        }
        let nameEnd = words[kept - 1].end
        var end = nameEnd
        var term: String?
        // `khóa XII` or `(khóa VIII)` after the name.
        var k = skipSpaces(nameEnd, limit: 2)
        let parenthesised = k < b.count && b[k] == UInt8(ascii: "(")
        if parenthesised { k += 1 }
        if matchesWord("khoa", at: k) {
            let romanStart = skipSpaces(k + 4, limit: 2)
            var r = romanStart
            while r < b.count, "IVXLC".utf8.contains(b[r]) { r += 1 }
            if r > romanStart, r >= b.count || !b[r].isWordCharacter {
                term = ascii(romanStart..<r)
                end = r
                if parenthesised, r < b.count, b[r] == UInt8(ascii: ")") { end = r + 1 }
            }
        }
        return (text(nameStart..<nameEnd), term, start, nameEnd, end)
    }

    // MARK: Helpers

    /// A lower-case `đ` (or Eth) that PDF text puts in codes for `Đ`.
    private func isLowerDWithStroke(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "d") && !scalars[Int(folded.origin[index])].isASCII
    }

    func skipSpaces(_ start: Int, limit: Int) -> Int {
        var i = start
        var n = 0
        while i < bytes.count, bytes[i] == 0x20, n < limit { i += 1; n += 1 }
        return i
    }

    func skipSpacesBackward(_ end: Int) -> Int {
        var i = end
        var n = 0
        while i > 0, bytes[i - 1] == 0x20, n < 3 { i -= 1; n += 1 }
        return i
    }

    /// `word` (lower-case ASCII) at `start`, any case, whole word.
    func matchesWord(_ word: String, at start: Int) -> Bool {
        let b = bytes
        let w = Array(word.utf8)
        guard start + w.count <= b.count else { return false }
        for k in 0..<w.count where b[start + k].asciiLowercased != w[k] { return false }
        let after = start + w.count
        return (after >= b.count || !b[after].isWordCharacter) && (start == 0 || !b[start - 1].isWordCharacter)
    }

    private func digits(at start: Int, max: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < bytes.count, bytes[i].isASCIIDigit, i - start < max {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > start, i >= bytes.count || !bytes[i].isASCIIDigit else { return nil }
        return (value, i)
    }

    private func ascii(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func foldedUpper(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { $0.isASCIILower ? $0 - 32 : $0 }, as: UTF8.self)
    }

    /// Letters of a code as written, with every form of D-with-stroke (`đ`,
    /// Latin Eth `Ð`) as `Đ` and look-alikes as the Latin letter they imitate.
    private func canonicalLetters(_ range: Range<Int>) -> String {
        var out = ""
        for k in range {
            let byte = bytes[k]
            let original = scalars[Int(folded.origin[k])]
            if (byte == UInt8(ascii: "D") || byte == UInt8(ascii: "d")), !original.isASCII {
                out.append("Đ")
            } else {
                out.append(Character(Unicode.Scalar(byte)))
            }
        }
        return out
    }

    /// The original text of a folded range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // Zero-width spaces stand in for VNI marks already composed into their vowel.
        return String(encoding: scalars[folded.originalRange(range)].lazy.filter { $0 != "\u{200B}" })
    }
}
