import Testing
@testable import ChiboKit

/// After a front-matter problem the keys that can be read are read, no
/// key that is written is reported missing, and the body is still read.
struct FrontMatterRecoveryTests {
    @Test func unclosedFrontMatterReadsItsKeysAndTakesTheBodyFromTheFirstOtherLine() {
        let (page, diagnostics) = page("---\ntitle: \"A\"\ndate: 2024-01-02\n\n## Mục một\n\nVăn bản.\n")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect(diagnostics[0].location == SourceLocation(line: 1, column: 1))
        #expect(diagnostics[0].message.description.contains("chibo read lines 2–3 as front matter and the rest, from line 4, as the body"))
        #expect(diagnostics[0].suggestion?.message.description == "add a line `---` after line 3, where the front matter ends")
        #expect(page.metadata.title == "A")
        #expect(page.metadata.date == CalendarDate(year: 2024, month: 1, day: 2))
        #expect(page.bodyFirstLine == 4)
        #expect(page.headings.map(\.text) == ["Mục một"])
    }

    @Test func unclosedFrontMatterEndsAtAHeadingOrSentenceToo() {
        let split = FrontMatterSplit.split("---\ntitle: A\n# Tiêu đề\ntype: x\n")
        #expect(split.yaml == "title: A")
        #expect(split.bodyFirstLine == 3)
        #expect(split.body == "# Tiêu đề\ntype: x\n")
        let sentence = FrontMatterSplit.split("---\ntitle: A\naliases:\n  - B\n- C\nLưu ý: đây là thân bài.\n")
        #expect(sentence.yaml == "title: A\naliases:\n  - B\n- C")
        #expect(sentence.bodyFirstLine == 6)
        let nothing = FrontMatterSplit.split("---\nVăn bản.\n")
        #expect(nothing.yaml == "")
        #expect(nothing.unclosedYAMLLines == nil)
        #expect(nothing.bodyFirstLine == 2)
    }

    /// A key written twice is one problem, at its second line: the other
    /// keys are still read and judged (a date that does not exist).
    @Test func aKeyWrittenTwiceHidesNoOtherKey() {
        let (page, diagnostics) = page("---\ntitle: \"Một\"\nsummary: \"S\"\ntitle: \"Hai\"\ndate: 2024-13-45\n---\n\nVăn bản.\n")
        #expect(diagnostics.map { "\($0.location.line) \($0.code.rawValue)" } == ["4 frontmatter.invalid", "5 frontmatter.invalid"])
        #expect(diagnostics.first?.message.description == "`title` is written twice, here and at line 2; chibo reads the first")
        #expect(page.metadata.title == "Một")
        #expect(page.metadata.summary == "S")
    }

    /// A pack whose front matter is never closed: its month and type are
    /// written, so neither is "missing".
    @Test func unclosedPackFrontMatterInventsNoMissingMonthOrType() {
        let (page, diagnostics) = page("---\ntitle: \"Sinh hoạt tháng 1\"\nmonth: 2026-01\ntype: xom\n\nNội dung.\n", at: "packs/2026-01/xom.md")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect(page.metadata.month == CalendarMonth(iso: "2026-01"))
        #expect(page.metadata.packType == "xom")
    }

    @Test func aBrokenLineHidesNoOtherKey() {
        let (page, diagnostics) = page("---\ntitle: \"Hướng dẫn\"\nsummary: Tóm tắt: một\ndate: 2024-01-02\n---\nThân bài.\n")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect(diagnostics[0].location.line == 3)
        #expect(page.metadata.title == "Hướng dẫn")
        #expect(page.metadata.date == CalendarDate(year: 2024, month: 1, day: 2))
    }

    @Test func aKeyWrittenOnABrokenLineIsNotMissing() {
        let (page, diagnostics) = page("---\ntitle: \"Nghị quyết \"Về đảng\" số 1\"\ndate: 2024-01-02\n---\nThân bài.\n")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid], "\(diagnostics.map(\.message))")
        #expect(page.metadata.keyLocations["title"] == SourceLocation(line: 2, column: 1))
        #expect(page.metadata.date != nil)
    }

    @Test func aKeyNotWrittenIsStillMissing() {
        let (_, diagnostics) = page("---\nsummary: a: b\ndate: 2024-01-02\n---\n")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid, .frontMatterMissing])
    }

    @Test func twoBrokenLinesAreBothReported() {
        let (page, diagnostics) = page("---\ntitle: A: b\nsummary: \"x\"y\"\ndate: 2024-01-02\n---\n")
        #expect(diagnostics.map(\.location.line) == [2, 3])
        #expect(page.metadata.date != nil)
    }

    /// A problem of the whole text (an alias) is not read key by key: an
    /// alias read alone would name an anchor it cannot see.
    @Test func aliasesAreNotReadKeyByKey() {
        let (_, diagnostics) = page("---\ntitle: \"A\"\nl0: &a [\"x\"]\nl1: [*a, *b]\n---\n")
        #expect(diagnostics.filter { $0.code == .frontMatterInvalid }.count == 1)
        #expect(!diagnostics.contains { $0.code == .frontMatterMissing })
    }
}
