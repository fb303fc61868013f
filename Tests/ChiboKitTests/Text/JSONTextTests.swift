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
    }
}
