import Foundation
import Mustache
import Testing
@testable import ChiboKit

/// chibo's template engine against swift-mustache, the library it replaced
/// for speed: the same templates and data must give the same bytes, and
/// what chibo does not support must fail to parse at its line and column.
struct TemplateTests {
    /// A view of plain values, readable by both engines.
    struct Data: TemplateFields, MustacheParent {
        var values: [String: Any]

        func field(_ name: TemplateFieldName) -> TemplateValue? {
            values[name.text].flatMap(Self.value)
        }

        static func value(_ any: Any) -> TemplateValue? {
            switch any {
            case let text as String: .text(text)
            case let flag as Bool: .flag(flag)
            case let number as Int: .text(String(number))
            case let list as [Any]: .list(list.compactMap(value))
            case let data as Data: data.templateValue
            default: nil
            }
        }

        func child(named name: String) -> Any? { values[name] }
    }

    nonisolated(unsafe) static let page = Data(values: [
        "title": "Chỉ thị <50> & \"Q\" 'x'",
        "summary": "Tóm tắt",
        "empty": "",
        "yes": true,
        "no": false,
        "count": 3,
        "none": [Any](),
        "items": [Data(values: ["label": "một", "url": "a.html"]),
                  Data(values: ["label": "hai"]),
                  Data(values: ["label": "ba", "url": "c.html", "title": "riêng"])],
        "words": ["x", "<y>"],
        "tree": [Data(values: ["name": "A", "children": [Data(values: ["name": "A1", "children": [Any]()])]]),
                 Data(values: ["name": "B", "children": [Any]()])],
        "html": "<em>đã</em>",
        "site": Data(values: ["name": "Trang", "words": Data(values: ["toc": "Mục lục", "none": false])]),
    ])

    static let templates: [(String, String)] = [
        ("variables", "{{title}} {{{title}}} {{&title}} [{{missing}}] {{count}} {{yes}}"),
        ("sections", "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}notN{{/no}}{{^yes}}notY{{/yes}}{{#none}}x{{/none}}{{^none}}empty{{/none}}"),
        ("strings", "{{#summary}}<p>{{.}}</p>{{/summary}}{{#empty}}[{{.}}]{{/empty}}{{#missing}}m{{/missing}}{{^missing}}no m{{/missing}}"),
        ("lists", "<ul>\n{{#items}}<li>{{#url}}<a href=\"{{url}}\">{{label}}</a>{{/url}}{{^url}}{{label}}{{/url}} {{title}}</li>\n{{/items}}</ul>\n"),
        ("dot", "{{#words}}({{.}}){{/words}}"),
        // Dotted names: the first part found in any view, the others only in it.
        ("dotted", "{{site.name}} {{#items}}[{{site.words.toc}}]{{/items}} [{{site.missing}}] [{{missing.name}}] "
            + "[{{site.words.title}}] {{#site.words}}{{toc}}{{/site.words}}{{^site.words.none}}!{{/site.words.none}}"),
        ("standalone", "{{% CONTENT_TYPE: HTML}}\n<div>\n  {{#yes}}\n  <p>{{summary}}</p>\n  {{/yes}}\n{{! a comment }}\n  {{^no}}\t\nx\n{{/no}}  \n</div>\n"),
        ("not standalone", "a {{#yes}}\nb{{/yes}} c\n  {{#yes}} d {{/yes}}\n{{title}} {{! c }}\n"),
        ("crlf", "{{#yes}}\r\nline\r\n{{/yes}}\r\nend"),
        ("html", "<main>\n{{{html}}}\n</main>"),
        ("tree", "<ul>\n{{#tree}}{{> node}}{{/tree}}</ul>\n"),
        // A partial on a line of its own indents each line it writes, a
        // section's lines too; partials within it add their own indentation.
        ("indented partial", "<div>\n  {{> item}}\n</div>\n"),
        ("nested indented partials", "<section>\n  {{> wrap}}\n</section>\n"),
    ]

    static let item = "<p>{{title}}</p>\n{{#yes}}<b>y</b>\n{{/yes}}<i>{{count}}</i>\n"
    static let wrap = "<div>\n  {{> item}}\n{{#words}}<w>{{.}}</w>{{/words}}\n</div>\n"
    static let node = "<li>{{name}}{{#children}}<ul>{{> node}}</ul>{{/children}}</li>\n"

