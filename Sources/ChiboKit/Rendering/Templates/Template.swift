/// A theme template: Mustache syntax (variables, `{{{raw}}}`, sections,
/// inverted sections, comments, partials and the content-type pragma),
/// parsed once into a flat program and rendered by appending to one string.
///
/// swift-mustache resolved every `{{name}}` by splitting the name and
/// trying half a dozen dynamic casts on each view of the stack; on a
/// 10,000-page site that was a quarter of the build. The syntax and the
/// output are the same (the golden site shows it); what chibo's templates
/// do not use (lambdas, set delimiters, inheritance) is reported as a parse
/// error instead of being half supported. Dotted names are Mustache's:
/// `{{words.contents}}` finds `words` in the views as any name, then `contents` in it
/// alone.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(String, escaped: Bool)
        case section(String, inverted: Bool, body: [Node])
        case partial(String, indentation: String?)
    }

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: Message
        var description: String { message.description }
    }

    /// The parsed nodes as one flat program, which rendering steps through
    /// by index: nothing in it is reference-counted, where walking the
    /// nested nodes retained each one (a tenth of rendering a page).
    let program: Program
    /// The text it was parsed from: a partial on a line of its own is
    /// rendered from this text indented (`indented(by:)`).
    let text: String

    init(parsing text: String) throws {
        var parser = TemplateParser(text)
        program = Program(try parser.parse())
        self.text = text
    }

    /// The template with `indentation` put after each line break that
    /// something follows, which is what Mustache's standalone partial means:
    /// every line of the partial indented as its tag was (the first line by
    /// the tag's own whitespace), lines inside values left alone, a section
    /// repeated on one line indented once. Nested partials on lines of their
    /// own then carry both indentations.
    func indented(by indentation: String) -> Template {
        // By scalar: as Characters, a CRLF would not count as a line break.
        var result = String.UnicodeScalarView()
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if let first = lines.popFirst() { result += first }
        for line in lines {
            result.append("\n")
            if !line.isEmpty { result += indentation.unicodeScalars + line }
        }
        // It parsed unindented; spaces after line breaks leave its tags as they were.
        return (try? Template(parsing: String(result))) ?? self
    }

    /// Nodes flattened: a section's body is the operations after it, up to
    /// its `end`; adjacent text is joined; names and text are numbered.
    struct Program: Sendable {
        enum Operation: Sendable {
            case text(Int32)
            /// `Program.current` for `.`, the innermost view.
            case variable(Int32, escaped: Bool)
            case section(Int32, inverted: Bool, end: Int32)
            /// A partial on a line of its own indents each of its lines.
            case partial(Int32, indentation: Int32?)
        }

        static let current: Int32 = -1

        private(set) var operations: [Operation] = []
        /// Text between tags while the program is built (adjacent text joins).
        private var texts: [String] = []
        /// The texts as UTF-8, which output takes as it is.
        private(set) var utf8Texts: [[UInt8]] = []
        private(set) var names: [String] = []
        /// `names` as views look their fields up: a dotted name's first part.
        private(set) var fieldNames: [TemplateFieldName] = []
        /// A dotted name's parts after the first, each looked up in what the
        /// one before found; empty for a plain name.
        private(set) var fieldPaths: [[TemplateFieldName]] = []
        private(set) var indentations: [String] = []
        private var nameNumbers: [String: Int32] = [:]
        /// The text that the operation last appended wrote, which text right
        /// after it joins; nil after any other operation or a section's start.
        private var joinableText: Int?

        init(_ nodes: [Node]) {
            append(nodes)
            utf8Texts = texts.map { Array($0.utf8) }
            texts = []
            let parts = names.map { $0.split(separator: ".").map { TemplateFieldName(String($0)) } }
            fieldNames = parts.map { $0[0] }
            fieldPaths = parts.map { Array($0.dropFirst()) }
        }

        private mutating func number(_ name: String) -> Int32 {
            if name == "." { return Self.current }
            if let known = nameNumbers[name] { return known }
            names.append(name)
            nameNumbers[name] = Int32(names.count - 1)
            return Int32(names.count - 1)
        }

        private mutating func append(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    if let last = joinableText {
                        texts[last] += text
                    } else {
                        texts.append(text)
                        operations.append(.text(Int32(texts.count - 1)))
                        joinableText = texts.count - 1
                    }
                    continue
                case .variable(let name, let escaped):
                    operations.append(.variable(number(name), escaped: escaped))
                case .section(let name, let inverted, let body):
                    let start = operations.count
                    operations.append(.text(0))  // replaced once the body's end is known
                    joinableText = nil
                    append(body)
                    operations[start] = .section(number(name), inverted: inverted, end: Int32(operations.count))
                case .partial(let name, let indentation):
                    var indentationNumber: Int32?
                    if let indentation {
                        indentations.append(indentation)
                        indentationNumber = Int32(indentations.count - 1)
                    }
                    operations.append(.partial(number(name), indentation: indentationNumber))
                }
                joinableText = nil
            }
        }
    }
}

