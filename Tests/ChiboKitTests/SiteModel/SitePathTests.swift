import Testing
@testable import ChiboKit

/// Relative URLs between site paths: the links of every page go through
/// them, and they must work from disk (percent-encoded, no leading `/`).
struct SitePathTests {
    @Test(arguments: [
        ("index.html", "guidance/a.html", "guidance/a.html"),
        ("guidance/a.html", "guidance/b.html", "b.html"),
        ("guidance/x/a.html", "guidance/y/b.html", "../y/b.html"),
        ("guidance/x/a.html", "index.html", "../../index.html"),
        ("guidance/x/a.html", "guidance/x/y/z.html", "y/z.html"),
        ("a/b/c.html", "a/b", "../b"),
        ("a/b/c.html", "", "../.."),
        ("guidance/a.html", "guidance/Đảng ủy/chỉ thị #1.html", "%C4%90%E1%BA%A3ng%20%E1%BB%A7y/ch%E1%BB%89%20th%E1%BB%8B%20%231.html"),
        ("a//b/c.html", "a/b/d.html", "d.html"),
    ])
    func relativeURL(from: String, to: String, expected: String) {
        #expect(SitePath.relativeURL(from: from, to: to) == expected)
    }

    @Test func encodeSegmentKeepsUnreservedBytesOnly() {
        #expect(SitePath.encodeSegment("50-ct_tw.~x") == "50-ct_tw.~x")
        #expect(SitePath.encodeSegment("a b/ç%") == "a%20b%2F%C3%A7%25")
        #expect(SitePath.percentDecode(SitePath.encodeSegment("Đảng ủy")) == "Đảng ủy")
    }
}
