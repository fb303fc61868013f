/// What `chibo cite` itself says, beside the findings of the citations it lists.
public enum CiteMessages: String, MessageCatalogue {
    case cannotRead

    public static let domain = "cite"

    public var texts: MessageTexts {
        switch self {
        case .cannotRead: MessageTexts(
            en: "cannot read {file}",
            vi: "không đọc được tệp {file}")
        }
    }
}
