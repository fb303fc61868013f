/// What each diagnostic code reports, in a line: SARIF's rule
/// descriptions, the guide's list of codes and the head of each code's page.
/// The raw value is the code itself.
public enum CodeSummaries: String, MessageCatalogue {
    case citationUnknown = "citation.unknown"
    case citationDateMismatch = "citation.date-mismatch"
    case citationInvalidDate = "citation.invalid-date"
    case citationKindMismatch = "citation.kind-mismatch"
    case citationIssuerMismatch = "citation.issuer-mismatch"
    case citationAnachronism = "citation.anachronism"
    case citationSuperseded = "citation.superseded"
    case citationAmbiguous = "citation.ambiguous"
    case linkBroken = "link.broken"
    case linkAnchor = "link.anchor"
    case linkRemote = "link.remote"
    case linkInternal = "link.internal"
    case visibilityUnmarked = "visibility.unmarked"
    case frontMatterInvalid = "frontmatter.invalid"
    case frontMatterMissing = "frontmatter.missing"
    case frontMatterUnknownKey = "frontmatter.unknown-key"
    case registryDuplicate = "registry.duplicate"
    case registryCycle = "registry.cycle"
    case registryOrder = "registry.order"
    case registryDangling = "registry.dangling"
    case orgDuplicate = "org.duplicate"
    case orgParent = "org.parent"
    case orgType = "org.type"
    case orgCycle = "org.cycle"
    case orgRule = "org.rule"
    case recordsTotal = "records.total"
    case packMonth = "pack.month"
    case packType = "pack.type"
    case packMissing = "pack.missing"
    case packPlaceholder = "pack.placeholder"
    case nameVariant = "name.variant"
    case textEncoding = "text.encoding"
    case acceptUnused = "accept.unused"
    case buildCollision = "build.collision"
    case markdownNesting = "markdown.nesting"
    case buildSkipped = "build.skipped"
    case buildUnreadable = "build.unreadable"
    case themeTemplate = "theme.template"

    public static let domain = "code"

