import Foundation

/// The words chibo writes into a site's pages (`SiteWords`) in one
/// language: read from the catalogue once per language and process, their
/// placeholders parsed, so that a page takes a word as cheaply as a field.
/// Templates read them as `{{words.contents}}` (`templateValue`, the `words` of
/// every view a template is rendered with).
///
/// Immutable once made, hence shared by every thread of a build.
final class PageWords: @unchecked Sendable {
    let language: Language
    private let texts: [SiteWords: String]
    /// The entries that hold placeholders, parsed.
    private let forms: [SiteWords: MessageTemplate]
    /// `words` as templates read it: one view for every page.
    let templateValue: TemplateValue
    /// search.js's words as a JSON object, for the search page to hand it
    /// (`data-words`): search.js has no words of its own, in any language.
    let searchScriptWords: String

    static let vietnamese = PageWords(.vi)
    static let english = PageWords(.en)

    static func of(_ language: Language) -> PageWords {
        switch language {
        case .vi: vietnamese
        case .en: english
        }
    }

    /// The words of the site's `language` (`site.yml`).
    static func of(_ site: Site) -> PageWords { of(Language.of(siteLanguage: site.config.language)) }

    private init(_ language: Language) {
        self.language = language
        var texts: [SiteWords: String] = [:]
        var forms: [SiteWords: MessageTemplate] = [:]
        for word in SiteWords.allCases {
            let text = word.texts.text(in: language)
            texts[word] = text
            let form = MessageTemplate(text)
            if !form.placeholders.isEmpty { forms[word] = form }
        }
        self.texts = texts
        self.forms = forms
        templateValue = .fields(TemplateValue.Fields(WordFields(texts: SiteWords.allCases.map { texts[$0]! })))
        searchScriptWords = Self.json([
            "results": texts[.searchResults]!,
            "noResults": texts[.searchNoResults]!,
            "showMore": texts[.searchShowMore]!,
            "ignoringDiacritics": texts[.searchIgnoringDiacritics]!,
        ])
    }

    /// A word without placeholders.
    subscript(_ word: SiteWords) -> String { texts[word]! }

    /// A word with its placeholders filled: `words(.dated, ["date": …])`.
    /// A count placeholder (`{count:member|members}`) takes an `Int`.
    func callAsFunction(_ word: SiteWords, _ values: KeyValuePairs<String, any MessageArgumentConvertible>) -> String {
        guard let form = forms[word] else { return texts[word]! }
        return form.rendered(in: language) { name in values.first { $0.key == name }?.value.messageArgument }
    }

    /// A directive as a link's title: `Chỉ thị 50-CT/TW ngày 23/7/2025 của
    /// Ban Bí thư: Tiếp tục …`.
    func tooltip(of entry: DirectiveRegistry.Entry) -> String {
        // The registry made the Vietnamese once per entry, where each of its
        // citations on every page would make it again; PageWordsTests holds
        // it to these words.
        if language == .vi { return entry.tooltip }
        return Self.tooltip(name: entry.name, date: entry.date, issuer: entry.issuer, title: entry.title, in: self)
    }

    static func tooltip(name: String, date: CalendarDate?, issuer: String?, title: String?, in words: PageWords) -> String {
        var tooltip: String
        switch (date, issuer) {
        case let (date?, issuer?): tooltip = words(.nameDatedBy, ["name": name, "date": date.vietnamese, "issuer": issuer])
        case let (date?, nil): tooltip = words(.nameDated, ["name": name, "date": date.vietnamese])
        case let (nil, issuer?): tooltip = words(.nameBy, ["name": name, "issuer": issuer])
        case (nil, nil): tooltip = name
        }
        if let title { tooltip += ": " + title }
        return tooltip
    }

    // MARK: Words of the records' values

    func level(_ level: OrganisationLevel) -> String {
        switch level {
        case .tinh: self[.levelProvince]
        case .capTrenCoSo: self[.levelAboveGrassroots]
        case .dangBoCoSo: self[.levelGrassrootsCommittee]
        case .chiBoCoSo: self[.levelGrassrootsCell]
        case .dangBoBoPhan: self[.levelSubCommittee]
        case .chiBo: self[.levelCell]
        }
    }

    func internet(_ access: InternetAccess) -> String {
        switch access {
        case .stable: self[.internetStable]
        case .unstable: self[.internetUnstable]
        case .none: self[.internetNone]
        }
    }

    func rating(_ rating: Rating) -> String {
        switch rating {
        case .htxsnv: self[.ratingExcellent]
        case .httnv: self[.ratingGood]
        case .htnv: self[.ratingFulfilled]
        case .khtnv: self[.ratingNotFulfilled]
        }
    }

    /// A pack's `kind:` as a reader says it; empty for none or another.
    func meetingKind(_ kind: String?) -> String {
        switch kind {
        case "chuyen-de": self[.thematicMeeting]
        case "dinh-ky": self[.regularMeeting]
        default: ""
        }
    }

    // MARK: Templates

    /// Where a template's name is among `SiteWords` (`contents` of
    /// `{{words.contents}}`), read once when the template is parsed.
    static func position(ofWordNamed name: String) -> Int? { positions[name] }

    private static let positions = Dictionary(uniqueKeysWithValues: SiteWords.allCases.enumerated().map { ($1.rawValue, $0) })

    /// `words`: each field a word, found by its position.
    private struct WordFields: TemplateFields {
        let texts: [String]

        func field(_ name: TemplateFieldName) -> TemplateValue? {
            name.word.map { .text(texts[$0]) }
        }
    }

    private static func json(_ object: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(object)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

extension PageWords: TemplateValueConvertible {}
