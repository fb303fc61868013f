import Foundation
import Testing
@testable import ChiboKit

/// `chibo serve` builds on its watch thread while the server's handlers
/// read the status and anyone may ask for a build: the live state has one
/// owner. Run under the thread sanitizer in CI (`.ci/run`), where an
/// unguarded access fails the run; here, the builds must still come out
/// one after the other, each whole or incremental as a lone build would.
struct ServeConcurrencyTests {
    @Test func buildsAskedForFromSeveralThreadsRunOneAfterTheOther() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.path + "/content"
        try FileManager.default.copyItem(atPath: Fixtures.path("golden-site/content"), toPath: content)
        let session = ServeSession(options: BuildOptions(contentDirectory: content, themeDirectory: Fixtures.theme,
                                                         outputDirectory: folder.path + "/site", jobs: 2))
        session.build()
        let page = try #require(FileManager.default.enumerator(atPath: content)?.compactMap { $0 as? String }
            .first { $0.hasSuffix(".md") && !$0.hasSuffix("index.md") && $0.hasPrefix("guidance/") })
        let edited = content + "/" + page
        let builds = 6
        let statuses = await withTaskGroup(of: (built: Bool, status: ServeSession.Status).self) { group in
            for round in 0..<builds {
                group.addTask {
                    if round % 2 == 0 {
                        let text = (try? String(contentsOfFile: edited, encoding: .utf8)) ?? ""
                        try? (text + "\nĐoạn thêm \(round).\n").write(toFile: edited, atomically: true, encoding: .utf8)
                    }
                    return (true, session.build(changed: [edited]))
                }
                group.addTask {
                    // A reader, as the server's long poll is.
                    (false, await session.status(after: 0, timeout: .milliseconds(10)))
                }
            }
            var built: [ServeSession.Status] = []
            for await (isBuild, status) in group where isBuild { built.append(status) }
            return built
        }
        #expect(Set(statuses.map(\.generation)) == Set(2...(builds + 1)), "two builds published as one")
        #expect(statuses.allSatisfy { $0.report?.wroteSite == true })
        #expect(session.status.generation == builds + 1)
        #expect(session.status.report?.wroteSite == true)
        // The site the last build left is the one a whole build makes.
        let whole = try SitePipeline.build(BuildOptions(contentDirectory: content, themeDirectory: Fixtures.theme,
                                                        outputDirectory: folder.path + "/whole", jobs: 2))
        #expect(whole.wroteSite)
        let served = snapshot(of: folder.path + "/site"), built = snapshot(of: folder.path + "/whole")
        #expect(Set(served.keys).union(built.keys).filter { served[$0] != built[$0] }.isEmpty)
    }
}
