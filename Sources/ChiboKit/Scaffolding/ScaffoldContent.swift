import Foundation

/// What `chibo new` reads from the content folder before it writes: the
/// cell types, organisation records and directive registry, modelled as
/// `check` models them (`SitePipeline.modelBeforeCitations`), so that a
/// scaffold agrees with what `check` will say of it.
public struct ScaffoldContent: Sendable {
    public let directory: String
    /// How the content folder is named in messages (`content`).
    public let displayRoot: String
    let site: Site

    public static func load(directory: String, jobs: Int? = nil) throws -> ScaffoldContent {
        let options = BuildOptions(contentDirectory: directory, jobs: jobs)
        try SitePipeline.checkFolders(options, writing: false)
        // The content's own problems are `check`'s to report; `new` only
        // refuses what would make its files wrong.
        let (site, _) = SitePipeline.modelBeforeCitations(options, diagnostics: DiagnosticEngine())
        return ScaffoldContent(directory: directory, displayRoot: options.contentDisplayRoot, site: site)
    }

    var registry: DirectiveRegistry { site.registry }
    var organisations: Organisations { site.organisations }

    func display(_ relativePath: String) -> String { displayRoot + "/" + relativePath }

    /// The file at a content path, decoded as the loader decodes it; nil
    /// when there is none.
    func source(at relativePath: String) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: directory + "/" + relativePath) else { return nil }
        return SourceFile.decode(data, relativePath: relativePath, displayPath: display(relativePath)).0
    }

    func fileExists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: directory + "/" + relativePath)
    }
}
