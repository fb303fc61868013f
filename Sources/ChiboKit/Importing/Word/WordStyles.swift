import Foundation

/// `word/styles.xml`: what each style says of a paragraph's layout, its
/// runs' look and a table's borders, with `basedOn` chains followed, and
/// the document's defaults (`w:docDefaults`) under them all.
struct WordStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var paragraph = WordParagraphLook()
        var run = WordRunLook()
        /// Table borders by edge (`top`, `insideH`…): whether each is drawn.
        var borders: [String: Bool] = [:]
    }

    private(set) var styles: [String: Style] = [:]
    private(set) var defaultParagraphStyle: String?
    private(set) var defaultRun = WordRunLook()
    private(set) var defaultParagraph = WordParagraphLook()

    init() {}

    /// Reads the styles part; nil when it is not well-formed XML.
    init?(_ data: Data) {
        let reader = Reader()
        guard WordXML.parse(data, into: reader) else { return nil }
        self = reader.styles
    }

    /// The paragraph style a paragraph without `w:pStyle` has (Normal).
    func paragraphStyle(_ id: String?) -> String? { id ?? defaultParagraphStyle }

    /// The styles from `id` up its `basedOn` chain, nearest first (a
    /// chain that loops is cut where it does).
    func chain(from id: String?) -> [Style] {
        var chain: [Style] = []
        var seen: Set<String> = []
        var next = id
        while let id = next, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            chain.append(style)
            next = style.basedOn
        }
        return chain
    }

    func paragraphLook(ofStyle id: String?) -> WordParagraphLook {
        chain(from: id).reduce(WordParagraphLook()) { $0.over($1.paragraph) }.over(defaultParagraph)
    }

    /// A run's look: its direct formatting over its character style, over
    /// its paragraph's style, over the document's defaults.
    func runLook(direct: WordRunLook, characterStyle: String?, paragraphStyle: String?) -> WordRunLook {
        var look = direct
        for style in chain(from: characterStyle) { look = look.over(style.run) }
        for style in chain(from: paragraphStyle) { look = look.over(style.run) }
        return look.over(defaultRun)
    }

    /// The outline level (1-based) a style's name gives: Word's built-in
    /// `heading 1`…`heading 9`, whatever its id.
    func headingLevel(ofStyle id: String?) -> Int? {
        for style in chain(from: id) {
            let words = style.name.lowercased().split(separator: " ")
            if words.count == 2, words[0] == "heading", let level = Int(words[1]), (1...9).contains(level) { return level }
        }
        return nil
    }

    /// The body text's size in half-points: the Normal style's, else the
    /// document's default; nil when neither says.
    var bodyHalfPoints: Int? {
        runLook(direct: WordRunLook(), characterStyle: nil, paragraphStyle: defaultParagraphStyle).halfPoints
    }

    /// Which of a table's edges its style draws, nearest style winning.
    func tableBorders(ofStyle id: String?) -> [String: Bool] {
        chain(from: id).reversed().reduce(into: [:]) { borders, style in borders.merge(style.borders) { $1 } }
    }

    /// Reads the part's elements into styles; properties inside a tracked
    /// change (`w:pPrChange`, `w:rPrChange`) are the old ones and skipped.
    private final class Reader: WordXMLHandler {
        var styles = WordStyles()
        var stack: [String] = []
        var current: (id: String, style: Style, isDefault: Bool, type: String)?
        var isInDefaults = false
        var skipping = 0

        func start(_ element: WordElement) {
            defer { stack.append(element.name) }
            if element.name.hasSuffix("PrChange") { skipping += 1 }
            guard skipping == 0 else { return }
            let parent = stack.last ?? ""
            switch element.name {
            case "docDefaults": isInDefaults = true
            case "style":
                current = (element["styleId"] ?? "", Style(), element["default"].map { $0 == "1" || $0 == "true" } ?? false,
                           element["type"] ?? "paragraph")
            case "name" where parent == "style": current?.style.name = element["val"] ?? ""
            case "basedOn" where parent == "style": current?.style.basedOn = element["val"]
            default:
                // Only the style's own properties: a table style's `w:tblStylePr`
                // (first row, banded rows…) holds more that apply to parts of a table.
                let holder = stack.count >= 2 ? stack[stack.count - 2] : ""
                if parent == "rPr", holder == "style" || holder == "rPrDefault" {
                    if current != nil { current?.style.run.read(element) } else if isInDefaults { styles.defaultRun.read(element) }
                } else if parent == "pPr" && (holder == "style" || holder == "pPrDefault")
                            || parent == "numPr" && stack.count >= 3 && stack[stack.count - 3] == "style" {
                    if current != nil { current?.style.paragraph.read(element) } else if isInDefaults { styles.defaultParagraph.read(element) }
                } else if parent == "tblBorders", holder == "tblPr", stack.count >= 3, stack[stack.count - 3] == "style" {
                    current?.style.borders[element.name] = WordStyles.isDrawn(element)
                }
            }
        }

        func end(_ name: String) {
            stack.removeLast()
            if name.hasSuffix("PrChange") { skipping -= 1 }
            guard skipping == 0 else { return }
            if name == "docDefaults" { isInDefaults = false }
            if name == "style", let style = current {
                styles.styles[style.id] = style.style
                if style.isDefault, style.type == "paragraph" { styles.defaultParagraphStyle = style.id }
                current = nil
            }
        }

        func characters(_ text: String) {}
    }

    /// Whether a border element (`w:top`, `w:insideH`…) draws a line.
    static func isDrawn(_ border: WordElement) -> Bool {
        guard let value = border["val"] else { return false }
        return value != "none" && value != "nil"
    }
}
