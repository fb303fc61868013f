/// One citation of a directive found in running text, where it is written.
public struct Citation: Sendable, Hashable {
    public enum Form: String, Sendable, Hashable {
        /// With a number and symbol: `Chỉ thị số 50-CT/TW`.
        case symbol
        /// A kind word and a number only: `Quy định số 76`.
        case shortForm = "short"
        /// A name from a registry entry's `aliases`: `Điều lệ Đảng`.
        case alias
    }

    public var form: Form
    /// The symbol as issued, normalised (`10- HD/BTCTW` → `10-HD/BTCTW`);
    /// nil for a short form, and for an alias until it is resolved.
    public var symbol: String?
    /// The symbol's kind code (`CT`), or for a short form the kind word's code.
    public var kindCode: String?
    /// The kind word written before the symbol (`Chỉ thị`), if any.
    public var kindWord: String?
    /// The kind word was written before an earlier symbol of a list
    /// (`Quy định số 293-QĐ/TW, 294-QĐ/TW`), not before this one.
    public var kindWordIsShared = false
    public var number: String?
    /// The issuer code of the symbol (`TW`, `BTCTW`, `CP`).
    public var issuerCode: String?
    /// The date written next to the citation (or shared by a list).
    public var date: CalendarDate?
    /// A date written next to the citation that does not exist (`31/2/2020`).
    public var invalidDate: String?
    /// Where the symbol is written.
    public var symbolRange: SourceRange?
    /// The symbol as the editor typed it (`05-CT/Tw`, `10- HD/TCTW`): what
    /// a message quotes, so that the slip it reports is the one they see.
    public var symbolText: String?
    /// Where the date is written (from `ngày`) and how, for a fix-it that
    /// replaces it in the same style.
    public var dateRange: SourceRange?
    public var dateText: String?
    /// The issuing body written after it: `của Ban Bí thư` → `Ban Bí thư`.
    public var issuingBody: String?
    /// Where `của Name` is written (without the term after it).
    public var issuingBodyRange: SourceRange?
    /// `khóa XII` written after it.
    public var term: String?
    /// The name matched, for an alias citation.
    public var alias: String?
    /// The text says this directive was replaced (`nay là …`, `thay thế …`):
    /// citing it there is not citing it as current.
    public var acknowledgesReplacement = false
    /// Look-alike or invisible characters read through (`Ð` for `Đ`, a soft
    /// hyphen), described for a `text.encoding` warning.
    public var damage: [String] = []
    /// The damage of a symbol written with `D` where its kind code has
    /// `Đ` (`QD` for `QĐ`); `CitationDiagnostics` says it in chibo's words.
    static let dForDWithStroke = "`D` for `Đ` in the code"
    /// The citation's text with its look-alike and invisible characters
    /// made plain (`QÐ` → `QĐ`, a no-break space → a space, a soft hyphen
    /// dropped, `QD` → `QĐ` in the code): `chibo check --fix` writes it.
    /// Nil when the text holds no such damage, or when it is not written
    /// as one stretch of a line (markup or a line break inside it).
    public var repairedText: String?

    /// The citation text as written: from the kind word through the date and
    /// issuing body (line breaks read as spaces).
    public var text: String
    public var start: SourceLocation
    public var end: SourceLocation
    /// Run offsets of the whole citation and of the part that becomes a link
    /// (kind word through date).
    public var range: Range<Int>
    public var linkRange: Range<Int>

    /// The key the registry resolves this citation by.
    public var symbolKey: String? { symbol.map(DirectiveSymbol.key) }
}

extension Citation {
    /// The citation with its places counted as `source` is written (a file
    /// that was not NFC has more scalars than the NFC text chibo reads).
    func locatedAsWritten(in source: SourceFile) -> Citation {
        guard source.wasNormalised else { return self }
        var result = self
        result.start = source.written(start)
        result.end = source.written(end)
        result.symbolRange = symbolRange.map(source.written)
        result.dateRange = dateRange.map(source.written)
        result.issuingBodyRange = issuingBodyRange.map(source.written)
        return result
    }
}