    public var texts: MessageTexts {
        switch self {
        case .citationUnknown: MessageTexts(
            en: "The cited symbol is not in the registry.",
            vi: "Số ký hiệu được trích dẫn không có trong danh mục văn bản.")
        case .citationDateMismatch: MessageTexts(
            en: "The cited date differs from the registry's for that symbol.",
            vi: "Ngày ban hành ghi trong trích dẫn khác với ngày của văn bản đó trong danh mục văn bản.")
        case .citationInvalidDate: MessageTexts(
            en: "The cited date does not exist.",
            vi: "Ngày ghi trong trích dẫn không có trên lịch.")
        case .citationKindMismatch: MessageTexts(
            en: "The kind word disagrees with the symbol's code.",
            vi: "Tên loại văn bản không khớp với chữ viết tắt trong số ký hiệu.")
        case .citationIssuerMismatch: MessageTexts(
            en: "The symbol's issuer code or the named issuing body disagrees with the registry.",
            vi: "Cơ quan ban hành trong số ký hiệu hoặc tên cơ quan ghi trong câu không khớp với danh mục văn bản.")
        case .citationAnachronism: MessageTexts(
            en: "The citing page is dated before the directive it cites.",
            vi: "Trang trích dẫn có ngày sớm hơn ngày ban hành của văn bản được trích dẫn.")
        case .citationSuperseded: MessageTexts(
            en: "Cited as current although replaced on or before the citing page's date.",
            vi: "Văn bản được trích dẫn như còn hiệu lực nhưng đã bị thay thế trước hoặc đúng ngày của trang.")
        case .citationAmbiguous: MessageTexts(
            en: "An undated citation matches several registry entries.",
            vi: "Trích dẫn không ghi ngày khớp với nhiều văn bản trong danh mục văn bản.")
        case .linkBroken: MessageTexts(
            en: "A link to a page or file that does not exist.",
            vi: "Liên kết tới một trang hoặc tệp không có.")
        case .linkAnchor: MessageTexts(
            en: "A link to an anchor that the target page does not have.",
            vi: "Liên kết tới một mục mà trang đích không có (mã mục sau dấu `#` không đúng).")
        case .linkRemote: MessageTexts(
            en: "A built page or stylesheet loads something from another host (check --site).",
            vi: "Trang web đã tạo tải nội dung từ một máy chủ khác trên Internet (khi kiểm tra bằng `chibo check --site`).")
        case .linkInternal: MessageTexts(
            en: "A public page links to an internal one (public edition only).",
            vi: "Trang công khai có liên kết tới trang lưu hành nội bộ (chỉ khi tạo bản công khai).")
        case .visibilityUnmarked: MessageTexts(
            en: "A public page says `lưu hành nội bộ` but is not marked `visibility: internal` (public edition only).",
            vi: "Trang có ghi “lưu hành nội bộ” nhưng chưa khai báo `visibility: internal` (chỉ khi tạo bản công khai).")
        case .frontMatterInvalid: MessageTexts(
            en: "Unreadable YAML, a value of the wrong type, or an impossible date.",
            vi: "Phần thông tin đầu tệp viết sai cách, một giá trị viết sai kiểu, hoặc một ngày không có trên lịch.")
        case .frontMatterMissing: MessageTexts(
            en: "A required front-matter key is missing.",
            vi: "Phần thông tin đầu tệp thiếu một trường bắt buộc.")
        case .frontMatterUnknownKey: MessageTexts(
            en: "A front-matter key chibo does not know, most often a misspelling.",
            vi: "Phần thông tin đầu tệp có một trường chibo không biết, thường là do gõ sai tên trường.")
        case .registryDuplicate: MessageTexts(
            en: "Two registry entries with the same symbol and date.",
            vi: "Hai trang văn bản trong danh mục văn bản có cùng số ký hiệu và ngày ban hành.")
        case .registryCycle: MessageTexts(
            en: "A cycle in `replaces`.",
            vi: "Các văn bản thay thế nhau thành vòng khép kín (trường `replaces`).")
        case .registryOrder: MessageTexts(
            en: "A directive replaces one issued after it.",
            vi: "Một văn bản thay thế văn bản ban hành sau nó.")
        case .registryDangling: MessageTexts(
            en: "A relation names a directive that is not in the registry.",
            vi: "Trường `replaces`, `implements` hoặc `amends` nêu một văn bản không có trong danh mục văn bản.")
        case .orgDuplicate: MessageTexts(
            en: "Two organisation records (or two cell types) with the same id.",
            vi: "Hai hồ sơ tổ chức (hoặc hai loại hình chi bộ) có cùng mã.")
        case .orgParent: MessageTexts(
            en: "A record's parent is unknown, or is not a level above it.",
            vi: "Hồ sơ ghi một tổ chức cấp trên không có hồ sơ nào, hoặc không ở cấp cao hơn.")
        case .orgType: MessageTexts(
            en: "A record names an unknown cell type, or a cell has no type.",
            vi: "Hồ sơ ghi một loại hình chi bộ không có trong `types.yml`, hoặc chi bộ chưa ghi loại hình.")
        case .orgCycle: MessageTexts(
            en: "A cycle in the records' parents.",
            vi: "Các hồ sơ tổ chức nhận nhau làm cấp trên thành vòng khép kín.")
        case .orgRule: MessageTexts(
            en: "A record breaks a rule of `rules.yml`.",
            vi: "Hồ sơ tổ chức không đạt một quy định kiểm tra trong `rules.yml`.")
        case .recordsTotal: MessageTexts(
            en: "A total written in the content disagrees with the sum of its parts.",
            vi: "Dòng tổng ghi trong nội dung không bằng tổng các phần của nó.")
        case .packMonth: MessageTexts(
            en: "A pack's month disagrees with its folder, or the folder is not a month.",
            vi: "Tháng của tài liệu sinh hoạt khác với tên thư mục, hoặc tên thư mục không phải một tháng.")
        case .packType: MessageTexts(
            en: "A pack's type disagrees with its file name, or names an unknown type.",
            vi: "Loại hình chi bộ của tài liệu sinh hoạt khác với tên tệp, hoặc không có trong `types.yml`.")
        case .packMissing: MessageTexts(
            en: "A month has no pack for some cell type.",
            vi: "Trong tháng còn loại hình chi bộ chưa có tài liệu sinh hoạt.")
        case .packPlaceholder: MessageTexts(
            en: "A pack still holds what `chibo new pack` wrote for the editor to replace: its title, summary or an empty section "
                + "(an error in `build` and `check --strict`).",
            vi: "Tài liệu sinh hoạt còn nội dung mẫu chưa thay do lệnh `chibo new pack` viết sẵn: tiêu đề, tóm tắt hoặc "
                + "một mục còn trống (là lỗi khi chạy `build` và `check --strict`).")
        case .nameVariant: MessageTexts(
            en: "Two organisation names that differ only in diacritics.",
            vi: "Hai tên tổ chức chỉ khác nhau ở dấu.")
        case .textEncoding: MessageTexts(
            en: "Text that is not NFC, or shows legacy-encoding or PDF-extraction damage.",
            vi: "Chữ không ở dạng Unicode dựng sẵn, còn ở bảng mã cũ (TCVN3, VNI) hoặc bị lỗi khi chép từ tệp PDF.")
        case .acceptUnused: MessageTexts(
            en: "An `accept:` item that matches no finding on its page.",
            vi: "Một mục trong `accept:` không ứng với vấn đề nào được nêu trên trang.")
        case .buildCollision: MessageTexts(
            en: "Two sources would write the same output file.",
            vi: "Hai tệp nguồn sẽ cùng ghi ra một tệp của trang web.")
        case .markdownNesting: MessageTexts(
            en: "Lists or block quotes nested more than 100 levels deep, shown flat.",
            vi: "Danh sách hoặc đoạn trích lồng nhau quá 100 tầng; các tầng sâu hơn hiện ngang hàng nhau.")
        case .buildSkipped: MessageTexts(
            en: "A Markdown file with a hidden name (starting with a dot), left out of the site.",
            vi: "Tệp Markdown có tên ẩn (bắt đầu bằng dấu chấm) nên không được đưa vào trang web.")
        case .buildUnreadable: MessageTexts(
            en: "A file or folder chibo refuses or fails to read.",
            vi: "Tệp hoặc thư mục chibo không đọc được hoặc không được phép đọc.")
        case .themeTemplate: MessageTexts(
            en: "A theme template that is missing or does not parse.",
            vi: "Mẫu trang của giao diện bị thiếu hoặc viết sai.")
        }
    }
}
