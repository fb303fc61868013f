import Foundation

/// The templates and static files of `theme/`: `templates/*.mustache` and
/// `assets/*` (copied to the site's `assets/`).
public struct Theme: Sendable {
    /// Templates every site needs.
    public static let requiredTemplates = ["layout", "page", "list", "home", "registry", "pack", "org", "orgs", "org-tree", "stats", "search"]

    let library: TemplateLibrary
    public let assetFiles: [(relativePath: String, absolutePath: String)]

    /// Loads the theme; a template that is missing or does not parse is a
    /// `theme.template` diagnostic at its file, line and column.
    public static func load(from directory: String, displayRoot: String) -> (Theme?, [Diagnostic]) {
        var library = TemplateLibrary()
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
                library.templates[name] = try Template(parsing: String(decoding: data, as: UTF8.self))
            } catch let error as Template.ParseError {
                diagnostics.append(Diagnostic(file: display, at: SourceLocation(line: error.line, column: error.column),
                                              code: .themeTemplate, message: "template does not parse: \(error.message)"))
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

    func render(_ view: any TemplateFields, template: String) -> HTML {
        library.render(view, template: template)
    }
}
