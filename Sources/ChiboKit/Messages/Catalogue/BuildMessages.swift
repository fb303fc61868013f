/// Why `build`, `check`, `serve` and `theme export` cannot run at all
/// (`EnvironmentError`, `OutputError`: the folders, the disk), and what
/// `check --fix` reports of the files it edits.
public enum BuildMessages: String, MessageCatalogue {
    // OutputFolder
    case rootFolder, homeFolder, contentFolder, themeFolder, workingFolder
    case outputIsProtectedFolder, outputHoldsProtectedFolder
    case outputInsideContent
    case outputIsFile
    case outputNotBuiltByChibo
    // SitePipeline
    case cannotCreateStagingFolder
    case cannotWriteSite
    case cannotPutSiteInPlace
    case cannotWriteZip
    case siteFolderMissing
    case contentFolderMissing, contentFolderUnreadable
    // SiteRenderer, StagedOutput, LiveBuild
    case pageNotWritten
    case outputPathLeavesFolder
    case cannotCreateOutputFile, cannotWriteOutputFile, cannotReplaceOutputFile
    // BuiltInTheme
    case themeFileExists, themeFilesExist
    case cannotWriteThemeFile
    // ContentFixer
    case cannotCopyContent
    case notInContentFolder, cannotBeRead, notUTF8, loneCarriageReturns, cannotBeWritten
    case cannotCreateFileIn
    case fixed, wouldFix

    public static let domain = "build"

