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
    func cased(_ text: String, capitaliseFirst: Bool, isName: Bool = false) -> String {
        var inPlaceName = false
        var out: [String] = []
        var previousCapitalised = false
        var previousKey = ""
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
            if isName, index > 0, ["tinh", "huyen", "xa", "phuong", "quan", "pho", "thi tran"].contains(previousKey) { inPlaceName = true }
            if inPlaceName, unseen || seen.capitalised > 0 {
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

    static func capitalised(_ word: String) -> String {
        guard let index = word.firstIndex(where: \.isLetter) else { return word }
        return word[..<index] + word[index].uppercased() + word[word.index(after: index)...]
    }
}
