import Foundation
import FuzzSupport
@testable import ChiboKit

/// The Markdown and citation pass, in memory, as a build runs it: the bytes
/// are decoded as a content file, made into a page (`ContentLoader.page`:
/// front matter, cmark-gfm parse with the depth check, heading anchors),
/// put into a site beside the real directives (`SiteBuilder`: output paths,
/// registry), its text runs extracted and citations recognised and resolved
/// (`SiteCitations`), checked (`CitationChecker`, `TableTotalChecker`) and
/// the body rendered to HTML with citation links (`PageBodyRenderer`).
/// The first byte chooses the page kind; raw HTML is allowed for odd ones.
private let paths = ["guidance/fuzz.md", "packs/2026-12/fuzz.md", "directives/fuzz.md", "fuzz.md"]

/// The directive pages keep their metadata (the registry needs it) but lose
/// their text, so that each input's citation pass reads only the input.
private let directivesWithoutText: [Page] = FuzzSupport.directivePages.map { page in
    var page = page
    page.document = MarkdownNode.emptyDocument
    return page
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = FuzzSupport.data(bytes, size)
    let selector = Int(data.first ?? 0)
    let path = paths[selector % paths.count]
    let (source, decodeProblems) = SourceFile.decode(data, relativePath: path, displayPath: "content/" + path)
    if source.isBinary { return 0 }
    guard let page = ContentLoader.page(from: source, problems: decodeProblems).0 else { return 0 }

    var config = SiteConfig()
    config.rawHTML = selector & 0x10 != 0
    config.rawHTMLScripts = selector & 0x20 != 0
    let content = LoadedContent(config: config, pages: FuzzSupport.directivePages + [page], assets: [], files: [])
    var site = SiteBuilder(isPublicEdition: false, displayRoot: "content").build(content, into: DiagnosticEngine())
    guard let index = site.index(ofSource: path) else { return 0 }
    var pages = directivesWithoutText
    while pages.count < site.pages.count { pages.append(site.pages[pages.count]) }
    site.citations = SiteCitations(pages: &pages, registry: site.registry, moreAliases: site.internalAliases, jobs: 1)
    _ = site.citations.textProblems(pages: [site.pages[index]])
    _ = CitationChecker(site: site).diagnostics(ofPageAt: index)
    _ = TableTotalChecker().diagnostics(of: site.pages[index])
    let renderer = PageBodyRenderer(site: site)
    _ = renderer.render(site.pages[index])
    _ = renderer.linkDiagnostics(of: site.pages[index])
    return 0
}

// Last, after every global above is set: libFuzzer takes over.
FuzzSupport.run(fuzz)
