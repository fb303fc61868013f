import Testing
@testable import ChiboKit

struct HTMLOutputTests {
    static let texts = ["", "Đảng bộ xã", "a & b", "<b>\"x\"</b>", "'&'", "&&", "tail <", "> head", "Chỉ thị số 50-CT/TW, ngày 23/7/2025 & 'Kết luận'"]

    /// Escaping into the output writes what `HTMLEscaping.escape` returns,
    /// from a string, a substring or HTML shown as text.
    @Test(arguments: texts)
    func escapesAsHTMLEscapingDoes(text: String) {
        var output = HTMLOutput(capacity: 0)
        output.append("<p>")
        output.appendEscaped(text)
        output.appendEscaped(text.dropFirst())
        output.appendEscaped(HTML(trusted: text))
        output.append("</p>")
        let expected = "<p>" + HTMLEscaping.escape(text) + HTMLEscaping.escape(String(text.dropFirst()))
            + HTMLEscaping.escape(text) + "</p>"
        #expect(output.html.string == expected)
    }

    /// Escaped characters are found wherever they stand: eight bytes are
    /// looked at together, so each place in and across those words is tried.
    @Test func everyPlaceOfAnEscapedCharacterIsFound() {
        for character in ["&", "<", ">", "\"", "'"] {
            for place in 0..<20 {
                var letters = Array(repeating: "a", count: 20)
                letters[place] = character
                let text = letters.joined() + "Đảng"
                var output = HTMLOutput(capacity: 0)
                output.appendEscaped(text)
                #expect(output.html.string == HTMLEscaping.escape(text))
            }
        }
    }

    @Test func suffixesAreSeenAndRemoved() {
        var output = HTMLOutput(capacity: 0)
        output.append("<li><p>Chú thích</p>\n")
        #expect(output.hasSuffix("</p>\n"))
        #expect(!output.hasSuffix("</li>\n"))
        output.removeLast(5)
        output.append(12)
        #expect(output.html.string == "<li><p>Chú thích12")
        #expect(!HTMLOutput(capacity: 4).hasSuffix("\n"))
    }

    /// A template writes HTML values as they are with `{{{name}}}` and
    /// escapes them with `{{name}}`, as it does text.
    @Test func templatesWriteHTMLRawOrEscaped() throws {
        struct View: TemplateFields {
            func field(_ name: TemplateFieldName) -> TemplateValue? {
                name.text == "body" ? .html(HTML(trusted: "<b>Đảng & dân</b>")) : nil
            }
        }
        var library = TemplateLibrary()
        library.templates["t"] = try Template(parsing: "{{{body}}}|{{body}}|{{#body}}shown{{/body}}")
        #expect(library.render(View(), template: "t").string
                == "<b>Đảng & dân</b>|&lt;b&gt;Đảng &amp; dân&lt;/b&gt;|shown")
    }
}
