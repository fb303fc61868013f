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
