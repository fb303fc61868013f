/// What the `chibo` commands themselves say on the terminal: their
/// errors, what they made, how a live preview is going.
public enum CommandMessages: String, MessageCatalogue {
    case error, errorInFile
    case unknownCommand, didYouMeanCommand, commandList, argumentError, seeHelp
    case parserUnknownOptionGuess, parserUnknownOption, parserMissingArgument, parserMissingValue
    case parserInvalidValueChoices, parserInvalidValue, parserUnexpectedArgument
    case jobsTooFew, quietAndVerbose, themeNotAFolder
    case buildFailedKept, themeUnusable, built, builtZip
    case dryRunWithoutFix, fixOnSite, notFixed, nothingToFix, fixed, wouldFix
    case citeNoFiles
    case importNoFiles, importIntoOutside, importRegister, importNotChecked, importKeptHeader
    case importCheckedPage, importCheckedFiles, importKept
    case siteTitleEmpty
    case created, newSiteNext
    case verboseStage, verboseBeside, verboseAllStages, verboseTotal, verboseKeptPages, verboseAllocator
    case serveCannotListen, serveServing, serveStopped, servePortInUse, serveCannotServe
    case serveChanged, serveBuildFailed, serveBuilt, serveIncremental, serveWholeBecause, serveWhole

    public static let domain = "command"

