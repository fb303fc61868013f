import Testing
@testable import ChiboKit

/// Raw HTML a site allowed keeps its markup but loses its scripts, unless
/// the site allowed scripts too.
struct RawHTMLScriptTests {
    @Test(arguments: [
        ("<img src=x onerror=alert(1)>", "<img src=\"x\">"),
        ("<div ONCLICK=\"x()\" class=\"a\">hi</div>", "<div class=\"a\">hi</div>"),
        ("<a href=\"javascript:alert(1)\">a</a>", "<a href=\"#\">a</a>"),
        ("<a href=' JaVaScRiPt:alert(1)'>a</a>", "<a href='#'>a</a>"),
        ("<a href=\"data:text/html,<script>x</script>\">d</a>", "<a href=\"#\">d</a>"),
        ("<img src=\"data:image/png;base64,AAAA\">", "<img src=\"data:image/png;base64,AAAA\">"),
        ("<iframe srcdoc=\"<script>x</script>\"></iframe>", "<iframe></iframe>"),
        ("<svg/onload=alert(1)>", "<svg>"),
        ("a < b and <b>bold</b>", "a < b and <b>bold</b>"),
    ])
    func handlersAndScriptAddressesAreRemoved(_ written: String, _ shown: String) {
        #expect(HTMLEscaping.withoutScripts(written) == shown)
    }

    @Test func scriptsStayOnlyWhenTheSiteAllowsThem() {
        let document = MarkdownParser.parse("<div onclick=\"x()\">a</div>\n\n<script>alert(1)</script>\n")
        var renderer = HTMLRenderer()
        renderer.allowRawHTML = true
        let safe = renderer.render(document).string
        #expect(!safe.contains("onclick") && !safe.contains("<script>"))
        renderer.allowScripts = true
        let trusted = renderer.render(document).string
        #expect(trusted.contains("onclick") && trusted.contains("<script>"))
    }
}
