/// What a template reads from a view: text, a flag, a list, or a view with
/// fields of its own. Views say what they hold through `TemplateFields`, so
/// rendering looks a field up with one `switch` and never casts or reflects.
enum TemplateValue {
    case text(String)
    /// HTML written as it is by `{{{name}}}`, escaped by `{{name}}`.
    case html(HTML)
    case flag(Bool)
    case list([TemplateValue])
    case fields(Fields)
    /// An absent value: the name is looked up in the enclosing views.
    case absent

    /// A view, held by one reference: every value is then copied (onto
    /// the stack of views, out of a list) by one retain, where a view held
    /// inline was copied field by field through its type's witnesses, a
    /// third of rendering a template.
    final class Fields {
        let view: any TemplateFields

        init(_ view: any TemplateFields) {
            self.view = view
        }
    }

    /// Any value a view can hold, by its static type.
    static func of<Value: TemplateValueConvertible>(_ value: Value) -> TemplateValue { value.templateValue }
}

/// A view whose fields templates read by name; nil for a name it lacks.
protocol TemplateFields: TemplateValueConvertible {
    func field(_ name: TemplateFieldName) -> TemplateValue?
}

/// A name a template reads, as written and as the field views of chibo's
/// have. A template's names are read into these once, when it is parsed,
/// so that looking a field up is a jump on a number: a `switch` over
/// Strings compared the name with each field in turn, for each view of the
/// stack it was missing from (a tenth of rendering a page).
struct TemplateFieldName: Sendable {
    let text: String
    /// Nil for a name no view of chibo's has (it renders nothing).
    let known: Known?
    /// The name's place among `SiteWords` (`contents` of `{{words.contents}}`), which
    /// `words` finds its text at; nil for a name that is no word.
    let word: Int?

    /// One name, without dots: a dotted name is one of these per part.
    init(_ text: String) {
        self.text = text
        known = Known(rawValue: text)
        word = PageWords.position(ofWordNamed: text)
    }

    enum Known: String, CaseIterable, Sendable {
        case aliases, allowsInlineScripts, anchor, basis, basisURL, bodyHTML, breaches, breadcrumbs, children,
             citedAt, commonHTML, commonURL, contentHTML, count, date, description, detail, directive,
             directives, emptyMessage, entryCount, facts, finding, footer, groups, guidanceURL, hasAliases,
             hasBasisURL, hasBreaches, hasBreadcrumbs, hasChildren, hasCitedAt, hasCommon, hasDetail,
             hasDirectives, hasFacts, hasFooter, hasNote, hasPack, hasPacks, hasPath, hasRatings, hasRelations,
             hasRoots, hasStats, hasSummary, hasTableOfContents, hasType, hasURL, headers, heading, homeURL,
             introductionHTML, isCurrent, isEmpty, isEntry, isInternal, isNumber, isReplaced, issuer, items,
             kind, kindLabel, label, language, latestGuidance, levelLabel, message, monthURL, name, navigation,
             note, pack, packHeading, packMonth, packs, packsURL, pageTitle, partHeading, path, places, ratings,
             relationGroups, root, roots, rows, sections, siteTitle, sourceFile, stats, statsURL, status,
             subject, summary, symbol, tableOfContents, tables, tabs, text, title, tooltip, topic, typeName,
             typeURL, url, value, cells, countText, scriptWords,
             document, number, placeAndDate, subtitle, signer, recipients, isLast, onBehalfOf, role, hasClosing, hasRecipients, printClasses, hasIssuer, isPrintable,
             // The site's words (`PageWords`), which every view a template is rendered with has.
             words,
             // The archetypes of `chibo new` (Scaffolding/).
             id, level, month, monthLabel, nextMonthLabel, parent, previousMonthLabel, reminder, type
    }
}

protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension HTML: TemplateValueConvertible {
    var templateValue: TemplateValue { .html(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue { map(\.templateValue) ?? .absent }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension TemplateFields {
    var templateValue: TemplateValue { .fields(TemplateValue.Fields(self)) }
}
