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
