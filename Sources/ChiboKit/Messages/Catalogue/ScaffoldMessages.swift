/// Why `chibo new` (site, pack, org, directive) refuses to write: an
/// argument that names no valid month, symbol, id or level, a file that
/// exists already, a theme without the archetype. `chibo import` says the
/// writer's refusals too.
public enum ScaffoldMessages: String, MessageCatalogue {
    // Archetypes
    case archetypeMissing, archetypeDoesNotParse
    // ScaffoldWriter
    case fileExists, filesExist
    case folderIsAFile
    case cannotCreateFolder
    case wouldLeaveContentFolder
    case createdMeanwhile, cannotCreateFile, cannotWriteFile
    case notAPathInContentFolder
    // OrganisationScaffold
    case notAnID, notAnIDSuggesting
    case nameMissing
    case notALevel
    case notARecordFile
    case idTaken
    case typesMissingForType
    case notAType, notATypeDidYouMean
    case cellNeedsType
    case notAnOrganisation, notAnOrganisationDidYouMean
    case parentNotAbove, parentIsACell
    // PackScaffold
    case notAMonth
    case typesMissing, noCellType
    // SiteScaffold
    case siteFolderIsAFile, siteFolderNotEmpty, cannotMakeSiteFolder
    // DirectiveScaffold
    case notASymbol
    case notADate
    case unknownKindCode, codeOfSeveralKinds
    case unknownKind
    case kindDisagreesWithCode, kindDisagreesWithCodeOfKinds
    case alreadyRegistered

    public static let domain = "new"

