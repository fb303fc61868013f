import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import ChiboKit

/// `chibo serve` in process: a real server on a free loopback port, a real
/// content folder edited on disk, pages fetched over HTTP.
@Suite(.serialized)
struct ServeTests {
    private static func fetch(_ url: String) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: url)!)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `url` until its body contains `text` or `limit` passes;
    /// returns how long it took, nil if it never did.
    private static func waitFor(_ text: String, at url: String, within limit: Duration) async throws -> Duration? {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < limit {
            if try await fetch(url).body.contains(text) { return ContinuousClock.now - start }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// The session's status once `wanted` holds of it, or the last one
    /// when `limit` passes first.
    private static func status(of session: ServeSession, within limit: Duration,
                               where wanted: (ServeSession.Status) -> Bool) async -> ServeSession.Status {
        var status = session.status
        let start = ContinuousClock.now
        while !wanted(status) && ContinuousClock.now - start < limit {
            status = await session.status(after: status.generation, timeout: limit)
        }
        return status
    }

    private struct Served {
        let folder: TemporaryFolder
        let session: ServeSession
        let server: SiteServer
        let base: String
        let task: Task<Void, Never>

        var content: String { folder.path + "/content" }

        func stop() async {
            await server.stop()
            task.cancel()
            folder.remove()
        }
    }

    private static func serve(_ files: [String: String]) async throws -> Served {
        let folder = try TemporaryFolder()
        for (path, text) in files { try folder.write("content/" + path, text) }
        let options = BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                   outputDirectory: folder.path + "/site", jobs: 2)
        let session = ServeSession(options: options)
        session.build()
        let server = try SiteServer(session: session, port: 0)
        let task = Task { _ = try? await server.run() }
        let port = try await server.waitUntilListening()
        session.watch { _, _ in }
        return Served(folder: folder, session: session, server: server, base: "http://127.0.0.1:\(port)", task: task)
    }

    private static let guide = """
        ---
        title: "Hướng dẫn thử"
        date: 2026-01-05
        ---

        Đoạn đầu tiên.
        """

    /// The edit is served while the server runs. How fast is measured by
    /// `chibo-bench` (the live session's rebuilds), not here: this suite
    /// runs beside every other test on two cores, where a two-second
    /// deadline failed now and then with nothing wrong.
    @Test func anEditIsServedWhileTheServerRuns() async throws {
        let served = try await Self.serve(["guidance/thu.md": Self.guide])
        let first = try await Self.fetch(served.base + "/guidance/thu.html")
        #expect(first.status == 200)
        #expect(first.body.contains("Đoạn đầu tiên."))
        #expect(first.body.contains("/_chibo/live.js?generation=1"))
        // The built file itself carries no script.
        let onDisk = try String(contentsOfFile: served.folder.path + "/site/guidance/thu.html", encoding: .utf8)
        #expect(!onDisk.contains("_chibo"))

        try Self.guide.replacingOccurrences(of: "Đoạn đầu tiên.", with: "Đoạn đã sửa lúc phiên họp.")
            .write(toFile: served.content + "/guidance/thu.md", atomically: true, encoding: .utf8)
        let waited = try await Self.waitFor("Đoạn đã sửa lúc phiên họp.", at: served.base + "/guidance/thu.html",
                                            within: .seconds(15))
        #expect(waited != nil, "the edit was not served within 15 seconds")
        await served.stop()
    }

    @Test func aBrokenBuildKeepsTheLastGoodSiteAndRecovers() async throws {
        let served = try await Self.serve(["guidance/thu.md": Self.guide])
        let page = served.base + "/guidance/thu.html"
        try (Self.guide + "\nXem [trang mất](khong-co.md), bản lỗi.\n")
            .write(toFile: served.content + "/guidance/thu.md", atomically: true, encoding: .utf8)
        // An editor's save may come as more than one change; wait for the build that saw it all.
        let failed = await Self.status(of: served.session, within: .seconds(5)) { $0.isFailed }
        #expect(failed.isFailed)
        #expect(failed.report?.diagnostics.contains { $0.code == .linkBroken && $0.location.line == 7 } == true)
        // Still the last good page, and the browser is told what is wrong.
        let stale = try await Self.fetch(page)
        #expect(stale.status == 200 && stale.body.contains("Đoạn đầu tiên.") && !stale.body.contains("bản lỗi"))
        let status = try await Self.fetch(served.base + "/_chibo/status")
        #expect(status.body.contains("\"failed\":true") && status.body.contains("link.broken"))

        try (Self.guide + "\nĐã sửa, bản tốt.\n").write(toFile: served.content + "/guidance/thu.md", atomically: true, encoding: .utf8)
        #expect(try await Self.waitFor("Đã sửa, bản tốt.", at: page, within: .seconds(5)) != nil)
        // The files are in place a moment before the build's status is out.
        #expect(!(await Self.status(of: served.session, within: .seconds(5)) { !$0.isFailed }).isFailed)
        await served.stop()
    }

    @Test func aLongPollAnswersWhenTheNextBuildIsOut() async throws {
        let served = try await Self.serve(["guidance/thu.md": Self.guide])
        async let answer = Self.fetch(served.base + "/_chibo/status?after=1")
        try await Task.sleep(for: .milliseconds(300))
        try (Self.guide + "\nThêm.\n").write(toFile: served.content + "/guidance/thu.md", atomically: true, encoding: .utf8)
        let body = try await answer.body
        #expect(body.hasPrefix("{\"generation\":2,"))
        await served.stop()
    }

    @Test func nothingOutsideTheSiteFolderIsServed() async throws {
        let served = try await Self.serve(["guidance/thu.md": Self.guide])
        try "bí mật".write(toFile: served.folder.path + "/secret.txt", atomically: true, encoding: .utf8)
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/guidance/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt"] {
            let answer = try await Self.fetch(served.base + path)
            #expect(answer.status == 404, "\(path)")
            #expect(!answer.body.contains("bí mật"), "\(path)")
        }
        await served.stop()
    }

    @Test func servedPathsStayInsideTheSite() {
        #expect(ServedPath.relativePath(ofURLPath: "/") == "")
        #expect(ServedPath.relativePath(ofURLPath: "/guidance/x.html?q=1#top") == "guidance/x.html")
        #expect(ServedPath.relativePath(ofURLPath: "/packs/2027-01/") == "packs/2027-01/")
        #expect(ServedPath.relativePath(ofURLPath: "/a/./b.html") == "a/b.html")
        #expect(ServedPath.relativePath(ofURLPath: "/a/../../b.html") == nil)
        #expect(ServedPath.relativePath(ofURLPath: "/%2e%2e/b.html") == nil)
        #expect(ServedPath.relativePath(ofURLPath: "/a%00.html") == nil)
    }

    @Test func theScriptIsAddedToTheHeadAndRequestsToTheServerAllowed() {
        let page = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; connect-src 'none'\">"
            + "</head><body>x</body></html>"
        let served = LiveReload.inject(into: page, generation: 7)
        #expect(served.contains("connect-src 'self'") && !served.contains("connect-src 'none'"))
        #expect(served.contains("<script src=\"/_chibo/live.js?generation=7\" defer></script></head>"))
    }

    @Test func changesAreNoticedByTheSnapshot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.md", "một")
        try folder.write("sub/b.md", "hai")
        let before = FolderSnapshot(of: [folder.path])
        try folder.write(".a.md.swp", "tạm")
        #expect(FolderSnapshot(of: [folder.path]).changes(since: before).isEmpty)
        try folder.write("sub/b.md", "hai, sửa")
        try folder.write("c.md", "ba")
        try FileManager.default.removeItem(atPath: folder.path + "/a.md")
        #expect(FolderSnapshot(of: [folder.path]).changes(since: before) == ["a.md", "c.md", "sub/b.md"].map { folder.path + "/" + $0 })
    }
}
