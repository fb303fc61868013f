import Foundation

/// Something chibo says, kept as a catalogue entry and its values until it
/// is shown, so that one finding reads in Vietnamese in the terminal of an
/// editor, in English in a CI log and in the site's language in the preview.
///
/// The values are what the content holds (a symbol, a file name, a date)
/// and are never translated; a value that is itself words chibo says is a
/// message of its own.
public struct Message: Sendable, Hashable {
    /// The catalogue entry; nil only for text that is not chibo's own words
    /// (what a library or the system said), shown as it came.
    public let entry: MessageEntry?
    public let arguments: [String: Argument]
    /// What a message without an entry shows.
    private let verbatim: Argument

    public init<Entry: MessageCatalogue>(_ entry: Entry, _ arguments: KeyValuePairs<String, any MessageArgumentConvertible> = [:]) {
        self.entry = MessageEntry(entry)
        var values: [String: Argument] = [:]
        for (name, value) in arguments { values[name] = value.messageArgument }
        self.arguments = values
        self.verbatim = .text("")
    }

    /// Words chibo did not write (an operating-system error, a library's
    /// message), passed on as they are in every language.
    public init(verbatim text: String) {
        entry = nil
        arguments = [:]
        verbatim = .text(text)
    }

    /// A value as a message: a message stays itself, content is shown as
    /// written.
    public static func of(_ value: any MessageArgumentConvertible) -> Message {
        if let message = value as? Message { return message }
        return Message(entry: nil, arguments: [:], verbatim: value.messageArgument)
    }

    private init(entry: MessageEntry?, arguments: [String: Argument], verbatim: Argument) {
        self.entry = entry
        self.arguments = arguments
        self.verbatim = verbatim
    }

    /// The message with `text` replaced in every value it carries (a path
    /// in a copy of the content, shown as the original's).
    public func replacingValues(of text: String, with replacement: String) -> Message {
        Message(entry: entry, arguments: arguments.mapValues { $0.replacing(text, with: replacement) },
                verbatim: verbatim.replacing(text, with: replacement))
    }

    public func text(in language: Language) -> String {
        guard let entry else { return verbatim.text(in: language) }
        return MessageTemplate(entry.text(in: language)).rendered(in: language) { arguments[$0] }
    }

    /// A value put into a message.
    public indirect enum Argument: Sendable, Hashable {
        /// Content as written: never translated.
        case text(String)
        case number(Int)
        /// chibo's own words.
        case message(Message)
        /// Several values, shown separated by commas.
        case list([Argument])

        func replacing(_ text: String, with replacement: String) -> Argument {
            switch self {
            case .text(let value): .text(value.replacingOccurrences(of: text, with: replacement))
            case .number: self
            case .message(let message): .message(message.replacingValues(of: text, with: replacement))
            case .list(let items): .list(items.map { $0.replacing(text, with: replacement) })
            }
        }

        func text(in language: Language) -> String {
            switch self {
            case .text(let text): text
            case .number(let number): String(number)
            case .message(let message): message.text(in: language)
            case .list(let items): items.map { $0.text(in: language) }.joined(separator: ", ")
            }
        }
    }
}

extension Message: CustomStringConvertible {
    /// English: what a log, a test failure or a debugger shows.
    public var description: String { text(in: .en) }
}

/// A value a message can carry.
public protocol MessageArgumentConvertible: Sendable {
    var messageArgument: Message.Argument { get }
}

extension String: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .text(self) }
}

extension Substring: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .text(String(self)) }
}

extension Int: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .number(self) }
}

extension Message: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .message(self) }
}

extension Array: MessageArgumentConvertible where Element: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .list(map(\.messageArgument)) }
}
