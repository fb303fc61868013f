/// What the link checks say: `LinkResolver` about the links of the
/// content (`link.broken`, `link.anchor`, `link.internal`) and
/// `BuiltSiteChecker` about the built site's `href`, `src` and stylesheets
/// (`check --site`, also `link.remote`).
public enum LinkMessages: String, MessageCatalogue {
    // LinkResolver
    case outsideContent, internalTarget, brokenTarget
    case anchorsAreSlugs, didYouMeanAnchor, anchorMissing, anchorMissingHere
    case anchorsFromHeadingsNone, anchorsFromCommonPart, anchorsFromHeadings, anchorExample
    // BuiltSiteChecker
    case remoteImport, emptyAttribute, remoteLoad
    case outsideSite, leadsToFolder, leadsToNothing, noSuchID

    public static let domain = "link"

    public var texts: MessageTexts {
        switch self {
        case .outsideContent: MessageTexts(
            en: "link `{target}` leads outside the content folder",
            vi: "liên kết `{target}` dẫn ra ngoài thư mục nội dung")
        case .internalTarget: MessageTexts(
            en: "public page links to `{target}`, which is internal (lưu hành nội bộ) and left out of the public edition",
            vi: "trang công khai có liên kết tới `{target}`, là tài liệu lưu hành nội bộ nên không có trong bản công khai")
        case .brokenTarget: MessageTexts(
            en: "link to `{target}`: there is no `{path}`",
            vi: "liên kết tới `{target}`: không có `{path}`")
        case .anchorsAreSlugs: MessageTexts(
            en: "anchors are slugs: write `#{slug}`",
            vi: "mã mục là mã không dấu: hãy viết `#{slug}`")
        case .didYouMeanAnchor: MessageTexts(
            en: "did you mean {choices}? {origin}",
            vi: "có phải là {choices} không? {origin}")
        case .anchorMissing: MessageTexts(
            en: "`{target}` has no anchor `#{fragment}`",
            vi: "`{target}` không có mục nào mang mã mục `#{fragment}`")
        case .anchorMissingHere: MessageTexts(
            en: "this page has no anchor `#{fragment}`",
            vi: "trang này không có mục nào mang mã mục `#{fragment}`")
        case .anchorsFromHeadingsNone: MessageTexts(
            en: "anchors are made from the headings of the page (`## Phần thứ tư` gives `#phan-thu-tu`), and it has none",
            vi: "mã mục được tạo từ tên các mục của trang (`## Phần thứ tư` cho mã `#phan-thu-tu`), mà trang này không có mục nào")
        case .anchorsFromCommonPart: MessageTexts(
            en: "anchors are made from the headings of the page, and those of the month's common part (chung.md) "
                + "get `{prefix}` in front: {example}",
            vi: "mã mục được tạo từ tên các mục của trang; mã mục của phần chung trong tháng (chung.md) "
                + "có thêm `{prefix}` ở đầu: {example}")
        case .anchorsFromHeadings: MessageTexts(
            en: "anchors are made from the headings of the page: {example}",
            vi: "mã mục được tạo từ tên các mục của trang: {example}")
        case .anchorExample: MessageTexts(
            en: "`{heading}` gives `#{anchor}`",
            vi: "`{heading}` cho mã `#{anchor}`")

        case .remoteImport: MessageTexts(
            en: "`{marker}` loads from another host; the site must work without Internet",
            vi: "`{marker}` tải nội dung từ máy chủ khác; trang web phải dùng được cả khi không có Internet")
        case .emptyAttribute: MessageTexts(
            en: "empty {attribute}",
            vi: "thuộc tính {attribute} để trống")
        case .remoteLoad: MessageTexts(
            en: "<{element} {attribute}=\"{value}\"> loads from another host; the site must work without Internet",
            vi: "<{element} {attribute}=\"{value}\"> tải nội dung từ máy chủ khác; trang web phải dùng được cả khi không có Internet")
        case .outsideSite: MessageTexts(
            en: "`{target}` leads outside the site",
            vi: "`{target}` dẫn ra ngoài trang web")
        case .leadsToFolder: MessageTexts(
            en: "`{target}` leads to the folder `{folder}`, not a file: opened from disk it shows a listing",
            vi: "`{target}` dẫn tới thư mục `{folder}`, không phải một tệp: khi mở trang web từ máy, "
                + "trình duyệt chỉ hiện danh sách tệp")
        case .leadsToNothing: MessageTexts(
            en: "`{target}` leads to `{path}`, which does not exist",
            vi: "`{target}` dẫn tới `{path}`, nhưng không có tệp này")
        case .noSuchID: MessageTexts(
            en: "`{target}`: `{path}` has no element with id `{id}`",
            vi: "`{target}`: trang `{path}` không có chỗ nào mang mã `{id}`")
        }
    }
}
