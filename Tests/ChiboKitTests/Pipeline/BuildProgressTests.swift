import Foundation
import Testing
@testable import ChiboKit

struct BuildProgressTests {
    /// The bar's counts are the work done: every page read and parsed at
    /// load, every page rendered, and the stages named as they start.
    @Test func progressCountsEveryPageOfEachStage() throws {
        let progress = BuildProgress()
        var loader = ContentLoader(root: Fixtures.path("golden-site/content"), displayRoot: "content", jobs: 2)
        loader.progress = progress
        let content = loader.load(into: DiagnosticEngine())
        let pages = content.pages.count
        #expect(pages > 5)
        #expect(progress.snapshot == BuildProgress.Snapshot(stage: "load", done: 2 * pages, total: 2 * pages))

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var options = BuildOptions(contentDirectory: Fixtures.path("golden-site/content"), themeDirectory: Fixtures.theme,
                                   outputDirectory: folder.path + "/site", jobs: 2)
        let building = BuildProgress()
        options.progress = building
        let report = try SitePipeline.build(options)
        #expect(report.wroteSite)
        // The stages a bar names, in the order a build runs them.
        #expect(building.stages == ["load", "site model", "citations", "citation checks", "records", "theme", "pages",
                                    "generated pages", "assets", "commit"])
    }
}
