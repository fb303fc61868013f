import Foundation

/// `word/numbering.xml`: the lists' levels, and the counters that number
/// paragraphs as Word shows them (`1.`, `1.2.`, `a)`, `Phần thứ II`), so
/// that a number typed by Word's list feature reaches the text like one
/// typed by hand.
struct WordNumbering {
    struct Level: Equatable {
        var start = 1
        var format = "decimal"
        /// `%1.`, `%1.%2.`: where each level's number goes.
        var text = ""
        /// What follows the number: `tab`, `space` or `nothing`.
        var suffix = "tab"
        /// Legal numbering: every level's number written in decimal.
        var isLegal = false
        /// The paragraph style this level numbers (`w:pStyle`): headings
        /// numbered by their style name their list but often not their level.
        var style: String?
        /// The font the number is drawn in: a legacy font's text (`PhÇn thø %1`) is decoded.
        var font: String?
    }

    /// The levels of each abstract list, by level.
    private(set) var abstractLists: [Int: [Int: Level]] = [:]
    /// Each `w:num`: its abstract list and the starts it overrides.
    private(set) var lists: [Int: (abstract: Int, startOverrides: [Int: Int])] = [:]
    /// The counters of each list being numbered, by level.
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    /// Reads the numbering part; nil when it is not well-formed XML.
    init?(_ data: Data) {
        let reader = Reader()
        guard WordXML.parse(data, into: reader) else { return nil }
        self = reader.numbering
    }

    /// The next number of list `id` at `level` (or, when the paragraph
    /// names none, the level linked to its `style`, else the first), written
    /// as Word shows it with what follows it (`"2. "`, `"- "`); nil when the
    /// paragraph is not numbered. Advancing a level restarts those below it.
    mutating func nextLabel(list id: Int, level: Int?, style: String?) -> String? {
        guard id != 0, let list = lists[id], let levels = abstractLists[list.abstract] else { return nil }
        let level = level ?? levels.first { style != nil && $0.value.style == style }?.key ?? 0
        guard let definition = levels[level] else { return nil }
        // Lists that restart their numbering count on their own; the others
        // share their abstract list's counters, as in Word.
        let key = list.startOverrides.isEmpty ? "abstract \(list.abstract)" : "list \(id)"
        let start = { (level: Int) in list.startOverrides[level] ?? levels[level]?.start ?? 1 }
        var counter = counters[key] ?? [:]
        counter[level] = counter[level].map { $0 + 1 } ?? start(level)
        for deeper in counter.keys where deeper > level { counter[deeper] = nil }
        counters[key] = counter

        if definition.format == "bullet" { return Self.bullet(definition.text) }
        if definition.format == "none", !definition.text.contains("%") { return definition.text.isEmpty ? nil : definition.text + " " }
        var label = ""
        var scalars = definition.text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "%", let digit = scalars.first, let number = Int(String(digit)), (1...9).contains(number) {
                scalars.removeFirst()
                let shown = counter[number - 1] ?? start(number - 1)
                let format = definition.isLegal ? "decimal" : levels[number - 1]?.format ?? "decimal"
                label += Self.written(shown, as: format)
            } else {
                label.unicodeScalars.append(scalar)
            }
        }
        guard !label.isEmpty else { return nil }
        if let font = definition.font { label = WordFontEncoding(fontNamed: font).decoded(label).text }
        return definition.suffix == "nothing" ? label : label + " "
    }

    /// A bullet as Markdown writes one: `+` stays, every other glyph
    /// (dashes, dots, the Symbol font's private characters) is `-`.
    private static func bullet(_ glyph: String) -> String {
        glyph == "+" || glyph == "\u{F02B}" ? "+ " : "- "
    }

    /// A number in one of Word's formats; the formats chibo does not write
    /// (`ordinalText`, `cardinalText` and the rest) fall back to decimal.
    static func written(_ number: Int, as format: String) -> String {
        switch format {
        case "upperRoman": roman(number)
        case "lowerRoman": roman(number).lowercased()
        case "upperLetter": letters(number)
        case "lowerLetter": letters(number).lowercased()
        case "decimalZero": number < 10 && number >= 0 ? "0\(number)" : "\(number)"
        case "none": ""
        default: "\(number)"
        }
    }

    private static func roman(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return "\(number)" }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var out = ""
        for (value, numeral) in values {
            while rest >= value {
                out += numeral
                rest -= value
            }
        }
        return out
    }

    /// Word's letters: A…Z, then AA…ZZ, AAA… (the letter repeated).
    private static func letters(_ number: Int) -> String {
        guard number > 0 else { return "\(number)" }
        let letter = Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    private final class Reader: WordXMLHandler {
        var numbering = WordNumbering()
        var abstractID: Int?
        var level: (index: Int, definition: Level)?
        var listID: Int?
        var overrideLevel: Int?

        func start(_ element: WordElement) {
            switch element.name {
            case "abstractNum": abstractID = element.integer("abstractNumId")
            case "lvl" where abstractID != nil: level = (element.integer("ilvl") ?? 0, Level())
            case "start" where level != nil: level?.definition.start = element.integer("val") ?? 1
            case "numFmt" where level != nil: level?.definition.format = element["val"] ?? "decimal"
            case "lvlText" where level != nil: level?.definition.text = element["val"] ?? ""
            case "suff" where level != nil: level?.definition.suffix = element["val"] ?? "tab"
            case "isLgl" where level != nil: level?.definition.isLegal = element.isOn
            case "pStyle" where level != nil: level?.definition.style = element["val"]
            case "rFonts" where level != nil: level?.definition.font = WordFontChoice(element)?.name ?? level?.definition.font
            case "num": listID = element.integer("numId")
            case "abstractNumId":
                if let listID, let abstract = element.integer("val") { numbering.lists[listID] = (abstract, [:]) }
            case "lvlOverride": overrideLevel = element.integer("ilvl")
            case "startOverride":
                if let listID, let overrideLevel, let start = element.integer("val") {
                    numbering.lists[listID]?.startOverrides[overrideLevel] = start
                }
            default: break
            }
        }

        func end(_ name: String) {
            switch name {
            case "lvl":
                if let abstractID, let level { numbering.abstractLists[abstractID, default: [:]][level.index] = level.definition }
                level = nil
            case "abstractNum": abstractID = nil
            case "num": listID = nil
            case "lvlOverride": overrideLevel = nil
            default: break
            }
        }

        func characters(_ text: String) {}
    }
}
