/// Plain values the templates read (`TemplateFields`, in
/// ViewModels+Template.swift), so flags like `hasFacts` are stored.
/// Every `{{value}}` is HTML-escaped by the
/// template engine; only fields named `…HTML` hold markup chibo made itself
/// and are written with `{{{…}}}`. Every view a template is rendered with
/// has `words`, the site's words in its language (`{{words.contents}}`).
struct LayoutView {
    var words: PageWords
    var language: String
    var siteTitle: String
    var pageTitle: String
    var description: String?
    /// `../../`: from this page back to the site root.
    var root: String
    var homeURL: String
    /// `[NavigationItem]`, made into template values once per folder.
    var navigation: TemplateValue
    var breadcrumbs: [Breadcrumb]
    var hasBreadcrumbs: Bool
    var isInternal: Bool
    /// The site allowed its own inline scripts (`raw_html_scripts: true`):
    /// the Content-Security-Policy lets them run.
    var allowsInlineScripts: Bool
    var contentHTML: HTML
}

struct NavigationItem {
    var label: String
    var url: String
    var isCurrent: Bool
}

struct Breadcrumb {
    var label: String
    /// nil for the current page, which is not a link.
    var url: String?
}

struct PageView {
    var words: PageWords
    var title: String
    var facts: [Fact]
    var summary: String?
    var isInternal: Bool
    var hasFacts: Bool
    var tableOfContents: [ContentsEntry]
    var hasTableOfContents: Bool
    var bodyHTML: HTML
    var directive: DirectiveView?
    /// The page as a Party document on paper; nil for a page that is none.
    var document: PartyDocumentView?
    /// A document readers print (a guidance page, a registry entry), not a folder's index.
    var isPrintable: Bool
}

/// A page's place in the registry (`DirectiveSections`).
/// No optional fields here: a field the engine finds nil is looked up in
/// the enclosing contexts instead, and would show the page's own `title`.
struct DirectiveView {
    var isEntry: Bool
    var status: String
    var relationGroups: [RelationGroup]
    var hasRelations: Bool
    var citedAt: [CitingPage]
    var hasCitedAt: Bool
}

struct RelationGroup {
    var label: String
    var items: [LinkItem]
}

struct LinkItem {
    var text: String
    var url: String
    var detail: String
    var hasDetail: Bool
    var title: String

    init(text: String, url: String, detail: String?, title: String?) {
        self.text = text
        self.url = url
        self.detail = detail ?? ""
        self.hasDetail = detail != nil
        self.title = title ?? text
    }
}

struct CitingPage {
    var title: String
    var url: String
    var places: [LinkItem]
}

struct Fact {
    var label: String
    var value: String
}

struct ContentsEntry {
    var text: String
    var url: String
    var children: [ContentsEntry]
    var hasChildren: Bool
}

struct RegistryView {
    var words: PageWords
    var title: String
    var introductionHTML: HTML?
    var tabs: [NavigationItem]
    var groups: [RegistryGroup]
    var entryCount: Int
    /// `12 văn bản, mới nhất trước.`
    var countText: String
    var isEmpty: Bool
}

struct RegistryGroup {
    var heading: String
    var anchor: String
    var count: Int
    var rows: [RegistryRow]
}

struct RegistryRow {
    var symbol: String
    var url: String
    var date: String
    var kind: String
    var issuer: String
    var subject: String
    var isReplaced: Bool
    var isInternal: Bool
    var tooltip: String
}

struct ListView {
    var words: PageWords
    var title: String
    var introductionHTML: HTML?
    var groups: [ListGroup]
    var emptyMessage: String?
}

struct ListGroup {
    var heading: String?
    var items: [ListItem]
}

struct ListItem {
    var title: String
    var url: String
    var detail: String?
    var summary: String?
}

struct HomeView {
    var words: PageWords
    var siteTitle: String
    var description: String?
    var introductionHTML: HTML?
    var packMonth: String?
    var packs: [ListItem]
    var packsURL: String
    var hasPacks: Bool
    var latestGuidance: [ListItem]
    var guidanceURL: String
    var sections: [ListItem]
}