    public var texts: MessageTexts {
        switch self {
        case .error: MessageTexts(en: "error: {message}", vi: "lỗi: {message}")
        case .errorInFile: MessageTexts(en: "{file}: error: {message}", vi: "{file}: lỗi: {message}")
        case .unknownCommand: MessageTexts(
            en: "Error: `{typed}` is not a `{command}` command.",
            vi: "Lỗi: `{typed}` không phải là một lệnh của `{command}`.")
        case .didYouMeanCommand: MessageTexts(en: " Did you mean `{guess}`?", vi: " Có phải là `{guess}` không?")
        case .commandList: MessageTexts(
            en: "The commands are: {names}. See `{command} --help`.",
            vi: "Các lệnh gồm: {names}. Xem `{command} --help`.")
        case .argumentError: MessageTexts(en: "Error: {message}", vi: "Lỗi: {message}")
        case .parserUnknownOptionGuess: MessageTexts(
            en: "Unknown option '{value1}'. Did you mean '{value2}'?",
            vi: "Lệnh không có tùy chọn `{value1}`. Có phải là `{value2}` không?")
        case .parserUnknownOption: MessageTexts(
            en: "Unknown option '{value1}'", vi: "Lệnh không có tùy chọn `{value1}`.")
        case .parserMissingArgument: MessageTexts(
            en: "Missing expected argument '{value1}'", vi: "Còn thiếu `{value1}`.")
        case .parserMissingValue: MessageTexts(
            en: "Missing value for '{value1}'", vi: "Tùy chọn `{value1}` cần có giá trị đi kèm.")
        case .parserInvalidValueChoices: MessageTexts(
            en: "The value '{value1}' is invalid for '{value2}'. Please provide one of {value3}.",
            vi: "`{value1}` không phải giá trị dùng được cho `{value2}`. Hãy dùng một trong các giá trị {value3}.")
        case .parserInvalidValue: MessageTexts(
            en: "The value '{value1}' is invalid for '{value2}'",
            vi: "`{value1}` không phải giá trị dùng được cho `{value2}`.")
        case .parserUnexpectedArgument: MessageTexts(
            en: "Unexpected argument {value1}", vi: "Thừa {value1}: lệnh không nhận giá trị này.")
        case .seeHelp: MessageTexts(
            en: "See `{command} --help` for what it takes.",
            vi: "Xem cách dùng lệnh: `{command} --help`.")
        case .jobsTooFew: MessageTexts(
            en: "--jobs must be 1 or more, not {jobs}. Try --jobs 2, or leave it out for one per core.",
            vi: "--jobs phải từ 1 trở lên, không được là {jobs}. Hãy thử --jobs 2, hoặc bỏ --jobs để mỗi lõi xử lý chạy một luồng.")
        case .quietAndVerbose: MessageTexts(
            en: "--quiet and --verbose ask for opposite things; give one of them.",
            vi: "--quiet và --verbose yêu cầu hai điều trái ngược nhau; hãy chỉ dùng một trong hai.")
        case .themeNotAFolder: MessageTexts(
            en: "--theme names `{theme}`, which is not a folder. Leave --theme out to use the built-in theme, "
                + "or write it out to change it: chibo theme export theme",
            vi: "--theme nêu `{theme}`, nhưng đó không phải là một thư mục. Hãy bỏ --theme để dùng giao diện có sẵn, "
                + "hoặc xuất giao diện ra để sửa: chibo theme export theme")
        case .buildFailedKept: MessageTexts(
            en: "build failed; {output} was left as it was",
            vi: "chưa tạo được trang web; thư mục {output} được giữ nguyên như trước")
        case .themeUnusable: MessageTexts(
            en: "the site's theme folder has a template chibo cannot use: correct it, or delete it to use the built-in one",
            vi: "thư mục giao diện của trang web có mẫu trang chibo không dùng được: hãy sửa mẫu trang đó, "
                + "hoặc xóa mẫu trang đó để dùng mẫu trang có sẵn")
        case .built: MessageTexts(
            en: "built {pages} pages into {output}: {size}, of which the search index {indexSize} ({share} %)",
            vi: "đã tạo {pages} trang vào thư mục {output}: {size}, trong đó phần tìm kiếm chiếm {indexSize} ({share} %)")
        case .builtZip: MessageTexts(en: "and into {zip}", vi: "và vào tệp nén {zip}")
        case .dryRunWithoutFix: MessageTexts(
            en: "--dry-run goes with --fix: chibo check --fix --dry-run",
            vi: "--dry-run chỉ dùng cùng với --fix: chibo check --fix --dry-run")
        case .fixOnSite: MessageTexts(
            en: "--fix mends the content, not a built site: leave out --site",
            vi: "--fix sửa thư mục nội dung, không sửa trang web đã tạo: hãy bỏ --site")
        case .notFixed: MessageTexts(
            en: "{file}: error: not fixed: {reason}",
            vi: "{file}: lỗi: chưa sửa được: {reason}")
        case .nothingToFix: MessageTexts(
            en: "nothing to fix with certainty; what is left:",
            vi: "không có vấn đề nào sửa tự động được; các vấn đề còn lại:")
        case .fixed: MessageTexts(
            en: "fixed {count:problem|problems} in {files:file|files}; what is left:",
            vi: "đã sửa {count} vấn đề trong {files} tệp; các vấn đề còn lại:")
        case .wouldFix: MessageTexts(
            en: "would fix {count:problem|problems} in {files:file|files}; what is left:",
            vi: "sẽ sửa {count} vấn đề trong {files} tệp; các vấn đề còn lại:")
        case .citeNoFiles: MessageTexts(
            en: "Give at least one file to read.",
            vi: "Hãy nêu ít nhất một tệp cần đọc.")
        case .importNoFiles: MessageTexts(
            en: "Name at least one file to import: chibo import FILE…",
            vi: "Hãy nêu ít nhất một tệp cần nhập: chibo import TỆP…")
        case .importIntoOutside: MessageTexts(
            en: "--into names a folder inside the content folder, such as guidance or guidance/cao-bang",
            vi: "--into phải nêu một thư mục nằm trong thư mục nội dung, ví dụ guidance hoặc guidance/cao-bang")
        case .importRegister: MessageTexts(en: "  register: {note}", vi: "  danh mục văn bản: {note}")
        case .importNotChecked: MessageTexts(
            en: "the new pages could not be checked: {reason}; run chibo check",
            vi: "chưa kiểm tra được các trang mới: {reason}; hãy chạy chibo check")
        case .importKeptHeader: MessageTexts(
            en: "kept as the document wrote them (compare each with the original; the page's accept: list records them):",
            vi: "những chỗ giữ nguyên như văn bản gốc (hãy đối chiếu từng chỗ với bản gốc; "
                + "các chỗ này được ghi trong danh sách `accept:` của trang):")
        case .importCheckedPage: MessageTexts(
            en: "checked the new page: {errors:error|errors}, {warnings:warning|warnings}",
            vi: "đã kiểm tra trang mới: {errors} lỗi, {warnings} cảnh báo")
        case .importCheckedFiles: MessageTexts(
            en: "checked the new files: {errors:error|errors}, {warnings:warning|warnings}",
            vi: "đã kiểm tra các tệp mới: {errors} lỗi, {warnings} cảnh báo")
        case .importKept: MessageTexts(
            en: ", {count} kept as written in the document",
            vi: ", {count} chỗ giữ nguyên như văn bản gốc")
        case .siteTitleEmpty: MessageTexts(
            en: "--title needs some text: the site's name",
            vi: "--title không được để trống: hãy ghi tên của trang web")
        case .created: MessageTexts(en: "created {path}", vi: "đã tạo {path}")
        case .verboseStage: MessageTexts(
            en: "{wall}   cpu {cpu}   peak memory {memory}", vi: "{wall}   CPU {cpu}   bộ nhớ cao nhất {memory}")
        case .verboseBeside: MessageTexts(en: "   (beside)", vi: "(song song)")
        case .verboseAllStages: MessageTexts(en: "stages in all", vi: "tất cả các bước")
        case .verboseTotal: MessageTexts(en: "{wall}   cpu {cpu}", vi: "{wall}   CPU {cpu}")
        case .verboseKeptPages: MessageTexts(
            en: "pages rendered from their trees kept at load: {kept} of {parsed} (the others were read and parsed again)",
            vi: "trang tạo từ bản phân tích giữ lại khi đọc: {kept} trên {parsed} (các trang khác được đọc và phân tích lại)")
        case .verboseAllocator: MessageTexts(en: "memory allocator: {name}", vi: "bộ cấp phát bộ nhớ: {name}")
        case .newSiteNext: MessageTexts(
            en: "Next: cd {folder} and run `chibo check`, then `chibo build`: "
                + "the site is written to _site/ (open _site/index.html). README.md tells the monthly steps.",
            vi: "Tiếp theo: vào thư mục bằng lệnh cd {folder}, chạy `chibo check`, rồi `chibo build`: "
                + "trang web được ghi vào thư mục _site/ (mở _site/index.html). Tệp README.md ghi các việc hằng tháng.")
        case .serveCannotListen: MessageTexts(
            en: "cannot listen on {host}:{port}: {reason} (--host takes an IPv4 address such as 127.0.0.1 or 0.0.0.0)",
            vi: "không mở được cổng {host}:{port}: {reason} (--host nhận một địa chỉ IPv4, ví dụ 127.0.0.1 hoặc 0.0.0.0)")
        case .serveServing: MessageTexts(
            en: "serving {output} at http://{host}:{port}/ (Ctrl-C to stop)",
            vi: "đang cho xem trước {output} tại http://{host}:{port}/ (bấm Ctrl-C để dừng)")
        case .serveStopped: MessageTexts(en: "the server stopped", vi: "chương trình xem trước đã dừng")
        case .servePortInUse: MessageTexts(
            en: "port {port} of {host} is in use (another chibo serve?); give another --port, or --port 0 for any free one",
            vi: "cổng {port} của {host} đang có chương trình khác dùng (có thể là một chibo serve khác); "
                + "hãy chọn --port khác, hoặc --port 0 để lấy một cổng còn trống")
        case .serveCannotServe: MessageTexts(
            en: "cannot serve on {host}:{port}: {reason}",
            vi: "không chạy được xem trước tại {host}:{port}: {reason}")
        case .serveChanged: MessageTexts(en: "changed: {names}", vi: "đã thay đổi: {names}")
        case .serveBuildFailed: MessageTexts(
            en: "build {generation} failed ({seconds}); still serving the last good build",
            vi: "lần tạo trang web thứ {generation} không thành công ({seconds}); vẫn cho xem bản tạo thành công gần nhất")
        case .serveBuilt: MessageTexts(
            en: "build {generation}: {pages} pages in {seconds} ({how})",
            vi: "lần tạo trang web thứ {generation}: {pages} trang trong {seconds} ({how})")
        case .serveIncremental: MessageTexts(
            en: "only what the change reached: {files} files written",
            vi: "chỉ tạo lại phần chịu ảnh hưởng của thay đổi: đã ghi {files} tệp")
        case .serveWholeBecause: MessageTexts(en: "whole: {reason}", vi: "tạo lại toàn bộ: {reason}")
        case .serveWhole: MessageTexts(en: "whole", vi: "tạo lại toàn bộ")
        }
    }
}

