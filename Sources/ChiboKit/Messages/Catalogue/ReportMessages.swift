/// The words of a report around the findings: severities, the labels of
/// the lines under a finding, the summary.
public enum ReportMessages: String, MessageCatalogue {
    case error, warning, note
    case help, accepted, see
    case summary, summaryFoldedNotes
    case fixOne, fixMany
    case moreInFile

    public static let domain = "report"

    public var texts: MessageTexts {
        switch self {
        case .error: MessageTexts(en: "error", vi: "lỗi")
        case .warning: MessageTexts(en: "warning", vi: "cảnh báo")
        case .note: MessageTexts(en: "note", vi: "đã chấp nhận")
        case .help: MessageTexts(en: "help", vi: "gợi ý")
        case .accepted: MessageTexts(en: "accepted", vi: "lý do chấp nhận")
        case .see: MessageTexts(en: "see", vi: "xem")
        case .summary: MessageTexts(
            en: "{files:file|files} checked: {errors:error|errors}, {warnings:warning|warnings}, {notes:note|notes}",
            vi: "Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo, {notes} vấn đề đã chấp nhận")
        case .summaryFoldedNotes: MessageTexts(
            en: "{files:file|files} checked: {errors:error|errors}, {warnings:warning|warnings}, "
                + "{notes:accepted finding|accepted findings} (--notes lists them)",
            vi: "Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo, {notes} vấn đề đã chấp nhận "
                + "(thêm --notes để xem)")
        case .fixOne: MessageTexts(
            en: "1 problem has one right fix: `{command}` writes it (add --dry-run to see the changes first)",
            vi: "1 vấn đề chỉ có một cách sửa đúng: lệnh `{command}` sẽ tự sửa (thêm --dry-run để xem trước các thay đổi)")
        case .fixMany: MessageTexts(
            en: "{count} problems have one right fix: `{command}` writes them (add --dry-run to see the changes first)",
            vi: "{count} vấn đề chỉ có một cách sửa đúng: lệnh `{command}` sẽ tự sửa (thêm --dry-run để xem trước các thay đổi)")
        case .moreInFile: MessageTexts(
            en: "{count} more like this in this file, the first of them here; --all prints every one",
            vi: "còn {count} vấn đề cùng loại trong tệp này (vấn đề đầu tiên trong số đó ở chỗ này); thêm --all để xem tất cả")
        }
    }

    static func severity(_ severity: Severity) -> ReportMessages {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }
}
