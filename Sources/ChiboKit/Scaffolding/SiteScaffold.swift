import Foundation

/// `chibo new site DIR`: a site that checks clean and builds at once. The
/// content model's folders, the eight cell types, a home page, one example
/// guidance page citing one example directive the registry holds, a
/// `.gitignore` for the built site, and a README in Vietnamese for the
/// editor. The files are archetypes of the theme (`archetypes/site/`).
public struct SiteScaffold: Sendable {
    /// Each file of the site and the archetype it is made from.
    static let files: [(path: String, archetype: String)] = [
        ("README.md", "site/README.md"),
        (".gitignore", "site/gitignore"),
        ("content/site.yml", "site/site.yml"),
        ("content/types.yml", "site/types.yml"),
        ("content/index.md", "site/index.md"),
        ("content/guidance/index.md", "site/guidance-index.md"),
        ("content/guidance/trang-mau.md", "site/guidance.md"),
        ("content/directives/index.md", "site/directives-index.md"),
        ("content/directives/50-ct-tw.md", "site/directive.md"),
    ]

    /// Folders of the content model a new site has nothing in yet.
    static let emptyFolders = ["content/packs", "content/orgs"]

    public static var archetypeNames: [String] { files.map(\.archetype) }

    public static let defaultTitle = "Tài liệu sinh hoạt chi bộ"

    public let title: String

    public init(title: String = SiteScaffold.defaultTitle) {
        self.title = title
    }

    public func scaffold(_ archetypes: Archetypes) -> Scaffold {
        var fields = ArchetypeFields()
        fields[.title] = .text(YAMLScalar.quoted(title))
        let made = Self.files.map { Scaffold.File(relativePath: $0.path, contents: archetypes.render($0.archetype, fields)) }
        return Scaffold(files: made + Self.emptyFolders.map { Scaffold.File(relativePath: $0 + "/.gitkeep", contents: "") })
    }

    /// Makes `directory` for a new site: refused (nothing written) when it
    /// holds anything already, so no one's files are mixed into a new site.
    public static func prepare(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ScaffoldError(Message(ScaffoldMessages.siteFolderIsAFile, ["folder": directory]))
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            guard entries.isEmpty else {
                throw ScaffoldError(Message(ScaffoldMessages.siteFolderNotEmpty, ["folder": directory, "count": entries.count]))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ScaffoldError(Message(ScaffoldMessages.cannotMakeSiteFolder,
                                        ["folder": directory, "reason": Message(verbatim: error.localizedDescription)]))
        }
    }
}