/// The stages of a build, as the progress bar and `--verbose` name them.
/// The raw value is the stage's name inside chibo.
public enum StageMessages: String, MessageCatalogue {
    case load, siteModel = "site model", citations, citationChecks = "citation checks", records
    case internalMarking = "internal marking", links, theme, pages, generatedPages = "generated pages"
    case searchIndex = "search index", assets, zip, commit

    public static let domain = "stage"

    public var texts: MessageTexts {
        switch self {
        case .load: MessageTexts(en: "load", vi: "đọc nội dung")
        case .siteModel: MessageTexts(en: "site model", vi: "dựng cấu trúc")
        case .citations: MessageTexts(en: "citations", vi: "trích dẫn")
        case .citationChecks: MessageTexts(en: "citation checks", vi: "soát trích dẫn")
        case .records: MessageTexts(en: "records", vi: "hồ sơ tổ chức")
        case .internalMarking: MessageTexts(en: "internal marking", vi: "đánh dấu nội bộ")
        case .links: MessageTexts(en: "links", vi: "liên kết")
        case .theme: MessageTexts(en: "theme", vi: "giao diện")
        case .pages: MessageTexts(en: "pages", vi: "tạo trang")
        case .generatedPages: MessageTexts(en: "generated pages", vi: "trang tổng hợp")
        case .searchIndex: MessageTexts(en: "search index", vi: "phần tìm kiếm")
        case .assets: MessageTexts(en: "assets", vi: "tệp kèm theo")
        case .zip: MessageTexts(en: "zip", vi: "nén tệp")
        case .commit: MessageTexts(en: "commit", vi: "ghi kết quả")
        }
    }

