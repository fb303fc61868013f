/// One part of chibo's message catalogue: an enum whose cases are the
/// things one stage says, each in Vietnamese and English.
///
/// A case's texts hold placeholders for the values: `{name}`, or
/// `{name:file|files}` for a count followed by the word that fits it (English
/// needs the plural; Vietnamese writes `{name} tệp`). Both languages name the
/// same placeholders; `MessageCatalogueTests` fails when they do not.
public protocol MessageCatalogue: RawRepresentable<String>, CaseIterable, Sendable {
    /// The first part of each entry's id: `citation` in `citation.invalid-date`.
    static var domain: String { get }
    var texts: MessageTexts { get }
}

/// An entry's words in each language.
public struct MessageTexts: Sendable, Hashable {
    public var english: String
    public var vietnamese: String

    public init(en english: String, vi vietnamese: String) {
        self.english = english
        self.vietnamese = vietnamese
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .vi: vietnamese
        }
    }
}

/// A catalogue case, kept by its id and words so that messages from every
/// part of the catalogue are one type.
public struct MessageEntry: Sendable, Hashable {
    /// `domain.case`, e.g. `citation.invalidDate`: stable enough to find
    /// the entry in the source.
    public let id: String
    public let texts: MessageTexts

    public init<Entry: MessageCatalogue>(_ entry: Entry) {
        id = "\(Entry.domain).\(entry.rawValue)"
        texts = entry.texts
    }

    public func text(in language: Language) -> String { texts.text(in: language) }
}

/// Every part of the catalogue, for the tests that hold both languages to
/// the same placeholders and for the guide's pages.
public enum MessageCatalogues {
    public static let all: [any MessageCatalogue.Type] = [
        ReportMessages.self,
        CommonMessages.self,
        CodeSummaries.self,
        CodeMeanings.self, CodeFixes.self,
        CommandMessages.self,
        CommandHelp.self,
        StageMessages.self,
        LiveBuildMessages.self,
        OverlayMessages.self,
        ContentFileMessages.self,
        FrontMatterMessages.self,
        LibYAMLWords.self,
        AcceptMessages.self,
        LinkMessages.self,
        VisibilityMessages.self,
        TextEncodingMessages.self,
        ThemeMessages.self,
        RecordMessages.self,
        StatsMessages.self,
        RuleMessages.self,
        RegistryMessages.self,
        PackMessages.self,
        CitationMessages.self,
        CiteMessages.self,
        ScaffoldMessages.self,
        BuildMessages.self,
        ImportMessages.self,
        SiteWords.self,
    ]

    /// Every entry of every part.
    public static var entries: [MessageEntry] {
        all.flatMap { entries(of: $0) }
    }

    private static func entries<Part: MessageCatalogue>(of part: Part.Type) -> [MessageEntry] {
        part.allCases.map(MessageEntry.init)
    }
}
