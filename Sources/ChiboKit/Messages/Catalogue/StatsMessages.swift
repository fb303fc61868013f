/// What chibo says about figures: stats.yml (its keys, stats and totals),
/// a record's `stats` that stats.yml does not declare, a record whose parts
/// do not add up to their whole, and a hand-written table whose total row
/// differs from the rows above it.
public enum StatsMessages: String, MessageCatalogue {
    // RecordFiles
    case undeclaredStat
    // StatsCatalogue.read
    case unknownKey
    case fileShape
    case declaredTwice
    case unknownStatInTotal
    case unknownStatInTotalNear
    // StatsCatalogue.totalProblems
    case recordTotalMismatch
    // TableTotalChecker
    case tableTotalMismatch
    case tableTotalMismatchInColumn

    public static let domain = "stats"

    public var texts: MessageTexts {
        switch self {
        case .undeclaredStat: MessageTexts(
            en: "stat `{key}` is not declared in stats.yml",
            vi: "số liệu `{key}` chưa được khai báo trong tệp stats.yml")
        case .unknownKey: MessageTexts(
            en: "unknown key `{key}` in stats.yml (expected stats, totals)",
            vi: "chibo không biết trường `{key}` trong tệp stats.yml (chỉ dùng `stats`, `totals`)")
        case .fileShape: MessageTexts(
            en: "stats.yml is a map with `stats:` and `totals:`",
            vi: "tệp stats.yml gồm hai phần `stats:` và `totals:`")
        case .declaredTwice: MessageTexts(
            en: "stat `{key}` is declared twice",
            vi: "số liệu `{key}` được khai báo hai lần")
        case .unknownStatInTotal: MessageTexts(
            en: "`{key}` is not a stat declared under `stats`",
            vi: "`{key}` không phải số liệu đã khai báo trong `stats`")
        case .unknownStatInTotalNear: MessageTexts(
            en: "`{key}` is not a stat declared under `stats` (did you mean `{near}`?)",
            vi: "`{key}` không phải số liệu đã khai báo trong `stats` (có phải là `{near}` không?)")
        case .recordTotalMismatch: MessageTexts(
            en: "`{id}`: {whole} is {value}, but its parts add up to {sum} ({terms})",
            vi: "`{id}`: {whole} là {value}, nhưng cộng các phần lại được {sum} ({terms})")
        case .tableTotalMismatch: MessageTexts(
            en: "`{label}` of “{heading}” is {written}, but the rows above add up to {expected}",
            vi: "dòng `{label}` ở cột “{heading}” ghi {written}, nhưng cộng các dòng phía trên được {expected}")
        case .tableTotalMismatchInColumn: MessageTexts(
            en: "`{label}` of “column {number}” is {written}, but the rows above add up to {expected}",
            vi: "dòng `{label}` ở cột {number} ghi {written}, nhưng cộng các dòng phía trên được {expected}")
        }
    }
}
