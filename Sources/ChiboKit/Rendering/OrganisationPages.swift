/// The pages made from records: one per organisation, the hierarchy
/// (orgs/index.html) and one per cell type.
struct OrganisationPages {
    let site: Site
    let renderer: SiteRenderer

    private var organisations: Organisations { site.organisations }
    private var words: PageWords { renderer.words }

    /// The pack month organisation and type pages point to: the newest, as
    /// on the home page.
    private var currentMonth: CalendarMonth? { site.packMonths.last }

    /// Every page, to be made on any core (a province has thousands): the
    /// hierarchy, each organisation's, each cell type's.
    var pages: [Page] {
        [Page(index: 0, kind: .tree)] + organisations.records.indices.map { Page(index: $0, kind: .record) }
            + organisations.types.indices.map { Page(index: $0, kind: .type) }
    }

    /// One page of `pages`: its path and its HTML.
    struct Page: Sendable {
        enum Kind: Sendable { case tree, record, type }
        let index: Int
        let kind: Kind

        func make(_ pages: OrganisationPages) -> (path: String, html: HTML) {
            switch kind {
            case .tree: (path(in: pages), pages.tree())
            case .record: (path(in: pages), pages.page(ofRecordAt: index))
            case .type: (path(in: pages), pages.page(of: pages.organisations.types[index]))
            }
        }

        func path(in pages: OrganisationPages) -> String {
            switch kind {
            case .tree: "orgs/index.html"
            case .record: Site.outputPath(ofOrganisation: pages.organisations.records[index].id)
            case .type: Site.outputPath(ofType: pages.organisations.types[index].id)
            }
        }
    }

    private func tree() -> HTML {
        let path = "orgs/index.html"
        func node(_ index: Int) -> TreeNode {
            let record = organisations.records[index]
            let children = organisations.children(of: index).map(node)
            let detail = detail(of: record)
            return TreeNode(name: record.name, url: SitePath.relativeURL(from: path, to: Site.outputPath(ofOrganisation: record.id)),
                            detail: detail, hasDetail: !detail.isEmpty, children: children, hasChildren: !children.isEmpty)
        }
        let roots = organisations.roots.map(node)
        let view = OrganisationTreeView(words: words, title: words[.partyOrganisations], roots: roots, hasRoots: !roots.isEmpty,
                                        count: organisations.records.count,
                                        countText: words(.recordCount, ["count": organisations.records.count]),
                                        statsURL: SitePath.relativeURL(from: path, to: "stats.html"))
        return renderer.layout(renderer.theme.render(view, template: "orgs"), title: view.title, at: path,
                               folder: "", crumbTitle: view.title, description: nil, isInternal: false)
    }

    /// Level, type and membership in a few words, for lists.
    private func detail(of record: OrganisationRecord) -> String {
        var parts: [String] = []
        if let type = record.type { parts.append(organisations.type(id: type)?.name ?? type) }
        if let members = record.members { parts.append(words(.memberCount, ["count": members])) }
        if record.visibility == .internal { parts.append(words[.internalCirculation]) }
        return parts.joined(separator: " · ")
    }

    private func page(ofRecordAt index: Int) -> HTML {
        let record = organisations.records[index]
        let path = Site.outputPath(ofOrganisation: record.id)
        func link(_ other: Int) -> LinkItem {
            let target = organisations.records[other]
            let detail = detail(of: target)
            return LinkItem(text: target.name, url: SitePath.relativeURL(from: path, to: Site.outputPath(ofOrganisation: target.id)),
                            detail: detail.isEmpty ? nil : detail, title: nil)
        }
        let ancestors = organisations.ancestors(of: index).map(link)
        let children = organisations.children(of: index).map(link)
        var facts: [Fact] = []
        if let members = record.members { facts.append(Fact(label: words[.members], value: String(members))) }
        if let onSite = record.membersOnSite { facts.append(Fact(label: words[.membersOnSite], value: String(onSite))) }
        if let internet = record.internet { facts.append(Fact(label: words[.internet], value: words.internet(internet))) }
        if let computer = record.computer { facts.append(Fact(label: words[.computer], value: words[computer ? .hasOne : .hasNone])) }
        let declared = organisations.stats.stats.map(\.key).filter { record.stats[$0] != nil }
        let undeclared = record.stats.keys.filter { key in !declared.contains(key) }.sorted()
        let stats = (declared + undeclared).map { Fact(label: organisations.stats.label(of: $0), value: String(record.stats[$0]!)) }
        let ratings = record.ratings.keys.sorted(by: >).map { year in
            Fact(label: words(.yearOf, ["year": year]), value: "\(words.rating(record.ratings[year]!)) (\(record.ratings[year]!.rawValue))")
        }
        let breaches = (site.ruleBreaches[record.id] ?? []).map { breach in
            BreachItem(message: breach.rule.message, finding: finding(breach), basis: breach.basisTitle,
                       basisURL: breach.basisPath.map { SitePath.relativeURL(from: path, to: $0) } ?? "",
                       hasBasisURL: breach.basisPath != nil)
        }
        let type = record.type.flatMap { organisations.type(id: $0) }
        let pack = packLink(for: record, from: path)
        let view = OrganisationView(
            words: words,
            name: record.name, levelLabel: words.level(record.level),
            aliases: record.aliases.joined(separator: "; "), hasAliases: !record.aliases.isEmpty,
            typeName: type?.name ?? record.type ?? "",
            typeURL: type.map { SitePath.relativeURL(from: path, to: Site.outputPath(ofType: $0.id)) } ?? "",
            hasType: type != nil, path: ancestors, hasPath: !ancestors.isEmpty,
            facts: facts, hasFacts: !facts.isEmpty, stats: stats, hasStats: !stats.isEmpty,
            ratings: ratings, hasRatings: !ratings.isEmpty, children: children, hasChildren: !children.isEmpty,
            pack: pack?.item ?? LinkItem(text: "", url: "", detail: nil, title: nil), hasPack: pack != nil,
            packHeading: pack?.heading ?? "",
            breaches: breaches, hasBreaches: !breaches.isEmpty, isInternal: record.visibility == .internal,
            sourceFile: contentPath(of: record.file))
        return renderer.layout(renderer.theme.render(view, template: "org"), title: record.name, at: path,
                               folder: "orgs", crumbTitle: record.name, description: nil,
                               isInternal: record.visibility == .internal)
    }

