import Foundation
import Mustache

/// Escapes template values the same way as swift-mustache's HTML content
/// type, but over bytes; templates opt in with `{{% CONTENT_TYPE: CHIBO_HTML}}`.
struct ChiboHTMLContentType: MustacheContentType {
    static let name = "CHIBO_HTML"
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

/// The templates and static files of `theme/`: `templates/*.mustache` and
/// `assets/*` (copied to the site's `assets/`).
public struct Theme: Sendable {
    /// Registered once, before any template is parsed.
    private static let contentTypeRegistered: Bool = {
        MustacheContentTypes.register(ChiboHTMLContentType(), named: ChiboHTMLContentType.name)
        return true
    }()

    /// Templates every site needs.
    public static let requiredTemplates = ["layout", "page", "list", "home", "registry", "pack", "org", "orgs", "org-tree", "stats", "search"]

    let library: MustacheLibrary
    public let assetFiles: [(relativePath: String, absolutePath: String)]

    /// Loads the theme; a template that is missing or does not parse is a
    /// `theme.template` diagnostic at its file, line and column.
    public static func load(from directory: String, displayRoot: String) -> (Theme?, [Diagnostic]) {
        _ = contentTypeRegistered
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        let templatesDirectory = directory + "/templates"
        for name in requiredTemplates {
            let path = templatesDirectory + "/" + name + ".mustache"
            let display = displayRoot + "/templates/" + name + ".mustache"
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(Diagnostic(file: display, at: SourceLocation(line: 1, column: 1), code: .themeTemplate,
                                              message: "template `\(name)` is missing"))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: String(decoding: data, as: UTF8.self)), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(file: display,
                                              at: SourceLocation(line: error.context.lineNumber, column: error.context.columnNumber),
                                              code: .themeTemplate, message: "template does not parse: \(error.error)"))
            } catch {
                diagnostics.append(Diagnostic(file: display, at: SourceLocation(line: 1, column: 1), code: .themeTemplate,
                                              message: "template does not parse: \(error)"))
            }
        }
        var assets: [(String, String)] = []
        let assetsDirectory = directory + "/assets"
        if let enumerator = FileManager.default.enumerator(atPath: assetsDirectory) {
            for case let path as String in enumerator {
                var isDirectory: ObjCBool = false
                let absolute = assetsDirectory + "/" + path
                if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue,
                   !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    assets.append(("assets/" + path, absolute))
                }
            }
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (Theme(library: library, assetFiles: assets.sorted { $0.0 < $1.0 }), [])
    }

    func render(_ view: Any, template: String) -> String {
        library.render(view, withTemplate: template) ?? ""
    }
}
