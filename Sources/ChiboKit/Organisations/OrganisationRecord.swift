/// One organisation (đảng bộ or chi bộ) as its record states it, typed and
/// checked, with where each field is written for later diagnostics.
public struct OrganisationRecord: Sendable {
    public var id: String
    public var name: String
    public var aliases: [String] = []
    public var level: OrganisationLevel
    public var type: String?
    public var parent: String?
    public var members: Int?
    public var membersOnSite: Int?
    public var internet: InternetAccess?
    public var computer: Bool?
    public var ratings: [Int: Rating] = [:]
    /// `stats.KEY`: figures reported per organisation, labelled in stats.yml.
    public var stats: [String: Int] = [:]
    public var visibility: Visibility = .public
    /// Display path of the file that holds the record.
    public var file: String
    /// The record's own line (CSV: its row).
    public var location: SourceLocation
    /// Where each field's value is written, by key (`parent`, `stats.KEY`).
    var fieldLocations: [String: SourceLocation] = [:]
    var acceptances: [AcceptedFinding] = []

    func location(of key: String) -> SourceLocation { fieldLocations[key] ?? location }

    /// The name and its aliases, as written.
    public var spellings: [String] { [name] + aliases }

    /// A figure a rule or a table can ask for by name: `members`,
    /// `members_on_site` or `stats.KEY`.
    func figure(_ field: String) -> Int? {
        switch field {
        case "members": members
        case "members_on_site": membersOnSite
        default: field.hasPrefix("stats.") ? stats[String(field.dropFirst("stats.".count))] : nil
        }
    }
}

/// Types the fields of a raw record, reporting every value that is missing
/// or of the wrong kind at the place it is written.
struct RecordReader {
    static let knownKeys = ["id", "name", "aliases", "level", "type", "parent", "members", "members_on_site",
                            "internet", "computer", "ratings", "stats", "visibility", "accept"]

    private(set) var diagnostics: [Diagnostic] = []

    /// A column a CSV records file may have: a key, or `stats.KEY`,
    /// `ratings.YEAR`, `accept.CODE`.
    static func isKnownColumn(_ key: String) -> Bool {
        knownKeys.contains(key) && key != "stats" && key != "ratings" && key != "accept"
            || ["stats.", "ratings.", "accept."].contains { key.hasPrefix($0) && key.count > $0.count }
    }

