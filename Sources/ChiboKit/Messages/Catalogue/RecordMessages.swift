/// What chibo says about the organisation records (`orgs/`, YAML or CSV)
/// and types.yml as it reads and assembles them: ids, parents, levels,
/// types, cycles of parents, names that differ only in diacritics, and the
/// shape of the data files' lists (types.yml, stats.yml, rules.yml).
public enum RecordMessages: String, MessageCatalogue {
    // Organisations.assemble
    case duplicateID
    case unknownParent
    case parentNotAbove
    case parentIsCell
    case cellWithoutType
    case undeclaredType
    case parentCycle
    // NameVariants
    case nameVariant
    case nameVariantOfOther
    // YAMLRecordReader
    case recordsFileShape
    case recordNotMap
    case groupNotMap
    case acceptNotList
    case acceptItemNotMap
    case acceptUnknownKey
    case acceptIncomplete
    // CSVRecordReader
    case unnamedColumn
    case unknownColumn
    case rowTooLong
    case csvUnreadable
    case csvQuoteInCell
    case csvTooManyRefusedRows
    // RecordReader
    case notSingleValue
    case statsColumnWithoutKey
    case notWholeNumber
    case ratingYear
    case ratingValue
    case unknownRecordKey
    case recordMissingKeys
    case unknownLevel
    case idNotSlug
    case internetValue
    case computerValue
    case visibilityValue
    // YAMLListReader and types.yml
    case notAList
    case listItemNotMap
    case listUnknownKey
    case listItemMissingKeys
    case keysJoinedByAnd
    case listItemNotSingleValue
    case mustBeList
    case typeIDNotSlug
    case typeDeclaredTwice
    // What a value written in a data file is, when it is not what its key takes.
    case shapeListOfMapsOrLists

    public static let domain = "records"

