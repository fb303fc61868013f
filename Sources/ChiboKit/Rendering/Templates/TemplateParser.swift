/// Reads Mustache text into `Template.Node`s in three steps: cut it into
/// text and tags (text cut after every newline), drop the lines that hold
/// nothing but one block tag (Mustache's "standalone" lines, so a
/// `{{#section}}` on a line of its own leaves no blank line behind), then
/// nest sections.
struct TemplateParser {
    private enum Piece {
        case text(String)
        case tag(Tag)
    }

    private struct Tag {
        /// `#`, `^`, `/`, `!`, `>`, `%`, `{`, `&`, or a space for a variable.
        var sigil: Character
        var name: String
        var line: Int
        var column: Int
        var indentation: String?

        /// Tags that leave no trace on a line of their own.
        var canStandAlone: Bool { "#^/!>%".contains(sigil) }
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var column = 1

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func parse() throws -> [Template.Node] {
        let pieces = Self.withoutStandaloneLines(try cut())
        var index = 0
        let nodes = try Self.nest(pieces, from: &index, closing: nil)
        return nodes
    }

    // MARK: Cutting

    private mutating func cut() throws -> [Piece] {
        var pieces: [Piece] = []
        var text = String.UnicodeScalarView()
        func flushText() {
            if !text.isEmpty { pieces.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }
        while position < scalars.count {
            if startsWith("{{") {
                flushText()
                pieces.append(.tag(try readTag()))
                continue
            }
            let scalar = scalars[position]
            text.append(scalar)
            advance()
            if scalar == "\n" { flushText() }
        }
        flushText()
        return pieces
    }

    private mutating func readTag() throws -> Tag {
        let (tagLine, tagColumn) = (line, column)
        advance(2)
        var sigil: Character = " "
        if position < scalars.count, "#^/!>%{&=<$".unicodeScalars.contains(scalars[position]) {
            sigil = Character(scalars[position])
            advance()
        }
        let closing = sigil == "{" ? "}}}" : "}}"
        var content = String.UnicodeScalarView()
        while position < scalars.count && !startsWith(closing) {
            content.append(scalars[position])
            advance()
        }
        guard position < scalars.count else {
            throw Template.ParseError(line: tagLine, column: tagColumn, message: Message(ThemeMessages.tagNeverClosed, ["closing": closing]))
        }
        advance(closing.unicodeScalars.count)
        let name = String(content).trimmingWhitespace
        let tag = Tag(sigil: sigil, name: name, line: tagLine, column: tagColumn)
        switch sigil {
        case "!", "%":
            return tag
        case "=", "<", "$":
            throw Template.ParseError(line: tagLine, column: tagColumn,
                                      message: Message(ThemeMessages.tagNotSupported, ["sigil": String(sigil)]))
        default:
            guard name == "." || Self.isFieldName(name) else {
                throw Template.ParseError(line: tagLine, column: tagColumn,
                                          message: Message(ThemeMessages.notAFieldName, ["name": name]))
            }
            return tag
        }
    }

    /// A name, or names joined by dots (`words.contents`).
    private static func isFieldName(_ name: String) -> Bool {
        name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy(isNameScalar)
        }
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", "?": true
        default: false
        }
    }

    private func startsWith(_ text: String) -> Bool {
        var index = position
        for scalar in text.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < scalars.count {
            if scalars[position] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            position += 1
        }
    }

    // MARK: Standalone lines

    /// A line of only spaces or tabs and one block tag keeps the tag alone;
    /// a partial on such a line indents every line it writes as the tag was.
    private static func withoutStandaloneLines(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        var lineStart = 0
        while lineStart < pieces.count {
            var lineEnd = lineStart
            while lineEnd < pieces.count {
                lineEnd += 1
                if case .text(let text) = pieces[lineEnd - 1], text.unicodeScalars.last == "\n" { break }
            }
            let line = pieces[lineStart..<lineEnd]
            let tags = line.compactMap { piece -> Tag? in
                if case .tag(let tag) = piece { return tag } else { return nil }
            }
            let onlyBlank = line.allSatisfy { piece in
                guard case .text(let text) = piece else { return true }
                return text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
            }
            if tags.count == 1, var tag = tags.first, tag.canStandAlone, onlyBlank {
                if tag.sigil == ">" {
                    var indentation = ""
                    if case .text(let text)? = line.first { indentation = text }
                    if !indentation.isEmpty { result.append(.text(indentation)) }
                    tag.indentation = indentation
                }
                result.append(.tag(tag))
            } else {
                result += line
            }
            lineStart = lineEnd
        }
        return result
    }

    // MARK: Nesting

    private static func nest(_ pieces: [Piece], from index: inout Int, closing open: Tag?) throws -> [Template.Node] {
        var nodes: [Template.Node] = []
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            switch piece {
            case .text(let text):
                nodes.append(.text(text))
            case .tag(let tag):
                switch tag.sigil {
                case "!", "%":
                    continue
                case "#", "^":
                    let body = try nest(pieces, from: &index, closing: tag)
                    nodes.append(.section(tag.name, inverted: tag.sigil == "^", body: body))
                case "/":
                    guard let open, open.name == tag.name else {
                        throw Template.ParseError(line: tag.line, column: tag.column,
                                                  message: open.map {
                                                      Message(ThemeMessages.closesAnotherSection, [
                                                          "name": tag.name, "sigil": String($0.sigil), "open": $0.name, "line": $0.line])
                                                  } ?? Message(ThemeMessages.closesUnopenedSection, ["name": tag.name]))
                    }
                    return nodes
                case ">":
                    nodes.append(.partial(tag.name, indentation: tag.indentation))
                case "{", "&":
                    nodes.append(.variable(tag.name, escaped: false))
                default:
                    nodes.append(.variable(tag.name, escaped: true))
                }
            }
        }
        if let open {
            throw Template.ParseError(line: open.line, column: open.column,
                                      message: Message(ThemeMessages.sectionNeverClosed, ["sigil": String(open.sigil), "name": open.name]))
        }
        return nodes
    }
}

private extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
