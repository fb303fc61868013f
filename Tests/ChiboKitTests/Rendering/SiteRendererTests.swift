import Foundation
import Testing
@testable import ChiboKit

/// An output that keeps what it is given and refuses some paths, as a full
/// disk or a read-only folder would.
private final class RefusingOutput: SiteOutput, @unchecked Sendable {
    let refused: Set<String>
    private let lock = NSLock()
    private var tried: Set<String> = []

    init(refusing refused: Set<String>) { self.refused = refused }

    var triedPaths: Set<String> { lock.withLock { tried } }

    func write(_ contents: String, to path: String) throws {
        lock.withLock { _ = tried.insert(path) }
        if refused.contains(path) { throw OutputError(message: Message(verbatim: "refused")) }
    }

    func write(_ html: HTML, to path: String) throws {
        try write(html.string, to: path)
    }

    func copy(from absolutePath: String, to path: String) throws {}
}

struct SiteRendererTests {
    private func site() throws -> (Site, Theme) {
        let options = BuildOptions(contentDirectory: Fixtures.path("golden-site/content"), themeDirectory: Fixtures.theme, jobs: 2)
        let (site, _) = SitePipeline.model(options, diagnostics: DiagnosticEngine())
        let theme = try #require(Theme.load(from: Fixtures.theme, displayRoot: "theme").0)
        return (site, theme)
    }

    /// Content pages and organisation pages are written on several threads:
    /// a page that cannot be written stops the build with the first such
    /// page in page order, named, and every other page is still tried.
    @Test(arguments: [
        ["guidance/noi-bo.html", "guidance/huong-dan.html"],
        ["orgs/xom-b.html", "orgs/xom-a.html"],
    ])
    func aPageThatCannotBeWrittenIsNamedAndTheOthersAreTried(refused: [String]) throws {
        let (site, theme) = try site()
        let output = RefusingOutput(refusing: Set(refused))
        let renderer = SiteRenderer(site: site, theme: theme, jobs: 2)
        let error = #expect(throws: OutputError.self) { try renderer.render(to: output, diagnostics: DiagnosticEngine()) }
        // The refused pages' stage, its pages in order.
        let stage = refused[0].hasPrefix("orgs/") ? site.organisations.records.map { Site.outputPath(ofOrganisation: $0.id) }
            : site.pages.filter { !$0.isFolderIntroduction }.map(\.outputPath)
        let first = try #require(stage.first(where: refused.contains))
        #expect(first != refused[0], "the cases list the later page first")
        #expect(error?.message.description.hasPrefix(first + ": ") == true, "\(error?.message.description ?? "no error")")
        // The stage went on past the refused pages: every page of it was tried.
        #expect(output.triedPaths.isSuperset(of: stage))
    }
}
