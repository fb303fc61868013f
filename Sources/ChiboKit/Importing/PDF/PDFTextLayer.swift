import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A PDF's text as poppler places it: per page, runs of characters in one
/// font with their boxes. Coordinates are pdftohtml's: points × 1.5, the top
/// of the page 0, growing downwards. OCR'd pages are given in the same units.
struct PDFPageText: Equatable {
    var number: Int
    var width: Double
    var height: Double
    var fragments: [PDFFragment] = []

    /// Letters and digits on the page: a scan has none, or a stray few.
    var letterCount: Int {
        fragments.reduce(0) { $0 + $1.text.unicodeScalars.count { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
    }
}

/// One run of text in one font on one line (pdftohtml's `<text>`). A word
/// can be split over several (a letter from a fallback font); a line's runs
/// may sit far apart (a table's cells, the two columns of a header).
struct PDFFragment: Equatable {
    var text: String
    var top: Double
    var left: Double
    var width: Double
    var height: Double
    /// The font size, in the same units as the box.
    var size: Double
    var isBold = false
    var isItalic = false

    var right: Double { left + width }
    var bottom: Double { top + height }
    var visibleLength: Int { text.unicodeScalars.count { !$0.properties.isWhitespace } }
}

/// Reads `pdftohtml -xml` output.
///
/// pdftohtml rather than `pdftotext -bbox-layout`: both place words, but
/// only pdftohtml says each run's font size and whether it is bold or
/// italic, which are what tells a heading, a superscript footnote marker
/// and a page's foot from body text. It gives a line's runs separately
/// (split at each change of font, so a word can be cut in two where a
/// letter came from another font; they are joined again by their
/// positions) and never merges two lines into one run.
enum PDFTextLayer {
    static func parse(_ xml: Data) -> [PDFPageText]? {
        let reader = PDFXMLReading()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        // pdftohtml names a DTD it does not ship; nothing is fetched.
        parser.shouldResolveExternalEntities = false
        // Half a document is worse than none: the editor is told instead.
        return parser.parse() ? reader.pages : nil
    }
}

private final class PDFXMLReading: NSObject, XMLParserDelegate {
    var pages: [PDFPageText] = []
    /// Font sizes by id: a `fontspec` is given once, on the first page that uses it.
    private var fontSizes: [String: Double] = [:]
    private var fragment: PDFFragment?
    private var boldDepth = 0, italicDepth = 0
    /// Characters of the current run inside `<b>` and `<i>`, and in all.
    private var boldLength = 0, italicLength = 0, length = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? 0 }
        switch name {
        case "page":
            pages.append(PDFPageText(number: Int(number("number")), width: number("width"), height: number("height")))
        case "fontspec":
            if let id = attributes["id"] { fontSizes[id] = number("size") }
        case "text":
            let size = fontSizes[attributes["font"] ?? ""] ?? number("height")
            fragment = PDFFragment(text: "", top: number("top"), left: number("left"), width: number("width"),
                                   height: number("height"), size: size)
            boldLength = 0; italicLength = 0; length = 0
        case "b": boldDepth += 1
        case "i": italicDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard fragment != nil else { return }
        fragment?.text += string
        let visible = string.unicodeScalars.count { !$0.properties.isWhitespace }
        length += visible
        if boldDepth > 0 { boldLength += visible }
        if italicDepth > 0 { italicLength += visible }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "text":
            guard var finished = fragment, !pages.isEmpty else { return }
            fragment = nil
            guard length > 0 else { return }
            finished.isBold = boldLength == length
            finished.isItalic = italicLength == length
            pages[pages.count - 1].fragments.append(finished)
        case "b": boldDepth -= 1
        case "i": italicDepth -= 1
        default: break
        }
    }
}
