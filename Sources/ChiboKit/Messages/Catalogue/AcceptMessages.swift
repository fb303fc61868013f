/// What chibo says about an editor's `accept:` items: how they are written
/// (`MetadataReader`), which codes they may name (`AcceptedFinding`) and
/// the ones that match no finding (`accept.unused`).
public enum AcceptMessages: String, MessageCatalogue {
    // MetadataReader
    case notAList, itemNotAMap, unknownKey, emptyField
    case needs, needsReason, twoKeys, threeKeys
    // AcceptedFinding
    case notACode, cannotBeAccepted
    case unusedOnPage, unusedOnRecord

    public static let domain = "accept"

    public var texts: MessageTexts {
        switch self {
        case .notAList: MessageTexts(
            en: "`accept` must be a list of findings, each with `code`, `match` and `reason`",
            vi: "trường `accept` phải là một danh sách các vấn đề đã chấp nhận, mỗi mục có `code`, `match` và `reason`")
        case .itemNotAMap: MessageTexts(
            en: "each item of `accept` is a map with `code`, `match` and `reason`",
            vi: "mỗi mục của trường `accept` gồm các trường `code`, `match` và `reason`")
        case .unknownKey: MessageTexts(
            en: "unknown key `{key}` in `accept` (expected code, match, reason)",
            vi: "chibo không biết trường `{key}` trong `accept` (chỉ dùng `code`, `match`, `reason`)")
        case .emptyField: MessageTexts(
            en: "`{key}` of an accepted finding is empty",
            vi: "trường `{key}` của vấn đề đã chấp nhận đang để trống")
        case .needs: MessageTexts(
            en: "an accepted finding needs {keys}",
            vi: "vấn đề đã chấp nhận cần có {keys}")
        case .needsReason: MessageTexts(
            en: "an accepted finding needs {keys}: say why the finding is right to keep",
            vi: "vấn đề đã chấp nhận cần có {keys}: hãy ghi rõ vì sao nên giữ nguyên chỗ được nêu")
        case .twoKeys: MessageTexts(
            en: "{first} and {second}",
            vi: "{first} và {second}")
        case .threeKeys: MessageTexts(
            en: "{first} and {second} and {third}",
            vi: "{first}, {second} và {third}")

        case .notACode: MessageTexts(
            en: "`{code}` is not a diagnostic code",
            vi: "`{code}` không phải là mã lỗi")
        case .cannotBeAccepted: MessageTexts(
            en: "`{code}` cannot be accepted",
            vi: "không thể chấp nhận vấn đề có mã lỗi `{code}`")
        case .unusedOnPage: MessageTexts(
            en: "`accept` of {code} for `{match}` matches no finding on this page; remove it",
            vi: "mục `accept` ghi mã lỗi {code} cho `{match}` không ứng với vấn đề được nêu nào trên trang này; hãy xóa mục đó")
        case .unusedOnRecord: MessageTexts(
            en: "`accept` of {code} for `{match}` matches no finding on this record; remove it",
            vi: "mục `accept` ghi mã lỗi {code} cho `{match}` không ứng với vấn đề được nêu nào trong hồ sơ này; hãy xóa mục đó")
        }
    }

    /// The keys an acceptance lacks, each in backticks, in the order
    /// `code`, `match`, `reason`.
    static func keys(_ keys: [String]) -> any MessageArgumentConvertible {
        let written = keys.map { "`\($0)`" }
        switch written.count {
        case 2: return Message(twoKeys, ["first": written[0], "second": written[1]])
        case 3: return Message(threeKeys, ["first": written[0], "second": written[1], "third": written[2]])
        default: return written.joined(separator: ", ")
        }
    }
}
