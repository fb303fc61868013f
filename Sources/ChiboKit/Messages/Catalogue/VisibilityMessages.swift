/// What a public edition says about a page that calls itself internal
/// without being marked so (`visibility.unmarked`, `InternalMarkingChecker`).
public enum VisibilityMessages: String, MessageCatalogue {
    case unmarked, markOrAccept

    public static let domain = "visibility"

    public var texts: MessageTexts {
        switch self {
        case .unmarked: MessageTexts(
            en: "this page says `lưu hành nội bộ` but is not marked `visibility: internal`, "
                + "so the public edition would publish it",
            vi: "trang này có ghi “lưu hành nội bộ” nhưng chưa khai báo `visibility: internal`, "
                + "nên bản công khai sẽ đăng cả trang này")
        case .markOrAccept: MessageTexts(
            en: "add `visibility: internal` to its front matter, or accept the finding with a reason "
                + "if the page only mentions internal material",
            vi: "hãy thêm dòng `visibility: internal` vào phần thông tin đầu tệp; hoặc, nếu trang chỉ nhắc tới "
                + "tài liệu lưu hành nội bộ, hãy ghi chấp nhận vấn đề này kèm lý do (trường `accept`)")
        }
    }
}
