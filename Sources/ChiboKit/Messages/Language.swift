/// The language chibo speaks to the person running it: Vietnamese for the
/// editors it is made for, English for logs read by people who set up CI.
public enum Language: String, CaseIterable, Sendable {
    case vi
    case en

    /// The language a terminal asks for: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty, as C programs
    /// read their locale; `vi…` is Vietnamese, anything else English, so a CI
    /// log stays English unless someone asks.
    public static func of(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("vi") ? .vi : .en
        }
        return .en
    }

    /// A page's or a site's `language` (`vi`, `vi-VN`, `en`…): Vietnamese
    /// unless it names another language, since chibo's sites are Vietnamese.
    public static func of(siteLanguage: String?) -> Language {
        guard let code = siteLanguage?.lowercased(), !code.isEmpty else { return .vi }
        return code.hasPrefix("vi") ? .vi : .en
    }

    /// The BCP 47 tag of a report (SARIF's `language`).
    public var tag: String {
        switch self {
        case .vi: "vi-VN"
        case .en: "en-US"
        }
    }
}