    public var texts: MessageTexts {
        switch self {
        case .rootFolder: MessageTexts(en: "the root folder", vi: "thư mục gốc")
        case .homeFolder: MessageTexts(en: "the home folder", vi: "thư mục riêng của người dùng")
        case .contentFolder: MessageTexts(en: "the content folder", vi: "thư mục nội dung")
        case .themeFolder: MessageTexts(en: "the theme folder", vi: "thư mục giao diện")
        case .workingFolder: MessageTexts(en: "the working folder", vi: "thư mục đang làm việc")
        case .outputIsProtectedFolder: MessageTexts(
            en: "refusing to use `{output}` as the output folder: it is {what}, which a build would replace",
            vi: "không dùng `{output}` làm thư mục kết quả: đó là {what}, và mỗi lần tạo trang web, "
                + "thư mục kết quả bị thay toàn bộ")
        case .outputHoldsProtectedFolder: MessageTexts(
            en: "refusing to use `{output}` as the output folder: it holds {what} `{folder}`, which a build would replace",
            vi: "không dùng `{output}` làm thư mục kết quả: thư mục này chứa {what} `{folder}`, và mỗi lần tạo trang web, "
                + "thư mục kết quả bị thay toàn bộ")
        case .outputInsideContent: MessageTexts(
            en: "refusing to write the site inside the content folder `{content}`",
            vi: "không ghi trang web vào bên trong thư mục nội dung `{content}`")
        case .outputIsFile: MessageTexts(
            en: "refusing to use `{output}` as the output folder: it is a file",
            vi: "không dùng `{output}` làm thư mục kết quả: đó là một tệp")
        case .outputNotBuiltByChibo: MessageTexts(
            en: "refusing to replace `{output}`: it holds {count} entries but no `{marker}`, "
                + "so it does not look like a site chibo built, and a build replaces its output folder whole. "
                + "Choose another --output, or add --force if everything in it may go",
            vi: "không thay thế `{output}`: thư mục này chứa {count} tệp hoặc thư mục con nhưng không có tệp đánh dấu `{marker}`, "
                + "nên không giống trang web do chibo tạo, và mỗi lần tạo trang web, thư mục kết quả bị thay toàn bộ. "
                + "Hãy chọn thư mục khác bằng --output, hoặc thêm --force nếu có thể xóa mọi thứ trong đó")
        case .cannotCreateStagingFolder: MessageTexts(
            en: "cannot create a staging folder beside {output}: {reason}",
            vi: "không tạo được thư mục tạm bên cạnh {output}: {reason}")
        case .cannotWriteSite: MessageTexts(
            en: "cannot write the site: {reason}",
            vi: "không ghi được trang web: {reason}")
        case .cannotPutSiteInPlace: MessageTexts(
            en: "cannot put the new site in place at {output}: {reason}",
            vi: "không chuyển được trang web mới vào {output}: {reason}")
        case .cannotWriteZip: MessageTexts(
            en: "the site was built into {output}, but the zip {zip} could not be written: {reason}",
            vi: "trang web đã được tạo trong {output}, nhưng không ghi được tệp nén {zip}: {reason}")
        case .siteFolderMissing: MessageTexts(
            en: "site folder `{folder}` does not exist (build it first with `chibo build`)",
            vi: "không có thư mục trang web `{folder}` (hãy tạo trang web trước bằng lệnh `chibo build`)")
        case .contentFolderMissing: MessageTexts(
            en: "content folder `{folder}` does not exist (use --content DIR)",
            vi: "không có thư mục nội dung `{folder}` (hãy chỉ rõ thư mục nội dung bằng --content THƯ-MỤC)")
        case .contentFolderUnreadable: MessageTexts(
            en: "content folder `{folder}` cannot be read",
            vi: "không đọc được thư mục nội dung `{folder}`")
        case .pageNotWritten: MessageTexts(
            en: "{path}: {reason}",
            vi: "không ghi được {path}: {reason}")
        case .outputPathLeavesFolder: MessageTexts(
            en: "refusing to write `{path}`: it would leave the output folder",
            vi: "không ghi `{path}`: tệp này sẽ nằm ngoài thư mục kết quả")
        case .cannotCreateOutputFile: MessageTexts(
            en: "cannot create {file}: {reason}",
            vi: "không tạo được tệp {file}: {reason}")
        case .cannotWriteOutputFile: MessageTexts(
            en: "cannot write {file}: {reason}",
            vi: "không ghi được tệp {file}: {reason}")
        case .cannotReplaceOutputFile: MessageTexts(
            en: "cannot replace {file}: {reason}",
            vi: "không thay được tệp {file}: {reason}")
        case .themeFileExists: MessageTexts(
            en: "{folder} already holds a file of the theme ({files}): nothing was written. "
                + "Export into an empty folder, or move those files away first",
            vi: "{folder} đã có một tệp của giao diện ({files}): chưa ghi gì. "
                + "Hãy xuất giao diện vào một thư mục trống, hoặc chuyển tệp đó đi nơi khác trước")
        case .themeFilesExist: MessageTexts(
            en: "{folder} already holds files of the theme ({files}): nothing was written. "
                + "Export into an empty folder, or move those files away first",
            vi: "{folder} đã có các tệp của giao diện ({files}): chưa ghi gì. "
                + "Hãy xuất giao diện vào một thư mục trống, hoặc chuyển các tệp đó đi nơi khác trước")
        case .cannotWriteThemeFile: MessageTexts(
            en: "could not write {file}: check that the folder can be written to",
            vi: "không ghi được {file}: hãy kiểm tra xem có quyền ghi vào thư mục đó không")
        case .cannotCopyContent: MessageTexts(
            en: "cannot copy {content} to try the fixes on: {reason}",
            vi: "không sao chép được {content} để thử sửa trên bản sao: {reason}")
        case .notInContentFolder: MessageTexts(
            en: "it is not in the content folder",
            vi: "tệp không nằm trong thư mục nội dung")
        case .cannotBeRead: MessageTexts(
            en: "it cannot be read",
            vi: "không đọc được tệp")
        case .notUTF8: MessageTexts(
            en: "it is not UTF-8 text: re-save it as UTF-8 first, then run --fix again",
            vi: "tệp không phải văn bản UTF-8: hãy lưu lại tệp với bảng mã UTF-8, rồi chạy lại --fix")
        case .loneCarriageReturns: MessageTexts(
            en: "its lines end with a lone CR: re-save it with LF or CRLF line ends, then run --fix again",
            vi: "các dòng của tệp kết thúc bằng một ký tự CR đơn lẻ: hãy lưu lại tệp với kiểu xuống dòng LF hoặc CRLF, "
                + "rồi chạy lại --fix")
        case .cannotBeWritten: MessageTexts(
            en: "it cannot be written ({reason}); nothing in it was changed",
            vi: "không ghi được tệp ({reason}); tệp vẫn giữ nguyên như cũ")
        case .cannotCreateFileIn: MessageTexts(
            en: "cannot create a file in {folder}",
            vi: "không tạo được tệp trong thư mục {folder}")
        case .fixed: MessageTexts(
            en: "{file}:{line}:{column}: fixed [{code}]: {old} → {new}",
            vi: "{file}:{line}:{column}: đã sửa [{code}]: {old} → {new}")
        case .wouldFix: MessageTexts(
            en: "{file}:{line}:{column}: would fix [{code}]: {old} → {new}",
            vi: "{file}:{line}:{column}: sẽ sửa [{code}]: {old} → {new}")
        }
    }
}
