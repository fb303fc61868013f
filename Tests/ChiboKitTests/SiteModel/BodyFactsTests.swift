import Foundation
import Testing
@testable import ChiboKit

/// A build keeps no Markdown trees: what later stages need is read at load
/// (`BodyFacts`), and a page's tree is parsed again where it is rendered.
/// These tests hold the facts to what the tree itself gives.
struct BodyFactsTests {
    /// Sites with and without aliases, in a public edition that leaves an
    /// internal directive (and its alias) out, and in a full one.
    static let sites: [(content: String, isPublic: Bool)] = [
        (Fixtures.path("check/link-internal/content"), true),
        (Fixtures.path("check/link-internal/content"), false),
        (Fixtures.path("golden-site/content"), false),
        (Fixtures.content, false),
    ]

    /// The site as a build models it, with no budget for keeping trees:
    /// every page is read and parsed again where it is rendered.
    private func model(_ content: String, isPublic: Bool) -> Site {
        var options = BuildOptions(contentDirectory: content, isPublicEdition: isPublic, jobs: 2)
        options.keptPageBytes = 0
        return SitePipeline.modelBeforeCitations(options, diagnostics: DiagnosticEngine()).0
    }

    /// The loader reads citations before the registry exists, with aliases
    /// it works out from the front matter: they must be the registry's.
    @Test(arguments: sites)
    func citationsAreReadAtLoadWithTheRegistrysAliases(site: (content: String, isPublic: Bool)) {
        let loaded = model(site.content, isPublic: site.isPublic)
        let expected = loaded.registry.aliases + loaded.internalAliases
        #expect(loaded.citationAliases.map { "\($0.name)→\($0.symbol)" } == expected.map { "\($0.name)→\($0.symbol)" })
        if site.content.hasSuffix("link-internal/content") {
            // The internal directive's alias is the registry's in a full
            // edition; a public one leaves it out and still reads it.
            let alias = "Hướng dẫn đổi mới sinh hoạt chi bộ của tỉnh"
            #expect(loaded.registry.aliases.contains { $0.name == alias } == !site.isPublic)
            #expect(loaded.internalAliases.contains { $0.name == alias } == site.isPublic)
            #expect(loaded.citationAliases.contains { $0.name == alias })
        }
        #expect(loaded.pages.allSatisfy { $0.bodyFacts.citations != nil })

        // The same pages read again from their Markdown, as a page made
        // outside a build is.
        var fromFacts = loaded.pages
        var fromTrees = loaded.pages
        for index in fromTrees.indices { fromTrees[index].bodyFacts.citations = nil }
        let read = SiteCitations(pages: &fromFacts, registry: loaded.registry, moreAliases: loaded.internalAliases,
                                 readWith: loaded.citationAliases, jobs: 2)
        let reread = SiteCitations(pages: &fromTrees, registry: loaded.registry, moreAliases: loaded.internalAliases,
                                   jobs: 1)
        #expect(read.byPage.flatMap { $0 }.count > 0)
        #expect(Self.describe(read) == Self.describe(reread))
        #expect(fromFacts.allSatisfy { $0.bodyFacts.citations == nil }, "the site's citations are held once")
    }

