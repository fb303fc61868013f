/// What chibo says about rules.yml and the records that break its rules:
/// a rule's keys and bounds, its basis, and each breach.
public enum RuleMessages: String, MessageCatalogue {
    // RecordRule: what a record shows against a rule's bounds
    case children
    case childrenWhere
    case belowMinimum
    case aboveMaximum
    // RecordRules.read
    case fieldValue
    case bothMeasures
    case noMeasure
    case noBound
    case filterNotMap
    case notALevel
    case filterUnknownKey
    case boundNotWholeNumber
    // RuleChecker
    case breach
    case basis
    case basisAt
    case basisNoPage
    case basisNoAnchor
    case basisNoDirective

    public static let domain = "rules"

    public var texts: MessageTexts {
        switch self {
        case .children: MessageTexts(
            en: "children",
            vi: "số tổ chức trực thuộc")
        case .childrenWhere: MessageTexts(
            en: "children ({filter})",
            vi: "số tổ chức trực thuộc ({filter})")
        case .belowMinimum: MessageTexts(
            en: "{measure} is {value}, below {minimum}",
            vi: "{measure} là {value}, dưới mức tối thiểu {minimum}")
        case .aboveMaximum: MessageTexts(
            en: "{measure} is {value}, above {maximum}",
            vi: "{measure} là {value}, vượt mức tối đa {maximum}")
        case .fieldValue: MessageTexts(
            en: "a rule's `field` is members, members_on_site or stats.KEY, not `{name}`",
            vi: "`field` của quy định kiểm tra là `members`, `members_on_site` hoặc `stats.KEY`, không phải `{name}`")
        case .bothMeasures: MessageTexts(
            en: "a rule measures either `field` or `children`, not both",
            vi: "quy định kiểm tra chỉ ghi một trong hai, `field` hoặc `children`, không ghi cả hai")
        case .noMeasure: MessageTexts(
            en: "a rule needs `field` or `children`: what it measures",
            vi: "quy định kiểm tra cần có `field` hoặc `children`: con số cần kiểm tra")
        case .noBound: MessageTexts(
            en: "a rule needs `min` or `max`",
            vi: "quy định kiểm tra cần có `min` hoặc `max`")
        case .filterNotMap: MessageTexts(
            en: "`{key}` is a map such as `{level: chi-bo, type: xom-to-dan-pho}`",
            vi: "`{key}` gồm các cặp `tên: giá trị`, ví dụ `{level: chi-bo, type: xom-to-dan-pho}`")
        case .notALevel: MessageTexts(
            en: "`{value}` is not a level",
            vi: "`{value}` không phải là cấp tổ chức (giá trị của `level`)")
        case .filterUnknownKey: MessageTexts(
            en: "unknown key `{key}` in `{group}` (expected {keys})",
            vi: "chibo không biết trường `{key}` trong `{group}` (chỉ dùng {keys})")
        case .boundNotWholeNumber: MessageTexts(
            en: "`{key}` must be a whole number",
            vi: "`{key}` phải là số nguyên")
        case .breach: MessageTexts(
            en: "`{id}`: {message} ({finding}; rule `{rule}`)",
            vi: "`{id}`: {message} ({finding}; quy định kiểm tra `{rule}`)")
        case .basis: MessageTexts(
            en: "basis: {basis}",
            vi: "căn cứ: {basis}")
        case .basisAt: MessageTexts(
            en: "basis: {basis} ({path})",
            vi: "căn cứ: {basis} ({path})")
        case .basisNoPage: MessageTexts(
            en: "rule `{rule}`: basis `{source}` is no page of the content folder",
            vi: "quy định kiểm tra `{rule}`: căn cứ `{source}` không phải trang nào trong thư mục nội dung")
        case .basisNoAnchor: MessageTexts(
            en: "rule `{rule}`: `{source}` has no anchor `#{anchor}`",
            vi: "quy định kiểm tra `{rule}`: trang `{source}` không có mã mục `#{anchor}`")
        case .basisNoDirective: MessageTexts(
            en: "rule `{rule}`: basis `{basis}` names no single directive of the registry"
                + " (write its symbol, with `@YYYY-MM-DD` if several share it, or a page path such as `guidance/x.md#anchor`)",
            vi: "quy định kiểm tra `{rule}`: căn cứ `{basis}` không chỉ đúng một văn bản nào trong danh mục văn bản"
                + " (ghi số ký hiệu, thêm `@YYYY-MM-DD` nếu nhiều văn bản cùng số ký hiệu, hoặc ghi đường dẫn trang"
                + " như `guidance/x.md#anchor`)")
        }
    }
}
