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
