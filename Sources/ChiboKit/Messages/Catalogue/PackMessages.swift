/// What chibo says about the packs (tài liệu sinh hoạt) of `packs/`: their
/// month folders, types and missing packs; and about any page still holding
/// what a scaffold wrote (`pack.placeholder`).
public enum PackMessages: String, MessageCatalogue {
    // PackChecker
    case notInMonthFolder
    case missingTypes
    case needsMonth
    case monthDisagrees
    case writeFolderMonth
    case commonPartTakesNoType
    case namesNoType
    case needsType
    case typeDisagrees
    case typeDisagreesUndeclared
    case writeFileType
    // PlaceholderChecker
    case titleStillScaffold
    case summaryStillScaffold
    case notBegun
    case itsTitle
    case itsSummary
    case notBegunHelp
    case emptySection
    case leftPlaceholder
    case writeOrDeleteLine
    // The keys a placeholder may stand for, as the messages above name them.
    case title
    case summary
    case issuer

    public static let domain = "pack"

    public var texts: MessageTexts {
        switch self {
        case .notInMonthFolder: MessageTexts(
            en: "packs live in a month's folder named YYYY-MM (`packs/2026-12/`), not `packs/{folder}/`",
            vi: "tài liệu sinh hoạt phải nằm trong thư mục của tháng, đặt tên YYYY-MM (`packs/2026-12/`), không phải `packs/{folder}/`")
        case .missingTypes: MessageTexts(
            en: "{month} has no pack for {types}: add packs/{month}/{first}.md",
            vi: "tháng {month} chưa có tài liệu sinh hoạt cho loại hình chi bộ {types}: hãy thêm tệp packs/{month}/{first}.md")
        case .needsMonth: MessageTexts(
            en: "a pack needs `month: {month}`, the month of its folder",
            vi: "tài liệu sinh hoạt cần có `month: {month}`, đúng tháng của thư mục chứa tệp")
        case .monthDisagrees: MessageTexts(
            en: "`month: {month}` disagrees with the folder `packs/{folder}/`",
            vi: "`month: {month}` không khớp với thư mục `packs/{folder}/`")
        case .writeFolderMonth: MessageTexts(
            en: "write the folder's month",
            vi: "ghi tháng của thư mục")
        case .commonPartTakesNoType: MessageTexts(
            en: "chung.md is the part common to every type: it takes no `type:`",
            vi: "chung.md là phần chung cho mọi loại hình chi bộ nên không được ghi `type:`")
        case .namesNoType: MessageTexts(
            en: "`{type}.md` names no type of types.yml (a pack is `<type-id>.md` or `chung.md`)",
            vi: "`{type}.md` không ứng với loại hình chi bộ nào trong tệp types.yml "
                + "(tệp tài liệu sinh hoạt đặt tên `<mã-loại-hình>.md` hoặc `chung.md`)")
        case .needsType: MessageTexts(
            en: "a pack needs `type: {type}`, the type its file name says",
            vi: "tài liệu sinh hoạt cần có `type: {type}`, đúng loại hình chi bộ ghi ở tên tệp")
        case .typeDisagrees: MessageTexts(
            en: "`type: {type}` disagrees with the file name `{file}.md`",
            vi: "`type: {type}` không khớp với tên tệp `{file}.md`")
        case .typeDisagreesUndeclared: MessageTexts(
            en: "`type: {type}` disagrees with the file name `{file}.md`, and types.yml declares no type `{type}`",
            vi: "`type: {type}` không khớp với tên tệp `{file}.md`, và tệp types.yml cũng không có loại hình `{type}`")
        case .writeFileType: MessageTexts(
            en: "write the file's type",
            vi: "ghi loại hình chi bộ theo tên tệp")
        case .titleStillScaffold: MessageTexts(
            en: "the title is still the one `chibo new pack` wrote (\"{written}\"): write the month's topic instead",
            vi: "tiêu đề vẫn là tiêu đề mẫu do lệnh `chibo new pack` tạo (“{written}”): hãy thay bằng chủ đề sinh hoạt của tháng")
        case .summaryStillScaffold: MessageTexts(
            en: "the summary is still the one `chibo new pack` wrote (\"{written}\"): write the month's summary of the meeting instead",
            vi: "phần tóm tắt vẫn là nội dung mẫu do lệnh `chibo new pack` tạo (“{written}”): "
                + "hãy thay bằng tóm tắt buổi sinh hoạt của tháng")
        case .notBegun: MessageTexts(
            en: "nothing is written in this pack yet: {what} and all {count} sections are as `chibo new pack` made them",
            vi: "tài liệu sinh hoạt này chưa được viết: {what} và cả {count} mục vẫn như lệnh `chibo new pack` tạo ra")
        case .itsTitle: MessageTexts(en: "its title", vi: "tiêu đề")
        case .itsSummary: MessageTexts(en: "its summary", vi: "phần tóm tắt")
        case .notBegunHelp: MessageTexts(
            en: "write the pack, or delete the file if this type of cell has no pack this month",
            vi: "hãy viết tài liệu, hoặc xóa tệp nếu tháng này loại hình chi bộ này không có tài liệu sinh hoạt")
        case .emptySection: MessageTexts(
            en: "the section \"{heading}\" is empty: write it, or delete the heading if this pack does not need it",
            vi: "mục “{heading}” còn trống: hãy viết nội dung, hoặc xóa mục này nếu tài liệu không cần")
        case .leftPlaceholder: MessageTexts(
            en: "`{key}: {value}` is a placeholder, not a {what}",
            vi: "`{key}: {value}` là nội dung mẫu chưa thay, chưa phải {what} thật")
        case .writeOrDeleteLine: MessageTexts(
            en: "write the {what}, or delete the line if it is not known",
            vi: "hãy ghi {what}, hoặc xóa dòng này nếu chưa biết")
        case .title: MessageTexts(en: "title", vi: "tiêu đề")
        case .summary: MessageTexts(en: "summary", vi: "phần tóm tắt")
        case .issuer: MessageTexts(en: "issuer", vi: "cơ quan ban hành")
        }
    }
}
