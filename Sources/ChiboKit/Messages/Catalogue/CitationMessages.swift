/// What the citation checks say of a citation: its text on its own
/// (`CitationDiagnostics`: a date not on the calendar, old encodings and
/// look-alike characters) and against the registry (`CitationChecker`).
public enum CitationMessages: String, MessageCatalogue {
    // CitationDiagnostics
    case invalidDate
    case legacyEncoding, legacyEncodingReadAsWritten
    case convertToUnicode
    case lookAlikeCharacters, lookAlikeCharactersReadAsWritten
    case dForDWithStroke
    case writeInPlainCharacters, retypeInPlainCharacters
    // CitationChecker
    case pageDated, pageForMonth
    case kindMismatch, kindOrKind
    case writeKindWord
    case internalCitedOnPublicPage
    case issuerCodeMismatch
    case noLikeEntryAddIt, noLikeEntryAddItUndated
    case notInRegistry
    case registeredOnOtherDates, writeDateOfTheOneMeant
    case ambiguous, addTheDate
    case dateMismatch, writeRegistryDate
    case issuerMismatch, writeRegistryIssuer
    case anachronism
    case superseded, citeReplacementInstead
    case entryOfDateByIssuer, entryOfDate, entryByIssuer

    public static let domain = "citation"

    public var texts: MessageTexts {
        switch self {
        case .invalidDate: MessageTexts(
            en: "the date `{date}` of {citation} does not exist",
            vi: "`{date}` trong trích dẫn {citation} là ngày không có trên lịch")
        case .legacyEncoding: MessageTexts(
            en: "this text is in the old {encoding} encoding; the citation was read as {symbol}",
            vi: "đoạn chữ này được gõ bằng bảng mã cũ {encoding}; trích dẫn được đọc là {symbol}")
        case .legacyEncodingReadAsWritten: MessageTexts(
            en: "this text is in the old {encoding} encoding; the citation was read as written",
            vi: "đoạn chữ này được gõ bằng bảng mã cũ {encoding}; trích dẫn được đọc đúng như đã viết")
        case .convertToUnicode: MessageTexts(
            en: "convert the text to Unicode (for example with UniKey's converter)",
            vi: "chuyển đoạn chữ này sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey)")
        case .lookAlikeCharacters: MessageTexts(
            en: "the citation `{citation}` is written with look-alike, invisible or mistyped characters ({damage}); read as {symbol}",
            vi: "trích dẫn `{citation}` có ký tự trông giống chữ khác, ký tự ẩn hoặc ký tự gõ nhầm ({damage}); "
                + "được đọc là {symbol}")
        case .lookAlikeCharactersReadAsWritten: MessageTexts(
            en: "the citation `{citation}` is written with look-alike, invisible or mistyped characters ({damage}); read as written",
            vi: "trích dẫn `{citation}` có ký tự trông giống chữ khác, ký tự ẩn hoặc ký tự gõ nhầm ({damage}); "
                + "được đọc đúng như đã viết")
        case .dForDWithStroke: MessageTexts(
            en: "`D` for `Đ` in the code",
            vi: "`D` thay cho `Đ` trong số ký hiệu")
        case .writeInPlainCharacters: MessageTexts(
            en: "write it in plain characters: `{text}`",
            vi: "viết lại bằng ký tự thông thường: `{text}`")
        case .retypeInPlainCharacters: MessageTexts(
            en: "retype the citation in plain characters",
            vi: "gõ lại trích dẫn bằng ký tự thông thường")
        case .pageDated: MessageTexts(
            en: "dated {date}",
            vi: "ghi ngày {date}")
        case .pageForMonth: MessageTexts(
            en: "for {month}",
            vi: "thuộc {month}")
        case .kindMismatch: MessageTexts(
            en: "`{word}` does not match the code {code} of {symbol}, which is a {kinds}",
            vi: "tên loại `{word}` không khớp với chữ viết tắt {code} trong số ký hiệu {symbol}: "
                + "theo số ký hiệu, đây là {kinds}")
        case .kindOrKind: MessageTexts(
            en: "{first} or a {second}",
            vi: "{first} hoặc {second}")
        case .writeKindWord: MessageTexts(
            en: "write `{kind} số {symbol}`",
            vi: "viết `{kind} số {symbol}`")
        case .internalCitedOnPublicPage: MessageTexts(
            en: "this public page cites {symbol}, which is internal (lưu hành nội bộ) and left out of the public edition",
            vi: "trang công khai này trích dẫn {symbol}, là văn bản lưu hành nội bộ nên không có trong bản công khai")
        case .issuerCodeMismatch: MessageTexts(
            en: "the issuer code {code} of {symbol} disagrees with the registry, which has {entry}",
            vi: "chữ viết tắt cơ quan ban hành {code} trong số ký hiệu {symbol} không khớp với danh mục văn bản; "
                + "danh mục văn bản có {entry}")
        case .noLikeEntryAddIt: MessageTexts(
            en: "no registry entry is like it; to cite it, add it to the registry: `{command}`",
            vi: "danh mục văn bản không có văn bản nào gần giống; muốn trích dẫn văn bản này, "
                + "hãy thêm vào danh mục văn bản bằng lệnh `{command}`")
        case .noLikeEntryAddItUndated: MessageTexts(
            en: "no registry entry is like it; to cite it, add it to the registry: `{command}` "
                + "(put its date of issue in place of YYYY-MM-DD)",
            vi: "danh mục văn bản không có văn bản nào gần giống; muốn trích dẫn văn bản này, "
                + "hãy thêm vào danh mục văn bản bằng lệnh `{command}` (thay YYYY-MM-DD bằng ngày ban hành của văn bản)")
        case .notInRegistry: MessageTexts(
            en: "{symbol} is not in the registry",
            vi: "{symbol} không có trong danh mục văn bản")
        case .registeredOnOtherDates: MessageTexts(
            en: "{symbol} is registered on {dates}, not on {date}",
            vi: "{symbol} trong danh mục văn bản có ngày ban hành {dates}, không phải ngày {date}")
        case .writeDateOfTheOneMeant: MessageTexts(
            en: "write the date of the one meant: {dates}",
            vi: "ghi ngày ban hành của văn bản muốn trích dẫn: {dates}")
        case .ambiguous: MessageTexts(
            en: "{symbol} matches {count} registry entries (of {dates}); the date or the issuing body tells which",
            vi: "{symbol} ứng với {count} văn bản trong danh mục văn bản (ngày {dates}); "
                + "cần ghi ngày ban hành hoặc cơ quan ban hành để biết là văn bản nào")
        case .addTheDate: MessageTexts(
            en: "add the date, e.g. `{symbol}, ngày {date}`",
            vi: "ghi thêm ngày ban hành, ví dụ `{symbol}, ngày {date}`")
        case .dateMismatch: MessageTexts(
            en: "{name} is dated {registered} in the registry, not {written}",
            vi: "theo danh mục văn bản, {name} ban hành ngày {registered}, không phải ngày {written}")
        case .writeRegistryDate: MessageTexts(
            en: "write the registry's date: `{date}`",
            vi: "ghi ngày theo danh mục văn bản: `{date}`")
        case .issuerMismatch: MessageTexts(
            en: "{name} was issued by {issuer}, not by {written}",
            vi: "{name} do {issuer} ban hành, không phải {written}")
        case .writeRegistryIssuer: MessageTexts(
            en: "write the registry's issuing body: `{issuer}`",
            vi: "ghi cơ quan ban hành theo danh mục văn bản: `{issuer}`")
        case .anachronism: MessageTexts(
            en: "this page is {dated}, before {name} was issued on {date}",
            vi: "trang này {dated}, trước khi {name} được ban hành (ngày {date})")
        case .superseded: MessageTexts(
            en: "{name} was replaced by {replacement} on {date}; this page is {dated}",
            vi: "{name} đã bị thay thế bằng {replacement} từ ngày {date}; trang này {dated}")
        case .citeReplacementInstead: MessageTexts(
            en: "cite {replacement} instead, or say that it was replaced (`nay là …`)",
            vi: "trích dẫn {replacement} thay cho văn bản này, hoặc ghi rõ văn bản đã bị thay thế (`nay là …`)")
        case .entryOfDateByIssuer: MessageTexts(
            en: "{name} of {date} ({issuer})",
            vi: "{name} ngày {date} của {issuer}")
        case .entryOfDate: MessageTexts(
            en: "{name} of {date}",
            vi: "{name} ngày {date}")
        case .entryByIssuer: MessageTexts(
            en: "{name} ({issuer})",
            vi: "{name} của {issuer}")
        }
    }
}
