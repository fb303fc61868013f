import Foundation

/// How a line of a Vietnamese administrative document reads on its own:
/// numbered as a heading, written in capitals, one of the header's fixed
/// lines. Each is judged by the text alone, so every reader's lines are
/// judged alike.
enum LinePatterns {
    static let terminalPunctuation: Set<Character> = [".", "!", "?", ";", ":", "…"]

    /// Ends a sentence (a closing quote or bracket after the stop counts).
    static func endsSentence(_ text: String) -> Bool {
        var rest = Substring(text.trimmingTrailingSpaces())
        while let last = rest.last, "”\"’')]»".contains(last) { rest = rest.dropLast() }
        return rest.last.map { terminalPunctuation.contains($0) } ?? false
    }

    /// Letters mostly in capitals, at least two of them.
    static func isCapitals(_ text: String) -> Bool {
        var upper = 0, lower = 0
        for character in text where character.isLetter {
            if character.isUppercase { upper += 1 } else if character.isLowercase { lower += 1 }
        }
        return upper >= 2 && lower * 10 <= upper
    }

    static func startsLowercase(_ text: String) -> Bool {
        text.first { !$0.isWhitespace && !"“\"'(".contains($0) }?.isLowercase ?? false
    }

    static func isSeparator(_ text: String) -> Bool {
        let trimmed = text.trimmed
        return !trimmed.isEmpty && trimmed.count <= 40 && trimmed.allSatisfy { "*-_–—=~·.•".contains($0) || $0 == " " }
    }

    /// `ĐẢNG CỘNG SẢN VIỆT NAM`, `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    /// `Độc lập - Tự do - Hạnh phúc`: the national lines of every header.
    static func isNationalLine(_ text: String) -> Bool {
        let folded = lettersOnly(text)
        return folded == "dang cong san viet nam" || folded.hasPrefix("cong hoa xa hoi chu nghia viet nam")
            || folded.hasPrefix("doc lap tu do hanh phuc")
    }

    /// The folded words of a line, punctuation dropped: what two spellings
    /// (`ỦY`/`UỶ`, a dash or none) are compared by.
    /// The number a page-number line prints (`3`, `- 3 -`, `Trang 3`,
    /// `Page 3`, `3/30`, `3 trên 30`, `3 of 30`), or nil when the line says
    /// more. Three digits at most: a longer number alone is a figure.
    static func pageNumber(in text: String) -> Int? {
        var words = text.lowercased().split(whereSeparator: { $0.isWhitespace || "-–—|".contains($0) }).map(String.init)
        if words.first == "trang" || words.first == "page" { words.removeFirst() }
        if words.count == 1, let slash = words[0].firstIndex(of: "/") {
            words = [String(words[0][..<slash]), "/", String(words[0][words[0].index(after: slash)...])]
        }
        if words.count == 3, words[1] == "/" || words[1] == "trên" || words[1] == "of",
           (1...3).contains(words[2].count), words[2].allSatisfy(\.isASCIIDigit) {
            words = [words[0]]
        }
        guard words.count == 1, (1...3).contains(words[0].count), words[0].allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(words[0])
    }

    /// A line that only says `lưu hành nội bộ` (any case, with or without
    /// diacritics or brackets).
    static func isInternalMarking(_ text: String) -> Bool {
        text.count <= 24 && lettersOnly(text) == "luu hanh noi bo"
    }

