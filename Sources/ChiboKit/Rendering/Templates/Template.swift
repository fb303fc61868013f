/// A theme template: Mustache syntax (variables, `{{{raw}}}`, sections,
/// inverted sections, comments, partials and the content-type pragma),
/// parsed once into nodes and rendered by appending to one string.
///
/// swift-mustache resolved every `{{name}}` by splitting the name and
/// trying half a dozen dynamic casts on each view of the stack; on a
/// 10,000-page site that was a quarter of the build. The syntax and the
/// output are the same (the golden site shows it); what chibo's templates
/// do not use (lambdas, dotted names, set delimiters, inheritance) is
/// reported as a parse error instead of being half supported.
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
        var message: String
        var description: String { message }
    }

    let nodes: [Node]

    init(parsing text: String) throws {
        var parser = TemplateParser(text)
        nodes = try parser.parse()
    }
}

/// The templates of a theme by name, which partials name too.
struct TemplateLibrary: Sendable {
    var templates: [String: Template] = [:]

    func render(_ view: any TemplateFields, template name: String) -> String {
        guard let template = templates[name] else { return "" }
        var out = ""
        var stack: [TemplateValue] = [.fields(view)]
        render(template.nodes, stack: &stack, indentation: nil, into: &out)
        return out
    }

    private func render(_ nodes: [Template.Node], stack: inout [TemplateValue], indentation: String?, into out: inout String) {
        for node in nodes {
            guard let indentation else {
                render(node, stack: &stack, indentation: nil, into: &out)
                continue
            }
            // Inside an indented partial, what starts a line is indented.
            let before = out.utf8.count
            let startsLine = out.utf8.last == UInt8(ascii: "\n")
            render(node, stack: &stack, indentation: indentation, into: &out)
            if startsLine, out.utf8.count > before {
                let added = String(out.utf8.dropFirst(before))!
                out = String(out.utf8.prefix(before))! + indentation + added
            }
        }
    }

    /// One node; an indented partial's lines are indented by the caller.
    private func render(_ node: Template.Node, stack: inout [TemplateValue], indentation: String?, into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name, in: stack) else { break }
            let text = Self.text(of: value)
            out += escaped ? HTMLEscaping.escape(text) : text
        case .section(let name, let inverted, let body):
            let value = lookUp(name, in: stack)
            if inverted {
                if !Self.isShown(value) { render(body, stack: &stack, indentation: indentation, into: &out) }
                break
            }
            switch value {
            case .list(let items)?:
                for item in items {
                    stack.append(item)
                    render(body, stack: &stack, indentation: indentation, into: &out)
                    stack.removeLast()
                }
            case .flag(let shown)?:
                if shown { render(body, stack: &stack, indentation: indentation, into: &out) }
            case .text, .fields:
                stack.append(value!)
                render(body, stack: &stack, indentation: indentation, into: &out)
                stack.removeLast()
            case .absent?, nil:
                break
            }
        case .partial(let name, let more):
            guard let template = templates[name] else { break }
            let combined = more.map { (indentation ?? "") + $0 } ?? indentation
            render(template.nodes, stack: &stack, indentation: combined, into: &out)
        }
    }

    /// The innermost view that has the name; `.` is the innermost view itself.
    private func lookUp(_ name: String, in stack: [TemplateValue]) -> TemplateValue? {
        if name == "." { return stack.last }
        for value in stack.reversed() {
            guard case .fields(let view) = value, let found = view.field(name) else { continue }
            if case .absent = found { continue }
            return found
        }
        return nil
    }

    private static func isShown(_ value: TemplateValue?) -> Bool {
        switch value {
        case .list(let items)?: !items.isEmpty
        case .flag(let shown)?: shown
        case .text?, .fields?: true
        case .absent?, nil: false
        }
    }

    private static func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .list, .fields, .absent: ""
        }
    }
}
