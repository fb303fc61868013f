import Foundation

/// The templates `chibo new` fills, `theme/archetypes/*`: Mustache like
/// the page templates and rendered by the same engine, but as text. No
/// value is HTML-escaped (`{{x}}` writes what `{{{x}}}` does); the Swift
/// side hands every front-matter value over already written for YAML
/// (`YAMLScalar`), and the body gets only labels it made itself.
public struct Archetypes: Sendable {
    /// Where the archetypes live in a theme.
    public static let folder = "archetypes"

    private let library: TemplateLibrary

    /// Loads the named archetypes (`pack.md`, `org.yml`): the site's theme
    /// folder's, else the built-in theme's; one that is missing or does not
    /// parse stops the command, naming it.
    public static func load(_ names: [String], themeDirectory: String) throws -> Archetypes {
        let files = ThemeFiles(folder: themeDirectory, displayRoot: themeDirectory)
        var library = TemplateLibrary()
        library.escapesValues = false
        for name in names {
            let path = folder + "/" + name
            guard let file = files.file(path), let data = files.contents(of: file) else {
                throw ScaffoldError(Message(ScaffoldMessages.archetypeMissing, ["path": "\(themeDirectory)/\(path)"]))
            }
            do {
                library.templates[name] = try Template(parsing: String(decoding: data, as: UTF8.self))
            } catch let error as Template.ParseError {
                throw ScaffoldError(Message(ScaffoldMessages.archetypeDoesNotParse, [
                    "file": file.display, "line": error.line, "column": error.column, "reason": error.message,
                ]))
            }
        }
        return Archetypes(library: library)
    }

    /// The archetype filled with `fields`.
    func render(_ name: String, _ fields: ArchetypeFields) -> String {
        library.render(fields, template: name).string
    }
}

/// What an archetype can read: a few named values, looked up by the
/// names templates are parsed into.
struct ArchetypeFields: TemplateFields {
    var values: [TemplateFieldName.Known: TemplateValue] = [:]

    subscript(name: TemplateFieldName.Known) -> TemplateValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    func field(_ name: TemplateFieldName) -> TemplateValue? {
        name.known.flatMap { values[$0] }
    }
}
