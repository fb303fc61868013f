import Foundation
import Testing
@testable import ChiboKit

/// A site made of inline pages, for resolving links without any disk.
private func site(_ files: [String: String], assets: [String] = [], publicEdition: Bool = false) -> (Site, DiagnosticEngine) {
    let pages = files.keys.sorted().map { page(files[$0]!, at: $0).0 }
    let content = LoadedContent(config: SiteConfig(), pages: pages,
                                assets: assets.map { ContentEntry(relativePath: $0, absolutePath: "/dev/null") },
                                files: pages.map(\.source.displayPath))
    let diagnostics = DiagnosticEngine()
    return (SiteBuilder(isPublicEdition: publicEdition, displayRoot: "content").build(content, into: diagnostics), diagnostics)
}

private func resolve(_ destination: String, from path: String, in site: Site, line: Int = 1, column: Int = 1)
    -> (String?, [Diagnostic]) {
    let resolver = LinkResolver(site: site, page: site.page(source: path)!)
    let href = resolver.resolve(LinkReference(destination: destination, isImage: false, line: line, byteColumn: column))
    return (href, resolver.diagnostics)
}

struct LinkResolverTests {
    let files = [
        "guidance/a/de-an.md": "---\ntitle: Đề án\n---\n## Phần thứ hai\n",
        "guidance/b.md": "---\ntitle: B\n---\n## Mục tiêu cụ thể\n",
        "directives/50.md": "---\nsymbol: 50-CT/TW\ndate: 2025-07-23\n---\n",
        "gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n",
    ]

    @Test(arguments: [
        ("../directives/50.md", "guidance/b.md", "../directives/50-ct-tw.html"),
        ("a/de-an.md#phan-thu-hai", "guidance/b.md", "a/de-an.html#phan-thu-hai"),
        ("../b.md#muc-tieu-cu-the", "guidance/a/de-an.md", "../b.html#muc-tieu-cu-the"),
        ("#muc-tieu-cu-the", "guidance/b.md", "#muc-tieu-cu-the"),
        ("/gioi-thieu.md", "guidance/a/de-an.md", "../../gioi-thieu.html"),
        ("a/", "guidance/b.md", "a/index.html"),
        ("../guidance/index.md", "directives/50.md", "../guidance/index.html"),
        ("../hinh/sơ đồ.png", "guidance/b.md", "../hinh/s%C6%A1%20%C4%91%E1%BB%93.png"),
        ("b.md?x=1", "guidance/b.md", "b.html"),
    ])
    func rewritesToRelativeBuiltURLs(destination: String, from: String, expected: String) {
        let (site, _) = site(files, assets: ["hinh/sơ đồ.png"])
        let (href, diagnostics) = resolve(destination, from: from, in: site)
        #expect(diagnostics.isEmpty)
        #expect(href == expected)
    }

    @Test(arguments: ["https://example.org/x.md", "mailto:a@b.vn", "//cdn.example.org/x"])
    func leavesLinksToTheWorldAlone(destination: String) {
        let (site, _) = site(files)
        let (href, diagnostics) = resolve(destination, from: "guidance/b.md", in: site)
        #expect(href == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func missingFileIsReportedWhereTheLinkIsWritten() {
        let (site, _) = site(files)
        // Body line 1 is file line 4 (after 3 lines of front matter); byte
        // column 9 follows "## Mục", 6 scalars in 8 bytes.
        let (_, diagnostics) = resolve("a/de-am.md", from: "guidance/b.md", in: site, line: 1, column: 9)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].code == .linkBroken)
        #expect(diagnostics[0].file == "content/guidance/b.md")
        #expect(diagnostics[0].location == SourceLocation(line: 4, column: 7))
        #expect(diagnostics[0].suggestion?.replacement == "a/de-an.md")
    }

    @Test func missingAnchorIsReportedWithTheNearestOne() {
        let (site, _) = site(files)
        let (_, diagnostics) = resolve("a/de-an.md#phan-thu-ba", from: "guidance/b.md", in: site)
        #expect(diagnostics.map(\.code) == [.linkAnchor])
        #expect(diagnostics[0].suggestion?.replacement == "a/de-an.md#phan-thu-hai")
    }

    @Test func anchorWrittenAsTextSuggestsItsSlug() {
        let (site, _) = site(files)
        let (_, diagnostics) = resolve("#Mục tiêu cụ thể", from: "guidance/b.md", in: site)
        #expect(diagnostics.first?.suggestion?.replacement == "#muc-tieu-cu-the")
    }

    @Test func linkOutOfTheContentFolderIsBroken() {
        let (site, _) = site(files)
        let (_, diagnostics) = resolve("../../../etc/passwd", from: "guidance/b.md", in: site)
        #expect(diagnostics.map(\.code) == [.linkBroken])
        #expect(diagnostics[0].message.description.contains("outside the content folder"))
    }

    @Test func publicPageLinkingToInternalOneIsReportedInThePublicEdition() {
        var withInternal = files
        withInternal["guidance/noi-bo.md"] = "---\ntitle: Nội bộ\nvisibility: internal\n---\n"
        let (publicSite, _) = site(withInternal, publicEdition: true)
        #expect(publicSite.page(source: "guidance/noi-bo.md") == nil)
        let (_, diagnostics) = resolve("noi-bo.md", from: "guidance/b.md", in: publicSite)
        #expect(diagnostics.map(\.code) == [.linkInternal])

        let (fullSite, _) = site(withInternal)
        #expect(resolve("noi-bo.md", from: "guidance/b.md", in: fullSite).1.isEmpty)
    }
}

struct SiteBuilderTests {
    @Test func directiveSymbolsThatCollideGetTheirDate() {
        let (site, diagnostics) = site([
            "directives/a.md": "---\nsymbol: 01-HD/TU\ndate: 2021-03-01\n---\n",
            "directives/b.md": "---\nsymbol: 01-HD/TU\ndate: 2016-05-02\n---\n",
        ])
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(site.page(source: "directives/b.md")?.outputPath == "directives/01-hd-tu.html")
        #expect(site.page(source: "directives/a.md")?.outputPath == "directives/01-hd-tu-20210301.html")
    }

    @Test func foldersNamedLikeSectionsStillGetTheirIndex() {
        let (site, _) = site([
            "packsreview/a.md": "---\ntitle: A\n---\n",
            "directives-old/b.md": "---\ntitle: B\n---\n",
            "packs/notes/c.md": "---\ntitle: C\n---\n",
        ])
        #expect(site.folders.contains("packsreview"))
        #expect(site.folders.contains("directives-old"))
        // The packs section has its own indexes, by month.
        #expect(!site.folders.contains("packs") && !site.folders.contains("packs/notes"))
    }

    @Test func sourcesThatWouldOverwriteEachOtherAreReported() {
        let (_, diagnostics) = site([
            "guidance/Ke-hoach.md": "---\ntitle: A\n---\n",
            "guidance/ke-hoach.md": "---\ntitle: B\n---\n",
            "search.md": "---\ntitle: C\n---\n",
        ])
        let found = diagnostics.diagnostics
        #expect(found.map(\.code) == [.buildCollision, .buildCollision])
        #expect(found.contains { $0.file == "content/search.md" })
        #expect(found.contains { $0.file == "content/guidance/ke-hoach.md" && $0.message.description.contains("Ke-hoach.md") })
    }
}