    static func lettersOnly(_ text: String) -> String {
        VietnameseText.fold(text).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// Words that start the name of an issuing body or of its signer, as
    /// its header and signature block write it.
    static let bodyWords = [
        "ban", "bo", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "dang bo", "chi bo",
        "uy ban", "ubnd", "hdnd", "hoi dong", "so", "van phong", "chinh phu", "quoc hoi", "thu tuong",
        "tong cuc", "cuc", "truong", "hoc vien", "mat tran", "doan", "hoi", "trung tam", "toa an", "vien",
        "t m", "tm", "kt", "q", "tl", "tuq", "bi thu", "pho bi thu", "chu tich", "pho chu tich", "truong ban", "pho truong ban",
    ]

    static func startsWithBodyWord(_ text: String) -> Bool {
        let folded = lettersOnly(text)
        return bodyWords.contains { folded == $0 || folded.hasPrefix($0 + " ") }
    }

    /// `Số 12-HD/TU`, `Số: 15/QĐ-UBND`: the symbol, when it parses as one.
    static func symbolLine(_ text: String) -> DirectiveSymbol? {
        let trimmed = text.trimmed
        guard let match = trimmed.firstMatch(of: ImportPatterns.symbolLine) else { return nil }
        return DirectiveSymbol(String(match.1))
    }

    /// `Cao Bằng, ngày 5 tháng 3 năm 2026`: the place-and-date line.
    static func headerDate(_ text: String) -> CalendarDate? {
        guard text.count <= 90,
              let match = text.firstMatch(of: ImportPatterns.headerDate)
        else { return nil }
        return CalendarDate(year: Int(match.3)!, month: Int(match.2)!, day: Int(match.1)!)
    }

    /// A line that is only a date: `2026-05-28`, `28/5/2026`, `ngày 28 tháng 5 năm 2026`.
    static func dateAlone(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmed
        if let date = CalendarDate(iso: trimmed) { return date }
        if let match = trimmed.wholeMatch(of: ImportPatterns.slashDate) {
            return CalendarDate(year: Int(match.3)!, month: Int(match.2)!, day: Int(match.1)!)
        }
        if trimmed.lowercased().hasPrefix("ngày"), let date = headerDate(trimmed) { return date }
        return nil
    }

    /// The kind of document a line names on its own (`HƯỚNG DẪN`, `BÁO CÁO`).
    static func kindLine(_ text: String) -> DirectiveKind? {
        let trimmed = text.trimmed
        guard isCapitals(trimmed) else { return nil }
        return DirectiveKind.named(trimmed)
    }
}

/// A heading's numbering, as Vietnamese administrative documents write it:
/// parts and chapters, articles, Roman numerals, decimal numbers and their
/// sub-numbers, letters.
struct HeadingNumbering: Equatable {
    enum Style: Int, Comparable {
        case part, chapter, section, article, roman, decimal, decimal2, decimal3, decimal4, letter

        static func < (lhs: Style, rhs: Style) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var style: Style
    /// The numbering as written (`Phần thứ nhất`, `II.`, `2.1.`, `a)`).
    var number: String
    /// The words after it, possibly empty (`Phần thứ nhất` on its own line).
    var title: String

    init?(_ text: String) {
        let line = text.trimmed
        // Every numbering starts with a digit, a Roman numeral's letter, a
        // small letter, or the first letter of Phần, Chương, Mục, Điều: most
        // lines are passed over before any pattern is tried.
        guard let first = line.unicodeScalars.first,
              ("0"..."9").contains(first) || ("a"..."z").contains(first) || "IVXLCPpCcMmĐđ".unicodeScalars.contains(first)
        else { return nil }
        if let match = line.firstMatch(of: ImportPatterns.partNumber) {
            let word = VietnameseText.fold(String(match.1.prefix { !$0.isWhitespace }))
            style = word == "phan" ? .part : word == "chuong" ? .chapter : .section
            number = String(match.1)
            title = String(match.2 ?? "")
        } else if let match = line.firstMatch(of: ImportPatterns.articleNumber) {
            style = .article
            number = String(match.1)
            title = String(match.2 ?? "")
        } else if let match = line.firstMatch(of: ImportPatterns.romanNumber) {
            style = .roman
            number = String(match.1)
            title = String(match.2)
        } else if let match = line.firstMatch(of: ImportPatterns.dottedNumber) {
            let depth = match.1.split(separator: ".").count
            style = [.decimal2, .decimal3, .decimal4][min(depth, 4) - 2]
            number = String(match.1) + String(match.2)
            title = String(match.3)
        } else if let match = line.firstMatch(of: ImportPatterns.decimalNumber) {
            style = .decimal
            number = String(match.1)
            title = String(match.2)
        } else if let match = line.firstMatch(of: ImportPatterns.letterNumber) {
            style = .letter
            number = String(match.1)
            title = String(match.2)
        } else {
            return nil
        }
    }

    /// A title reads as a heading, not as a numbered paragraph: one short
    /// phrase, no sentence ended or begun inside it, a colon only at its end.
    var readsAsHeading: Bool {
        guard title.count <= 260 else { return false }
        let trimmed = title.trimmed
        if let last = trimmed.last, ".;,".contains(last), !trimmed.hasSuffix("...") { return false }
        if trimmed.dropLast().contains(":") || trimmed.contains(";") { return false }
        if trimmed.contains(ImportPatterns.sentenceBreak) { return false }
        return true
    }
}