    public var texts: MessageTexts {
        switch self {
        case .duplicateID: MessageTexts(
            en: "`{id}` is already the id of {name} ({file}:{line})",
            vi: "mã `{id}` trùng với mã của {name} ({file}, dòng {line})")
        case .unknownParent: MessageTexts(
            en: "`{id}` names parent `{parent}`, which is no record's id",
            vi: "`{id}` ghi tổ chức cấp trên là `{parent}`, nhưng không hồ sơ tổ chức nào có mã này")
        case .parentNotAbove: MessageTexts(
            en: "`{id}` ({level}) cannot belong to `{parent}`, which is not above it ({parentLevel})",
            vi: "`{id}` ({level}) không thể trực thuộc `{parent}`, vì `{parent}` không ở cấp cao hơn ({parentLevel})")
        case .parentIsCell: MessageTexts(
            en: "`{id}` ({level}) cannot belong to `{parent}`, which is a cell ({parentLevel}) and has no member organisations",
            vi: "`{id}` ({level}) không thể trực thuộc `{parent}`, vì `{parent}` là chi bộ ({parentLevel}), không có tổ chức trực thuộc")
        case .cellWithoutType: MessageTexts(
            en: "`{id}` is a cell ({level}) without a `type`: its packs come from its type",
            vi: "`{id}` là chi bộ ({level}) nhưng chưa ghi `type`: tài liệu sinh hoạt của chi bộ lấy theo loại hình chi bộ")
        case .undeclaredType: MessageTexts(
            en: "`{id}` has type `{type}`, which types.yml does not declare",
            vi: "`{id}` ghi loại hình chi bộ `{type}`, nhưng tệp types.yml không có loại hình này")
        case .parentCycle: MessageTexts(
            en: "the parents go round in a circle: {cycle}",
            vi: "tổ chức cấp trên được ghi thành một vòng khép kín: {cycle}")
        case .nameVariant: MessageTexts(
            en: "`{spelling}` (`{id}`) differs only in diacritics from `{first}`: one of them is likely misspelt",
            vi: "`{spelling}` (`{id}`) chỉ khác `{first}` ở dấu: có thể một trong hai tên bị viết sai")
        case .nameVariantOfOther: MessageTexts(
            en: "`{spelling}` (`{id}`) differs only in diacritics from `{first}` of `{otherID}` ({file}:{line}): "
                + "one of them is likely misspelt",
            vi: "`{spelling}` (`{id}`) chỉ khác `{first}` của `{otherID}` ({file}, dòng {line}) ở dấu: "
                + "có thể một trong hai tên bị viết sai")
        case .recordsFileShape: MessageTexts(
            en: "a records file holds a record (a map of keys) or a list of records",
            vi: "tệp hồ sơ tổ chức ghi một hồ sơ (các dòng `tên: giá trị`) hoặc một danh sách hồ sơ")
        case .recordNotMap: MessageTexts(
            en: "each record is a map of keys (`id:`, `name:`, …), not {shape}",
            vi: "mỗi hồ sơ gồm các dòng `tên: giá trị` (`id:`, `name:`, …), không phải {shape}")
        case .groupNotMap: MessageTexts(
            en: "`{key}` is a map (`KEY: number`), not {shape}",
            vi: "`{key}` gồm các dòng `TÊN: số`, không phải {shape}")
        case .acceptNotList: MessageTexts(
            en: "`accept` is a list of findings, each with `code` and `reason`",
            vi: "trường `accept` phải là một danh sách các vấn đề đã chấp nhận, mỗi mục có `code` và `reason`")
        case .acceptItemNotMap: MessageTexts(
            en: "each item of `accept` is a map with `code` and `reason`",
            vi: "mỗi mục của trường `accept` gồm các trường `code` và `reason`")
        case .acceptUnknownKey: MessageTexts(
            en: "unknown key `{key}` in a record's `accept` (expected code, reason)",
            vi: "chibo không biết trường `{key}` trong `accept` của hồ sơ tổ chức (chỉ dùng `code`, `reason`)")
        case .acceptIncomplete: MessageTexts(
            en: "an accepted finding needs `code` and `reason`: say why the finding is right to keep",
            vi: "vấn đề đã chấp nhận cần có `code` và `reason`: hãy ghi rõ vì sao nên giữ nguyên chỗ được nêu")
        case .unnamedColumn: MessageTexts(
            en: "column {number} of the header row has no name",
            vi: "cột {number} của dòng tiêu đề chưa có tên")
        case .unknownColumn: MessageTexts(
            en: "unknown column `{key}` in an organisation records file",
            vi: "chibo không biết cột `{key}` trong tệp hồ sơ tổ chức")
        case .rowTooLong: MessageTexts(
            en: "this row has {cells} cells but the header names {columns} columns",
            vi: "dòng này có {cells} ô nhưng dòng tiêu đề chỉ có {columns} cột")
        case .csvUnreadable: MessageTexts(
            en: "chibo cannot read this CSV file: {reason}",
            vi: "chibo không đọc được tệp CSV này: {reason}")
        case .csvQuoteInCell: MessageTexts(
            en: "chibo cannot read this row: the quote just before this point ends the cell, yet more text follows; "
                + "put the whole cell in quotes and double each quote inside it (`\"Chi bộ \"\"Hòa Bình\"\"\"`), or write “ ” instead."
                + " The row is left out; the other rows are read",
            vi: "chibo không đọc được dòng này: dấu ngoặc kép ngay trước chỗ này đã đóng ô, nhưng sau đó vẫn còn chữ; "
                + "hãy đặt cả ô trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (`\"Chi bộ \"\"Hòa Bình\"\"\"`), "
                + "hoặc dùng ngoặc kép “ ”. Dòng này bị bỏ qua; các dòng khác vẫn được đọc")
        case .csvTooManyRefusedRows: MessageTexts(
            en: "more than {count} rows of this file cannot be read; chibo reads none of it",
            vi: "hơn {count} dòng của tệp này không đọc được; chibo bỏ qua cả tệp")
        case .notSingleValue: MessageTexts(
            en: "`{key}` must be a single value, not {shape}",
            vi: "`{key}` chỉ được có một giá trị, không phải {shape}")
        case .statsColumnWithoutKey: MessageTexts(
            en: "a `stats.` column needs a key after the dot",
            vi: "cột `stats.` cần có tên số liệu sau dấu chấm")
        case .notWholeNumber: MessageTexts(
            en: "`{key}` must be a whole number, not `{text}`",
            vi: "`{key}` phải là số nguyên, không phải `{text}`")
        case .ratingYear: MessageTexts(
            en: "a rating's year is written YYYY, not `{year}`",
            vi: "năm xếp loại viết đủ bốn chữ số (YYYY), không phải `{year}`")
        case .ratingValue: MessageTexts(
            en: "a rating is {ratings}, not `{text}`",
            vi: "xếp loại là một trong các giá trị {ratings}, không phải `{text}`")
        case .unknownRecordKey: MessageTexts(
            en: "unknown key `{key}` in an organisation record",
            vi: "chibo không biết trường `{key}` trong hồ sơ tổ chức")
        case .recordMissingKeys: MessageTexts(
            en: "an organisation record needs {keys}",
            vi: "hồ sơ tổ chức cần có {keys}")
        case .unknownLevel: MessageTexts(
            en: "`level` is one of {levels}, not `{text}`",
            vi: "`level` là một trong các giá trị {levels}, không phải `{text}`")
        case .idNotSlug: MessageTexts(
            en: "`id` names the page `orgs/<id>.html`: write it as a slug, `{slug}`",
            vi: "`id` dùng để đặt tên trang `orgs/<id>.html`: hãy viết thành mã không dấu `{slug}`")
        case .internetValue: MessageTexts(
            en: "`internet` is stable, unstable or none, not `{text}`",
            vi: "`internet` là `stable` (ổn định), `unstable` (không ổn định) hoặc `none` (chưa có), không phải `{text}`")
        case .computerValue: MessageTexts(
            en: "`computer` is true or false, not `{text}`",
            vi: "`computer` là `true` (có) hoặc `false` (không), không phải `{text}`")
        case .visibilityValue: MessageTexts(
            en: "`visibility` is `public` or `internal`, not `{text}`",
            vi: "`visibility` chỉ nhận `public` hoặc `internal`, không nhận `{text}`")
        case .notAList: MessageTexts(
            en: "{what} is a list (`- key: value` items), not {shape}",
            vi: "{what} là một danh sách (mỗi mục bắt đầu bằng `- tên: giá trị`), không phải {shape}")
        case .listItemNotMap: MessageTexts(
            en: "each item of {what} is a map of keys, not {shape}",
            vi: "mỗi mục của {what} gồm các dòng `tên: giá trị`, không phải {shape}")
        case .listUnknownKey: MessageTexts(
            en: "unknown key `{key}` in {what}",
            vi: "chibo không biết trường `{key}` trong {what}")
        case .listItemMissingKeys: MessageTexts(
            en: "each item of {what} needs {keys}",
            vi: "mỗi mục của {what} cần có {keys}")
        case .keysJoinedByAnd: MessageTexts(
            en: "{first} and {second}",
            vi: "{first} và {second}")
        case .listItemNotSingleValue: MessageTexts(
            en: "each item of `{key}` must be a single value",
            vi: "mỗi mục của `{key}` chỉ được có một giá trị")
        case .mustBeList: MessageTexts(
            en: "`{key}` must be a list, not {shape}",
            vi: "`{key}` phải là một danh sách, không phải {shape}")
        case .typeIDNotSlug: MessageTexts(
            en: "a type's `id` names its pages and pack files: write it as a slug, `{slug}`",
            vi: "`id` của loại hình chi bộ dùng để đặt tên các trang và tệp tài liệu sinh hoạt của loại hình đó: "
                + "hãy viết thành mã không dấu `{slug}`")
        case .typeDeclaredTwice: MessageTexts(
            en: "type `{id}` is already declared at line {line}",
            vi: "loại hình chi bộ `{id}` đã được khai báo ở dòng {line}")
        case .shapeListOfMapsOrLists: MessageTexts(
            en: "a list of maps or lists",
            vi: "một danh sách có mục là nhóm dòng `tên: giá trị` hoặc danh sách con")
        }
    }

    /// `` `id` and `name` ``: keys a message names together, each joined to
    /// the next by "and" in the language shown.
    static func joinedByAnd(_ keys: [String]) -> any MessageArgumentConvertible {
        guard var joined: any MessageArgumentConvertible = keys.first else { return "" }
        for key in keys.dropFirst() {
            joined = Message(keysJoinedByAnd, ["first": joined, "second": key])
        }
        return joined
    }
}