    /// The record's file inside the content folder: the site never shows
    /// where it was built.
    private func contentPath(of file: String) -> String {
        file.hasPrefix(site.displayRoot + "/") ? String(file.dropFirst(site.displayRoot.count + 1)) : file
    }

    /// A breach as readers of the page say it: the figure's label, its value
    /// and the bound.
    private func finding(_ breach: RuleBreach) -> String {
        let rule = breach.rule
        let name: String
        switch rule.measure {
        case .field("members"): name = words[.members]
        case .field("members_on_site"): name = words[.membersOnSite]
        case .field(let field): name = organisations.stats.label(of: String(field.dropFirst("stats.".count)))
        case .children(let filter) where filter.types.isEmpty: name = words[.subordinates]
        case .children(let filter):
            name = words(.subordinatesOfTypes, ["types": filter.types.sorted().map { organisations.type(id: $0)?.name ?? $0 }
                .joined(separator: ", ")])
        }
        let bounds = [rule.minimum.map { words(.atLeast, ["count": $0]) }, rule.maximum.map { words(.atMost, ["count": $0]) }]
            .compactMap { $0 }
        return "\(name): \(breach.value); \(bounds.joined(separator: ", "))"
    }

    /// This month's pack of the record's type, or for an organisation
    /// without a type the month's list of packs.
    private func packLink(for record: OrganisationRecord, from path: String) -> (heading: String, item: LinkItem)? {
        guard let month = currentMonth else { return nil }
        let heading = words(.packsOfMonth, ["month": month.numeric])
        guard let type = record.type else {
            return (heading, LinkItem(text: words[.packsOfEveryType],
                                      url: SitePath.relativeURL(from: path, to: "packs/\(month)/index.html"), detail: nil, title: nil))
        }
        guard let pack = site.page(source: "packs/\(month)/\(type).md") else {
            return (heading, LinkItem(text: words[.noPackForType],
                                      url: SitePath.relativeURL(from: path, to: "packs/\(month)/index.html"), detail: nil, title: nil))
        }
        return (heading, LinkItem(text: pack.title, url: SitePath.relativeURL(from: path, to: pack.outputPath),
                                  detail: words.meetingKind(pack.metadata.kind), title: nil))
    }

    /// A type: its packs by month, newest first, and its organisations.
    private func page(of type: CellType) -> HTML {
        let path = Site.outputPath(ofType: type.id)
        let packs: [ListItem] = site.packMonths.reversed().compactMap { month in
            guard let pack = site.page(source: "packs/\(month)/\(type.id).md") else { return nil }
            return ListItem(title: words(.monthHeading, ["month": month.numeric]) + ": " + pack.title,
                            url: SitePath.relativeURL(from: path, to: pack.outputPath),
                            detail: words.meetingKind(pack.metadata.kind), summary: pack.metadata.summary)
        }
        let members: [ListItem] = organisations.records.filter { $0.type == type.id }.map { record in
            ListItem(title: record.name, url: SitePath.relativeURL(from: path, to: Site.outputPath(ofOrganisation: record.id)),
                     detail: record.parent.flatMap { organisations.record(id: $0)?.name }, summary: nil)
        }
        var groups: [ListGroup] = []
        groups.append(ListGroup(heading: words[.packsByMonth], items: packs))
        if !members.isEmpty { groups.append(ListGroup(heading: words[.organisationsOfType], items: members)) }
        let view = ListView(words: words, title: type.name,
                            introductionHTML: type.description.map { HTML(trusted: "<p>" + HTMLEscaping.escape($0) + "</p>") },
                            groups: groups.filter { !$0.items.isEmpty },
                            emptyMessage: packs.isEmpty && members.isEmpty ? words[.emptyType] : nil)
        return renderer.layout(renderer.theme.render(view, template: "list"), title: view.title, at: path,
                               folder: "", crumbTitle: view.title, description: type.description, isInternal: false)
    }
}