    /// A stage's words; a stage the catalogue does not know keeps its name.
    public static func name(of stage: String, in language: Language) -> String {
        StageMessages(rawValue: stage).map { Message($0).text(in: language) } ?? stage
    }
}

/// Why a live preview built the whole site again instead of only what an
/// edit reached.
public enum LiveBuildMessages: String, MessageCatalogue {
    case firstBuild, lastBuildFailed, changesUnknown, notAPage, pageAddedOrRemoved, noFile, unreadable, folderIntroduction, visibilityChanged
    case aliasesChanged, introductionReaches

    public static let domain = "live"

    public var texts: MessageTexts {
        switch self {
        case .firstBuild: MessageTexts(en: "first build", vi: "lần tạo đầu tiên")
        case .lastBuildFailed: MessageTexts(
            en: "the last build did not succeed", vi: "lần tạo trước không thành công")
        case .changesUnknown: MessageTexts(en: "the changes are not known", vi: "không biết những gì đã thay đổi")
        case .notAPage: MessageTexts(en: "{path} is not a page", vi: "{path} không phải là một trang")
        case .pageAddedOrRemoved: MessageTexts(
            en: "{path} is a page added or removed", vi: "{path} là trang mới thêm hoặc vừa xóa")
        case .noFile: MessageTexts(en: "{path} has no file", vi: "{path} không có tệp")
        case .unreadable: MessageTexts(
            en: "{path} cannot be read as a page", vi: "không đọc được {path} như một trang")
        case .folderIntroduction: MessageTexts(
            en: "{path} introduces its folder's index", vi: "{path} là phần giới thiệu của trang mục lục thư mục")
        case .aliasesChanged: MessageTexts(
            en: "the aliases of the registry changed", vi: "tên gọi khác của các văn bản trong danh mục văn bản đã thay đổi")
        case .introductionReaches: MessageTexts(
            en: "{path}, shown on an index, links to or cites what changed",
            vi: "{path}, hiện trên một trang mục lục, có liên kết hoặc trích dẫn tới phần đã thay đổi")
        case .visibilityChanged: MessageTexts(
            en: "the visibility of {path} changed", vi: "phạm vi lưu hành của {path} đã thay đổi")
        }
    }
}

/// The words of the live preview's overlay, shown over the site's pages
/// in the site's language.
public enum OverlayMessages: String, MessageCatalogue {
    case close, failed, warnings, summary
    case notFoundTitle, notFoundText, home

    public static let domain = "overlay"

    public var texts: MessageTexts {
        switch self {
        case .close: MessageTexts(en: "Close", vi: "Đóng")
        case .failed: MessageTexts(
            en: "The new build has errors: the last good one is shown",
            vi: "Lần tạo trang web mới có lỗi: đang hiển thị bản tạo thành công gần nhất")
        case .warnings: MessageTexts(en: "The build has warnings", vi: "Lần tạo trang web này có cảnh báo")
        case .notFoundTitle: MessageTexts(en: "Page not found", vi: "Không tìm thấy trang")
        case .notFoundText: MessageTexts(en: "The site built last has no", vi: "Trang web vừa tạo không có")
        case .home: MessageTexts(en: "Back to the home page", vi: "Về trang chủ")
        case .summary: MessageTexts(
            en: "{errors:error|errors}, {warnings:warning|warnings}",
            vi: "{errors} lỗi, {warnings} cảnh báo")
        }
    }
}
