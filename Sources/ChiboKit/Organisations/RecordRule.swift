/// A rule of `content/rules.yml` that records must satisfy, with the
/// directive or page it comes from:
///
/// ```yaml
/// - id: chi-bo-xom-3-dang-vien
///   message: "Chi bộ xóm cần ít nhất 3 đảng viên tại chỗ"
///   basis: "03-ĐA/TU"
///   where: {level: chi-bo, type: xom-to-dan-pho}
///   field: members_on_site
///   min: 3
/// ```
public struct RecordRule: Sendable {
    public enum Measure: Sendable, Hashable {
        /// `members`, `members_on_site` or `stats.KEY` of the record.
        case field(String)
        /// How many of the record's children match this filter.
        case children(RecordFilter)
    }

    public var id: String
    public var message: String
    /// As written: `SYMBOL`, `SYMBOL@YYYY-MM-DD`, or a content path with an optional `#anchor`.
    public var basis: String
    var basisLocation: SourceLocation
    /// Display path of rules.yml.
    var file: String
    public var filter: RecordFilter
    public var measure: Measure
    public var minimum: Int?
    public var maximum: Int?
    var location: SourceLocation

    /// What the measure is called in a message: the field as rules.yml
    /// writes it, or chibo's word for the children it counts.
    var measureName: any MessageArgumentConvertible {
        switch measure {
        case .field(let field): field
        case .children(let filter):
            filter.isEmpty ? Message(RuleMessages.children) : Message(RuleMessages.childrenWhere, ["filter": filter.description])
        }
    }

    /// The figure a record shows against the bounds, if the record states it.
    func breach(by value: Int) -> Message? {
        if let minimum, value < minimum {
            return Message(RuleMessages.belowMinimum, ["measure": measureName, "value": value, "minimum": minimum])
        }
        if let maximum, value > maximum {
            return Message(RuleMessages.aboveMaximum, ["measure": measureName, "value": value, "maximum": maximum])
        }
        return nil
    }
}

/// Which records a rule applies to: every key must match, a key with a list
/// matches any of its values.
public struct RecordFilter: Sendable, Hashable, CustomStringConvertible {
    public var levels: Set<String> = []
    public var types: Set<String> = []
    public var parents: Set<String> = []

    static let keys = ["level", "type", "parent"]

    var isEmpty: Bool { levels.isEmpty && types.isEmpty && parents.isEmpty }

    func matches(_ record: OrganisationRecord) -> Bool {
        (levels.isEmpty || levels.contains(record.level.rawValue))
            && (types.isEmpty || record.type.map(types.contains) == true)
            && (parents.isEmpty || record.parent.map(parents.contains) == true)
    }

    public var description: String {
        [("level", levels), ("type", types), ("parent", parents)].filter { !$0.1.isEmpty }
            .map { "\($0.0): \($0.1.sorted().joined(separator: " | "))" }.joined(separator: ", ")
    }
}

enum RecordRules {
    static let knownKeys = ["id", "message", "basis", "where", "field", "children", "min", "max"]
    static let fieldNames = ["members", "members_on_site"]

    static func read(_ source: SourceFile) -> ([RecordRule], [Diagnostic]) {
        let (root, problem) = YAMLReader(file: source.displayPath, firstLine: 1).read(source.text)
        if let problem { return ([], [problem]) }
        var reader = YAMLListReader(source: source, what: "rules.yml", knownKeys: knownKeys,
                                    requiredKeys: ["id", "message", "basis"])
        var rules: [RecordRule] = []
        for item in reader.items(of: root) {
            let entries = item.entries
            guard let id = reader.text(entries["id"]), let message = reader.text(entries["message"]),
                  let basis = reader.text(entries["basis"]) else { continue }
            let filter = readFilter(entries["where"], reader: &reader)
            var measure: RecordRule.Measure?
            switch (entries["field"], entries["children"]) {
            case (let field?, nil):
                if let name = reader.text(field) {
                    if fieldNames.contains(name) || (name.hasPrefix("stats.") && name.count > 6) {
                        measure = .field(name)
                    } else {
                        reader.report(field.value.location, .frontMatterInvalid, Message(RuleMessages.fieldValue, ["name": name]))
                    }
                }
            case (nil, let children?):
                measure = .children(readFilter(children, reader: &reader))
            case (_?, _?):
                reader.report(item.location, .frontMatterInvalid, Message(RuleMessages.bothMeasures))
            case (nil, nil):
                reader.report(item.location, .frontMatterMissing, Message(RuleMessages.noMeasure))
            }
            let minimum = bound(entries["min"], reader: &reader)
            let maximum = bound(entries["max"], reader: &reader)
            if entries["min"] == nil && entries["max"] == nil {
                reader.report(item.location, .frontMatterMissing, Message(RuleMessages.noBound))
                continue
            }
            guard let measure else { continue }
            rules.append(RecordRule(id: id, message: message, basis: basis,
                                    basisLocation: entries["basis"]!.value.location, file: source.displayPath, filter: filter, measure: measure,
                                    minimum: minimum, maximum: maximum, location: item.location))
        }
        return (rules, reader.diagnostics)
    }

    private static func readFilter(_ entry: YAMLEntry?, reader: inout YAMLListReader) -> RecordFilter {
        var filter = RecordFilter()
        guard let entry, !entry.value.isNull else { return filter }
        guard case .mapping(let pairs) = entry.value.kind else {
            reader.report(entry.value.location, .frontMatterInvalid, Message(RuleMessages.filterNotMap, ["key": entry.key]))
            return filter
        }
        for pair in pairs {
            let values = Set(reader.texts(pair))
            switch pair.key {
            case "level":
                for value in values where OrganisationLevel(rawValue: value) == nil {
                    reader.report(pair.value.location, .frontMatterInvalid, Message(RuleMessages.notALevel, ["value": value]))
                }
                filter.levels = values
            case "type": filter.types = values
            case "parent": filter.parents = values
            default:
                reader.diagnostics.append(Diagnostic(
                    file: reader.source.displayPath, at: pair.keyLocation, code: .frontMatterUnknownKey,
                    message: Message(RuleMessages.filterUnknownKey, ["key": pair.key, "group": entry.key, "keys": RecordFilter.keys])))
            }
        }
        return filter
    }

    private static func bound(_ entry: YAMLEntry?, reader: inout YAMLListReader) -> Int? {
        guard let entry else { return nil }
        guard let text = reader.text(entry), let number = RecordReader.count(text) else {
            reader.report(entry.value.location, .frontMatterInvalid, Message(RuleMessages.boundNotWholeNumber, ["key": entry.key]))
            return nil
        }
        return number
    }
}
