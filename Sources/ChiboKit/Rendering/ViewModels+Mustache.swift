import Mustache

// The template engine would otherwise find fields through `Mirror`, which
// dominated rendering time. Each view names its fields for templates here;
// a field missing from a switch simply renders empty, so keep the two in step
// (the golden test shows any difference).

extension LayoutView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "siteTitle": siteTitle
        case "pageTitle": pageTitle
        case "description": description
        case "root": root
        case "homeURL": homeURL
        case "navigation": navigation
        case "breadcrumbs": breadcrumbs
        case "hasBreadcrumbs": hasBreadcrumbs
        case "isInternal": isInternal
        case "allowsInlineScripts": allowsInlineScripts
        case "contentHTML": contentHTML
        default: nil
        }
    }
}

extension NavigationItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "url": url
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

extension Breadcrumb: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "url": url
        default: nil
        }
    }
}

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "facts": facts
        case "hasFacts": hasFacts
        case "summary": summary
        case "isInternal": isInternal
        case "tableOfContents": tableOfContents
        case "hasTableOfContents": hasTableOfContents
        case "bodyHTML": bodyHTML
        case "directive": directive
        default: nil
        }
    }
}

extension DirectiveView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "isEntry": isEntry
        case "status": status
        case "relationGroups": relationGroups
        case "hasRelations": hasRelations
        case "citedAt": citedAt
        case "hasCitedAt": hasCitedAt
        default: nil
        }
    }
}

extension RelationGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "items": items
        default: nil
        }
    }
}

extension LinkItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "url": url
        case "detail": detail
        case "hasDetail": hasDetail
        case "title": title
        default: nil
        }
    }
}

extension CitingPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "places": places
        default: nil
        }
    }
}

extension Fact: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        default: nil
        }
    }
}

extension ContentsEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "url": url
        case "children": children
        case "hasChildren": hasChildren
        default: nil
        }
    }
}

extension ListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "introductionHTML": introductionHTML
        case "groups": groups
        case "emptyMessage": emptyMessage
        default: nil
        }
    }
}

extension ListGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "items": items
        default: nil
        }
    }
}

extension ListItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "detail": detail
        case "summary": summary
        default: nil
        }
    }
}

extension HomeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": siteTitle
        case "description": description
        case "introductionHTML": introductionHTML
        case "packMonth": packMonth
        case "packs": packs
        case "packsURL": packsURL
        case "hasPacks": hasPacks
        case "latestGuidance": latestGuidance
        case "guidanceURL": guidanceURL
        case "sections": sections
        default: nil
        }
    }
}

extension RegistryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "introductionHTML": introductionHTML
        case "tabs": tabs
        case "groups": groups
        case "entryCount": entryCount
        case "isEmpty": isEmpty
        default: nil
        }
    }
}

extension RegistryGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "anchor": anchor
        case "count": count
        case "rows": rows
        default: nil
        }
    }
}

extension RegistryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "symbol": symbol
        case "url": url
        case "date": date
        case "kind": kind
        case "issuer": issuer
        case "subject": subject
        case "isReplaced": isReplaced
        case "isInternal": isInternal
        case "tooltip": tooltip
        default: nil
        }
    }
}
