import Foundation

/// Reads the text of `document.xml`, or of the footnotes or endnotes part,
/// as Foundation's SAX parser hands over its elements: paragraphs become
/// lines (or a cell's text, or a note's), tables tables, page breaks
/// breaks; each run's text is kept or dropped as Word would show it.
final class WordBodyReader: WordXMLHandler {
    enum Part { case document, notes }

    /// A footnote or endnote marker met in the text.
    struct Reference {
        var label: Int
        /// `footnote 3` or `endnote 3`: the body's key in `noteBodies`.
        var note: String
        var place: SourcePlace
    }

    /// A legacy font met, where first, and the words read through it.
    struct LegacyFont {
        var name: String
        var encoding: WordFontEncoding
        var place: SourcePlace
        var words = 0
    }

    private let styles: WordStyles
    private var numbering: WordNumbering
    private let part: Part

    private(set) var blocks: [SourceBlock] = []
    private(set) var repairs: [ImportedText.Repair: Int] = [:]
    private(set) var legacyFonts: [LegacyFont] = []
    /// Paragraphs that held an image, which chibo leaves out.
    private(set) var imageParagraphs: [Int] = []
    private(set) var references: [Reference] = []
    /// The paragraphs' texts of each footnote and endnote, by key.
    private(set) var noteBodies: [String: [String]] = [:]

    /// Elements whose content Word does not show or chibo must not read
    /// twice: deleted text, the old formatting of a tracked change, the
    /// fallback copy of a drawing (its text box is read from the first
    /// copy), phonetic guides.
    private static let skippedElements: Set<String> = [
        "del", "moveFrom", "pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange",
        "sectPrChange", "numberingChange", "rt",
    ]

    private static func isSkipped(_ name: String) -> Bool {
        skippedElements.contains(name) || name.hasSuffix(":Fallback")
    }

    private var stack: [String] = []
    private var skipping = 0
    private var paragraphs: [WordParagraph] = []
    private var paragraphCount = 0
    private var tables: [WordTableBuilder] = []
    /// For each complex field open, whether its shown result has begun
    /// (before `separate` comes its instruction, which is not shown).
    private var fields: [Bool] = []
    private var isInText = false
    private var dropsCustomMark = false
    private var gapPending = false
    private var note: String?

    init(styles: WordStyles, numbering: WordNumbering, part: Part) {
        self.styles = styles
        self.numbering = numbering
        self.part = part
    }

    // MARK: Elements

    func start(_ element: WordElement) {
        defer { stack.append(element.name) }
        if Self.isSkipped(element.name) { skipping += 1 }
        guard skipping == 0 else { return }
        let parent = stack.last ?? ""
        let grandparent = stack.count >= 2 ? stack[stack.count - 2] : ""
        switch (element.name, parent) {
        case ("p", _):
            paragraphCount += 1
            paragraphs.append(WordParagraph(number: paragraphCount))
        case ("pStyle", "pPr") where grandparent == "p":
            paragraphs.changeLast { $0.style = element["val"] }
        case (_, "pPr") where grandparent == "p", (_, "numPr") where grandparent == "pPr":
            paragraphs.changeLast { $0.look.read(element) }
        case ("r", _):
            paragraphs.changeLast { $0.run = (WordRunLook(), nil) }
        case ("rStyle", "rPr") where grandparent == "r":
            paragraphs.changeLast { $0.run?.style = element["val"] }
        case (_, "rPr") where grandparent == "r":
            paragraphs.changeLast { $0.run?.look.read(element) }
        case ("t", "r"):
            isInText = true
        case ("tab", "r"), ("ptab", "r"), ("cr", "r"):
            append(element.name == "cr" ? " " : "\t")
        case ("br", "r"):
            if element["type"] == "page" {
                if let paragraph = paragraphs.last { paragraphs[paragraphs.count - 1].pageBreaks.append(paragraph.hasText) }
            } else {
                append(" ")
            }
        case ("noBreakHyphen", "r"):
            append("-")
        case ("softHyphen", "r"):
            // Byte 0xAD is `ư` in TCVN3: LibreOffice writes it as this
            // element. In a Unicode font it is a soft hyphen, mended later.
            append("\u{00AD}")
        case ("sym", "r"):
            // Symbol fonts' characters (private use, U+F000 on) have no
            // meaning in text; a character of Unicode is kept.
            if let code = element["char"].flatMap({ UInt32($0, radix: 16) }), code < 0xE000, let scalar = Unicode.Scalar(code) {
                append(String(scalar))
            }
        case ("footnoteReference", _), ("endnoteReference", _):
            reference(element)
        case ("fldChar", _):
            switch element["fldCharType"] {
            case "begin": fields.append(false)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
            case "end": _ = fields.popLast()
            default: break
            }
        case (_, _) where element.localName == "blip" || element.localName == "imagedata":
            paragraphs.changeLast { $0.hasImage = true }
        case ("tbl", _):
            tables.append(WordTableBuilder(place: .paragraph(paragraphCount + 1)))
        case ("tblStyle", "tblPr"):
            tables.changeLast { $0.style = element["val"] }
        case (_, "tblBorders") where grandparent == "tblPr":
            tables.changeLast { $0.borders[element.name] = WordStyles.isDrawn(element) }
        case ("tr", _):
            tables.changeLast { $0.startRow() }
        case ("tblHeader", "trPr"):
            tables.changeLast { $0.isHeaderRow = element.isOn }
        case ("tc", _):
            tables.changeLast { $0.startCell() }
        case ("gridSpan", "tcPr"):
            tables.changeLast { $0.cell.span = max(1, element.integer("val") ?? 1) }
        case ("vMerge", "tcPr"):
            tables.changeLast { $0.cell.continuesAbove = element["val"] != "restart" }
        case ("footnote", _), ("endnote", _):
            // Separators are the lines Word draws above the notes, not notes.
            let isSeparator = element["type"].map { $0 != "normal" } ?? false
            note = isSeparator ? nil : element["id"].map { "\(element.name) \($0)" }
        default:
            break
        }
    }