    mutating func read(_ raw: RawRecord) -> OrganisationRecord? {
        var texts: [String: String] = [:]
        var aliases: [String] = []
        var locations: [String: SourceLocation] = [:]
        var stats: [String: Int] = [:]
        var ratings: [Int: Rating] = [:]
        for field in raw.fields {
            locations[field.key] = field.location
            let text: String
            switch field.value {
            case .unreadable(let shape):
                report(raw.file, field.location, .frontMatterInvalid, Message(RecordMessages.notSingleValue, ["key": field.key, "shape": shape]))
                continue
            case .list(let items):
                guard field.key == "aliases" else {
                    report(raw.file, field.location, .frontMatterInvalid,
                           Message(RecordMessages.notSingleValue, ["key": field.key, "shape": Message(FrontMatterMessages.shapeList)]))
                    continue
                }
                aliases = items.map(VietnameseText.nfc).map(\.trimmed).filter { !$0.isEmpty }
                continue
            case .text(let value):
                text = VietnameseText.nfc(value).trimmed
            }
            if field.key.hasPrefix("stats.") {
                let key = String(field.key.dropFirst("stats.".count))
                guard !key.isEmpty else {
                    report(raw.file, field.keyLocation, .frontMatterInvalid, Message(RecordMessages.statsColumnWithoutKey))
                    continue
                }
                if text.isEmpty { continue }
                if let number = Self.count(text) { stats[key] = number } else {
                    report(raw.file, field.location, .frontMatterInvalid,
                           Message(RecordMessages.notWholeNumber, ["key": "stats." + key, "text": text]))
                }
                continue
            }
            if field.key.hasPrefix("ratings.") {
                let yearText = String(field.key.dropFirst("ratings.".count))
                guard let year = Int(yearText), yearText.count == 4 else {
                    report(raw.file, field.keyLocation, .frontMatterInvalid, Message(RecordMessages.ratingYear, ["year": yearText]))
                    continue
                }
                if text.isEmpty { continue }
                if let rating = Rating(rawValue: text.uppercased()) { ratings[year] = rating } else {
                    report(raw.file, field.location, .frontMatterInvalid,
                           Message(RecordMessages.ratingValue, ["ratings": Rating.allCases.map { "`\($0.rawValue)`" }, "text": text]),
                           near: text, in: Rating.allCases.map(\.rawValue))
                }
                continue
            }
            guard Self.knownKeys.contains(field.key) else {
                diagnostics.append(Diagnostic(file: raw.file, at: field.keyLocation, code: .frontMatterUnknownKey,
                                              message: Message(RecordMessages.unknownRecordKey, ["key": field.key]),
                                              suggestion: NearestMatch.find(field.key, in: Self.knownKeys).map {
                                                  Suggestion.didYouMean($0) }))
                continue
            }
            if field.key == "aliases" {
                aliases = text.isEmpty ? [] : [text]
            } else if !text.isEmpty {
                texts[field.key] = text
            }
        }

        let missing = ["id", "name", "level"].filter { texts[$0] == nil }
        if !missing.isEmpty {
            report(raw.file, raw.location, .frontMatterMissing,
                   Message(RecordMessages.recordMissingKeys, ["keys": missing.map { "`\($0)`" }]))
        }
        var level: OrganisationLevel?
        if let writtenLevel = texts["level"] {
            level = OrganisationLevel(rawValue: writtenLevel)
            if level == nil {
                report(raw.file, locations["level"]!, .frontMatterInvalid,
                       Message(RecordMessages.unknownLevel, ["levels": OrganisationLevel.allCases.map(\.rawValue), "text": writtenLevel]),
                       near: writtenLevel, in: OrganisationLevel.allCases.map(\.rawValue))
            }
        }
        if let id = texts["id"], Slug.make(id) != id {
            report(raw.file, locations["id"]!, .frontMatterInvalid,
                   Message(RecordMessages.idNotSlug, ["slug": Slug.make(id)]))
            // Such an id could name a path out of orgs/: the record goes no further.
            return nil
        }
        guard let id = texts["id"], let name = texts["name"], let level else { return nil }

        var record = OrganisationRecord(id: id, name: name, level: level, file: raw.file,
                                        location: raw.location)
        record.aliases = aliases
        record.type = texts["type"]
        record.parent = texts["parent"]
        record.members = integer("members", texts, locations, raw.file)
        record.membersOnSite = integer("members_on_site", texts, locations, raw.file)
        if let text = texts["internet"] {
            record.internet = InternetAccess(rawValue: text)
            if record.internet == nil {
                report(raw.file, locations["internet"]!, .frontMatterInvalid,
                       Message(RecordMessages.internetValue, ["text": text]), near: text, in: InternetAccess.allCases.map(\.rawValue))
            }
        }
        if let text = texts["computer"] {
            record.computer = Self.boolean(text)
            if record.computer == nil {
                report(raw.file, locations["computer"]!, .frontMatterInvalid, Message(RecordMessages.computerValue, ["text": text]))
            }
        }
        if let text = texts["visibility"] {
            if let visibility = Visibility(rawValue: text) { record.visibility = visibility } else {
                report(raw.file, locations["visibility"]!, .frontMatterInvalid,
                       Message(RecordMessages.visibilityValue, ["text": text]))
            }
        }
        record.stats = stats
        record.ratings = ratings
        record.fieldLocations = locations
        record.acceptances = raw.acceptances.compactMap { acceptance in
            if let problem = AcceptedFinding.problem(withCode: acceptance.code, file: raw.file, at: acceptance.location) {
                diagnostics.append(problem)
                return nil
            }
            return AcceptedFinding(code: acceptance.code, match: id, reason: acceptance.reason,
                                   location: acceptance.location, matchesWholeSubject: true)
        }
        return record
    }

    private mutating func integer(_ key: String, _ texts: [String: String], _ locations: [String: SourceLocation],
                                  _ file: String) -> Int? {
        guard let text = texts[key] else { return nil }
        guard let number = Self.count(text) else {
            report(file, locations[key]!, .frontMatterInvalid, Message(RecordMessages.notWholeNumber, ["key": key, "text": text]))
            return nil
        }
        return number
    }

    /// A count as Excel writes it: digits, nothing else.
    static func count(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), text.utf8.count <= 12 else { return nil }
        return Int(text)
    }

    static func boolean(_ text: String) -> Bool? {
        switch VietnameseText.fold(text) {
        case "true", "yes", "co", "1": true
        case "false", "no", "khong", "0": false
        default: nil
        }
    }

    private mutating func report(_ file: String, _ at: SourceLocation, _ code: DiagnosticCode, _ message: Message,
                                 near word: String? = nil, in candidates: [String] = []) {
        let suggestion = word.flatMap { NearestMatch.find($0, in: candidates) }.map {
            Suggestion.didYouMean($0)
        }
        diagnostics.append(Diagnostic(file: file, at: at, code: code, message: message, suggestion: suggestion))
    }
}
