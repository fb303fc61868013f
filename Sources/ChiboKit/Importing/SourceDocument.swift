import Foundation

/// A document as one of `chibo import`'s readers hands it over (text file,
/// Word, PDF), before its structure is rebuilt: the lines or paragraphs in
/// reading order with what the reader could see of their look, the tables
/// it found, and the footnotes it knew as such. The readers only read; the
/// structure stage (`PageStructure`) decides what is a heading, a list, a
/// footnote, the header, so that every format is judged by the same rules.
struct SourceDocument: Equatable {
    var blocks: [SourceBlock] = []
    /// Footnote bodies a reader knew as such (Word's `footnotes.xml`), whose
    /// markers it wrote into the text as `[^label]`. Text and PDF footnotes
    /// are found by the structure stage instead.
    var footnotes: [SourceFootnote] = []
    /// What was mended on the way in.
    var repairs: [ImportedText.Repair: Int] = [:]
    /// How the text was read: "UTF-8 text", "Word (.docx)", "PDF (poppler)",
    /// "PDF read by OCR (tesseract)"; said in the report.
    var readAs: Message
    /// The text was read from pictures of the pages: every word may be wrong.
    var isOCR = false
    /// Every paragraph's first line has `gapBefore` (a PDF's spacing and
    /// indents show them): a line without one goes on the paragraph above,
    /// even after a full stop.
    var marksParagraphs = false
    /// Things the reader noticed that the editor should know (a font it did
    /// not know, an image left out), each with where it was.
    var notes: [SourceNote] = []
}

enum SourceBlock: Equatable {
    case line(SourceLine)
    case table(SourceTable)
    /// A page ended here (PDF, a Word page break, a form feed in text).
    case pageBreak
}

/// Where something was in the source file, as the report names it.
enum SourcePlace: Hashable, Comparable, CustomStringConvertible {
    /// A text file's 1-based line.
    case line(Int)
    /// Word's 1-based paragraph in `document.xml`, counting table cells' paragraphs.
    case paragraph(Int)
    /// A PDF page and the 1-based line on it.
    case page(Int, line: Int)

    /// `line 3`, `paragraph 4`, `page 2, line 1`.
    var message: Message {
        switch self {
        case .line(let line): Message(ImportMessages.atLine, ["line": line])
        case .paragraph(let paragraph): Message(ImportMessages.atParagraph, ["paragraph": paragraph])
        case .page(let page, let line): Message(ImportMessages.atPageLine, ["page": page, "line": line])
        }
    }

    var description: String { message.description }
}

/// One line of a text file or a PDF, or one paragraph of Word.
struct SourceLine: Equatable {
    /// The text, NFC, mended. Footnote markers a reader knew are already
    /// `[^label]`; a PDF's raised small digits are written as superscript
    /// digits (`¹²³`), which the structure stage matches with footnote bodies.
    var text: String
    var place: SourcePlace
    /// The reader knows this is a whole paragraph (Word): never joined to the
    /// next. A text or PDF line may be one piece of a hard-wrapped paragraph.
    var isWholeParagraph = false
    /// A blank line (text) or a gap wider than the line spacing (PDF) came before it.
    var gapBefore = false
    var isBold = false
    var isItalic = false
    var isCentered = false
    /// The font size over the body text's usual size, when the reader knows sizes.
    var relativeSize: Double?
    /// Word's outline level of the paragraph's style (`Heading 1` is 1), when it has one.
    var outlineLevel: Int?
    /// A PDF line below the page's body text in a smaller font: a footnote
    /// body, or the next line of one.
    var isPageFoot = false

    init(_ text: String, place: SourcePlace) {
        self.text = text
        self.place = place
    }
}

/// A table as the reader found it: Word's `w:tbl`, or PDF cells by column.
struct SourceTable: Equatable {
    struct Cell: Equatable {
        /// The cell's paragraphs, one per line.
        var text: String
        /// Columns this cell covers (Word's `gridSpan`).
        var span = 1
        /// The cell continues the one above it (Word's `vMerge` without `restart`).
        var continuesAbove = false

        init(_ text: String, span: Int = 1, continuesAbove: Bool = false) {
            self.text = text
            self.span = span
            self.continuesAbove = continuesAbove
        }
    }

    var rows: [[Cell]]
    var place: SourcePlace
    /// Rows the reader knows are headers (Word's `tblHeader`), counted from the top.
    var headerRows = 0
    /// Drawn without borders: Word lays a document's header out in such a table.
    var isBorderless = false
}

struct SourceFootnote: Equatable {
    var label: String
    var text: String
    var place: SourcePlace
}

struct SourceNote: Equatable {
    var message: Message
    var place: SourcePlace?
}

/// Why a file could not be imported, in words for the editor (what is wrong
/// and what to do), never a stack of English jargon.
struct ImportProblem: Error, Equatable {
    var message: Message
    /// A program chibo needs is missing (poppler, LibreOffice, tesseract):
    /// the command could not run, rather than the file being bad.
    var isMissingTool = false

    init(_ message: Message, isMissingTool: Bool = false) {
        self.message = message
        self.isMissingTool = isMissingTool
    }
}

extension SourceBlock {
    /// Where the block starts; a page break is nowhere.
    var place: SourcePlace? {
        switch self {
        case .line(let line): line.place
        case .table(let table): table.place
        case .pageBreak: nil
        }
    }
}
