import Foundation
import Testing
@testable import ChiboKit

struct FrontMatterSplitTests {
    @Test func splitsYAMLFromBodyAndCountsLines() {
        let split = FrontMatterSplit.split("---\ntitle: A\ndate: 2024-01-02\n---\n# Body\n")
        #expect(split.yaml == "title: A\ndate: 2024-01-02")
        #expect(split.yamlFirstLine == 2)
        #expect(split.bodyFirstLine == 5)
        #expect(split.body == "# Body\n")
    }

    @Test func emptyFrontMatterAndOtherFences() {
        let empty = FrontMatterSplit.split("---\n---\nBody")
        #expect(empty.yaml == "")
        #expect(empty.body == "Body")
        #expect(empty.bodyFirstLine == 3)
        let dots = FrontMatterSplit.split("---  \ntitle: A\n...\n")
        #expect(dots.yaml == "title: A")
        #expect(dots.body == "")
        let notFence = FrontMatterSplit.split("----\ntitle: A\n---\n")
        #expect(notFence.yaml == nil)
    }

    @Test func fileWithoutFrontMatterIsAllBody() {
        let split = FrontMatterSplit.split("# Title\n\n---\n")
        #expect(split.yaml == nil)
        #expect(split.bodyFirstLine == 1)
    }

    @Test func unterminatedFrontMatterIsReported() {
        let (_, diagnostics) = page("---\ntitle: A\n\nBody text\n")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect(diagnostics.first?.message.description.contains("never closed") == true)
    }
}

struct MetadataTests {
    @Test func readsTypedMetadata() {
        let (page, diagnostics) = page("""
            ---
            title: "Hướng dẫn"
            date: 2014-10-10
            replaces: ["10-HD/BTCTW@2007-10-10"]
            visibility: internal
            ---
            Text.
            """)
        #expect(diagnostics.isEmpty)
        #expect(page.metadata.title == "Hướng dẫn")
        #expect(page.metadata.date == CalendarDate(year: 2014, month: 10, day: 10))
        #expect(page.metadata.replaces == ["10-HD/BTCTW@2007-10-10"])
        #expect(page.metadata.visibility == .internal)
    }

    @Test func missingTitleIsReportedAtTheFrontMatter() {
        let (_, diagnostics) = page("---\ndate: 2020-01-01\n---\nText\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].code == .frontMatterMissing)
        #expect(diagnostics[0].file == "content/guidance/x.md")
        #expect(diagnostics[0].location == SourceLocation(line: 1, column: 1))
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-04-31"])
    func impossibleDateIsReportedAtItsValue(date: String) {
        let (_, diagnostics) = page("---\ntitle: A\ndate: \(date)\n---\n")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect(diagnostics[0].location == SourceLocation(line: 3, column: 7))
        #expect(diagnostics[0].message.description.contains("does not exist"))
    }

    @Test func leapDayExists() {
        let (_, diagnostics) = page("---\ntitle: A\ndate: 2024-02-29\n---\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func badlyShapedDateSaysTheExpectedForm() {
        let (_, diagnostics) = page("---\ntitle: A\ndate: 10/10/2014\n---\n")
        #expect(diagnostics.first?.message.description.contains("YYYY-MM-DD") == true)
    }

    @Test func wrongTypeIsReported() {
        let (_, diagnostics) = page("---\ntitle: [a, b]\n---\n")
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect(diagnostics[0].location.line == 2)
    }

    @Test func misspeltKeySuggestsTheKnownOne() {
        let (_, diagnostics) = page("---\ntitle: A\nsumary: B\n---\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].code == .frontMatterUnknownKey)
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].location == SourceLocation(line: 3, column: 1))
        #expect(diagnostics[0].suggestion?.replacement == "summary")
    }

    @Test func yamlSyntaxErrorIsReportedAtItsLine() {
        let (page, diagnostics) = page("---\ntitle: A\ndate: [2020\nsummary: x\n---\nBody\n")
        #expect(diagnostics.contains { $0.code == .frontMatterInvalid && $0.location.line >= 3 })
        // The body is still parsed: the rest of the page builds.
        #expect(page.document.children.isEmpty == false)
    }

    @Test func directiveNeedsSymbolNotTitle() {
        let (_, diagnostics) = page("---\ndate: 2025-07-23\n---\n", at: "directives/x.md")
        #expect(diagnostics.map(\.code) == [.frontMatterMissing])
        #expect(diagnostics[0].message.description.contains("symbol"))
    }
}

struct SourceFileTests {
    @Test func bomAndCRLFAreRemovedAndColumnsCountScalars() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntitle: Ả\r\n---\r\nĐảng [x](y.md)\r\n".utf8)
        let (source, diagnostics) = SourceFile.decode(data, relativePath: "a.md", displayPath: "content/a.md")
        #expect(diagnostics.isEmpty)
        #expect(Array(source.text.utf8) == Array("---\ntitle: Ả\n---\nĐảng [x](y.md)\n".utf8))
        // "Đảng " is 5 scalars but 8 bytes: byte column 9 is scalar column 6.
        #expect(source.location(line: 4, byteColumn: 9) == SourceLocation(line: 4, column: 6))
    }

    @Test func loneCarriageReturnsEndLinesToo() {
        let data = Data("a\rb\r\n\rc\r".utf8)
        let (source, diagnostics) = SourceFile.decode(data, relativePath: "a.md", displayPath: "content/a.md")
        #expect(Array(source.text.utf8) == Array("a\nb\n\nc\n".utf8))
        #expect(diagnostics.map(\.location.line) == [1])
    }

    @Test func invalidUTF8AndNFDAreReported() {
        var data = Data("ok\n".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        let (_, bad) = SourceFile.decode(data, relativePath: "a.md", displayPath: "a.md")
        #expect(bad.map(\.code) == [.textEncoding])
        #expect(bad[0].location.line == 2)

        let nfd = Data("a\nMục\n".decomposedStringWithCanonicalMapping.utf8)
        let (source, notNFC) = SourceFile.decode(nfd, relativePath: "a.md", displayPath: "a.md")
        #expect(notNFC.map(\.code) == [.textEncoding])
        #expect(notNFC[0].location.line == 2)
        #expect(source.text == "a\nMục\n")
    }
}
