/// What the readers of front matter and of `key: value` data files say
/// (`frontmatter.*`): the unclosed `---`, the YAML reader's refusals and
/// the mistakes `YAMLMistake` recognises, site.yml's keys and each page's
/// keys, values and dates.
///
/// The Vietnamese never says "YAML": an editor knows front matter as
/// "phần thông tin đầu tệp" and its lines as `tên: giá trị`.
public enum FrontMatterMessages: String, MessageCatalogue {
    // ContentLoader: an opening `---` never closed.
    case unclosedWithoutBody, unclosedWithBody, unclosedWithoutKeys
    case lineSpanOne, lineSpanMany
    case addClosingFence, addKeysOrRemoveFence
    // SiteConfig
    case switchValue, unknownSiteKey, siteValueNotSingle
    // YAMLValue's shapes, as a value of the messages below.
    case shapeSingleValue, shapeList, shapeMap
    // YAMLReader
    case tooManyValues, unreadable, cannotReadWithContext, cannotRead, writeKeyValue
    case keysWrittenTwiceInMap, keepOneLine
    // YAMLReader+Recovery
    case lineNotKeyValue, keyWrittenTwice, deleteUnwantedLine
    // YAMLMistake
    case tabIndentation, replaceTab
    case missingSpaceAfterColon, writeLine
    case unclosedQuote, doubleQuote, singleQuote, endWithSameQuote
    case quotesInsideQuotes, writeInnerQuotes
    case colonInPlainValue, putInDoubleQuotes
    case listItemUnderValue, writeListBelowKey
    // MetadataReader
    case notAMap, unknownPageKey
    case kindDirective, kindGuidance, kindPack, kindPage
    case packKind, dateNotInCalendar, dateShape, monthShape, visibilityValue
    case directiveNeedsSymbol, pageNeedsTitle
    case emptyValue, notSingleValue, listItemNotSingleValue, notAList
    case signerNotAMap, unknownSignerKey, signerNeedsRole

    public static let domain = "frontmatter"

