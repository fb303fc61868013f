/// How a run's text looks, as far as chibo reads it. Each property is nil
/// where this level (direct formatting, a style, the document's defaults)
/// says nothing, so that levels can be laid over each other.
struct WordRunLook: Equatable {
    var isBold: Bool?
    var isItalic: Bool?
    /// All capitals (`w:caps`): Word shows the text in capitals.
    var isCaps: Bool?
    /// Hidden text (`w:vanish`), which Word does not show.
    var isHidden: Bool?
    /// The size in half-points (`w:sz`).
    var halfPoints: Int?
    var font: WordFontChoice?

    /// This look, with what it leaves unsaid taken from `below`.
    func over(_ below: WordRunLook) -> WordRunLook {
        WordRunLook(isBold: isBold ?? below.isBold, isItalic: isItalic ?? below.isItalic,
                    isCaps: isCaps ?? below.isCaps, isHidden: isHidden ?? below.isHidden,
                    halfPoints: halfPoints ?? below.halfPoints, font: font ?? below.font)
    }

    /// Reads one child of `w:rPr`.
    mutating func read(_ element: WordElement) {
        switch element.name {
        case "b": isBold = element.isOn
        case "i": isItalic = element.isOn
        case "caps": isCaps = element.isOn
        case "vanish": isHidden = element.isOn
        case "sz": halfPoints = element.integer("val") ?? halfPoints
        case "rFonts": font = WordFontChoice(element) ?? font
        default: break
        }
    }
}
