/// Text reduced to what citation matching looks at: one ASCII byte per
/// letter with diacritics removed (case kept, since symbol codes are upper
/// case), every kind of space as `' '`, every dash as `-`, look-alike
/// letters from PDF extraction (Latin Eth, Cyrillic, Greek, `Ƣ`) read as the
/// letter they imitate, and invisible characters (soft hyphen, zero-width
/// space, combining marks) dropped. Each byte remembers the scalar it came
/// from, so a match maps back to the text as written.
struct FoldedText {
    /// Folded bytes; `FoldedText.other` for any character that is not a
    /// Latin letter, digit, space or ASCII punctuation.
    let bytes: [UInt8]
    /// For each folded byte, the index of its scalar in the original.
    let origin: [Int32]
    /// Original scalar indices of look-alike or invisible characters that
    /// were folded: a citation that contains one is reported as damaged.
    let damage: [Int32]

    static let other: UInt8 = 0x80
    /// Punctuation and symbols outside ASCII (quotes, `«`, `§`, `…`): never
    /// part of a word, so `“50-CT/TW”` still starts at its number.
    static let punctuation: UInt8 = 0x1F

    init(_ scalars: [Unicode.Scalar]) {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        var damage: [Int32] = []
        bytes.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count)
        let table = FoldedText.table
        for (index, scalar) in scalars.enumerated() {
            let (folded, damaged) = FoldedText.fold(scalar, table: table)
            if damaged { damage.append(Int32(index)) }
            if folded == 0 { continue }
            bytes.append(folded)
            origin.append(Int32(index))
        }
        self.bytes = bytes
        self.origin = origin
        self.damage = damage
    }

    init(_ text: String) {
        self.init(Array(text.unicodeScalars))
    }

    /// Whether `scalar` is a look-alike or invisible character a citation
    /// is reported for.
    static func isDamage(_ scalar: Unicode.Scalar) -> Bool { fold(scalar, table: table).damaged }

    /// How `scalar` folds: its byte (0: dropped) and whether it is damage.
    /// `table` is `FoldedText.table`, read once by the caller.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, table: [Entry]) -> (byte: UInt8, damaged: Bool) {
        let value = scalar.value
        if value < 0x80 {
            return (value == 0x09 || value == 0x0A || value == 0x0D ? 0x20 : UInt8(value), false)
        }
        if value < UInt32(table.count) {
            let entry = table[Int(value)]
            return (entry.byte, entry.damaged)
        }
        switch value {
        case 0x2212, 0xFE63, 0xFF0D: return (UInt8(ascii: "-"), false)
        case 0x2215, 0xFF0F: return (UInt8(ascii: "/"), false)
        case 0x3000: return (0x20, false)
        case 0xFEFF: return (0, true)
        case 0x3001...0x303F, 0xFF01...0xFF0C, 0xFF1A...0xFF20: return (FoldedText.punctuation, false)
        default: return (FoldedText.other, false)
        }
    }

    var count: Int { bytes.count }

    /// The first folded byte read from the scalar at `originalIndex` or a
    /// later one (`count` when there is none).
    func firstIndex(atOrAfter originalIndex: Int) -> Int {
        var low = 0
        var high = origin.count
        while low < high {
            let middle = (low + high) / 2
            if Int(origin[middle]) < originalIndex { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The scalars of the original text that a folded range was read from.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        Int(origin[range.lowerBound])..<(Int(origin[range.upperBound - 1]) + 1)
    }

    /// How one scalar folds: the byte (0 to drop it) and whether it is a
    /// look-alike or invisible character worth reporting.
    struct Entry {
        var byte: UInt8
        var damaged: Bool
    }

    /// Folding of every scalar below U+2100, computed once.
    static let table: [Entry] = {
        var table = [Entry](repeating: Entry(byte: other, damaged: false), count: 0x2100)
        for value in 0..<0x80 { table[value] = Entry(byte: UInt8(value), damaged: false) }
        for value in [0x09, 0x0A, 0x0D] { table[value].byte = 0x20 }
        for value in 0x80..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if !properties.isAlphabetic && properties.numericType == nil && properties.generalCategory != .nonspacingMark {
                table[value].byte = punctuation
            }
        }
        // Latin letters with diacritics, Vietnamese ones included.
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let base = VietnameseText.baseLetters(of: String(scalar))
                if base.count == 1, base[0].isASCII, base[0].properties.isAlphabetic {
                    table[value].byte = UInt8(base[0].value)
                }
            }
        }
        // Look-alikes: Latin Eth for Đ, Ƣ for Ư (PDF extraction).
        for value in [0x00D0, 0x00F0, 0x01A2, 0x01A3] { table[value].damaged = true }
        // Spaces: no-break, thin and other typographic spaces.
        for value in [0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                      0x2009, 0x200A, 0x202F, 0x205F] {
            table[value] = Entry(byte: 0x20, damaged: true)
        }
        // Dashes and hyphens of every width.
        for value in 0x2010...0x2015 { table[value] = Entry(byte: UInt8(ascii: "-"), damaged: false) }
        // Superscript digits are footnote markers glued to the text (`⁴Kết luận`).
        for value in [0x00B9, 0x00B2, 0x00B3] + Array(0x2070...0x2079) { table[value].byte = UInt8(ascii: "^") }
        table[0x2044] = Entry(byte: UInt8(ascii: "/"), damaged: false)
        // Invisible: soft hyphen, zero-width space and joiners, combining marks.
        for value in [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060] { table[value] = Entry(byte: 0, damaged: true) }
        for value in 0x0300...0x036F { table[value] = Entry(byte: 0, damaged: false) }
        // Cyrillic and Greek capitals and small letters that look Latin.
        let lookAlikes: [(UInt32, Character)] = [
            (0x0410, "A"), (0x0412, "B"), (0x0421, "C"), (0x0415, "E"), (0x041D, "H"), (0x0406, "I"),
            (0x041A, "K"), (0x041C, "M"), (0x041E, "O"), (0x0420, "P"), (0x0422, "T"), (0x0425, "X"),
            (0x0430, "a"), (0x0435, "e"), (0x0456, "i"), (0x043E, "o"), (0x0440, "p"), (0x0441, "c"),
            (0x0445, "x"), (0x0443, "y"),
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0397, "H"), (0x0399, "I"), (0x039A, "K"),
            (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"), (0x03A7, "X"),
            (0x03BF, "o"),
        ]
        for (value, letter) in lookAlikes {
            table[Int(value)] = Entry(byte: letter.asciiValue!, damaged: true)
        }
        return table
    }()
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }
    var isASCIILower: Bool { self >= 0x61 && self <= 0x7A }
    var isASCIILetter: Bool { isASCIIUpper || isASCIILower }
    /// A letter of any script: folded Latin, or a character folding leaves alone.
    var isWordCharacter: Bool { isASCIILetter || isASCIIDigit || self == FoldedText.other }
    var asciiLowercased: UInt8 { isASCIIUpper ? self + 32 : self }
}
