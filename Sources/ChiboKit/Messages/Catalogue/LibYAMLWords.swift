/// What libyaml, the reader under Yams, says when it stops: its problem
/// and the context it was reading in, as values of
/// `FrontMatterMessages.cannotRead`. The English is libyaml's text exactly
/// (that is how an entry is recognised, and English reports stay as they
/// were); the Vietnamese says it in an editor's words. Words libyaml says
/// that are not here are passed on as they came.
public enum LibYAMLWords: String, MessageCatalogue {
    // Problems, the likeliest in hand-written front matter first.
    case mappingValuesNotAllowed, didNotFindKey, couldNotFindColon, cannotStartToken
    case unexpectedEnd, didNotFindNodeContent, didNotFindDash
    case didNotFindCommaOrBracket, didNotFindCommaOrBrace
    case sequenceEntriesNotAllowed, mappingKeysNotAllowed
    case tabViolatesIndentation, tabWhereSpaceExpected
    case unknownEscape, undefinedAlias, unexpectedColon, commentOrLineBreakExpected
    case anotherDocument
    // Contexts: what libyaml was reading when it stopped.
    case scanningSimpleKey, scanningQuotedScalar, scanningPlainScalar, scanningBlockScalar
    case parsingBlockMapping, parsingBlockCollection, parsingFlowSequence, parsingFlowMapping
    case parsingBlockNode, parsingNode, parsingFlowNode
    case scanningAlias, scanningAnchor, scanningNextToken
    case singleDocumentExpected

    public static let domain = "libyaml"

    public var texts: MessageTexts {
        switch self {
        case .mappingValuesNotAllowed: MessageTexts(
            en: "mapping values are not allowed in this context",
            vi: "có dấu `:` ở chỗ không được viết")
        case .didNotFindKey: MessageTexts(
            en: "did not find expected key",
            vi: "không thấy tên trường ở chỗ cần có")
        case .couldNotFindColon: MessageTexts(
            en: "could not find expected ':'",
            vi: "không thấy dấu `:` cần có sau tên trường")
        case .cannotStartToken: MessageTexts(
            en: "found character that cannot start any token",
            vi: "gặp một ký tự không được đứng đầu tên trường hay giá trị")
        case .unexpectedEnd: MessageTexts(
            en: "found unexpected end of stream",
            vi: "đã hết nội dung mà chưa thấy chỗ kết thúc")
        case .didNotFindNodeContent: MessageTexts(
            en: "did not find expected node content",
            vi: "không thấy giá trị ở chỗ cần có")
        case .didNotFindDash: MessageTexts(
            en: "did not find expected '-' indicator",
            vi: "không thấy dấu `-` của mục danh sách ở chỗ cần có")
        case .didNotFindCommaOrBracket: MessageTexts(
            en: "did not find expected ',' or ']'",
            vi: "không thấy dấu `,` hoặc `]` ở chỗ cần có")
        case .didNotFindCommaOrBrace: MessageTexts(
            en: "did not find expected ',' or '}'",
            vi: "không thấy dấu `,` hoặc `}` ở chỗ cần có")
        case .sequenceEntriesNotAllowed: MessageTexts(
            en: "block sequence entries are not allowed in this context",
            vi: "mục danh sách `- ` không được viết ở chỗ này")
        case .mappingKeysNotAllowed: MessageTexts(
            en: "mapping keys are not allowed in this context",
            vi: "tên trường không được viết ở chỗ này")
        case .tabViolatesIndentation: MessageTexts(
            en: "found a tab character that violates indentation",
            vi: "có ký tự Tab làm lệch chỗ thụt đầu dòng")
        case .tabWhereSpaceExpected: MessageTexts(
            en: "found a tab character where an indentation space is expected",
            vi: "có ký tự Tab ở chỗ cần dấu cách để thụt đầu dòng")
        case .unknownEscape: MessageTexts(
            en: "found unknown escape character",
            vi: "có ký tự lạ sau dấu `\\` trong cặp ngoặc kép")
        case .undefinedAlias: MessageTexts(
            en: "found undefined alias",
            vi: "gặp tham chiếu `*` tới một tên chưa được đặt")
        case .unexpectedColon: MessageTexts(
            en: "found unexpected ':'",
            vi: "gặp dấu `:` không đúng chỗ")
        case .commentOrLineBreakExpected: MessageTexts(
            en: "did not find expected comment or line break",
            vi: "sau giá trị chỉ được có ghi chú `#` hoặc xuống dòng")
        case .anotherDocument: MessageTexts(
            en: "but found another document",
            vi: "nhưng lại gặp thêm một phần sau dòng `---`")

        case .scanningSimpleKey: MessageTexts(
            en: "while scanning a simple key",
            vi: "khi đọc một tên trường")
        case .scanningQuotedScalar: MessageTexts(
            en: "while scanning a quoted scalar",
            vi: "khi đọc một giá trị đặt trong ngoặc kép hoặc dấu nháy đơn")
        case .scanningPlainScalar: MessageTexts(
            en: "while scanning a plain scalar",
            vi: "khi đọc một giá trị")
        case .scanningBlockScalar: MessageTexts(
            en: "while scanning a block scalar",
            vi: "khi đọc một đoạn chữ nhiều dòng (`|` hoặc `>`)")
        case .parsingBlockMapping: MessageTexts(
            en: "while parsing a block mapping",
            vi: "khi đọc một nhóm dòng `tên: giá trị`")
        case .parsingBlockCollection: MessageTexts(
            en: "while parsing a block collection",
            vi: "khi đọc một danh sách hoặc một nhóm trường")
        case .parsingFlowSequence: MessageTexts(
            en: "while parsing a flow sequence",
            vi: "khi đọc một danh sách trong ngoặc vuông `[ ]`")
        case .parsingFlowMapping: MessageTexts(
            en: "while parsing a flow mapping",
            vi: "khi đọc một nhóm trường trong ngoặc nhọn `{ }`")
        case .parsingBlockNode: MessageTexts(en: "while parsing a block node", vi: "khi đọc một giá trị")
        case .parsingNode: MessageTexts(en: "while parsing a node", vi: "khi đọc một giá trị")
        case .parsingFlowNode: MessageTexts(en: "while parsing a flow node", vi: "khi đọc một giá trị trong ngoặc")
        case .scanningAlias: MessageTexts(
            en: "while scanning an alias",
            vi: "khi đọc một tham chiếu `*`")
        case .scanningAnchor: MessageTexts(
            en: "while scanning an anchor",
            vi: "khi đọc một tên đặt bằng `&`")
        case .scanningNextToken: MessageTexts(
            en: "while scanning for the next token",
            vi: "khi tìm phần viết tiếp theo")
        case .singleDocumentExpected: MessageTexts(
            en: "expected a single document in the stream",
            vi: "chỉ được có một phần, không chia bằng dòng `---`")
        }
    }

    /// libyaml's words in the catalogue when they are there, else as they came.
    static func said(_ words: String) -> Message {
        allCases.first { $0.texts.english == words }.map { Message($0) } ?? Message(verbatim: words)
    }
}
