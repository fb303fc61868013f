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

    /// The relative URL between any two paths (empty segments, leading and
    /// trailing slashes, shared and unshared folders) is the one the plain
    /// definition gives: up out of the page's folder past what the two
    /// share, then down the target's segments, each percent-encoded.
    @Test func relativeURLFollowsItsDefinitionForManyPaths() {
        func reference(from: String, to: String) -> String {
            let directory = from.lastIndex(of: "/").map { String(from[..<$0]) } ?? ""
            let fromSegments = directory.split(separator: "/").map(String.init)
            let target = to.split(separator: "/").map(String.init)
            var common = 0
            while common < fromSegments.count, common < target.count - 1, fromSegments[common] == target[common] { common += 1 }
            var out = String(repeating: "../", count: fromSegments.count - common)
            out += target[common...].map(SitePath.encodeSegment).joined(separator: "/")
            if out.hasSuffix("/") && target.count == common { out.removeLast() }
            return out
        }
        let parts = ["a", "b", "x.html", "Đảng ủy", "/", "//"]
        var state: UInt64 = 7
        func path() -> String {
            var text = ""
            for _ in 0..<Int(state % 6) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += parts[Int(state >> 33) % parts.count]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return text
        }
        for _ in 0..<2000 {
            let (from, to) = (path(), path())
            #expect(SitePath.relativeURL(from: from, to: to) == reference(from: from, to: to), "\(from) -> \(to)")
        }
    }

    /// Resolving a link against its page's folder is the plain definition:
    /// the folder's segments, then each of the link's (`.` skipped, `..`
    /// dropping the last, nil past the root), a leading `/` starting over.
    @Test func resolveFollowsItsDefinitionForManyPaths() {
        func reference(_ relative: String, from directory: String) -> String? {
            var parts = relative.hasPrefix("/") ? [] : directory.split(separator: "/").map(String.init)
            for part in relative.split(separator: "/").map(String.init) where part != "." {
                if part == ".." {
                    if parts.isEmpty { return nil }
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            }
            return parts.joined(separator: "/")
        }
        #expect(SitePath.resolve("../d0070/p081.md", from: "guidance/d0099") == "guidance/d0070/p081.md")
        #expect(SitePath.resolve("../../../x.md", from: "guidance/d0099") == nil)
        #expect(SitePath.resolve("/packs/./a.md", from: "guidance") == "packs/a.md")
        let parts = ["a", "..", ".", "Đảng ủy", "/", "//", "..."]
        var state: UInt64 = 11
        func path() -> String {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int((state >> 33) % 7) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += parts[Int(state >> 33) % parts.count]
            }
            return text
        }
        for _ in 0..<3000 {
            let (relative, directory) = (path(), path())
            #expect(SitePath.resolve(relative, from: directory) == reference(relative, from: directory), "\(relative) from \(directory)")
        }
    }

    @Test func encodeSegmentKeepsUnreservedBytesOnly() {
        #expect(SitePath.encodeSegment("50-ct_tw.~x") == "50-ct_tw.~x")
        #expect(SitePath.encodeSegment("a b/ç%") == "a%20b%2F%C3%A7%25")
        #expect(SitePath.percentDecode(SitePath.encodeSegment("Đảng ủy")) == "Đảng ủy")
    }
}
