/// A month's pack for one cell type as one printable meeting document: the
/// month's header with the type, the common part (chung.md), the type's
/// part, and the directives both cite. chung.md gets a page of its own too,
/// so that "cited at" links from directive pages have a place to land.
struct PackPages {
    let site: Site
    let renderer: SiteRenderer

    static let commonFileName = "chung.md"
    /// Ids of the common part inside a type's pack start with this.
    static let commonIDPrefix = "chung-"

    func render(_ page: Page) -> (HTML, [Diagnostic]) {
        let parts = page.source.relativePath.split(separator: "/").map(String.init)
        let folder = parts.count == 3 ? parts[1] : ""
        let isCommon = parts.last == Self.commonFileName
        let month = CalendarMonth(iso: folder) ?? page.metadata.month
        let typeID = isCommon ? nil : String((parts.last ?? "").dropLast(3))
        let type = typeID.flatMap { site.organisations.type(id: $0) }
        var diagnostics: [Diagnostic] = []

        let (body, bodyProblems) = PageBodyRenderer(site: site).render(page)
        diagnostics += bodyProblems
        let common = isCommon ? nil : site.page(source: "packs/\(folder)/\(Self.commonFileName)")
        var commonHTML = HTML.empty
        if let common {
            // The common page reports its own link problems when it is rendered.
            commonHTML = PageBodyRenderer(site: site).render(common, idPrefix: Self.commonIDPrefix).html
        }
        let cited = citedDirectives(of: [common, page].compactMap { $0 }, from: page.outputPath)
        let monthText = month?.numeric ?? folder
        let words = renderer.words
        let heading = words(.packHeading, ["month": monthText])
        let typeName = isCommon ? words[.commonPartForEveryCellType] : (type?.name ?? typeID ?? "")
        let view = PackView(
            words: words,
            heading: heading,
            typeName: typeName,
            typeURL: type.map { SitePath.relativeURL(from: page.outputPath, to: Site.outputPath(ofType: $0.id)) } ?? "",
            hasType: type != nil,
            topic: page.title,
            kindLabel: words.meetingKind(page.metadata.kind),
            summary: page.metadata.summary ?? "", hasSummary: page.metadata.summary != nil,
            isInternal: page.metadata.visibility == .internal,
            commonHTML: commonHTML, hasCommon: common != nil,
            commonURL: common.map { SitePath.relativeURL(from: page.outputPath, to: $0.outputPath) } ?? "",
            bodyHTML: body,
            partHeading: isCommon ? words[.commonContent] : words(.partFor, ["type": type?.name ?? typeID ?? ""]),
            directives: cited, hasDirectives: !cited.isEmpty,
            monthURL: SitePath.relativeURL(from: page.outputPath, to: "packs/\(folder)/index.html"),
            document: PartyDocumentView.of(page, config: site.config, words: words, kind: heading, title: typeName,
                                           subtitle: page.title))
        let html = renderer.layout(renderer.theme.render(view, template: "pack"), title: "\(view.heading): \(view.typeName)",
                                   at: page.outputPath, folder: SitePath.directory(of: page.source.relativePath),
                                   crumbTitle: view.typeName, description: page.metadata.summary,
                                   isInternal: page.metadata.visibility == .internal)
        return (html, diagnostics)
    }

    /// Each directive the parts cite, once, oldest first.
    private func citedDirectives(of pages: [Page], from path: String) -> [LinkItem] {
        var seen = Set<Int>()
        var entries: [DirectiveRegistry.Entry] = []
        for page in pages {
            guard let index = site.index(ofSource: page.source.relativePath) else { continue }
            for occurrence in site.citations.byPage[index] {
                guard let entry = occurrence.resolvedEntry, seen.insert(entry).inserted else { continue }
                entries.append(site.registry.entries[entry])
            }
        }
        entries.sort {
            CalendarDate.datedFirst($0.date, $1.date, newestFirst: false) ?? ($0.symbol.text < $1.symbol.text)
        }
        return entries.map { entry in
            LinkItem(text: entry.name, url: SitePath.relativeURL(from: path, to: entry.outputPath),
                     detail: [entry.date.map { renderer.words(.dated, ["date": $0.vietnamese]) }, entry.issuer, entry.title]
                        .compactMap { $0 }.joined(separator: " · "),
                     title: renderer.words.tooltip(of: entry))
        }
    }
}
