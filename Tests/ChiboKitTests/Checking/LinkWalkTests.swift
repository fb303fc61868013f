import Testing
@testable import ChiboKit

/// `check` finds link problems by walking each page's links instead of
/// rendering it; the walk must meet exactly the links the renderer resolves,
/// or check and build would disagree.
struct LinkWalkTests {
    @Test(arguments: ["content", "golden-site/content", "check/link-broken/content", "check/link-anchor/content",
                      "check/accepted-findings/content", "check-formats/content"])
    func walkReportsWhatRenderingReports(_ folder: String) throws {
        let path = folder == "content" ? Fixtures.content : Fixtures.path(folder)
        let (site, _) = SitePipeline.model(BuildOptions(contentDirectory: path, jobs: 2), diagnostics: DiagnosticEngine())
        let renderer = PageBodyRenderer(site: site)
        for page in site.pages {
            #expect(renderer.linkDiagnostics(of: page) == renderer.render(page).diagnostics, "\(page.source.relativePath)")
        }
    }

    @Test func footnotesOnlyWhenShownAndDangerousLinksDropped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("guidance/a.md", """
            ---
            title: "T"
            ---
            Xem[^1] và [x](javascript:alert(1)).

            [^1]: [thiếu](khong-co.md)
            [^2]: [không ai đọc](cung-khong-co.md)
            """)
        let (site, _) = SitePipeline.model(BuildOptions(contentDirectory: folder.path, jobs: 1), diagnostics: DiagnosticEngine())
        let renderer = PageBodyRenderer(site: site)
        let found = renderer.linkDiagnostics(of: site.pages[0])
        #expect(found.map(\.subject) == ["khong-co.md"])
        #expect(found == renderer.render(site.pages[0]).diagnostics)
    }
}
