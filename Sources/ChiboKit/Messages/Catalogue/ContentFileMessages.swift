/// What chibo says about the content folder's files as files: reading them
/// (`build.unreadable`), their bytes and line ends (`text.encoding` from
/// `SourceFile.decode`), hidden pages (`build.skipped`), symbolic links,
/// Markdown nested too deep, and two files written to one place
/// (`build.collision`).
public enum ContentFileMessages: String, MessageCatalogue {
    // SourceFile.decode
    case binaryFile, saveAsTextOrRename
    case legacyCodePage, notUTF8, saveAsUTF8, convertToUnicode
    case loneCarriageReturn, saveWithLineEnds
    case notNFC, resaveAsNFC
    // ContentLoader, Page
    case cannotReadFile, nestedTooDeep, changedDuringBuild
    // ContentWalker
    case cannotReadFolder, hiddenPage, renameWithoutDot
    case symlinkToNothing, symlinkOutside, symlinkLoop
    // SiteBuilder
    case collidesWithGenerated, collidesWithFile

    public static let domain = "content"

    public var texts: MessageTexts {
        switch self {
        case .binaryFile: MessageTexts(
            en: "this is a binary file, not text (it holds NUL bytes); it is left out of the site",
            vi: "tệp này không phải tệp chữ (có chứa byte NUL), có thể là ảnh hoặc tệp Word; tệp không được đưa vào trang web")
        case .saveAsTextOrRename: MessageTexts(
            en: "save the document as Markdown text, or give the file its real extension",
            vi: "lưu tài liệu thành tệp chữ Markdown, hoặc đặt lại đúng phần đuôi của tên tệp (như `.docx`, `.pdf`)")
        case .legacyCodePage: MessageTexts(
            en: "the file is not UTF-8: it looks like {encoding} text saved in an 8-bit code page; undecodable bytes are shown as U+FFFD",
            vi: "tệp không lưu ở bảng mã UTF-8: có vẻ là chữ gõ bằng bảng mã cũ {encoding}; "
                + "những chỗ không đọc được sẽ hiện thành ký tự U+FFFD (�)")
        case .notUTF8: MessageTexts(
            en: "the file is not valid UTF-8; undecodable bytes are shown as U+FFFD",
            vi: "tệp không lưu đúng bảng mã UTF-8; những chỗ không đọc được sẽ hiện thành ký tự U+FFFD (�)")
        case .saveAsUTF8: MessageTexts(
            en: "save the file as UTF-8 (Unicode) in the editor",
            vi: "trong trình soạn thảo, lưu lại tệp với bảng mã UTF-8 (Unicode)")
        case .convertToUnicode: MessageTexts(
            en: "convert it to Unicode (UTF-8), for example with UniKey's converter",
            vi: "chuyển tệp sang Unicode (UTF-8), ví dụ bằng công cụ chuyển mã của UniKey")
        case .loneCarriageReturn: MessageTexts(
            en: "lines end with a lone CR (old Mac OS); chibo reads them as line ends",
            vi: "các dòng kết thúc bằng ký tự CR đứng một mình (kiểu máy Mac đời cũ); chibo vẫn đọc đó là chỗ xuống dòng")
        case .saveWithLineEnds: MessageTexts(
            en: "save the file with LF or CRLF line ends",
            vi: "lưu lại tệp với kiểu xuống dòng LF hoặc CRLF")
        case .notNFC: MessageTexts(
            en: "text is not in Unicode NFC (decomposed diacritics); chibo reads it as NFC",
            vi: "chữ không ở dạng Unicode dựng sẵn (dấu được gõ tách khỏi chữ, kiểu Unicode tổ hợp); "
                + "chibo vẫn đọc như Unicode dựng sẵn")
        case .resaveAsNFC: MessageTexts(
            en: "re-save the text with precomposed Vietnamese letters (NFC)",
            vi: "lưu lại chữ ở dạng Unicode dựng sẵn")

        case .cannotReadFile: MessageTexts(
            en: "cannot read this file",
            vi: "không đọc được tệp này")
        case .nestedTooDeep: MessageTexts(
            en: "lists or block quotes nested more than {depth} levels deep; the deeper levels are shown flat",
            vi: "danh sách hoặc đoạn trích lồng nhau quá {depth} tầng; các tầng sâu hơn hiện ngang hàng nhau, không thụt vào thêm")
        case .changedDuringBuild: MessageTexts(
            en: "the file changed or went away while the site was being built; build again",
            vi: "tệp đã bị sửa hoặc bị xóa trong lúc đang tạo trang web; hãy tạo trang web lại")

        case .cannotReadFolder: MessageTexts(
            en: "cannot read this folder",
            vi: "không đọc được thư mục này")
        case .hiddenPage: MessageTexts(
            en: "a name that starts with a dot is hidden: this page is not part of the site",
            vi: "tên bắt đầu bằng dấu chấm là tệp ẩn: trang này không được đưa vào trang web")
        case .renameWithoutDot: MessageTexts(
            en: "rename it without the leading dot to publish it",
            vi: "đổi tên tệp, bỏ dấu chấm ở đầu, để đưa trang này lên trang web")
        case .symlinkToNothing: MessageTexts(
            en: "symbolic link to nothing (a broken link or a loop); skipped",
            vi: "lối tắt (symlink) không dẫn tới tệp hay thư mục nào (lối tắt hỏng hoặc vòng lặp); đã bỏ qua")
        case .symlinkOutside: MessageTexts(
            en: "symbolic link points outside the content folder; refused",
            vi: "lối tắt (symlink) trỏ ra ngoài thư mục nội dung; chibo không đọc")
        case .symlinkLoop: MessageTexts(
            en: "symbolic link leads back to a folder above it (a loop); skipped",
            vi: "lối tắt (symlink) dẫn ngược về một thư mục chứa nó (vòng lặp); đã bỏ qua")

        case .collidesWithGenerated: MessageTexts(
            en: "would be written to `{output}`, a page chibo generates; rename the file",
            vi: "sẽ được ghi ra `{output}`, trùng với một trang chibo tự tạo; hãy đổi tên tệp")
        case .collidesWithFile: MessageTexts(
            en: "would be written to `{output}`, which `{other}` also writes (names that differ only in case collide on USB sticks)",
            vi: "sẽ được ghi ra `{output}`, là nơi tệp `{other}` cũng được ghi ra (trên USB, hai tên chỉ khác nhau ở chữ hoa, chữ thường bị coi là một)")
        }
    }
}
