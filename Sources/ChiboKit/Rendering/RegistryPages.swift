/// The registry's index pages: every entry newest first, grouped by year
/// (`directives/index.html`), by kind (`directives/theo-loai.html`) and by
/// issuing body (`directives/theo-co-quan.html`). Plain tables, linked by
/// tabs: readable without JavaScript and printable. Entry slugs start with
/// the symbol's number, so these names never collide with an entry's page.
struct RegistryPages {
    let site: Site
    let words: PageWords

    enum Grouping: CaseIterable {
        case year, kind, issuer

        var path: String {
            switch self {
            case .year: "directives/index.html"
            case .kind: "directives/theo-loai.html"
            case .issuer: "directives/theo-co-quan.html"
            }
        }

        /// The tab's label.
        var word: SiteWords {
            switch self {
            case .year: .byYear
            case .kind: .byKind
            case .issuer: .byIssuer
            }
        }
    }

    static let outputPaths = Grouping.allCases.map(\.path)

    func view(_ grouping: Grouping, introductionHTML: HTML?) -> RegistryView {
        let registry = site.registry
        let order = registry.entries.indices.sorted { a, b in
            let x = registry.entries[a], y = registry.entries[b]
            return CalendarDate.datedFirst(x.date, y.date, newestFirst: true) ?? (x.symbol.key < y.symbol.key)
        }
        var groupOrder: [String] = []
        var rows: [String: [RegistryRow]] = [:]
        for index in order {
            let entry = registry.entries[index]
            let key: String
            switch grouping {
            case .year: key = entry.date.map { String($0.year) } ?? words[.yearUnknown]
            case .kind: key = entry.kind ?? words[.kindUnknown]
            case .issuer: key = entry.issuer ?? words[.issuerUnknown]
            }
            if rows[key] == nil { groupOrder.append(key) }
            rows[key, default: []].append(row(entry, index: index, from: grouping.path))
        }
        if grouping != .year {
            groupOrder.sort { VietnameseText.fold($0) < VietnameseText.fold($1) }
        }
        let groups = groupOrder.map { key in
            RegistryGroup(heading: key, anchor: "_" + Slug.make(key), count: rows[key]?.count ?? 0, rows: rows[key] ?? [])
        }
        let tabs = Grouping.allCases.map { other in
            NavigationItem(label: words[other.word], url: SitePath.relativeURL(from: grouping.path, to: other.path),
                        isCurrent: other == grouping)
        }
        return RegistryView(words: words, title: words[.directives], introductionHTML: introductionHTML, tabs: tabs, groups: groups,
                            entryCount: registry.entries.count,
                            countText: words(.registryCount, ["count": registry.entries.count]), isEmpty: groups.isEmpty)
    }

    private func row(_ entry: DirectiveRegistry.Entry, index: Int, from path: String) -> RegistryRow {
        let replacements = site.registry.relations(toEntry: index, kind: .replaces)
        return RegistryRow(symbol: entry.symbol.text, url: SitePath.relativeURL(from: path, to: entry.outputPath),
                           date: entry.date?.vietnamese ?? "", kind: entry.kind ?? "", issuer: entry.issuer ?? "",
                           subject: entry.title ?? "", isReplaced: !replacements.isEmpty,
                           isInternal: entry.isInternal, tooltip: words.tooltip(of: entry))
    }
}
