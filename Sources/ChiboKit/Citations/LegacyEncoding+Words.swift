/// Legacy-encoded text read word by word, for `TextEncodingChecker`: each
/// scalar of a word becomes what it stands for in the encoding, so that a
/// fix can replace exactly the scalars the encoding changed and leave the
/// Markdown around and between them as written.
extension LegacyEncoding {
    /// What each scalar of a word stands for: one letter, the same scalar,
    /// or nothing (a VNI or Windows-1258 mark joined to the vowel before it).
    struct DecodedWord {
        var pieces: [[Unicode.Scalar]]
        /// Offsets in the word of the scalars the encoding changes.
        var changed: [Int] { pieces.indices.filter { pieces[$0] != [original[$0]] } }
        let original: [Unicode.Scalar]

        var text: String { String(String.UnicodeScalarView(pieces.joined())) }
        var writtenText: String { String(String.UnicodeScalarView(original)) }
    }

    /// Windows-1258 bytes whose Latin-1 reading differs (the rest of
    /// 0xA0–0xFF is the same letter in both): letters Latin-1 has not, and
    /// the five tones, which 1258 writes as combining marks after the vowel.
    static let cp1258Letters: [UInt32: Unicode.Scalar] = [
        0xC3: "Ă", 0xE3: "ă", 0xD0: "Đ", 0xF0: "đ", 0xD5: "Ơ", 0xF5: "ơ", 0xDD: "Ư", 0xFD: "ư", 0xFE: "₫",
    ]
    static let cp1258Tones: [UInt32: [Unicode.Scalar]] = [
        0xCC: ["\u{0300}"], 0xEC: ["\u{0301}"], 0xD2: ["\u{0309}"], 0xDE: ["\u{0303}"], 0xF2: ["\u{0323}"],
    ]

    /// A scalar that belongs to a word in some legacy encoding: a letter,
    /// a combining mark, or a TCVN3 byte that Latin-1 shows as a symbol
    /// (`¸` is `á`, `®` is `đ`, the soft hyphen `ư`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.properties.isAlphabetic }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark || tcvn3[scalar.value] != nil
    }

    /// The word read in `kind`. TCVN3 has no capitals with tones (the
    /// `.VnTimeH` fonts draw the small letters' bytes as capitals), so in
    /// a word or block written in capitals the letters it decodes are
    /// capitals too (`CHØ THÞ` → `CHỈ THỊ`).
    static func decodedWord<S: Collection>(_ word: S, as kind: Kind, inCapitals: Bool = false) -> DecodedWord
    where S.Element == Unicode.Scalar {
        let original = Array(word)
        var pieces = original.map { [$0] }
        switch kind {
        case .tcvn3:
            let capitals = inCapitals || isWrittenInCapitals(original, atLeast: 2)
            for index in original.indices {
                guard let letter = tcvn3[original[index].value] else { continue }
                pieces[index] = [capitals ? upper(letter) : letter]
            }
        case .vni, .cp1258:
            // Both write some letters as one character of their own and
            // the marks as characters after the vowel.
            let (letters, marks) = kind == .vni ? (vniLetters, vniMarks) : (cp1258Letters, cp1258Tones)
            for index in original.indices {
                let value = original[index].value
                if let letter = letters[value] {
                    pieces[index] = [letter]
                } else if let marks = marks[value] {
                    join(marks, at: index, into: &pieces)
                }
            }
        }
        return DecodedWord(pieces: pieces, original: original)
    }

    /// Puts `marks` on the vowel just before `index`, when they make one
    /// letter with it; the mark's own scalar then stands for nothing.
    private static func join(_ marks: [Unicode.Scalar], at index: Int, into pieces: inout [[Unicode.Scalar]]) {
        guard index > 0, pieces[index - 1].count == 1, isVowel(pieces[index - 1][0]) else { return }
        var view = String.UnicodeScalarView(pieces[index - 1])
        view.append(contentsOf: marks)
        let composed = Array(String(view).precomposedStringWithCanonicalMapping.unicodeScalars)
        guard composed.count == 1 else { return }
        pieces[index - 1] = composed
        pieces[index] = []
    }

    /// Whether the text's ASCII letters, `atLeast` of them, are all capitals.
    static func isWrittenInCapitals(_ text: [Unicode.Scalar], atLeast minimum: Int) -> Bool {
        var capitals = 0
        for scalar in text where scalar.isASCII && scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            capitals += 1
        }
        return capitals >= minimum
    }

    private static func upper(_ letter: Unicode.Scalar) -> Unicode.Scalar {
        let upper = letter.properties.uppercaseMapping.unicodeScalars
        return upper.count == 1 ? upper.first! : letter
    }
}