    public var texts: MessageTexts {
        switch self {
        case .unclosedWithoutBody: MessageTexts(
            en: "the front matter opened with `---` at line 1 is never closed; chibo read {lines} as front matter, and the file has no body",
            vi: "phần thông tin đầu tệp mở bằng `---` ở dòng 1 nhưng không có dòng `---` đóng lại; "
                + "chibo đã đọc {lines} là phần thông tin đầu tệp, và tệp không có phần nội dung")
        case .unclosedWithBody: MessageTexts(
            en: "the front matter opened with `---` at line 1 is never closed; "
                + "chibo read {lines} as front matter and the rest, from line {bodyLine}, as the body",
            vi: "phần thông tin đầu tệp mở bằng `---` ở dòng 1 nhưng không có dòng `---` đóng lại; "
                + "chibo đã đọc {lines} là phần thông tin đầu tệp, và phần còn lại, từ dòng {bodyLine}, là nội dung trang")
        case .unclosedWithoutKeys: MessageTexts(
            en: "the front matter opened with `---` at line 1 is never closed; "
                + "no `key: value` line follows it, so chibo read the rest, from line {bodyLine}, as the body",
            vi: "phần thông tin đầu tệp mở bằng `---` ở dòng 1 nhưng không có dòng `---` đóng lại; "
                + "tiếp sau đó không có dòng `tên: giá trị` nào, nên chibo đã đọc phần còn lại, từ dòng {bodyLine}, là nội dung trang")
        case .lineSpanOne: MessageTexts(en: "line {line}", vi: "dòng {line}")
        case .lineSpanMany: MessageTexts(en: "lines {first}–{last}", vi: "các dòng {first}–{last}")
        case .addClosingFence: MessageTexts(
            en: "add a line `---` after line {line}, where the front matter ends",
            vi: "thêm một dòng `---` sau dòng {line}, là chỗ phần thông tin đầu tệp kết thúc")
        case .addKeysOrRemoveFence: MessageTexts(
            en: "add the front matter's `key: value` lines and a closing `---` after line 1, or remove the `---`",
            vi: "sau dòng 1, viết các dòng `tên: giá trị` của phần thông tin đầu tệp và một dòng `---` để đóng lại; "
                + "hoặc xóa dòng `---`")

        case .switchValue: MessageTexts(
            en: "`{key}` is `true` or `false`",
            vi: "trường `{key}` chỉ nhận `true` hoặc `false`")
        case .unknownSiteKey: MessageTexts(
            en: "unknown key `{key}` in site.yml",
            vi: "chibo không biết trường `{key}` trong tệp site.yml")
        case .siteValueNotSingle: MessageTexts(
            en: "`{key}` must be a single value",
            vi: "trường `{key}` chỉ được có một giá trị")

        case .shapeSingleValue: MessageTexts(en: "a single value", vi: "một giá trị đơn")
        case .shapeList: MessageTexts(en: "a list", vi: "một danh sách")
        case .shapeMap: MessageTexts(en: "a map of keys", vi: "một nhóm dòng `tên: giá trị`")

        case .tooManyValues: MessageTexts(
            en: "this YAML expands to more than {limit} values (aliases that repeat aliases?); chibo refuses to read it",
            vi: "phần này khi đọc ra thành hơn {limit} giá trị (các tham chiếu `*` lặp lại nhau?); chibo không đọc phần này")
        case .unreadable: MessageTexts(
            en: "unreadable YAML: {problem}",
            vi: "không đọc được các dòng `tên: giá trị`: {problem}")
        case .cannotReadWithContext: MessageTexts(
            en: "chibo cannot read this as YAML (the reader says: {problem}, {context})",
            vi: "chibo không đọc được chỗ này theo cách viết `tên: giá trị` (chi tiết: {problem}, {context})")
        case .cannotRead: MessageTexts(
            en: "chibo cannot read this as YAML (the reader says: {problem})",
            vi: "chibo không đọc được chỗ này theo cách viết `tên: giá trị` (chi tiết: {problem})")
        case .writeKeyValue: MessageTexts(
            en: "write each line as `key: value`, and put a value that holds `:`, `#` or quotes in double quotes",
            vi: "viết mỗi dòng theo cách `tên: giá trị`; giá trị nào có dấu `:`, `#` hoặc dấu nháy thì đặt trong cặp ngoặc kép `\"…\"`")
        case .keysWrittenTwiceInMap: MessageTexts(
            en: "{keys} written twice in one map",
            vi: "{keys} được viết hai lần trong cùng một nhóm trường")
        case .keepOneLine: MessageTexts(
            en: "keep one of the two lines",
            vi: "chỉ giữ lại một trong hai dòng")

        case .lineNotKeyValue: MessageTexts(
            en: "this line is not `key: value`, so chibo cannot tell what it sets; write a key, a colon and a space before the value",
            vi: "dòng này không viết theo cách `tên: giá trị`, nên chibo không biết dòng này khai báo gì; "
                + "hãy viết tên trường, dấu hai chấm và một dấu cách rồi mới đến giá trị")
        case .keyWrittenTwice: MessageTexts(
            en: "`{key}` is written twice, here and at line {line}; chibo reads the first",
            vi: "trường `{key}` được viết hai lần, ở đây và ở dòng {line}; chibo chỉ đọc lần viết đầu tiên")
        case .deleteUnwantedLine: MessageTexts(
            en: "delete the line you do not want",
            vi: "xóa dòng không dùng đến")

        case .tabIndentation: MessageTexts(
            en: "this line is indented with a tab; front matter and data files are indented with spaces only",
            vi: "dòng này được thụt đầu dòng bằng phím Tab; phần thông tin đầu tệp và các tệp dữ liệu "
                + "chỉ được thụt đầu dòng bằng dấu cách")
        case .replaceTab: MessageTexts(
            en: "replace the tab with spaces: two for each level (most editors can show tabs)",
            vi: "thay ký tự Tab bằng dấu cách, mỗi cấp hai dấu cách (phần lớn trình soạn thảo có thể cho hiện ký tự Tab)")
        case .missingSpaceAfterColon: MessageTexts(
            en: "`{key}:` needs a space after the colon, or YAML does not see a key and its value",
            vi: "sau `{key}:` cần có một dấu cách, nếu không chibo không nhận ra đâu là tên trường, đâu là giá trị")
        case .writeLine: MessageTexts(
            en: "write `{line}`",
            vi: "viết thành `{line}`")
        case .unclosedQuote: MessageTexts(
            en: "the value of `{key}` opens a {quote} that is never closed, so YAML reads on into the lines below",
            vi: "giá trị của trường `{key}` mở {quote} nhưng không đóng lại, nên chibo đọc lan sang cả các dòng bên dưới")
        case .doubleQuote: MessageTexts(en: "double quote `\"`", vi: "dấu ngoặc kép `\"`")
        case .singleQuote: MessageTexts(en: "single quote `'`", vi: "dấu nháy đơn `'`")
        case .endWithSameQuote: MessageTexts(
            en: "end the value with the same quote: `{line}`",
            vi: "kết thúc giá trị bằng đúng loại dấu đã mở: `{line}`")
        case .quotesInsideQuotes: MessageTexts(
            en: "the value of `{key}` has double quotes inside its double quotes, so YAML thinks it ends at column {column}",
            vi: "giá trị của trường `{key}` có dấu ngoặc kép nằm bên trong cặp ngoặc kép, "
                + "nên chibo hiểu là giá trị kết thúc ở cột {column}")
        case .writeInnerQuotes: MessageTexts(
            en: "write the inner quotes as “ and ” (or put the whole value in single quotes): `{line}`",
            vi: "viết các dấu ngoặc kép bên trong thành “ và ” (hoặc đặt cả giá trị trong cặp dấu nháy đơn): `{line}`")
        case .colonInPlainValue: MessageTexts(
            en: "the value of `{key}` contains `:`, which YAML reads as the start of another key",
            vi: "giá trị của trường `{key}` có dấu `:`, mà chibo hiểu là chỗ bắt đầu một trường khác")
        case .putInDoubleQuotes: MessageTexts(
            en: "put the value in double quotes: `{line}`",
            vi: "đặt giá trị trong cặp ngoặc kép: `{line}`")
        case .listItemUnderValue: MessageTexts(
            en: "`{key}` already has its value (`{value}`) on its own line, so this `- ` item cannot belong to it",
            vi: "trường `{key}` đã có giá trị (`{value}`) ngay trên dòng của nó, nên mục `- ` này không thể thuộc trường đó")
        case .writeListBelowKey: MessageTexts(
            en: "for a list, leave `{key}:` alone on its line and write every item below it as `  - …`,"
                + " or write the list in brackets: `{key}: [\"…\", \"…\"]`; otherwise remove the `- `",
            vi: "nếu là danh sách, để `{key}:` một mình trên dòng và viết từng mục ở các dòng dưới theo cách `  - …`,"
                + " hoặc viết danh sách trong ngoặc vuông: `{key}: [\"…\", \"…\"]`; nếu không phải danh sách thì xóa `- `")

        case .notAMap: MessageTexts(
            en: "front matter must be a map of `key: value` lines, not {shape}",
            vi: "phần thông tin đầu tệp phải gồm các dòng `tên: giá trị`, không phải {shape}")
        case .unknownPageKey: MessageTexts(
            en: "unknown front-matter key `{key}` for a {kind} page",
            vi: "chibo không biết trường `{key}` trong phần thông tin đầu tệp của {kind}")
        case .kindDirective: MessageTexts(en: "directive", vi: "trang văn bản")
        case .kindGuidance: MessageTexts(en: "guidance", vi: "trang hướng dẫn")
        case .kindPack: MessageTexts(en: "pack", vi: "tài liệu sinh hoạt")
        case .kindPage: MessageTexts(en: "page", vi: "trang")
        case .packKind: MessageTexts(
            en: "a pack's `kind` is `dinh-ky` or `chuyen-de`, not `{kind}`",
            vi: "trường `kind` của tài liệu sinh hoạt chỉ nhận `dinh-ky` hoặc `chuyen-de`, không nhận `{kind}`")
        case .dateNotInCalendar: MessageTexts(
            en: "`date` {date} does not exist in the calendar",
            vi: "trường `date`: ngày {date} không có trên lịch")
        case .dateShape: MessageTexts(
            en: "`date` must be written YYYY-MM-DD, not `{date}`",
            vi: "trường `date` phải viết theo dạng YYYY-MM-DD (năm-tháng-ngày), không phải `{date}`")
        case .monthShape: MessageTexts(
            en: "`month` must be a month written YYYY-MM, not `{month}`",
            vi: "trường `month` phải là một tháng viết theo dạng YYYY-MM (năm-tháng), không phải `{month}`")
        case .visibilityValue: MessageTexts(
            en: "`visibility` is `public` or `internal`, not `{value}`",
            vi: "trường `visibility` chỉ nhận `public` hoặc `internal`, không nhận `{value}`")
        case .directiveNeedsSymbol: MessageTexts(
            en: "a directive needs `symbol:`, its number and symbol as issued (e.g. `50-CT/TW`)",
            vi: "trang văn bản cần có trường `symbol:`, ghi số ký hiệu đúng như khi ban hành (ví dụ `50-CT/TW`)")
        case .pageNeedsTitle: MessageTexts(
            en: "missing `title:`: every page needs a title",
            vi: "thiếu trường `title:`: trang nào cũng cần có tiêu đề")
        case .emptyValue: MessageTexts(
            en: "`{key}` is empty",
            vi: "trường `{key}` đang để trống")
        case .notSingleValue: MessageTexts(
            en: "`{key}` must be a single value, not {shape}",
            vi: "trường `{key}` chỉ được có một giá trị, không phải {shape}")
        case .listItemNotSingleValue: MessageTexts(
            en: "each item of `{key}` must be a single value, not {shape}",
            vi: "mỗi mục của trường `{key}` chỉ được có một giá trị, không phải {shape}")
        case .notAList: MessageTexts(
            en: "`{key}` must be a list, not {shape}",
            vi: "trường `{key}` phải là một danh sách, không phải {shape}")
        case .signerNotAMap: MessageTexts(
            en: "`signer` must be a map of `for`, `role` and `name` lines, not {shape}",
            vi: "trường `signer` phải gồm các dòng `for`, `role` và `name`, không phải {shape}")
        case .unknownSignerKey: MessageTexts(
            en: "unknown key `{key}` under `signer` (it takes `for`, `role` and `name`)",
            vi: "chibo không biết trường `{key}` trong `signer` (chỉ có `for`, `role` và `name`)")
        case .signerNeedsRole: MessageTexts(
            en: "`signer` needs `role:`, the signer's position as printed (e.g. `Bí thư`)",
            vi: "trường `signer` cần có `role:`, chức vụ người ký đúng như khi in (ví dụ `Bí thư`)")
        }
    }

    /// `line 3` or `lines 2–5`: the front-matter lines chibo read.
    static func lineSpan(_ lines: ClosedRange<Int>) -> Message {
        lines.count == 1 ? Message(lineSpanOne, ["line": lines.lowerBound])
            : Message(lineSpanMany, ["first": lines.lowerBound, "last": lines.upperBound])
    }

    /// The page kind, in the words `unknownPageKey` shows it with.
    static func kind(_ kind: PageKind) -> Message {
        switch kind {
        case .directive: Message(kindDirective)
        case .guidance: Message(kindGuidance)
        case .pack: Message(kindPack)
        case .page: Message(kindPage)
        }
    }
}