    @Test(arguments: templates.map(\.0))
    func rendersAsSwiftMustacheDoes(name: String) throws {
        let text = try #require(Self.templates.first { $0.0 == name }?.1)
        var ours = TemplateLibrary()
        ours.templates["t"] = try Template(parsing: text)
        ours.templates["node"] = try Template(parsing: Self.node)
        ours.templates["item"] = try Template(parsing: Self.item)
        ours.templates["wrap"] = try Template(parsing: Self.wrap)
        var reference = MustacheLibrary()
        reference.register(try MustacheTemplate(string: text), named: "t")
        reference.register(try MustacheTemplate(string: Self.node), named: "node")
        reference.register(try MustacheTemplate(string: Self.item), named: "item")
        reference.register(try MustacheTemplate(string: Self.wrap), named: "wrap")
        let expected = try #require(reference.render(Self.page, withTemplate: "t"))
        #expect(ours.render(Self.page, template: "t").string == expected)
    }

    /// Lines that end in CRLF are indented too (swift-mustache leaves all
    /// but the first as they are, so this is compared with the text itself).
    @Test func indentedPartialWithCRLF() throws {
        var ours = TemplateLibrary()
        ours.templates["t"] = try Template(parsing: "<div>\r\n  {{> part}}\r\n</div>\r\n")
        ours.templates["part"] = try Template(parsing: "<i>{{count}}</i>\r\n<b>{{count}}</b>\r\n")
        #expect(ours.render(Self.page, template: "t").string == "<div>\r\n  <i>3</i>\r\n  <b>3</b>\r\n</div>\r\n")
    }

    /// Every template of the real theme parses.
    @Test func theThemeParses() throws {
        let (theme, problems) = Theme.load(from: Fixtures.theme, displayRoot: "theme")
        #expect(problems.isEmpty)
        #expect(theme != nil)
    }

    /// Every name the real theme reads is a field some view has: a name
    /// none has renders nothing, which a typo would do silently.
    @Test func theThemeReadsOnlyFieldsViewsHave() throws {
        let theme = try #require(Theme.load(from: Fixtures.theme, displayRoot: "theme").0)
        var unknown: [String] = []
        for (templateName, template) in theme.library.templates {
            let program = template.program
            for operation in program.operations {
                switch operation {
                case .variable(let name, _) where name != Template.Program.current,
                     .section(let name, _, _) where name != Template.Program.current:
                    if program.fieldNames[Int(name)].known == nil { unknown.append("\(templateName): \(program.names[Int(name)])") }
                default: continue
                }
            }
        }
        // A dotted name's later parts: the theme's are the site's words.
        for (templateName, template) in theme.library.templates {
            for (index, parts) in template.program.fieldPaths.enumerated() where !parts.isEmpty {
                let name = template.program.names[index]
                if template.program.fieldNames[index].known != .words || parts.count != 1 || parts[0].word == nil {
                    unknown.append("\(templateName): \(name)")
                }
            }
        }
        #expect(unknown.isEmpty)
        #expect(TemplateFieldName("hasTableOfContents").known == .hasTableOfContents)
        #expect(TemplateFieldName("khôngCó").known == nil)
    }

    @Test(arguments: [
        ("a\n{{#open}}\nb", 2, 1, "never closed"),
        ("{{#a}}x{{/b}}", 1, 8, "closes `{{#a}}`"),
        ("x {{/a}}", 1, 3, "never opened"),
        ("{{=<% %>=}}", 1, 1, "not supported"),
        ("ab\n  {{name", 2, 3, "never closed"),
        ("{{a..b}}", 1, 1, "not a field name"),
        ("x {{.a}}", 1, 3, "not a field name"),
        ("{{{raw}}", 1, 1, "never closed"),
    ])
    func badTemplatesFailAtTheirPlace(text: String, line: Int, column: Int, words: String) {
        do {
            _ = try Template(parsing: text)
            Issue.record("\(text) parsed")
        } catch let error as Template.ParseError {
            #expect(error.line == line && error.column == column, "\(text): \(error.line):\(error.column)")
            #expect(error.message.description.contains(words), "\(error.message)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