    func end(_ name: String) {
        stack.removeLast()
        if Self.isSkipped(name) {
            skipping -= 1
            return
        }
        guard skipping == 0 else { return }
        switch name {
        case "t":
            isInText = false
        case "r":
            paragraphs.changeLast { $0.run = nil }
        case "p":
            if let paragraph = paragraphs.popLast() { finish(paragraph) }
        case "tc":
            tables.changeLast { $0.endCell() }
        case "tr":
            tables.changeLast { $0.endRow() }
        case "tbl":
            if let table = tables.popLast() { finish(table) }
        case "footnote", "endnote":
            note = nil
        default:
            break
        }
    }

    func characters(_ text: String) {
        guard isInText, skipping == 0 else { return }
        if dropsCustomMark {
            // The mark the author typed in place of the note's number: chibo numbers notes itself.
            dropsCustomMark = false
            return
        }
        append(text)
    }

    // MARK: Text

    /// Adds shown text to the run being read: nothing outside a run, and
    /// nothing of a field's instruction.
    private func append(_ text: String) {
        guard let run = paragraphs.last?.run, !fields.contains(false) else { return }
        paragraphs[paragraphs.count - 1].pieces.append(.run(text, run.look, characterStyle: run.style))
    }

    /// A note marker becomes `[^N]`, N counting markers in the order they
    /// come; the note's body is matched to it by the note's id.
    private func reference(_ element: WordElement) {
        guard part == .document, let id = element["id"], let paragraph = paragraphs.last else { return }
        let label = references.count + 1
        let kind = element.name == "footnoteReference" ? "footnote" : "endnote"
        references.append(Reference(label: label, note: "\(kind) \(id)", place: .paragraph(paragraph.number)))
        paragraphs[paragraphs.count - 1].pieces.append(.written("[^\(label)]"))
        if element["customMarkFollows"].map({ $0 == "1" || $0 == "true" || $0 == "on" }) ?? false {
            dropsCustomMark = true
        }
    }

    // MARK: Paragraphs and tables

    private func finish(_ paragraph: WordParagraph) {
        let place = SourcePlace.paragraph(paragraph.number)
        let style = styles.paragraphStyle(paragraph.style)
        let look = paragraph.look.over(styles.paragraphLook(ofStyle: style))
        if paragraph.hasImage, part == .document { imageParagraphs.append(paragraph.number) }
        // Word shows a number even on an empty paragraph, which uses it up.
        let number = look.numberingID.flatMap { numbering.nextLabel(list: $0, level: look.numberingLevel, style: style) }

        let made = WordParagraphText(paragraph.styledPieces(styles))
        for (font, decoded) in made.decodedWords {
            if let index = legacyFonts.firstIndex(where: { $0.name == font }) {
                legacyFonts[index].words += decoded.words
            } else {
                legacyFonts.append(LegacyFont(name: font, encoding: decoded.encoding, place: place, words: decoded.words))
            }
            repairs[.legacyWords, default: 0] += decoded.words
        }
        var text = ImportedText.mended(made.text, counting: &repairs).trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty, let number { text = number + text }

        if !tables.isEmpty {
            if !text.isEmpty { tables[tables.count - 1].cellTexts.append(text) }
            return
        }
        if part == .notes {
            if let note, !text.isEmpty { noteBodies[note, default: []].append(text) }
            return
        }
        if look.pageBreakBefore == true { blocks.append(.pageBreak) }
        for afterText in paragraph.pageBreaks where !afterText { blocks.append(.pageBreak) }
        if text.isEmpty {
            if paragraph.pageBreaks.isEmpty { gapPending = true }
        } else {
            var line = SourceLine(text, place: place)
            line.isWholeParagraph = true
            line.gapBefore = gapPending
            line.isBold = made.isBold
            line.isItalic = made.isItalic
            line.isCentered = look.isCentered == true
            line.outlineLevel = look.outlineLevel.flatMap { $0 < 9 ? $0 + 1 : nil } ?? styles.headingLevel(ofStyle: style)
            if let size = made.dominantHalfPoints, let body = styles.bodyHalfPoints, body > 0 {
                line.relativeSize = Double(size) / Double(body)
            }
            blocks.append(.line(line))
            gapPending = false
        }
        for afterText in paragraph.pageBreaks where afterText { blocks.append(.pageBreak) }
    }

    private func finish(_ table: WordTableBuilder) {
        if !tables.isEmpty {
            tables[tables.count - 1].cellTexts += table.flattenedText
        } else if part == .notes {
            if let note { noteBodies[note, default: []] += table.flattenedText }
        } else if !table.rows.isEmpty {
            blocks.append(.table(table.table(styleBorders: styles.tableBorders(ofStyle: table.style))))
            gapPending = false
        }
    }
}

private extension Array {
    /// Changes the last element in place, when there is one.
    mutating func changeLast(_ change: (inout Element) -> Void) {
        guard !isEmpty else { return }
        change(&self[count - 1])
    }
}
