import Testing
@testable import ChiboKit

/// Strings quoted for JSON and for the search index's scripts: every
/// control character escaped, and U+2028/U+2029, which end a line inside a
/// JavaScript string.
struct JSONTextTests {
    @Test(arguments: [
        ("plain Việt", "\"plain Việt\""),
        ("quote \" back \\ slash", "\"quote \\\" back \\\\ slash\""),
        ("tab\tnew\nreturn\r", "\"tab\\tnew\\nreturn\\r\""),
        ("\u{0}\u{1F}", "\"\\u0000\\u001f\""),
        ("line\u{2028}para\u{2029}end", "\"line\\u2028para\\u2029end\""),
        ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
        ("", "\"\""),
    ])
    func quotes(text: String, expected: String) {
        #expect(JSONText.string(text) == expected)
        var appended = Array("x".utf8)
        JSONText.append(text, to: &appended)
        #expect(appended == Array(("x" + expected).utf8))
    }

    /// Each escaped character is found wherever it stands (eight bytes are
    /// looked at together), and dashes and quotes, which share U+2028's
    /// first byte, are left as they are.
    @Test func everyPlaceOfAnEscapedCharacterIsFound() {
        let escaped: [(String, String)] = [("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\u{1}", "\\u0001"),
                                            ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"), ("–", "–"), ("“", "“")]
        for (character, written) in escaped {
            for place in 0..<20 {
                let before = String(repeating: "a", count: place), after = String(repeating: "b", count: 19 - place)
                #expect(JSONText.string(before + character + after + "ệ") == "\"" + before + written + after + "ệ\"")
            }
        }
    }
}
