/// What chibo says as it builds the registry of directives from the pages'
/// front matter: symbols it cannot read, a kind that disagrees with the
/// symbol, duplicates, and `replaces`, `implements` and `amends` that name
/// no entry, an internal one, a later one, or go round in a cycle.
public enum RegistryMessages: String, MessageCatalogue {
    case notASymbol
    case kindDisagrees
    case kindDisagreesNamingKind
    case duplicate
    case duplicateOfDate
    case notAReference
    case replacesLater
    case ambiguousReference
    case writeOneOfTheDates
    case referenceToInternal
    case unknownReference
    case registryHasDates
    case replacesCycle

    public static let domain = "registry"

    public var texts: MessageTexts {
        switch self {
        case .notASymbol: MessageTexts(
            en: "`{written}` is not a directive symbol (expected NUMBER-CODE/ISSUER such as 50-CT/TW, or 114/2003/NĐ-CP)",
            vi: "`{written}` không phải số ký hiệu văn bản (cần viết dạng SỐ-LOẠI/CƠ QUAN như 50-CT/TW, hoặc 114/2003/NĐ-CP)")
        case .kindDisagrees: MessageTexts(
            en: "`kind: {kind}` disagrees with the code {code} of {symbol}",
            vi: "`kind: {kind}` không khớp với chữ viết tắt {code} trong số ký hiệu {symbol}")
        case .kindDisagreesNamingKind: MessageTexts(
            en: "`kind: {kind}` disagrees with the code {code} of {symbol} (a {word})",
            vi: "`kind: {kind}` không khớp với chữ viết tắt {code} trong số ký hiệu {symbol} ({code} là {word})")
        case .duplicate: MessageTexts(
            en: "{symbol} is already registered in {file}",
            vi: "{symbol} đã có trong danh mục văn bản, ở tệp {file}")
        case .duplicateOfDate: MessageTexts(
            en: "{symbol} of {date} is already registered in {file}",
            vi: "{symbol} ngày {date} đã có trong danh mục văn bản, ở tệp {file}")
        case .notAReference: MessageTexts(
            en: "`{written}` is not a reference (expected SYMBOL or SYMBOL@YYYY-MM-DD)",
            vi: "`{written}` không đúng cách ghi tham chiếu tới văn bản (cần ghi SỐ KÝ HIỆU hoặc SỐ KÝ HIỆU@YYYY-MM-DD)")
        case .replacesLater: MessageTexts(
            en: "this page ({own}) replaces {reference} issued later, on {old}",
            vi: "trang này (ngày {own}) thay thế {reference}, nhưng văn bản đó ban hành sau, ngày {old}")
        case .ambiguousReference: MessageTexts(
            en: "`{reference}` matches several registry entries; add the date",
            vi: "`{reference}` khớp với nhiều văn bản trong danh mục văn bản; hãy ghi thêm ngày ban hành")
        case .writeOneOfTheDates: MessageTexts(
            en: "write {symbol}@DATE with one of {dates}",
            vi: "ghi {symbol}@NGÀY, với NGÀY là một trong các ngày {dates}")
        case .referenceToInternal: MessageTexts(
            en: "`{key}` names {symbol}, which is internal (lưu hành nội bộ) and left out of the public edition",
            vi: "trường `{key}` nêu {symbol}, là văn bản lưu hành nội bộ nên không có trong bản công khai")
        case .unknownReference: MessageTexts(
            en: "`{reference}` is not in the registry",
            vi: "`{reference}` không có trong danh mục văn bản")
        case .registryHasDates: MessageTexts(
            en: "the registry has {symbol} of {dates}",
            vi: "danh mục văn bản có {symbol} ngày {dates}")
        case .replacesCycle: MessageTexts(
            en: "`replaces` forms a cycle: {cycle}",
            vi: "trường `replaces` tạo thành một vòng khép kín: {cycle}")
        }
    }
}
