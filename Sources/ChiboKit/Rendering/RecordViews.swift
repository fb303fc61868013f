import Mustache

// Views of the pages made from records and packs. As in ViewModels.swift,
// no field a template reads is optional: the engine looks a nil field up in
// the enclosing contexts, so absent values are empty with a `has…` flag.

/// search.html: the search box, and the site's lists to browse without
/// JavaScript.
struct SearchView {
    var title: String
    var sections: [ListItem]
}

extension SearchView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "sections": sections
        default: nil
        }
    }
}

/// A monthly pack: the month's header, the common part, the type's part and
/// the directives they cite.
struct PackView {
    var heading: String
    var typeName: String
    var typeURL: String
    var hasType: Bool
    var topic: String
    var kindLabel: String
    var summary: String
    var hasSummary: Bool
    var isInternal: Bool
    var commonHTML: String
    var hasCommon: Bool
    var commonURL: String
    var bodyHTML: String
    var partHeading: String
    var directives: [LinkItem]
    var hasDirectives: Bool
    var monthURL: String
}

/// One organisation's page.
struct OrganisationView {
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
    var title: String
    var roots: [TreeNode]
    var hasRoots: Bool
    var count: Int
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

extension PackView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "typeName": typeName
        case "typeURL": typeURL
        case "hasType": hasType
        case "topic": topic
        case "kindLabel": kindLabel
        case "summary": summary
        case "hasSummary": hasSummary
        case "isInternal": isInternal
        case "commonHTML": commonHTML
        case "hasCommon": hasCommon
        case "commonURL": commonURL
        case "bodyHTML": bodyHTML
        case "partHeading": partHeading
        case "directives": directives
        case "hasDirectives": hasDirectives
        case "monthURL": monthURL
        default: nil
        }
    }
}

extension OrganisationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "levelLabel": levelLabel
        case "aliases": aliases
        case "hasAliases": hasAliases
        case "typeName": typeName
        case "typeURL": typeURL
        case "hasType": hasType
        case "path": path
        case "hasPath": hasPath
        case "facts": facts
        case "hasFacts": hasFacts
        case "stats": stats
        case "hasStats": hasStats
        case "ratings": ratings
        case "hasRatings": hasRatings
        case "children": children
        case "hasChildren": hasChildren
        case "pack": pack
        case "hasPack": hasPack
        case "packHeading": packHeading
        case "breaches": breaches
        case "hasBreaches": hasBreaches
        case "isInternal": isInternal
        case "sourceFile": sourceFile
        default: nil
        }
    }
}

extension BreachItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "message": message
        case "finding": finding
        case "basis": basis
        case "basisURL": basisURL
        case "hasBasisURL": hasBasisURL
        default: nil
        }
    }
}

extension OrganisationTreeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "roots": roots
        case "hasRoots": hasRoots
        case "count": count
        case "statsURL": statsURL
        default: nil
        }
    }
}

extension TreeNode: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "detail": detail
        case "hasDetail": hasDetail
        case "children": children
        case "hasChildren": hasChildren
        default: nil
        }
    }
}

extension StatsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "note": note
        case "tables": tables
        default: nil
        }
    }
}

extension TableView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "anchor": anchor
        case "note": note
        case "hasNote": hasNote
        case "headers": headers
        case "rows": rows
        case "footer": footer
        case "hasFooter": hasFooter
        case "isEmpty": isEmpty
        case "emptyMessage": emptyMessage
        default: nil
        }
    }
}

extension TableRowView: MustacheParent {
    func child(named name: String) -> Any? { name == "cells" ? cells : nil }
}

extension TableCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "url": url
        case "hasURL": hasURL
        case "isNumber": isNumber
        default: nil
        }
    }
}
