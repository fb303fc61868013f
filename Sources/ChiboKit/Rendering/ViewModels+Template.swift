// Each view names its fields for templates here (`TemplateFields`); a field
// missing from a switch simply renders empty, so keep the two in step (the
// golden test shows any difference).

extension LayoutView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .language: .of(language)
        case .siteTitle: .of(siteTitle)
        case .pageTitle: .of(pageTitle)
        case .description: .of(description)
        case .root: .of(root)
        case .homeURL: .of(homeURL)
        case .navigation: navigation
        case .breadcrumbs: .of(breadcrumbs)
        case .hasBreadcrumbs: .of(hasBreadcrumbs)
        case .isInternal: .of(isInternal)
        case .allowsInlineScripts: .of(allowsInlineScripts)
        case .contentHTML: .of(contentHTML)
        default: nil
        }
    }
}

extension NavigationItem: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .label: .of(label)
        case .url: .of(url)
        case .isCurrent: .of(isCurrent)
        default: nil
        }
    }
}

extension Breadcrumb: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .label: .of(label)
        case .url: .of(url)
        default: nil
        }
    }
}

extension PageView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .title: .of(title)
        case .facts: .of(facts)
        case .hasFacts: .of(hasFacts)
        case .summary: .of(summary)
        case .isInternal: .of(isInternal)
        case .tableOfContents: .of(tableOfContents)
        case .hasTableOfContents: .of(hasTableOfContents)
        case .bodyHTML: .of(bodyHTML)
        case .directive: .of(directive)
        case .document: .of(document)
        case .isPrintable: .of(isPrintable)
        default: nil
        }
    }
}

extension DirectiveView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .isEntry: .of(isEntry)
        case .status: .of(status)
        case .relationGroups: .of(relationGroups)
        case .hasRelations: .of(hasRelations)
        case .citedAt: .of(citedAt)
        case .hasCitedAt: .of(hasCitedAt)
        default: nil
        }
    }
}

extension RelationGroup: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .label: .of(label)
        case .items: .of(items)
        default: nil
        }
    }
}

extension LinkItem: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .text: .of(text)
        case .url: .of(url)
        case .detail: .of(detail)
        case .hasDetail: .of(hasDetail)
        case .title: .of(title)
        default: nil
        }
    }
}

extension CitingPage: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .title: .of(title)
        case .url: .of(url)
        case .places: .of(places)
        default: nil
        }
    }
}

extension Fact: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .label: .of(label)
        case .value: .of(value)
        default: nil
        }
    }
}

extension ContentsEntry: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .text: .of(text)
        case .url: .of(url)
        case .children: .of(children)
        case .hasChildren: .of(hasChildren)
        default: nil
        }
    }
}

extension ListView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .title: .of(title)
        case .introductionHTML: .of(introductionHTML)
        case .groups: .of(groups)
        case .emptyMessage: .of(emptyMessage)
        default: nil
        }
    }
}

extension ListGroup: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .heading: .of(heading)
        case .items: .of(items)
        default: nil
        }
    }
}

extension ListItem: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .title: .of(title)
        case .url: .of(url)
        case .detail: .of(detail)
        case .summary: .of(summary)
        default: nil
        }
    }
}

extension HomeView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .siteTitle: .of(siteTitle)
        case .description: .of(description)
        case .introductionHTML: .of(introductionHTML)
        case .packMonth: .of(packMonth)
        case .packs: .of(packs)
        case .packsURL: .of(packsURL)
        case .hasPacks: .of(hasPacks)
        case .latestGuidance: .of(latestGuidance)
        case .guidanceURL: .of(guidanceURL)
        case .sections: .of(sections)
        default: nil
        }
    }
}

extension RegistryView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .title: .of(title)
        case .introductionHTML: .of(introductionHTML)
        case .tabs: .of(tabs)
        case .groups: .of(groups)
        case .entryCount: .of(entryCount)
        case .countText: .of(countText)
        case .isEmpty: .of(isEmpty)
        default: nil
        }
    }
}

extension RegistryGroup: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .heading: .of(heading)
        case .anchor: .of(anchor)
        case .count: .of(count)
        case .rows: .of(rows)
        default: nil
        }
    }
}

extension RegistryRow: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .symbol: .of(symbol)
        case .url: .of(url)
        case .date: .of(date)
        case .kind: .of(kind)
        case .issuer: .of(issuer)
        case .subject: .of(subject)
        case .isReplaced: .of(isReplaced)
        case .isInternal: .of(isInternal)
        case .tooltip: .of(tooltip)
        default: nil
        }
    }
}
