import FlyingFox
import FlyingSocks
import Foundation

/// `chibo serve`'s HTTP side: the built site's files, with every HTML page
/// given the live-reload script, and `/_chibo/status`, which the script
/// asks (a long poll) whether a newer build is out and what it reported.
/// The files on disk are the site `chibo build` writes; only what is served
/// carries the script.
public final class SiteServer: Sendable {
    public let session: ServeSession
    let siteFolder: String
    private let server: HTTPServer

    /// Listens on `host` (an IPv4 address; loopback unless the editor asks
    /// for more) and `port`, 0 for any free port.
    public init(session: ServeSession, host: String = "127.0.0.1", port: UInt16) throws {
        self.session = session
        siteFolder = session.options.outputDirectory
        server = HTTPServer(address: try .inet(ip4: host, port: port), timeout: 60, logger: .disabled)
    }

    /// Serves until `stop()`; returns when the server stops.
    public func run() async throws {
        let files = SiteFileHandler(siteFolder: siteFolder, session: session)
        await server.appendRoute("GET,HEAD /_chibo/status") { [session] request in
            let status: ServeSession.Status
            if let after = request.query["after"].flatMap(Int.init) {
                status = await session.status(after: after, timeout: .seconds(20))
            } else {
                status = session.status
            }
            return HTTPResponse(statusCode: .ok, headers: Self.headers(type: "application/json; charset=utf-8"),
                                body: Data(ServeStatusJSON.encode(status, fixCommand: session.options.fixCommand).utf8))
        }
        await server.appendRoute("GET,HEAD /_chibo/live.js") { _ in
            HTTPResponse(statusCode: .ok, headers: Self.headers(type: "text/javascript; charset=utf-8"),
                         body: Data(LiveReload.script.utf8))
        }
        await server.appendRoute("GET,HEAD /_chibo/live.css") { _ in
            HTTPResponse(statusCode: .ok, headers: Self.headers(type: "text/css; charset=utf-8"),
                         body: Data(LiveReload.style.utf8))
        }
        await server.appendRoute("GET,HEAD *", to: files)
        try await server.run()
    }

    /// Waits until the server accepts connections; returns its port.
    public func waitUntilListening() async throws -> UInt16 {
        try await server.waitUntilListening(timeout: 10)
        switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): return port
        default: return 0
        }
    }

    public func stop() async {
        session.stop()
        await server.stop(timeout: 1)
    }

    /// Nothing served here is cached: a reload must show the new build.
    static func headers(type: String) -> HTTPHeaders {
        [.contentType: type, .cacheControl: "no-store"]
    }
}

/// The built site's files, looked up under the site folder and nowhere else.
struct SiteFileHandler: HTTPHandler {
    let siteFolder: String
    let session: ServeSession

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let relative = ServedPath.relativePath(ofURLPath: request.path) else {
            return notFound(request.path)
        }
        var path = relative.isEmpty ? "index.html" : relative
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: siteFolder + "/" + path, isDirectory: &isDirectory), isDirectory.boolValue {
            path += path.hasSuffix("/") || path.isEmpty ? "index.html" : "/index.html"
        }
        guard let data = FileManager.default.contents(atPath: siteFolder + "/" + path) else {
            // Browsers ask for it on their own; a site opened from disk
            // never does, so the theme has none.
            if path == "favicon.ico" { return HTTPResponse(statusCode: .noContent, headers: SiteServer.headers(type: "image/x-icon")) }
            return notFound(request.path)
        }
        let type = ServedPath.contentType(of: path)
        guard type.hasPrefix("text/html") else {
            return HTTPResponse(statusCode: .ok, headers: SiteServer.headers(type: type), body: data)
        }
        let page = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: session.status.generation)
        return HTTPResponse(statusCode: .ok, headers: SiteServer.headers(type: type), body: Data(page.utf8))
    }

    /// A page saying what was not found, with the overlay too: the page an
    /// editor is viewing may be the one the last build could not make.
    private func notFound(_ urlPath: String) -> HTTPResponse {
        let language = session.status.report?.siteLanguage ?? .vi
        func say(_ entry: OverlayMessages) -> String { HTMLEscaping.escape(Message(entry).text(in: language)) }
        let page = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(say(.notFoundTitle))</title></head>
            <body><h1>\(say(.notFoundTitle))</h1><p>\(say(.notFoundText)) <code>\(HTMLEscaping.escape(urlPath))</code></p>
            <p><a href="/index.html">\(say(.home))</a></p></body></html>
            """
        return HTTPResponse(statusCode: .notFound, headers: SiteServer.headers(type: "text/html; charset=utf-8"),
                            body: Data(LiveReload.inject(into: page, generation: session.status.generation).utf8))
    }
}

/// Turning a URL path into a file under the site folder.
enum ServedPath {
    /// The path under the site folder, or nil for one that would leave it
    /// (`..`) or that cannot be a file name (a NUL byte).
    static func relativePath(ofURLPath urlPath: String) -> String? {
        var path = urlPath
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        if path.contains("%") {
            guard let decoded = path.removingPercentEncoding else { return nil }
            path = decoded
        }
        guard !path.contains("\0"), !path.contains("\\") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { return nil }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "txt", "md", "csv", "yml", "yaml": "text/plain; charset=utf-8"
        case "zip": "application/zip"
        default: "application/octet-stream"
        }
    }
}
