import Foundation
import CLibFuzzer
@testable import ChiboKit

/// What the fuzz targets share: the project's real content folder, read
/// once per process, so that each input meets the same directives, cell
/// types, stats and rules a real build has.
public enum FuzzSupport {
    /// `content/` of the checkout (or `CHIBO_FUZZ_CONTENT`).
    public static let contentRoot: String = {
        if let root = ProcessInfo.processInfo.environment["CHIBO_FUZZ_CONTENT"], !root.isEmpty { return root }
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content").path
    }()

    /// A content file decoded as the loader decodes it, or nil when absent.
    public static func source(_ relativePath: String) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: contentRoot + "/" + relativePath) else { return nil }
        return SourceFile.decode(data, relativePath: relativePath, displayPath: "content/" + relativePath).0
    }

    /// The real directive pages, parsed: the registry every citation is
    /// resolved against.
    public static let directivePages: [Page] = {
        let folder = contentRoot + "/directives"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let pages = names.compactMap { name -> Page? in
            guard let source = source("directives/" + name) else { return nil }
            return ContentLoader.page(from: source).0
        }
        if pages.isEmpty {
            FileHandle.standardError.write(Data("fuzz: no directive pages under \(folder); set CHIBO_FUZZ_CONTENT\n".utf8))
        }
        return pages
    }()

    /// The input as a file would arrive: raw bytes.
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Data {
        guard let bytes, size > 0 else { return Data() }
        return Data(bytes: bytes, count: size)
    }

    /// Hands the process to libFuzzer's driver with `body` as the target:
    /// fuzzing, or replaying the files given as arguments.
    public static func run(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, body))
    }

    /// Stops the process the way libFuzzer notices: a property broken.
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("fuzz property broken: " + message + "\n").utf8))
        abort()
    }
}
