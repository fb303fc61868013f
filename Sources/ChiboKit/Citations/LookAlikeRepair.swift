/// The plain text of a citation written with look-alike or invisible
/// characters, for a certain fix: each character `FoldedText` marks as
/// damage has one plain form, so the repair is certain wherever the text
/// is written in the file exactly as the run reads it.
enum LookAlikeRepair {
    /// The text of `range` repaired, with `symbolRange` (inside it) written
    /// as `symbol` when given; nil when some damaged character has no plain
    /// form or the range is not one stretch of one line in the file.
    static func repaired(_ run: TextRun, _ range: Range<Int>,
                         replacing symbolRange: Range<Int>? = nil, with symbol: String? = nil) -> String? {
        guard !range.isEmpty, run.isWrittenAsIs(range) else { return nil }
        var out = String.UnicodeScalarView()
        var index = range.lowerBound
        while index < range.upperBound {
            if let symbolRange, let symbol, index == symbolRange.lowerBound {
                out.append(contentsOf: symbol.unicodeScalars)
                index = symbolRange.upperBound
                continue
            }
            let scalar = run.scalars[index]
            if FoldedText.isDamage(scalar) {
                guard let plain = plainForm[scalar.value] else { return nil }
                out.append(contentsOf: plain.unicodeScalars)
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// Look-alikes and invisible characters, and what they stand for: the
    /// PDF look-alike letters, a space, or nothing.
    static let plainForm: [UInt32: String] = {
        var table = PDFLookAlikes.meant.mapValues { String($0) }
        for value: UInt32 in [0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                              0x2009, 0x200A, 0x202F, 0x205F] { table[value] = " " }
        for value: UInt32 in [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF] { table[value] = "" }
        return table
    }()
}
