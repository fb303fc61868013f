/// How the document's own running text writes each word, to write a line
/// typed in capitals (a header's subject, an issuing body) as a reader would:
/// `VỀ CÔNG TÁC XÂY DỰNG ĐẢNG Ở TỈNH CAO BẰNG` becomes "về công tác xây dựng
/// Đảng ở tỉnh Cao Bằng" because that is how the body writes those words.
/// Words at a sentence's start say nothing about their case and are not counted.
struct BodyCasing {
    private struct Counts {
        var lower = 0, capitalised = 0, capitals = 0
    }

    private var counts: [String: Counts] = [:]
    /// The same, for a word after a given word (`cao bang`): a name's
    /// second word is read in its name, not as the common word it also is.
    private var pairs: [String: Counts] = [:]
    /// Pairs whose first word is capitalised too, by the pair.
    private var firstCapitalised: [String: Int] = [:]

    init(lines: [String]) {
        var folded: [Substring: String] = [:]
        func fold(_ letters: Substring) -> String {
            if let known = folded[letters] { return known }
            let result = VietnameseText.fold(String(letters))
            folded[letters] = result
            return result
        }
        // A line all in capitals (an issuing body, a title) says nothing about case either.
        for line in lines where !LinePatterns.isCapitals(line) {
            var sentenceStart = true
            var previousKey = ""
            var previousCapitalised = false
            for word in line.split(whereSeparator: { $0.isWhitespace }) {
                let letters = word.allSatisfy(\.isLetter) ? word : Substring(word.filter(\.isLetter))
                defer {
                    if let last = word.last(where: { !"”\"’')]»".contains($0) }) {
                        sentenceStart = ".:;!?…".contains(last)
                    }
                }
                let key = fold(letters)
                defer {
                    previousKey = key
                    previousCapitalised = letters.first?.isUppercase ?? false
                }
                guard let first = letters.first, !sentenceStart else { continue }
                let pair = previousKey + " " + key
                if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
                    counts[key, default: Counts()].capitals += 1
                    pairs[pair, default: Counts()].capitals += 1
                } else if first.isUppercase {
                    counts[key, default: Counts()].capitalised += 1
                    pairs[pair, default: Counts()].capitalised += 1
                    if previousCapitalised { firstCapitalised[pair, default: 0] += 1 }
                } else {
                    counts[key, default: Counts()].lower += 1
                    pairs[pair, default: Counts()].lower += 1
                }
            }
        }
    }

    /// `text` (typed in capitals) in the case the body writes its words;
    /// the first word capitalised when `capitaliseFirst`.
    /// `isName`: the text names an issuing body, whose words after `tỉnh`,
    /// `huyện`, `xã`, … are a place's name, capitalised when the body
    /// does not write them.
    /// Names of the Party's and the State's bodies as official writing
    /// spells them, for a name in capitals the document's text never writes
    /// (`BAN THƯỜNG VỤ` under a signature).
    private static let bodyNames = [
        "Ban Chấp hành Trung ương", "Ban Chấp hành", "Ban Thường vụ", "Ban Bí thư", "Bộ Chính trị", "Thường trực",
        "Ban Tổ chức", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ủy ban Kiểm tra",
        "Văn phòng", "Ủy ban nhân dân", "Hội đồng nhân dân", "Mặt trận Tổ quốc", "Trung ương", "Chính phủ", "Quốc hội",
        "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Chi bộ",
    ].map { (folded: LinePatterns.lettersOnly($0).split(separator: " ").map(String.init), written: $0.split(separator: " ").map(String.init)) }

    /// Whether `words` begin with the name of one of those bodies whose
    /// first letter is a capital (`ủy ban nhân dân`, in any case).
    static func beginsBodyName(_ words: ArraySlice<String>) -> Bool {
        let folded = words.prefix(4).map { LinePatterns.lettersOnly($0) }
        return bodyNames.contains { name in
            name.written.first?.first?.isUppercase == true && folded.starts(with: name.folded)
        }
    }

    func cased(_ text: String, capitaliseFirst: Bool, isName: Bool = false) -> String {
        guard isName else { return casedByBody(text, capitaliseFirst: capitaliseFirst, isName: false) }
        // A name: the bodies it names spelt as official writing does (their
        // own letters kept: `ỦY` or `UỶ`), the words between by the text.
        let words = text.split(separator: " ").map(String.init)
        let folded = words.map { LinePatterns.lettersOnly($0) }
        var out: [String] = []
        var index = 0
        var pending: [String] = []
        func flush() {
            guard !pending.isEmpty else { return }
            let cased = casedByBody(pending.joined(separator: " "), capitaliseFirst: out.isEmpty && capitaliseFirst, isName: true,
                                    after: out.last.map(LinePatterns.lettersOnly))
            out.append(cased)
            pending = []
        }
        while index < words.count {
            if let name = Self.bodyNames.first(where: { Array(folded.dropFirst(index).prefix($0.folded.count)) == $0.folded }) {
                flush()
                for (offset, spelling) in name.written.enumerated() {
                    let word = words[index + offset].lowercased()
                    out.append(spelling.first!.isUppercase ? Self.capitalised(word) : word)
                }
                index += name.written.count
            } else {
                pending.append(words[index])
                index += 1
            }
        }
        flush()
        return out.joined(separator: " ")
    }

    private func casedByBody(_ text: String, capitaliseFirst: Bool, isName: Bool, after: String? = nil) -> String {
        var inPlaceName = false
        var out: [String] = []
        var previousCapitalised = false
        var previousKey = after.map { String($0.split(separator: " ").last ?? "") } ?? ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated() {
            let letters = word.filter(\.isLetter)
            let key = VietnameseText.fold(String(letters))
            defer { previousKey = key }
            let nextKey = VietnameseText.fold(String(words.indices.contains(index + 1) ? words[index + 1].filter(\.isLetter) : ""))
            // A name (`Cao Bằng`) is known by either of its pairs: the
            // second word after the first, or the first before the second.
            let pair = pairs[previousKey + " " + key] ?? Counts()
            let nextPair = pairs[key + " " + nextKey] ?? Counts()
            let seen = pair.lower + pair.capitalised + pair.capitals > 0 ? pair
                : nextPair.capitalised > 0 && firstCapitalised[key + " " + nextKey, default: 0] > nextPair.lower ? Counts(lower: 0, capitalised: 1, capitals: 0)
                : counts[key] ?? Counts()
            let written: String
            let unseen = pair.lower + pair.capitalised + pair.capitals == 0 && counts[key] == nil
            // A place's level (`tỉnh`, `xã`, `thành phố`, `thôn`) is written
            // small, the place's name after it capitalised.
            let isLevel = isName && Self.placeLevels.contains(key)
            if isName, index > 0 || after != nil, !isLevel, Self.placeLevels.contains(previousKey) || previousKey == "uy" {
                inPlaceName = true
            }
            if isLevel {
                written = word.lowercased()
            } else if inPlaceName, unseen || seen.capitalised > 0 {
                written = Self.capitalised(word.lowercased())
            } else if letters.count >= 2, seen.capitals > seen.lower + seen.capitalised {
                written = String(word)
            } else if index == 0 ? capitaliseFirst : (seen.capitalised > seen.lower || (seen.capitalised == seen.lower && seen.lower > 0 && previousCapitalised)) {
                written = Self.capitalised(word.lowercased())
            } else {
                written = word.lowercased()
            }
            previousCapitalised = written.first?.isUppercase ?? false
            out.append(written)
        }
        return out.joined(separator: " ")
    }

    /// The words of a place's level, folded: `tỉnh`, `thành phố`, `thị
    /// trấn`, `thôn`, `ấp` …
    private static let placeLevels: Set<String> = [
        "tinh", "huyen", "xa", "phuong", "quan", "thanh", "pho", "thi", "tran", "thon", "ap", "khom", "buon", "soc", "lang",
    ]

    static func capitalised(_ word: String) -> String {
        guard let index = word.firstIndex(where: \.isLetter) else { return word }
        return word[..<index] + word[index].uppercased() + word[word.index(after: index)...]
    }
}
