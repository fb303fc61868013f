/// Finds the candidate a person most likely meant, for "did you mean …?"
/// suggestions on misspelt keys, file names and anchors.
public enum NearestMatch {
    /// The closest candidate within a distance that still reads as a typo
    /// (a third of the word's length, at least 2), or nil.
    public static func find(_ word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(VietnameseText.fold(word).unicodeScalars)
        let limit = max(2, target.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let folded = Array(VietnameseText.fold(candidate).unicodeScalars)
            if abs(folded.count - target.count) > limit { continue }
            let d = distance(target, folded)
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

// MARK: Ranked suggestions

extension NearestMatch {
    /// How a real name resembles the one written, closest first: a link to
    /// `#phan-thu-tu` meant the heading `#phan-thu-tu-nhiem-vu-…` it begins,
    /// a link to `de-an-03.md` the file whose name holds those words, and
    /// only then a name a typo or two away.
    public enum Likeness: Int, Sendable, Comparable {
        /// The real name goes on from the written one: `phan-thu-tu-nhiem-vu`.
        case extends
        /// The real name holds every word written, in any order: `de-an-so-03-…`.
        case holdsEveryWord
        /// The written name holds all the real one's words and a few more,
        /// no number among them: `#muc-tieu-cu-the-chung` for `#muc-tieu-cu-the`.
        case heldInWritten
        /// A typo or two away.
        case typo

        public static func < (lhs: Likeness, rhs: Likeness) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A name prepared for comparing: folded (diacritics, tone placement
    /// and case away) and split into words, numbers read by their value
    /// (`03` and `3` are one word).
    public struct Name: Sendable {
        let scalars: [Unicode.Scalar]
        let words: [String]
        /// The words once more as a set: a name is compared with thousands.
        let wordSet: Set<String>

        public init(_ text: String) {
            scalars = Array(VietnameseText.fold(text).unicodeScalars)
            var words: [String] = []
            var word = String.UnicodeScalarView()
            func flush() {
                guard !word.isEmpty else { return }
                var text = String(word)
                if text.allSatisfy(\.isNumber) {
                    let trimmed = text.drop { $0 == "0" }
                    text = trimmed.isEmpty ? "0" : String(trimmed)
                }
                words.append(text)
                word = String.UnicodeScalarView()
            }
            for scalar in scalars {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { word.append(scalar) } else { flush() }
            }
            flush()
            self.words = words
            wordSet = Set(words)
        }

        var isEmpty: Bool { scalars.isEmpty }
    }

    /// How `real` resembles `written`, with a rank inside that likeness
    /// (smaller is closer), or nil when it does not resemble it enough to
    /// be worth a reader's time: suggesting nothing beats suggesting
    /// something unrelated.
    public static func likeness(of real: Name, to written: Name) -> (likeness: Likeness, rank: Int)? {
        let a = written.scalars, b = real.scalars
        guard !a.isEmpty, !b.isEmpty, a != b else { return nil }
        // A prefix of three letters or more: fewer begin too many names.
        // All extensions rank alike: they are listed in the candidates' order (a page's headings in its order).
        if a.count >= 3, b.count > a.count, b.starts(with: a) { return (.extends, 0) }
        let writtenWords = written.wordSet, realWords = real.wordSet
        let writtenLetters = written.words.reduce(0) { $0 + $1.count }
        if !writtenWords.isEmpty, writtenWords.isSubset(of: realWords),
           writtenWords.count >= 2 || writtenLetters >= 4 {
            return (.holdsEveryWord, realWords.count - writtenWords.count)
        }
        // The written name says more than the real one: a few words at most
        // (the real name holds two thirds of them), never a number
        // (`de-an-04` is not `de-an`).
        if realWords.count >= 2, realWords.isSubset(of: writtenWords), realWords.count * 3 >= writtenWords.count * 2,
           writtenWords.subtracting(realWords).allSatisfy({ !$0.allSatisfy(\.isNumber) }) {
            return (.heldInWritten, writtenWords.count - realWords.count)
        }
        // A typo: a third of the letters at most, and never most of a short name (`c` is not `a`).
        let limit = min(max(2, a.count / 3), (a.count - 1) / 2)
        guard limit > 0, abs(a.count - b.count) <= limit else { return nil }
        let d = distance(a, b)
        return d <= limit ? (.typo, d) : nil
    }

    /// The candidates most like `written`, closest first, at most `limit`
    /// of them, and whether the first is clearly the one meant: the only
    /// name that goes on from the written one, or the only one holding
    /// every word written. Ties keep the candidates' order.
    public static func ranked(_ written: String, in candidates: some Sequence<String>, limit: Int = 3)
        -> (names: [String], isClearlyRight: Bool) {
        let name = Name(written)
        var found: [(candidate: String, likeness: Likeness, rank: Int, order: Int)] = []
        for (order, candidate) in candidates.enumerated() {
            guard let (likeness, rank) = likeness(of: Name(candidate), to: name) else { continue }
            found.append((candidate, likeness, rank, order))
        }
        found.sort { ($0.likeness, $0.rank, $0.order) < ($1.likeness, $1.rank, $1.order) }
        return (Array(found.prefix(limit).map(\.candidate)), isClearlyRight(found.map(\.likeness)))
    }

    /// One closest likeness only, and that one a prefix or every word.
    static func isClearlyRight(_ sortedLikenesses: [Likeness]) -> Bool {
        guard let best = sortedLikenesses.first, best == .extends || best == .holdsEveryWord else { return false }
        return sortedLikenesses.dropFirst().first != best
    }
}
