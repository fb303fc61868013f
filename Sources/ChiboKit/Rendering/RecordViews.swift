// Views of the pages made from records and packs. As in ViewModels.swift,
// no field a template reads is optional: the engine looks a nil field up in
// the enclosing contexts, so absent values are empty with a `has…` flag.

/// search.html: the search box, and the site's lists to browse without
/// JavaScript.
struct SearchView {
    var words: PageWords
    var title: String
    var sections: [ListItem]
    /// search.js's words as JSON, in the site's language.
    var scriptWords: String
}

extension SearchView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .title: .of(title)
        case .sections: .of(sections)
        case .scriptWords: .of(scriptWords)
        default: nil
        }
    }
}

/// A monthly pack: the month's header, the common part, the type's part and
/// the directives they cite.
struct PackView {
    var words: PageWords
    var heading: String
    var typeName: String
    var typeURL: String
    var hasType: Bool
    var topic: String
    var kindLabel: String
    var summary: String
    var hasSummary: Bool
    var isInternal: Bool
    var commonHTML: HTML
    var hasCommon: Bool
    var commonURL: String
    var bodyHTML: HTML
    var partHeading: String
    var directives: [LinkItem]
    var hasDirectives: Bool
    var monthURL: String
    var document: PartyDocumentView?
}

/// One organisation's page.
struct OrganisationView {
    var words: PageWords
    var name: String
    var levelLabel: String
    var aliases: String
    var hasAliases: Bool
    var typeName: String
    var typeURL: String
    var hasType: Bool
    var path: [LinkItem]
    var hasPath: Bool
    var facts: [Fact]
    var hasFacts: Bool
    var stats: [Fact]
    var hasStats: Bool
    var ratings: [Fact]
    var hasRatings: Bool
    var children: [LinkItem]
    var hasChildren: Bool
    var pack: LinkItem
    var hasPack: Bool
    var packHeading: String
    var breaches: [BreachItem]
    var hasBreaches: Bool
    var isInternal: Bool
    var sourceFile: String
}

struct BreachItem {
    var message: String
    var finding: String
    var basis: String
    var basisURL: String
    var hasBasisURL: Bool
}

/// orgs/index.html: the hierarchy as nested lists.
struct OrganisationTreeView {
    var words: PageWords
    var title: String
    var roots: [TreeNode]
    var hasRoots: Bool
    var count: Int
    /// `12 hồ sơ tổ chức.`
    var countText: String
    var statsURL: String
}

struct TreeNode {
    var name: String
    var url: String
    var detail: String
    var hasDetail: Bool
    var children: [TreeNode]
    var hasChildren: Bool
}

/// stats.html: tables computed from the records.
struct StatsView {
    var words: PageWords
    var title: String
    var note: String
    var tables: [TableView]
}

struct TableView {
    var title: String
    var anchor: String
    var note: String
    var hasNote: Bool
    var headers: [TableCell]
    var rows: [TableRowView]
    var footer: [TableCell]
    var hasFooter: Bool
    var isEmpty: Bool
    var emptyMessage: String
    /// How the table prints (`TablePrintFit.classNames`), after `table-wrap`.
    var printClasses: String
}

struct TableRowView {
    var cells: [TableCell]
}

struct TableCell {
    var text: String
    var url: String
    var hasURL: Bool
    var isNumber: Bool

    init(_ text: String, url: String? = nil, isNumber: Bool = false) {
        self.text = text
        self.url = url ?? ""
        self.hasURL = url != nil
        self.isNumber = isNumber
    }

    static func number(_ value: Int) -> TableCell { TableCell(String(value), isNumber: true) }
}

extension PackView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .heading: .of(heading)
        case .typeName: .of(typeName)
        case .typeURL: .of(typeURL)
        case .hasType: .of(hasType)
        case .topic: .of(topic)
        case .kindLabel: .of(kindLabel)
        case .summary: .of(summary)
        case .hasSummary: .of(hasSummary)
        case .isInternal: .of(isInternal)
        case .commonHTML: .of(commonHTML)
        case .hasCommon: .of(hasCommon)
        case .commonURL: .of(commonURL)
        case .bodyHTML: .of(bodyHTML)
        case .partHeading: .of(partHeading)
        case .directives: .of(directives)
        case .hasDirectives: .of(hasDirectives)
        case .monthURL: .of(monthURL)
        case .document: .of(document)
        default: nil
        }
    }
}

extension OrganisationView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .name: .of(self.name)
        case .levelLabel: .of(levelLabel)
        case .aliases: .of(aliases)
        case .hasAliases: .of(hasAliases)
        case .typeName: .of(typeName)
        case .typeURL: .of(typeURL)
        case .hasType: .of(hasType)
        case .path: .of(path)
        case .hasPath: .of(hasPath)
        case .facts: .of(facts)
        case .hasFacts: .of(hasFacts)
        case .stats: .of(stats)
        case .hasStats: .of(hasStats)
        case .ratings: .of(ratings)
        case .hasRatings: .of(hasRatings)
        case .children: .of(children)
        case .hasChildren: .of(hasChildren)
        case .pack: .of(pack)
        case .hasPack: .of(hasPack)
        case .packHeading: .of(packHeading)
        case .breaches: .of(breaches)
        case .hasBreaches: .of(hasBreaches)
        case .isInternal: .of(isInternal)
        case .sourceFile: .of(sourceFile)
        default: nil
        }
    }
}

extension BreachItem: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .message: .of(message)
        case .finding: .of(finding)
        case .basis: .of(basis)
        case .basisURL: .of(basisURL)
        case .hasBasisURL: .of(hasBasisURL)
        default: nil
        }
    }
}

extension OrganisationTreeView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .title: .of(title)
        case .roots: .of(roots)
        case .hasRoots: .of(hasRoots)
        case .count: .of(count)
        case .countText: .of(countText)
        case .statsURL: .of(statsURL)
        default: nil
        }
    }
}

extension TreeNode: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .name: .of(self.name)
        case .url: .of(url)
        case .detail: .of(detail)
        case .hasDetail: .of(hasDetail)
        case .children: .of(children)
        case .hasChildren: .of(hasChildren)
        default: nil
        }
    }
}

extension StatsView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .title: .of(title)
        case .note: .of(note)
        case .tables: .of(tables)
        default: nil
        }
    }
}

extension TableView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .title: .of(title)
        case .anchor: .of(anchor)
        case .note: .of(note)
        case .hasNote: .of(hasNote)
        case .headers: .of(headers)
        case .rows: .of(rows)
        case .footer: .of(footer)
        case .hasFooter: .of(hasFooter)
        case .isEmpty: .of(isEmpty)
        case .emptyMessage: .of(emptyMessage)
        case .printClasses: .of(printClasses)
        default: nil
        }
    }
}

extension TableRowView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? { name.known == .cells ? .of(cells) : nil }
}

extension TableCell: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .text: .of(text)
        case .url: .of(url)
        case .hasURL: .of(hasURL)
        case .isNumber: .of(isNumber)
        default: nil
        }
    }
}
