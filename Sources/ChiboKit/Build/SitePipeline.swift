import Foundation

/// The stages in order: load the content, model the site, render it
/// through the theme. `build` writes the result; `check` runs the same
/// loading, modelling and link resolution and writes nothing, so the two
/// never disagree about the content.
public enum SitePipeline {
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        try checkFolders(options, writing: true)
        let diagnostics = DiagnosticEngine()
        let (site, fileCount) = model(options, diagnostics: diagnostics)
        let (theme, themeProblems) = Theme.load(from: options.themeDirectory, displayRoot: options.themeDirectory)
        diagnostics.emit(contentsOf: themeProblems)
        guard let theme else {
            return BuildReport(diagnostics: diagnostics.diagnostics, fileCount: fileCount, pageCount: 0, wroteSite: false)
        }
        let output: StagedOutput
        do {
            output = try StagedOutput(finalPath: options.outputDirectory)
        } catch {
            throw EnvironmentError("cannot create a staging folder beside \(options.outputDirectory): \(error.localizedDescription)")
        }
        do {
            try SiteRenderer(site: site, theme: theme, jobs: options.jobs).render(to: output, diagnostics: diagnostics)
        } catch {
            output.discard()
            throw EnvironmentError("cannot write the site: \(error)")
        }
        let report = diagnostics.diagnostics
        // A build with errors keeps the previous site untouched.
        guard !diagnostics.hasErrors else {
            output.discard()
            return BuildReport(diagnostics: report, fileCount: fileCount, pageCount: site.contentPageCount, wroteSite: false)
        }
        do {
            try output.commit()
        } catch {
            output.discard()
            throw EnvironmentError("cannot put the new site in place at \(options.outputDirectory): \(error)")
        }
        return BuildReport(diagnostics: report, fileCount: fileCount, pageCount: site.contentPageCount, wroteSite: true)
    }

    /// The same stages without the theme and without writing: every page's
    /// Markdown is rendered to resolve its links, so check and build report
    /// the same content problems.
    public static func check(_ options: BuildOptions) throws -> BuildReport {
        try checkFolders(options, writing: false)
        let diagnostics = DiagnosticEngine()
        let (site, fileCount) = model(options, diagnostics: diagnostics)
        diagnostics.emit(contentsOf: PageBodyRenderer(site: site).diagnosticsOfAllPages(jobs: options.jobs))
        return BuildReport(diagnostics: diagnostics.diagnostics, fileCount: fileCount, pageCount: site.contentPageCount, wroteSite: false)
    }

    static func model(_ options: BuildOptions, diagnostics: DiagnosticEngine) -> (Site, Int) {
        var (site, fileCount) = modelBeforeCitations(options, diagnostics: diagnostics)
        site.citations = SiteCitations(pages: site.pages, registry: site.registry, jobs: options.jobs)
        diagnostics.emit(contentsOf: site.citations.textProblems(pages: site.pages))
        return (site, fileCount)
    }

    /// The site model up to its registry, without reading citations: what
    /// `chibo cite --content` needs to resolve the citations of other files.
    static func modelBeforeCitations(_ options: BuildOptions, diagnostics: DiagnosticEngine) -> (Site, Int) {
        let loader = ContentLoader(root: options.contentDirectory, displayRoot: options.contentDisplayRoot, jobs: options.jobs)
        let content = loader.load(into: diagnostics)
        let site = SiteBuilder(isPublicEdition: options.isPublicEdition, displayRoot: options.contentDisplayRoot)
            .build(content, into: diagnostics)
        return (site, content.fileCount)
    }

    /// Refuses to run where the folders make no sense or where swapping the
    /// output folder would destroy the sources.
    static func checkFolders(_ options: BuildOptions, writing: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EnvironmentError("content folder `\(options.contentDirectory)` does not exist (use --content DIR)")
        }
        guard FileManager.default.isReadableFile(atPath: options.contentDirectory) else {
            throw EnvironmentError("content folder `\(options.contentDirectory)` cannot be read")
        }
        guard writing else { return }
        let output = absolute(options.outputDirectory)
        let protected = [absolute(options.contentDirectory), absolute(options.themeDirectory),
                         absolute(FileManager.default.currentDirectoryPath), "/"]
        for folder in protected where folder == output || folder.hasPrefix(output + "/") || output == "/" {
            throw EnvironmentError("refusing to use `\(options.outputDirectory)` as the output folder: it holds `\(folder)`, which a build would replace")
        }
        let content = absolute(options.contentDirectory)
        if output.hasPrefix(content + "/") {
            throw EnvironmentError("refusing to write the site inside the content folder `\(options.contentDirectory)`")
        }
    }

    private static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return ContentWalker.realPath(url.path) ?? url.path
    }
}
