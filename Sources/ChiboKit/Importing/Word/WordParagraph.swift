/// One paragraph being read: its number in the part, its layout and the
/// pieces of its text with each piece's look, turned into a line's text
/// once the paragraph ends.
struct WordParagraph {
    enum Piece {
        /// A run's text, read by its font's encoding, with its direct look and character style.
        case run(String, WordRunLook, characterStyle: String?)
        /// Text chibo writes itself (a footnote marker, a list number): never decoded.
        case written(String)
    }

    var number: Int
    var style: String?
    var look = WordParagraphLook()
    var pieces: [Piece] = []
    var hasImage = false
    /// Page breaks inside it, and whether text came before each.
    var pageBreaks: [Bool] = []
    /// The run being read, its direct look and character style.
    var run: (look: WordRunLook, style: String?)?

    init(number: Int) { self.number = number }

    var hasText: Bool {
        pieces.contains { piece in
            switch piece {
            case .run(let text, _, _), .written(let text): text.contains { !$0.isWhitespace }
            }
        }
    }

    /// Each piece's text with its look as the styles make it; chibo's
    /// own text has no look.
    func styledPieces(_ styles: WordStyles) -> [(text: String, look: WordRunLook?)] {
        let paragraphStyle = styles.paragraphStyle(style)
        return pieces.map { piece in
            switch piece {
            case .run(let text, let direct, let characterStyle):
                (text, styles.runLook(direct: direct, characterStyle: characterStyle, paragraphStyle: paragraphStyle))
            case .written(let text): (text, nil)
            }
        }
    }
}

/// A paragraph's text made from its pieces: legacy fonts decoded, Word's
/// capitals applied, hidden text dropped; and the facts of its look.
struct WordParagraphText {
    var text = ""
    var isBold = false
    var isItalic = false
    /// The size most of its characters have, in half-points.
    var dominantHalfPoints: Int?
    /// Words decoded, by each legacy font that had any.
    var decodedWords: [String: (encoding: WordFontEncoding, words: Int)] = [:]

    init(_ pieces: [(text: String, look: WordRunLook?)]) {
        let visible = pieces.filter { $0.look?.isHidden != true }
        let styled = visible.compactMap { piece in piece.look.map { (piece.text, $0) } }
            .filter { $0.0.contains { !$0.isWhitespace } }
        isBold = !styled.isEmpty && styled.allSatisfy { $0.1.isBold == true }
        isItalic = !styled.isEmpty && styled.allSatisfy { $0.1.isItalic == true }
        var characters: [Int: Int] = [:]
        for (text, look) in styled {
            if let size = look.halfPoints { characters[size, default: 0] += text.count }
        }
        dominantHalfPoints = characters.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key

        // Neighbouring runs in one font are decoded together, so that a
        // VNI mark split from its vowel by a change of bold still joins it.
        var index = 0
        while index < visible.count {
            guard let look = visible[index].look else {
                text += visible[index].text
                index += 1
                continue
            }
            let font = look.font?.name
            let encoding = font.map(WordFontEncoding.init(fontNamed:)) ?? .unicode
            var end = index + 1
            var joined = visible[index].text
            while end < visible.count, let next = visible[end].look, next.font?.name == font, next.isCaps == look.isCaps {
                joined += visible[end].text
                end += 1
            }
            let (decoded, words) = encoding.decoded(joined)
            if let font, words > 0 {
                decodedWords[font, default: (encoding, 0)].words += words
            }
            text += look.isCaps == true ? decoded.uppercased() : decoded
            index = end
        }
    }
}
