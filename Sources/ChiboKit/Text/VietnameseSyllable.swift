/// Whether a word is spelled as one Vietnamese syllable: an initial
/// consonant, a vowel group, a final consonant, at most one tone, and a stop
/// final (`c`, `ch`, `p`, `t`) only under the sắc or nặng tone. It says
/// nothing of meaning (`àm` passes); it is what tells decoded legacy text
/// (`c¸c` → `các`) from text that was right as written (`père`, `für`).
enum VietnameseSyllable {
    static func isValid(_ word: String) -> Bool {
        guard let (letters, tone) = lettersAndTone(of: word), !letters.isEmpty else { return false }
        for onset in onsets where letters.starts(with: onset) {
            if isValidRime(letters.dropFirst(onset.count), tone: tone) { return true }
        }
        return false
    }

    /// The word lower-cased, its tone taken off as a mark (nil for none):
    /// nil when it holds more than one tone or a scalar that is no letter.
    private static func lettersAndTone(of word: String) -> ([Unicode.Scalar], Unicode.Scalar?)? {
        var letters: [Unicode.Scalar] = []
        var tone: Unicode.Scalar?
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x300, 0x301, 0x303, 0x309, 0x323:
                if tone != nil { return nil }
                tone = scalar
            case 0x302, 0x306, 0x31B:
                // A circumflex, breve or horn makes one letter with its base (`â`, `ă`, `ơ`).
                guard let base = letters.popLast() else { return nil }
                var view = String.UnicodeScalarView([base])
                view.append(scalar)
                let composed = Array(String(view).precomposedStringWithCanonicalMapping.unicodeScalars)
                guard composed.count == 1 else { return nil }
                letters.append(composed[0])
            default:
                guard scalar.properties.isAlphabetic, scalar.properties.generalCategory != .nonspacingMark else { return nil }
                letters.append(scalar)
            }
        }
        return (letters, tone)
    }

    /// Vowels and a final after the onset (`gi` and `qu` are onsets: `gì`
    /// is read g + i, since gi leaves no vowel).
    private static func isValidRime(_ rest: ArraySlice<Unicode.Scalar>, tone: Unicode.Scalar?) -> Bool {
        for coda in codas where rest.count > coda.count && rest.reversed().starts(with: coda.reversed()) {
            let vowels = String(String.UnicodeScalarView(rest.dropLast(coda.count)))
            guard let final = vowelGroups[vowels] else { continue }
            switch final {
            case .never where !coda.isEmpty: continue
            case .required where coda.isEmpty: continue
            default: break
            }
            if stopCodas.contains(coda), let tone, tone.value != 0x301, tone.value != 0x323 { continue }
            return true
        }
        return false
    }

    /// Whether a vowel group takes a final consonant: `an` and `a`, `ăn`
    /// but never `ă`, `ai` but never `ain`.
    private enum Final { case any, never, required }

    /// Longest first, so that `ngh` is tried before `ng` and `n`, `gi`
    /// before `g`; the empty onset last.
    private static let onsets: [[Unicode.Scalar]] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ].map { Array($0.unicodeScalars) }

    private static let codas: [[Unicode.Scalar]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""].map { Array($0.unicodeScalars) }
    private static let stopCodas: Set<[Unicode.Scalar]> = [Array("c".unicodeScalars), Array("ch".unicodeScalars),
                                                           Array("p".unicodeScalars), Array("t".unicodeScalars)]

    private static let vowelGroups: [String: Final] = {
        var groups: [String: Final] = [:]
        for vowels in ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uơ", "oo"] {
            groups[vowels] = .any
        }
        for vowels in ["ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê"] { groups[vowels] = .required }
        for vowels in ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi",
                       "ưu", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu"] {
            groups[vowels] = .never
        }
        return groups
    }()
}
