/// Words several parts of chibo say alike: the name meant, a choice
/// between several.
public enum CommonMessages: String, MessageCatalogue {
    case didYouMean, didYouMeanOneOf, orList

    public static let domain = "common"

    public var texts: MessageTexts {
        switch self {
        case .didYouMean: MessageTexts(en: "did you mean `{name}`?", vi: "có phải là `{name}` không?")
        case .didYouMeanOneOf: MessageTexts(en: "did you mean {choices}?", vi: "có phải là {choices} không?")
        case .orList: MessageTexts(en: "{items} or {last}", vi: "{items} hoặc {last}")
        }
    }

    /// `a`, `a or b`, `a, b or c`: one of several, as a sentence names them
    /// (nothing for none).
    public static func oneOf(_ items: [any MessageArgumentConvertible]) -> Message {
        guard let last = items.last else { return Message(verbatim: "") }
        guard items.count > 1 else { return Message.of(last) }
        return Message(orList, ["items": ListArgument(items.dropLast()), "last": last])
    }

    /// `a or b or c`: each alternative said with its own `or`.
    public static func eachOr(_ items: [any MessageArgumentConvertible]) -> Message? {
        guard let last = items.last else { return nil }
        let tail = Message.of(last)
        return items.dropLast().reversed().reduce(tail) { rest, item in
            Message(orList, ["items": item, "last": rest])
        }
    }
}

extension Suggestion {
    /// `did you mean `name`?`, writing `replacement` (the name itself
    /// unless the text shown differs from what replaces it).
    public static func didYouMean(_ name: String, replacement: String? = nil) -> Suggestion {
        Suggestion(message: Message(CommonMessages.didYouMean, ["name": name]), replacement: replacement ?? name)
    }
}

/// Values of any kind shown as a list.
private struct ListArgument: MessageArgumentConvertible {
    let items: [any MessageArgumentConvertible]
    init(_ items: some Collection<any MessageArgumentConvertible>) { self.items = Array(items) }
    var messageArgument: Message.Argument { .list(items.map(\.messageArgument)) }
}
