import Foundation

/// Where each diagnostic code's page of the editor's guide is, so that a
/// report can end every finding with the page that explains it.
///
/// The guide is the chibo site in the repository's `docs/`; its page for a
/// code is `ma-loi/<code>.md`, built to `ma-loi/<code>.html`.
public struct DiagnosticGuide: Sendable, Equatable {
    /// The folder of the guide: its source (`docs`) or an installed copy.
    public var folder: String
    /// `md` for the source, `html` for a built copy.
    public var pageExtension: String

    public init(folder: String, pageExtension: String) {
        self.folder = folder
        self.pageExtension = pageExtension
    }

    /// The guide's source in the chibo repository.
    public static let source = DiagnosticGuide(folder: "docs", pageExtension: "md")

    /// The page of `code`, relative to the guide's site: SARIF's `helpUri`.
    public static func sitePath(of code: DiagnosticCode) -> String { "ma-loi/\(code.rawValue).html" }

    /// The page of `code` as an absolute `file:` URI, when the guide is a
    /// built copy at an absolute path (SARIF's `helpUri` must be absolute).
    public func uri(of code: DiagnosticCode) -> String? {
        guard pageExtension == "html", folder.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: page(of: code)).absoluteString
    }

    /// The page of `code` as a reader can open it.
    public func page(of code: DiagnosticCode) -> String {
        "\(folder)/ma-loi/\(code.rawValue).\(pageExtension)"
    }

    /// The built guide installed with chibo (`share/doc/chibo/huong-dan`
    /// beside `bin/`, or `huong-dan` beside the binary in the release
    /// folder), when there is one; otherwise the source in the repository.
    public static func installed(besideExecutable executable: String) -> DiagnosticGuide {
        let binFolder = (executable as NSString).deletingLastPathComponent
        let candidates = [
            (binFolder as NSString).appendingPathComponent("huong-dan"),
            ((binFolder as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/doc/chibo/huong-dan"),
        ]
        for folder in candidates
        where FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("index.html")) {
            return DiagnosticGuide(folder: (folder as NSString).standardizingPath, pageExtension: "html")
        }
        return .source
    }
}
