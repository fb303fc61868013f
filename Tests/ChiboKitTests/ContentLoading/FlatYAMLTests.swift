import Foundation
import Testing
@testable import ChiboKit

/// The flat front-matter reader against Yams: whatever it reads, it reads
/// as Yams does (values, quoting, lines and columns); whatever it cannot,
/// it leaves to Yams.
struct FlatYAMLTests {
    static func dump(_ result: (YAMLValue?, Diagnostic?)) -> String { "\(String(describing: result.0)) \(String(describing: result.1))" }

    static func flatReadsAsYams(_ yaml: String, firstLine: Int = 2) -> (read: Bool, same: Bool) {
        let reader = YAMLReader(file: "x.md", firstLine: firstLine)
        guard let flat = FlatYAML.read(yaml, firstLine: firstLine) else { return (false, true) }
        return (true, dump((flat, nil)) == dump(reader.readWithYams(yaml)))
    }

    @Test(arguments: [
        "title: \"Công tác tư tưởng ở chi bộ, tỉnh Thanh Hóa\"\ndate: 2007-10-31\n",
        "symbol: \"9199-HD/UBKTTW\"\ndate: 2025-05-21\nkind: \"Hướng dẫn\"\nissuer: \"Ủy ban Kiểm tra Trung ương\"",
        "implements: [\"50-CT/TW@2025-07-23\"]\nreplaces: [ \"Đảng ủy\" , \"b\"]  \nx: []\n",
        "kind: Hướng dẫn   \nmonth: 2025-12\ntype: hop-tac-xa\n",
        "a: x#y\nb: \"q # not a comment\"\nc: a:b\nd: null\ne: 12\n",
        "title: Đảng ủy\u{00A0}xã\nsummary: “trích” …\n",
        "ratings.2023: HTXSNV\nmembers_on_site: 11\n",
    ])
    func readsAsYamsDoes(_ yaml: String) {
        let result = Self.flatReadsAsYams(yaml)
        #expect(result.read && result.same)
    }

    /// Shapes the flat reader must leave to Yams (it would read them
    /// differently, or Yams reports a problem in them).
    @Test(arguments: [
        "title: a\ntitle: b\n",                    // a key twice: Yams says so
        "title: a # comment\n",
        "title: \"a\" # comment\n",
        "title: \"a\\u00e0\"\n",                    // an escape
        "title: >\n  folded\n",
        "accept:\n  - code: x\n",
        "title: a\n\nsummary: b\n",
        "# comment\ntitle: a\n",
        "title: a: b\n",
        "title: Chuyên đề: x\n",
        "f: 'single'\n",
        "title: a:\n",
        "title: ~\n",
        "title: &x a\n",
        "title: - a\n",
        "title:\ta\n",
        "title: a\u{0085}b\n",
        "title: a\u{2028}b\n",
        "title: \u{FEFF}a\n",
        "title: \"unclosed\n",
        "list: [\"a\", b]\n",
        "list: [\"a\",]\n",
        "list: [\"a\"] x\n",
        " title: a\n",
        "title : a\n",
        "---\ntitle: a\n",
        "",
    ])
    func leavesOtherShapesToYams(_ yaml: String) {
        #expect(FlatYAML.read(yaml, firstLine: 2) == nil)
    }

    /// Every front matter of the real site that the flat reader takes, it
    /// reads as Yams does.
    @Test func realFrontMatterReadsAsYamsDoes() throws {
        var read = 0
        let root = Fixtures.content
        let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            let split = FrontMatterSplit.split(text)
            guard let yaml = split.yaml else { continue }
            let result = Self.flatReadsAsYams(yaml, firstLine: split.yamlFirstLine)
            if result.read { read += 1 }
            #expect(result.same, "\(file)")
        }
        #expect(read > 30)
    }
}