/// The templates of a theme by name, which partials name too.
struct TemplateLibrary: Sendable {
    var templates: [String: Template] = [:]
    /// False for templates that write text rather than HTML (the archetypes
    /// of `chibo new`): `{{name}}` then writes its value as it is, like
    /// `{{{name}}}`, since HTML-escaping a YAML value would corrupt it.
    var escapesValues = true

    func render(_ view: any TemplateFields, template name: String) -> HTML {
        guard let template = templates[name] else { return .empty }
        // A page is some 12 kB: room for it at once, not by doublings.
        var out = HTMLOutput(capacity: 16_384)
        var stack: [TemplateValue] = [.fields(TemplateValue.Fields(view))]
        run(template.program, in: 0..<template.program.operations.count, stack: &stack, into: &out)
        return out.html
    }

    /// Steps through a program's operations in `range`.
    private func run(_ program: Template.Program, in range: Range<Int>, stack: inout [TemplateValue], into out: inout HTMLOutput) {
        var index = range.lowerBound
        while index < range.upperBound {
            let operation = program.operations[index]
            index += 1
            switch operation {
            case .text(let text):
                out.append(program.utf8Texts[Int(text)])
            case .variable(let name, let escaped):
                guard let value = lookUp(name, of: program, in: stack) else { break }
                let escaped = escaped && escapesValues
                if case .html(let html) = value {
                    if escaped { out.appendEscaped(html) } else { out.append(html) }
                    break
                }
                let text = Self.text(of: value)
                if escaped { out.appendEscaped(text) } else { out.append(text) }
            case .section(let name, let inverted, let end):
                let body = index..<Int(end)
                index = Int(end)
                let value = lookUp(name, of: program, in: stack)
                if inverted {
                    if !Self.isShown(value) { run(program, in: body, stack: &stack, into: &out) }
                    break
                }
                switch value {
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        run(program, in: body, stack: &stack, into: &out)
                        stack.removeLast()
                    }
                case .flag(let shown)?:
                    if shown { run(program, in: body, stack: &stack, into: &out) }
                case .text, .html, .fields:
                    stack.append(value!)
                    run(program, in: body, stack: &stack, into: &out)
                    stack.removeLast()
                case .absent?, nil:
                    break
                }
            case .partial(let name, let indentation):
                guard var partial = templates[program.names[Int(name)]] else { break }
                // Parsed again for each use: no theme of chibo's has such a partial.
                if let indentation { partial = partial.indented(by: program.indentations[Int(indentation)]) }
                run(partial.program, in: 0..<partial.program.operations.count, stack: &stack, into: &out)
            }
        }
    }

    /// The innermost view that has the name; `.` is the innermost view
    /// itself. A dotted name's other parts are looked up in what its first
    /// part found, and only there.
    private func lookUp(_ number: Int32, of program: Template.Program, in stack: [TemplateValue]) -> TemplateValue? {
        if number == Template.Program.current { return stack.last }
        let name = program.fieldNames[Int(number)]
        let found = stack.withUnsafeBufferPointer { values -> TemplateValue? in
            for index in values.indices.reversed() {
                guard case .fields(let fields) = values[index], let found = fields.view.field(name) else { continue }
                if case .absent = found { continue }
                return found
            }
            return nil
        }
        guard !program.fieldPaths[Int(number)].isEmpty else { return found }
        var value = found
        for part in program.fieldPaths[Int(number)] {
            guard case .fields(let fields)? = value, let next = fields.view.field(part) else { return nil }
            if case .absent = next { return nil }
            value = next
        }
        return value
    }

    private static func isShown(_ value: TemplateValue?) -> Bool {
        switch value {
        case .list(let items)?: !items.isEmpty
        case .flag(let shown)?: shown
        case .text?, .html?, .fields?: true
        case .absent?, nil: false
        }
    }

    private static func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .html(let html): html.string
        case .list, .fields, .absent: ""
        }
    }
}
