/// One visual line of a page: the runs whose boxes share a band across the
/// page, left to right, cut into segments where a wide gap parts them (a
/// table's cells, the two columns of a document's header).
struct PDFLine: Equatable {
    let segments: [[PDFFragment]]
    /// The line's 1-based number on its page, counting from the top every
    /// line poppler found (page numbers and headers too), as one counts on paper.
    let number: Int
    let left: Double
    let right: Double
    let top: Double
    /// The size most of the line's letters are set in: superscripts and a
    /// letter a fallback font drew do not count against the rest.
    let size: Double
    /// Where the line's letters stand: the lowest bottom of its main-size
    /// runs (a raised superscript or a taller fallback glyph does not move it).
    let baseline: Double

    /// Measured once: every judgement of a line asks for these.
    init(segments: [[PDFFragment]], number: Int) {
        self.segments = segments
        self.number = number
        let fragments = segments.joined()
        left = segments.first?.first?.left ?? 0
        right = segments.last?.map(\.right).max() ?? 0
        top = fragments.map(\.top).min() ?? 0
        var lengths: [Double: Int] = [:]
        for fragment in fragments { lengths[fragment.size, default: 0] += fragment.visibleLength }
        let size = lengths.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
        self.size = size
        baseline = fragments.filter { $0.size == size }.map(\.bottom).max() ?? 0
    }

    var fragments: [PDFFragment] { segments.flatMap { $0 } }
    var middle: Double { (left + right) / 2 }

    /// How far the line's superscripts stand above its letters: a line
    /// holding one is pushed down by about as much (Word and browsers both
    /// make room for it), which is no paragraph spacing.
    var superscriptRaise: Double {
        fragments.filter(isSuperscript).map { baseline - $0.bottom }.max() ?? 0
    }

    var isBold: Bool { isWhole(\.isBold) }
    var isItalic: Bool { isWhole(\.isItalic) }

    /// Whole-line bold or italic. A run of one or two characters in another
    /// style does not veto it: PDFs often draw a Vietnamese letter the font
    /// lacks from a fallback font, which poppler then reports as plain.
    private func isWhole(_ style: KeyPath<PDFFragment, Bool>) -> Bool {
        let styled = fragments.filter { $0[keyPath: style] }.reduce(0) { $0 + $1.visibleLength }
        let total = fragments.reduce(0) { $0 + $1.visibleLength }
        let vetoes = fragments.contains { !$0[keyPath: style] && $0.visibleLength > 2 && !isSuperscript($0) }
        return total > 0 && !vetoes && styled * 2 >= total
    }

    /// A run of small digits raised above the line: a footnote marker, or a
    /// footnote body's own number at the start of its line.
    func isSuperscript(_ fragment: PDFFragment) -> Bool {
        let digits = fragment.text.trimmed
        return fragment.size < size * 0.85 && fragment.bottom < baseline - size * 0.15
            && !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCIIDigit)
    }

    /// The text of the segments given (all of them by default): runs joined
    /// by their gaps, superscript digits written as such and glued to the
    /// word before them, or as plain digits and a space at the line's start
    /// (a footnote body's number), spaces collapsed.
    func text(of segments: ArraySlice<[PDFFragment]>? = nil) -> String {
        var text = ""
        var previous: PDFFragment?
        for fragment in (segments ?? self.segments[...]).joined() {
            if isSuperscript(fragment) {
                let digits = fragment.text.trimmed
                if text.allSatisfy(\.isWhitespace) {
                    text = digits + " "
                } else {
                    while text.last?.isWhitespace == true { text.removeLast() }
                    text += String(digits.compactMap { Self.superscriptDigits[$0] })
                }
            } else {
                // A gap wider than a fifth of the font's size is a space the
                // PDF left out; narrower ones are a word cut at a font change.
                if let previous, fragment.left - previous.right > fragment.size * 0.2,
                   text.last?.isWhitespace == false, fragment.text.first?.isWhitespace == false {
                    text += " "
                }
                text += fragment.text
            }
            previous = fragment
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let superscriptDigits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// Gathers a page's runs into visual lines.
enum PDFLineBuilder {
    /// Runs go together when their boxes overlap by half the smaller one's
    /// height: a superscript (shorter, same top) and a fallback glyph
    /// (taller, higher top) stay on their line; the next line, a line's
    /// spacing below, overlaps nothing. Each band is judged by its longest
    /// run, and, the runs coming top to bottom, only the last few bands can
    /// still take one.
    static func lines(of page: PDFPageText) -> [PDFLine] {
        var bands: [(runs: [PDFFragment], longest: PDFFragment)] = []
        for fragment in page.fragments.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
            if let index = bands.indices.suffix(3).last(where: { overlaps(fragment, bands[$0].longest) }) {
                bands[index].runs.append(fragment)
                if fragment.visibleLength > bands[index].longest.visibleLength { bands[index].longest = fragment }
            } else {
                bands.append(([fragment], fragment))
            }
        }
        return bands.enumerated().map { index, band in
            PDFLine(segments: segments(band.runs.sorted { $0.left < $1.left }), number: index + 1)
        }
    }

    private static func overlaps(_ fragment: PDFFragment, _ main: PDFFragment) -> Bool {
        let overlap = min(fragment.bottom, main.bottom) - max(fragment.top, main.top)
        return overlap >= min(fragment.height, main.height) / 2
    }

    /// Cuts a line where runs stand more than one and a half of the font's
    /// size apart: wider than any word space, even of justified text.
    private static func segments(_ fragments: [PDFFragment]) -> [[PDFFragment]] {
        var segments: [[PDFFragment]] = []
        for fragment in fragments {
            if let last = segments.last?.last, fragment.left - last.right <= max(fragment.size, last.size) * 1.0 {
                segments[segments.count - 1].append(fragment)
            } else {
                segments.append([fragment])
            }
        }
        return segments
    }
}