    public var texts: MessageTexts {
        switch self {
        case .archetypeMissing: MessageTexts(
            en: "{path} is missing or cannot be read: chibo new makes its files from the theme's archetypes",
            vi: "thiếu {path} hoặc không đọc được tệp này: lệnh chibo new tạo tệp từ các tệp mẫu của giao diện")
        case .archetypeDoesNotParse: MessageTexts(
            en: "{file}:{line}:{column}: the archetype does not parse: {reason}",
            vi: "{file}:{line}:{column}: tệp mẫu viết sai, không đọc được: {reason}")
        case .fileExists: MessageTexts(
            en: "{files} already exists: {command} never overwrites a file, and wrote nothing",
            vi: "đã có {files}: {command} không bao giờ ghi đè lên tệp có sẵn, và chưa ghi gì")
        case .filesExist: MessageTexts(
            en: "{files} already exist: {command} never overwrites a file, and wrote nothing",
            vi: "đã có {files}: {command} không bao giờ ghi đè lên tệp có sẵn, và chưa ghi gì")
        case .folderIsAFile: MessageTexts(
            en: "`{file}` cannot be created: `{path}` is a file, not a folder",
            vi: "không tạo được `{file}`: `{path}` là một tệp, không phải thư mục")
        case .cannotCreateFolder: MessageTexts(
            en: "cannot create the folder `{path}`: {reason}",
            vi: "không tạo được thư mục `{path}`: {reason}")
        case .wouldLeaveContentFolder: MessageTexts(
            en: "`{file}` would be written outside the content folder (through a symbolic link)",
            vi: "`{file}` sẽ bị ghi ra ngoài thư mục nội dung, qua một lối tắt (symlink)")
        case .createdMeanwhile: MessageTexts(
            en: "cannot create `{file}`: it already exists (made while {command} ran); {command} never overwrites a file",
            vi: "không tạo được `{file}`: tệp này vừa được tạo ra trong lúc {command} chạy; "
                + "{command} không bao giờ ghi đè lên tệp có sẵn")
        case .cannotCreateFile: MessageTexts(
            en: "cannot create `{file}`: {reason}",
            vi: "không tạo được `{file}`: {reason}")
        case .cannotWriteFile: MessageTexts(
            en: "cannot write `{file}`: {reason}",
            vi: "không ghi được `{file}`: {reason}")
        case .notAPathInContentFolder: MessageTexts(
            en: "`{path}` is not a path inside the content folder: {command} writes only there",
            vi: "`{path}` không phải đường dẫn bên trong thư mục nội dung: {command} chỉ ghi vào thư mục nội dung")
        case .notAnID: MessageTexts(
            en: "`{id}` is not an id: ids are slugs (a-z, 0-9 and -)",
            vi: "`{id}` không dùng làm mã được: mã phải là mã không dấu (chỉ gồm chữ a-z, số 0-9 và dấu -)")
        case .notAnIDSuggesting: MessageTexts(
            en: "`{id}` is not an id: ids are slugs (a-z, 0-9 and -), e.g. `{slug}`",
            vi: "`{id}` không dùng làm mã được: mã phải là mã không dấu (chỉ gồm chữ a-z, số 0-9 và dấu -), ví dụ `{slug}`")
        case .nameMissing: MessageTexts(
            en: "give the organisation's name with --name",
            vi: "hãy ghi tên tổ chức bằng --name")
        case .notALevel: MessageTexts(
            en: "`{level}` is not a level: one of {levels}",
            vi: "`{level}` không phải là cấp tổ chức: hãy chọn một trong các cấp {levels}")
        case .notARecordFile: MessageTexts(
            en: "`{file}` is not a record file: write it as orgs/….yml, inside the content folder",
            vi: "`{file}` không phải tệp hồ sơ tổ chức: hãy ghi theo dạng orgs/….yml, trong thư mục nội dung")
        case .idTaken: MessageTexts(
            en: "`{id}` is already the id of {name} ({file}:{line})",
            vi: "`{id}` đã là mã của {name} ({file}:{line})")
        case .typesMissingForType: MessageTexts(
            en: "{types} is missing, so type `{type}` cannot be checked",
            vi: "thiếu tệp {types}, nên không kiểm tra được loại hình chi bộ `{type}`")
        case .notAType: MessageTexts(
            en: "`{type}` is no type of {types}",
            vi: "`{type}` không phải là loại hình chi bộ nào trong {types}")
        case .notATypeDidYouMean: MessageTexts(
            en: "`{type}` is no type of {types}: did you mean `{nearest}`?",
            vi: "`{type}` không phải là loại hình chi bộ nào trong {types}: có phải là `{nearest}` không?")
        case .cellNeedsType: MessageTexts(
            en: "a cell ({level}) needs its type: give it with --type, one of {types}",
            vi: "chi bộ (cấp {level}) phải có loại hình chi bộ: hãy ghi bằng --type, chọn một trong {types}")
        case .notAnOrganisation: MessageTexts(
            en: "`{parent}` is no organisation's id",
            vi: "`{parent}` không phải là mã của tổ chức nào")
        case .notAnOrganisationDidYouMean: MessageTexts(
            en: "`{parent}` is no organisation's id: did you mean `{nearest}`?",
            vi: "`{parent}` không phải là mã của tổ chức nào: có phải là `{nearest}` không?")
        case .parentNotAbove: MessageTexts(
            en: "a {level} cannot belong to `{parent}` ({parentLevel}), which is not above it",
            vi: "tổ chức cấp {level} không thể trực thuộc `{parent}` (cấp {parentLevel}), vì `{parent}` không ở cấp cao hơn")
        case .parentIsACell: MessageTexts(
            en: "a {level} cannot belong to `{parent}` ({parentLevel}), which is a cell",
            vi: "tổ chức cấp {level} không thể trực thuộc `{parent}` (cấp {parentLevel}), vì `{parent}` là chi bộ")
        case .notAMonth: MessageTexts(
            en: "`{text}` is not a month: write it YYYY-MM, e.g. 2027-02",
            vi: "`{text}` không phải là tháng: hãy viết theo dạng YYYY-MM, ví dụ 2027-02")
        case .typesMissing: MessageTexts(
            en: "{types} is missing: chibo new pack makes one pack per cell type it lists",
            vi: "thiếu tệp {types}: lệnh chibo new pack tạo một tài liệu sinh hoạt cho mỗi loại hình chi bộ ghi trong tệp đó")
        case .noCellType: MessageTexts(
            en: "{types} lists no cell type: chibo new pack makes one pack per type",
            vi: "{types} chưa ghi loại hình chi bộ nào: lệnh chibo new pack tạo một tài liệu sinh hoạt cho mỗi loại hình")
        case .siteFolderIsAFile: MessageTexts(
            en: "`{folder}` is a file: name a new folder for the site",
            vi: "`{folder}` là một tệp: hãy nêu tên một thư mục mới để tạo trang web")
        case .siteFolderNotEmpty: MessageTexts(
            en: "`{folder}` is not empty (it holds {count:entry|entries}): "
                + "chibo new site makes a site only in a new or empty folder, and wrote nothing",
            vi: "`{folder}` không trống (đang có {count} tệp hoặc thư mục con): "
                + "lệnh chibo new site chỉ tạo trang web trong thư mục mới hoặc thư mục trống, và chưa ghi gì")
        case .cannotMakeSiteFolder: MessageTexts(
            en: "could not make the folder `{folder}`: {reason}",
            vi: "không tạo được thư mục `{folder}`: {reason}")
        case .notASymbol: MessageTexts(
            en: "`{symbol}` is not a directive's number and symbol (số và ký hiệu) such as 50-CT/TW, "
                + "03-ĐA/TU or 114/2003/NĐ-CP",
            vi: "`{symbol}` không phải là số ký hiệu của văn bản (số ký hiệu viết như 50-CT/TW, 03-ĐA/TU hoặc 114/2003/NĐ-CP)")
        case .notADate: MessageTexts(
            en: "`{date}` is not a date that exists: write it YYYY-MM-DD, e.g. 2025-07-23",
            vi: "`{date}` không phải ngày có trên lịch: hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-07-23")
        case .unknownKindCode: MessageTexts(
            en: "chibo knows no kind of document coded `{code}`: give it with --kind",
            vi: "chibo không biết loại văn bản nào viết tắt là `{code}`: hãy ghi loại văn bản bằng --kind")
        case .codeOfSeveralKinds: MessageTexts(
            en: "`{code}` stands for {kinds}: say which with --kind",
            vi: "`{code}` là chữ viết tắt của {kinds}: hãy ghi rõ loại văn bản bằng --kind")
        case .unknownKind: MessageTexts(
            en: "`{kind}` is not a kind of document chibo knows (Chỉ thị, Nghị quyết, Hướng dẫn, …)",
            vi: "`{kind}` không phải loại văn bản chibo biết (Chỉ thị, Nghị quyết, Hướng dẫn, …)")
        case .kindDisagreesWithCode: MessageTexts(
            en: "`{symbol}` is coded `{code}`, which is not a {kind}",
            vi: "số ký hiệu `{symbol}` có chữ viết tắt `{code}`, nên văn bản này không phải là {kind}")
        case .kindDisagreesWithCodeOfKinds: MessageTexts(
            en: "`{symbol}` is coded `{code}`, which is not a {kind} (`{code}` is {kinds})",
            vi: "số ký hiệu `{symbol}` có chữ viết tắt `{code}`, nên văn bản này không phải là {kind} "
                + "(`{code}` là chữ viết tắt của {kinds})")
        case .alreadyRegistered: MessageTexts(
            en: "{symbol} of {date} is already registered in {file}: chibo new writes nothing",
            vi: "{symbol} ngày {date} đã có trong danh mục văn bản, ở tệp {file}: lệnh chibo new không ghi gì")
        }
    }
}
