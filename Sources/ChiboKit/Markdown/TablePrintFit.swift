/// How a table prints on A4 at the body's size (13 pt): among the text on
/// portrait pages, on landscape pages of its own, or, when even those are
/// too narrow, alone on landscape pages at a smaller size. Left to itself,
/// Chromium shrinks the whole document to the widest table; deciding here,
/// from the text of the cells, keeps the rest of the document at its size
/// without a script at print time.
enum TablePrintFit: Equatable {
    case portrait
    case landscape
    /// Landscape at `percent` of the body's size, in steps of ten.
    case scaled(percent: Int)

    /// The classes the theme's print rules read, after `table-wrap`.
    var classNames: String {
        switch self {
        case .portrait: ""
        case .landscape: " table-landscape"
        case .scaled(let percent): " table-landscape table-scale-\(percent)"
        }
    }

    // Widths in ems of the body's font. The text column of an A4 page is
    // 21 cm less 4.5 cm of margins in portrait, 29.7 cm less 3.5 cm in
    // landscape (style.css's @page rules), over 13 pt.
    static let portraitWidth = 16.5 / 2.54 * 72 / 13
    static let landscapeWidth = 26.2 / 2.54 * 72 / 13
    /// A cell's padding and borders.
    static let cellPadding = 0.9
    /// A column narrower than its cells' text wants at least this much, so
    /// that its heading wraps by words, not a syllable to a line.
    static let comfortableWidth = 4.5
    /// The least a column may have before the table is made smaller.
    static let tightWidth = 3.0
    static let smallestPercent = 50

    /// `rows` holds each row's cells as plain text, the heading row first.
    static func of(rows: [[String]]) -> TablePrintFit {
        var columns = ColumnWidths()
        for row in rows {
            for (column, cell) in row.enumerated() {
                var width = CellWidth()
                width.add(cell)
                columns.add(width, at: column)
            }
        }
        return columns.fit
    }

    /// A Markdown table, measured from its text nodes as they stand.
    static func of(table: MarkdownNode) -> TablePrintFit {
        var columns = ColumnWidths()
        for row in table.children {
            for (column, cell) in row.children.enumerated() {
                var width = CellWidth()
                width.add(cell)
                columns.add(width, at: column)
            }
        }
        return columns.fit
    }

    /// Each column's widest word and longest text.
    private struct ColumnWidths {
        var longestWord: [Double] = []
        var longestText: [Double] = []

        mutating func add(_ cell: CellWidth, at column: Int) {
            while longestWord.count <= column {
                longestWord.append(0)
                longestText.append(0)
            }
            longestWord[column] = max(longestWord[column], cell.widestWord)
            longestText[column] = max(longestText[column], cell.total)
        }

        func need(_ wanted: Double) -> Double {
            zip(longestWord, longestText).reduce(0) { sum, column in
                sum + max(column.0, min(column.1, wanted)) + cellPadding
            }
        }

        var fit: TablePrintFit {
            if need(comfortableWidth) <= portraitWidth { return .portrait }
            let tight = need(tightWidth)
            if tight <= landscapeWidth { return .landscape }
            let fits = Int(landscapeWidth / tight * 100) / 10 * 10
            return .scaled(percent: max(smallestPercent, fits))
        }
    }
}

/// A cell's text measured as it is read, piece by piece: its widest word
/// and the whole of it on one line, in ems of a serif font, a rough measure
/// that errs wide.
struct CellWidth {
    private(set) var total = 0.0
    private var widest = 0.0
    private var word = 0.0

    var widestWord: Double { max(widest, word) }

    mutating func add(_ text: String) {
        for scalar in text.unicodeScalars {
            let width: Double
            switch scalar.value {
            // ASCII by hand: every table of a site passes here, cell by cell.
            case 0x20, 0x09:
                endWord()
                continue
            case 0x41...0x5A: width = 0.7
            case 0x30...0x39: width = 0.5
            case 0x61...0x7A: width = 0.47
            case 0..<0x80: width = 0.33
            default:
                switch scalar.properties.generalCategory {
                case .spaceSeparator:
                    endWord()
                    continue
                case .uppercaseLetter: width = 0.7
                case .decimalNumber: width = 0.5
                case .lowercaseLetter, .otherLetter: width = 0.47
                case .nonspacingMark, .enclosingMark: width = 0
                default: width = 0.33
                }
            }
            word += width
            total += width
        }
    }

    /// A cell's inline nodes: text and code as written, a line break as a space.
    mutating func add(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let text), .code(let text): add(text)
        case .softBreak, .lineBreak: endWord()
        case .footnoteReference, .htmlInline, .htmlBlock: break
        default: for child in node.children { add(child) }
        }
    }

    private mutating func endWord() {
        widest = max(widest, word)
        word = 0
        total += 0.25
    }
}
