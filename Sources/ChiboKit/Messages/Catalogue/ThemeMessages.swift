/// What `Theme.load` and the template parser say about a theme's templates
/// (`theme.template`). A template's tags stay as written in both languages.
public enum ThemeMessages: String, MessageCatalogue {
    // Theme
    case templateMissing, templateDoesNotParse
    // TemplateParser
    case tagNeverClosed, tagNotSupported, notAFieldName
    case closesAnotherSection, closesUnopenedSection, sectionNeverClosed

    public static let domain = "theme"

    public var texts: MessageTexts {
        switch self {
        case .templateMissing: MessageTexts(
            en: "template `{name}` is missing",
            vi: "thiếu mẫu trang `{name}`")
        case .templateDoesNotParse: MessageTexts(
            en: "template does not parse: {problem}",
            vi: "mẫu trang viết sai: {problem}")
        case .tagNeverClosed: MessageTexts(
            en: "`{{` is never closed with `{closing}`",
            vi: "`{{` mở ra nhưng thiếu `{closing}` để đóng lại")
        case .tagNotSupported: MessageTexts(
            en: "`{{{sigil}` (delimiters, inheritance) is not supported in chibo themes",
            vi: "giao diện của chibo không dùng được `{{{sigil}` (đổi dấu phân cách, kế thừa mẫu trang)")
        case .notAFieldName: MessageTexts(
            en: "`{name}` is not a field name (letters, digits, `-` and `_`, or `.`, or such names joined by `.`)",
            vi: "`{name}` không phải là tên trường dữ liệu (chỉ gồm chữ cái, chữ số, `-` và `_`, hoặc là `.`, hoặc các tên như vậy nối bằng dấu `.`)")
        case .closesAnotherSection: MessageTexts(
            en: "`{{/{name}}}` closes `{{{sigil}{open}}}`, opened at line {line}",
            vi: "`{{/{name}}}` lại đóng `{{{sigil}{open}}}`, khối được mở ở dòng {line}")
        case .closesUnopenedSection: MessageTexts(
            en: "`{{/{name}}}` closes a section that was never opened",
            vi: "`{{/{name}}}` đóng một khối chưa từng được mở")
        case .sectionNeverClosed: MessageTexts(
            en: "`{{{sigil}{name}}}` is never closed with `{{/{name}}}`",
            vi: "`{{{sigil}{name}}}` mở ra nhưng thiếu `{{/{name}}}` để đóng lại")
        }
    }
}
