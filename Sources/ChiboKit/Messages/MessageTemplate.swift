/// A catalogue text cut into words and placeholders.
struct MessageTemplate {
    enum Piece: Equatable {
        case literal(String)
        /// `{name}`
        case value(String)
        /// `{name:one|other}`: the number, a space and the word that fits it.
        case count(String, one: String, other: String)
    }

    let pieces: [Piece]

    init(_ text: String) {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                  let piece = Self.placeholder(rest[afterOpen..<close]) else {
                literal.append("{")
                rest = rest[afterOpen...]
                continue
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(piece)
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// The names of the placeholders, each once.
    var placeholders: Set<String> {
        Set(pieces.compactMap {
            switch $0 {
            case .literal: nil
            case .value(let name), .count(let name, _, _): name
            }
        })
    }

    func rendered(in language: Language, value: (String) -> Message.Argument?) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .literal(let words):
                text += words
            case .value(let name):
                text += value(name)?.text(in: language) ?? "{\(name)}"
            case .count(let name, let one, let other):
                guard let argument = value(name) else { text += "{\(name)}"; continue }
                let number = if case .number(let number) = argument { number } else { 0 }
                text += "\(argument.text(in: language)) \(number == 1 ? one : other)"
            }
        }
        return text
    }

    /// `name` or `name:one|other`; nil when the braces hold anything else,
    /// which then stays literal text.
    private static func placeholder(_ inside: Substring) -> Piece? {
        let parts = inside.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = parts.first, isName(name) else { return nil }
        guard parts.count == 2 else { return .value(String(name)) }
        let forms = parts[1].split(separator: "|", omittingEmptySubsequences: false)
        guard forms.count == 2 else { return nil }
        return .count(String(name), one: String(forms[0]), other: String(forms[1]))
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
