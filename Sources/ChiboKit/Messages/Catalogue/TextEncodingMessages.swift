/// What chibo says about letters in a file that is Unicode but whose text
/// is damaged (`text.encoding`): blocks typed in an old encoding
/// (`TextEncodingChecker`) and letters copied out of a PDF
/// (`PDFLookAlikes`). A file's own bytes and line ends are
/// `ContentFileMessages`.
public enum TextEncodingMessages: String, MessageCatalogue {
    // TextEncodingChecker
    case legacyBlock, retypeOrConvert, fixWritesDecoded
    case paragraph, heading, listItem, tableCell, footnote, quotation
    case title, summary, frontMatterText
    case tcvn3, vni, windows1258
    // PDFLookAlikes
    case lookAlike, lookAlikes, writeVietnameseLetters, replaceLookAlikes

    public static let domain = "encoding"

    public var texts: MessageTexts {
        switch self {
        case .legacyBlock: MessageTexts(
            en: "{block} is typed in the old {encoding} encoding and shows as mojibake; decoded it reads \u{201C}{text}\u{201D}",
            vi: "{block} được gõ bằng bảng mã cũ {encoding} nên hiện thành chữ lỗi; chuyển mã thì đọc là \u{201C}{text}\u{201D}")
        case .retypeOrConvert: MessageTexts(
            en: "retype it in Unicode, or convert the file with UniKey's converter",
            vi: "gõ lại bằng Unicode, hoặc chuyển mã cả tệp bằng công cụ chuyển mã của UniKey")
        case .fixWritesDecoded: MessageTexts(
            en: "`chibo check --fix` writes the decoded text in its place",
            vi: "lệnh `chibo check --fix` sẽ viết chữ đã chuyển mã vào chỗ này")
        case .paragraph: MessageTexts(en: "this paragraph", vi: "đoạn văn này")
        case .heading: MessageTexts(en: "this heading", vi: "tên mục này")
        case .listItem: MessageTexts(en: "this list item", vi: "dòng danh sách này")
        case .tableCell: MessageTexts(en: "this table cell", vi: "ô bảng này")
        case .footnote: MessageTexts(en: "this footnote", vi: "chú thích này")
        case .quotation: MessageTexts(en: "this quotation", vi: "đoạn trích này")
        case .title: MessageTexts(en: "the title", vi: "tiêu đề (`title`)")
        case .summary: MessageTexts(en: "the summary", vi: "phần tóm tắt (`summary`)")
        case .frontMatterText: MessageTexts(en: "this front-matter text", vi: "chữ này trong phần thông tin đầu tệp")
        case .tcvn3: MessageTexts(en: "TCVN3 (ABC, .VnTime fonts)", vi: "TCVN3 (ABC, phông chữ .VnTime)")
        case .vni: MessageTexts(en: "VNI (VNI-Times fonts)", vi: "VNI (phông chữ VNI-Times)")
        case .windows1258: MessageTexts(
            en: "Windows-1258 (code page 1258, read as Latin-1)",
            vi: "Windows-1258 (bảng mã 1258, bị đọc thành Latin-1)")

        case .lookAlike: MessageTexts(
            en: "`{written}` (U+{code}) stands for `{meant}`: text copied out of a PDF",
            vi: "`{written}` (U+{code}) là chữ `{meant}` bị đổi khi chép từ tệp PDF")
        case .lookAlikes: MessageTexts(
            en: "`{written}` (U+{code}) stands for `{meant}`: text copied out of a PDF ({count} look-alike letters on this line)",
            vi: "`{written}` (U+{code}) là chữ `{meant}` bị đổi khi chép từ tệp PDF (dòng này có {count} chữ như vậy)")
        case .writeVietnameseLetters: MessageTexts(
            en: "write the Vietnamese letters",
            vi: "viết lại đúng chữ tiếng Việt")
        case .replaceLookAlikes: MessageTexts(
            en: "replace each look-alike with the Vietnamese letter it stands for",
            vi: "thay từng chữ bị đổi bằng chữ tiếng Việt đúng của nó")
        }
    }

    /// The block's name in the message: `this heading`, `this table cell`.
    static func block(_ block: TextRun.Block) -> TextEncodingMessages {
        switch block {
        case .paragraph: .paragraph
        case .heading: .heading
        case .listItem: .listItem
        case .tableCell: .tableCell
        case .footnote: .footnote
        case .quotation: .quotation
        }
    }

    /// How an editor knows the encoding: its fonts or its code page.
    static func encoding(_ kind: LegacyEncoding.Kind) -> TextEncodingMessages {
        switch kind {
        case .tcvn3: .tcvn3
        case .vni: .vni
        case .cp1258: .windows1258
        }
    }
}