    /// An internal directive filed before a public one: a public edition
    /// reads the registry's alias first and the left-out one after it.
    @Test func aPublicEditionReadsLeftOutAliasesAfterTheRegistrys() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/directives/a.md", """
            ---
            symbol: "01-HD/TU"
            date: 2025-11-13
            kind: "Hướng dẫn"
            issuer: "Tỉnh ủy"
            visibility: internal
            aliases: ["Hướng dẫn nội bộ của tỉnh"]
            ---
            Nội dung.
            """)
        try folder.write("content/directives/b.md", """
            ---
            symbol: "02-HD/TU"
            date: 2025-11-14
            kind: "Hướng dẫn"
            issuer: "Tỉnh ủy"
            aliases: ["Hướng dẫn công khai của tỉnh"]
            ---
            Nội dung.
            """)
        try folder.write("content/guidance/x.md", """
            ---
            title: X
            ---
            Theo Hướng dẫn công khai của tỉnh và Hướng dẫn nội bộ của tỉnh.
            """)
        let loaded = model(folder.path + "/content", isPublic: true)
        #expect(loaded.citationAliases.map(\.name) == ["Hướng dẫn công khai của tỉnh", "Hướng dẫn nội bộ của tỉnh"])
        #expect(loaded.pages.first { $0.source.relativePath == "guidance/x.md" }?.bodyFacts.citations?.count == 2)
    }

    /// Search text and table totals are what the tree gives, and the tree a
    /// page parses again is the tree it was loaded from.
    @Test(arguments: sites)
    func factsAndTheTreeParsedAgainMatchTheLoadedTree(site: (content: String, isPublic: Bool)) {
        let loaded = model(site.content, isPublic: site.isPublic)
        #expect(!loaded.pages.isEmpty)
        for loadedPage in loaded.pages {
            #expect(loadedPage.keptDocument == nil, "no budget, no kept tree: \(loadedPage.source.relativePath)")
            #expect(loadedPage.source.text.isEmpty && loadedPage.body.isEmpty, "nor texts")
            let (page, problem) = loadedPage.reopened()
            #expect(problem == nil)
            let (kept, _) = ContentLoader.page(from: page.source)
            guard let kept, let tree = kept.keptDocument else {
                Issue.record("no page made of \(page.source.relativePath)")
                continue
            }
            #expect(Self.outline(page.document) == Self.outline(tree), "\(page.source.relativePath)")
            #expect(page.bodyFacts.searchText
                == [page.metadata.summary, tree.plainText].compactMap { $0 }.joined(separator: " "))
            #expect(page.bodyFacts.tableTotalProblems.map(\.message)
                == TableTotalChecker().diagnostics(of: kept).map(\.message))
            #expect(page.headings.map(\.anchor) == kept.headings.map(\.anchor))
        }
    }

    /// A build reads a page's file again to render it; a file edited or
    /// removed since it was read is reported, never rendered from the new
    /// bytes against the old facts.
    @Test func aPageIsReadAgainOnlyFromTheFileItWasLoadedFrom() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "---\ntitle: Một\n---\n# Mục\n\nNội dung.\n"
        try folder.write("content/guidance/a.md", text)
        try folder.write("content/guidance/b.md", text)
        try folder.write("content/guidance/c.md", text)
        let loaded = ContentLoader(root: folder.path + "/content", displayRoot: "content", jobs: 2)
            .load(into: DiagnosticEngine()).pages
        #expect(loaded.map(\.source.text) == ["", "", ""])
        try folder.write("content/guidance/b.md", text + "Thêm.\n")
        try FileManager.default.removeItem(atPath: folder.path + "/content/guidance/c.md")
        let reopened = loaded.map { $0.reopened() }
        #expect(reopened[0].problem == nil && reopened[0].page.source.text == text && reopened[0].page.body == "# Mục\n\nNội dung.\n")
        #expect(loaded[0].origin?.isText == true)
        for changed in reopened.dropFirst() {
            #expect(changed.problem?.code == .buildUnreadable && changed.problem?.file == changed.page.source.displayPath)
        }
    }

    /// A file that needed decoding (a BOM, CRLF, decomposed letters) is
    /// decoded again the same way; one that did not is taken as it is.
    @Test func aFileReadAgainIsDecodedAsAtLoad() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plain = "---\ntitle: Một\n---\nNội dung.\n"
        let written = "\u{FEFF}---\r\ntitle: Mo\u{0323}\u{0302}t\r\n---\r\nNội dung.\r\n"
        try folder.write("content/guidance/a.md", plain)
        try folder.write("content/guidance/b.md", written)
        let loaded = ContentLoader(root: folder.path + "/content", displayRoot: "content", jobs: 1)
            .load(into: DiagnosticEngine()).pages
        #expect(loaded.map { $0.origin?.isText } == [true, false])
        for page in loaded {
            let again = page.reopened()
            #expect(again.problem == nil)
            #expect(again.page.source.text == plain, "\(page.source.relativePath)")
            #expect(again.page.source.wasNormalised == page.source.wasNormalised)
        }
    }

    @Test func tableTotalsAreReadAtLoad() throws {
        let source = SourceFile(relativePath: "guidance/t.md", displayPath: "content/guidance/t.md", text: """
            ---
            title: Bảng
            ---
            | Chi bộ | Đảng viên |
            |---|---|
            | A | 3 |
            | B | 4 |
            | Tổng | 8 |
            """)
        let (page, _) = ContentLoader.page(from: source)
        #expect(page?.bodyFacts.tableTotalProblems.map(\.code) == [.recordsTotal])
    }

    private static func describe(_ citations: SiteCitations) -> [String] {
        citations.byPage.enumerated().flatMap { page, occurrences in
            occurrences.map { occurrence in
                let pieces = occurrence.nodePieces.map { "\($0.node):\($0.range)" }.joined(separator: ",")
                return "\(page) \(occurrence.citation.text) \(occurrence.citation.start) \(occurrence.anchor ?? "-") "
                    + "\(occurrence.section ?? "-") \(pieces) \(occurrence.resolvedEntry.map(String.init) ?? "-")"
            }
        }
    }

    private static func outline(_ node: MarkdownNode) -> [String] {
        var lines: [String] = []
        node.forEach { lines.append("\($0.kind) \($0.startLine):\($0.startColumn)-\($0.endLine):\($0.endColumn) \($0.children.count)") }
        return lines
    }
}
