import Foundation

/// The templates and static files of a theme: `templates/*.mustache` and
/// `assets/*` (copied to the site's `assets/`), from the built-in theme with
/// the site's own theme folder laid over it file by file.
public struct Theme: Sendable {
    /// Templates every site needs.
    public static let requiredTemplates = ["layout", "page", "list", "home", "registry", "pack", "org", "orgs", "org-tree", "stats", "search",
                                             "document-header", "document-closing"]

    /// A static file of the theme, written to the site at `relativePath`:
    /// the built-in theme's bytes, or the site's own file.
    public struct Asset: Sendable {
        public let relativePath: String
        let source: ThemeFiles.Source
    }

    let library: TemplateLibrary
    public let assets: [Asset]

    /// Loads the theme; a template that is missing or does not parse is a
    /// `theme.template` diagnostic at its file, line and column. `directory`
    /// is the site's theme folder, which need not exist.
    public static func load(from directory: String, displayRoot: String) -> (Theme?, [Diagnostic]) {
        let files = ThemeFiles(folder: directory, displayRoot: displayRoot)
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        for name in requiredTemplates {
            let path = "templates/" + name + ".mustache"
            guard let file = files.file(path), let data = files.contents(of: file) else {
                diagnostics.append(Diagnostic(file: displayRoot + "/" + path, at: SourceLocation(line: 1, column: 1), code: .themeTemplate,
                                              message: Message(ThemeMessages.templateMissing, ["name": name])))
                continue
            }
            do {
                library.templates[name] = try Template(parsing: String(decoding: data, as: UTF8.self))
            } catch let error as Template.ParseError {
                diagnostics.append(Diagnostic(file: file.display, at: SourceLocation(line: error.line, column: error.column),
                                              code: .themeTemplate, message: Message(ThemeMessages.templateDoesNotParse, ["problem": error.message])))
            } catch {
                diagnostics.append(Diagnostic(file: file.display, at: SourceLocation(line: 1, column: 1), code: .themeTemplate,
                                              message: Message(ThemeMessages.templateDoesNotParse, ["problem": Message(verbatim: "\(error)")])))
            }
        }
        let assets = files.files(under: "assets").map { Asset(relativePath: $0.path, source: $0.source) }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (Theme(library: library, assets: assets), [])
    }

    func render(_ view: any TemplateFields, template: String) -> HTML {
        library.render(view, template: template)
    }
}
