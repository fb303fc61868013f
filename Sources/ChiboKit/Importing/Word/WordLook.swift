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

/// A run's font as `w:rFonts` names it: a theme's font (Word's own fonts,
/// Unicode) or a named one, which may be a legacy Vietnamese font.
enum WordFontChoice: Equatable {
    case theme
    case named(String)

    init?(_ element: WordElement) {
        if element["asciiTheme"] != nil || element["hAnsiTheme"] != nil {
            self = .theme
            return
        }
        // Letters above ASCII are drawn in the hAnsi font, ASCII in the ascii
        // font; a legacy font in either decides, since its bytes are both.
        let names = [element["hAnsi"], element["ascii"]].compactMap { $0 }
        guard let name = names.first(where: { WordFontEncoding(fontNamed: $0) != .unicode }) ?? names.first else { return nil }
        self = .named(name)
    }

    var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}

/// How a paragraph is laid out, as far as chibo reads it; nil where this
/// level says nothing.
struct WordParagraphLook: Equatable {
    var isCentered: Bool?
    /// Word's 0-based `w:outlineLvl`; 9 is body text.
    var outlineLevel: Int?
    var numberingID: Int?
    var numberingLevel: Int?
    var pageBreakBefore: Bool?

    func over(_ below: WordParagraphLook) -> WordParagraphLook {
        WordParagraphLook(isCentered: isCentered ?? below.isCentered, outlineLevel: outlineLevel ?? below.outlineLevel,
                          numberingID: numberingID ?? below.numberingID, numberingLevel: numberingLevel ?? below.numberingLevel,
                          pageBreakBefore: pageBreakBefore ?? below.pageBreakBefore)
    }

    /// Reads one child of `w:pPr` (or of its `w:numPr`).
    mutating func read(_ element: WordElement) {
        switch element.name {
        case "jc": isCentered = element["val"] == "center"
        case "outlineLvl": outlineLevel = element.integer("val") ?? outlineLevel
        case "numId": numberingID = element.integer("val") ?? numberingID
        case "ilvl": numberingLevel = element.integer("val") ?? numberingLevel
        case "pageBreakBefore": pageBreakBefore = element.isOn
        default: break
        }
    }
}
