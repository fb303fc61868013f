import ChiboKit

/// argument-parser's own reports of a mistaken argument, in chibo's words:
/// the library speaks only English, so its common sentences are recognised
/// and said again; one it has not seen is passed on as it came.
enum ParserMessage {
    static func said(_ text: String) -> Message {
        for (pattern, entry) in patterns {
            guard let match = text.wholeMatch(of: pattern) else { continue }
            let values = match.output.dropFirst().map { $0.substring.map(String.init) ?? "" }
            func value(_ index: Int) -> String { index < values.count ? values[index] : "" }
            guard entry == .parserInvalidValueChoices else {
                return Message(entry, ["value1": value(0), "value2": value(1), "value3": value(2)])
            }
            // 'a', 'b' or 'c': the choices said with the language's "or".
            let choices = value(2).matches(of: /'([^']*)'/).map { "'\($0.output.1)'" }
            return Message(entry, ["value1": value(0), "value2": value(1), "value3": CommonMessages.oneOf(choices)])
        }
        return Message(verbatim: text)
    }

    nonisolated(unsafe) private static let patterns: [(Regex<AnyRegexOutput>, CommandMessages)] = [
        (try! Regex(#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#), .parserUnknownOptionGuess),
        (try! Regex(#"Unknown option '([^']+)'"#), .parserUnknownOption),
        (try! Regex(#"Missing expected argument '([^']+)'"#), .parserMissingArgument),
        (try! Regex(#"Missing value for '([^']+)'"#), .parserMissingValue),
        (try! Regex(#"The value '([^']*)' is invalid for '([^']+)'\. Please provide one of (.+)\."#), .parserInvalidValueChoices),
        (try! Regex(#"The value '([^']*)' is invalid for '([^']+)'"#), .parserInvalidValue),
        (try! Regex(#"Unexpected arguments? (.+)"#), .parserUnexpectedArgument),
    ]
}
