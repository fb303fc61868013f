/// `content/stats.yml`: the labels of the figures records report under
/// `stats`, the tables they form on stats.html, and the parts that must add
/// up to a whole.
public struct StatsCatalogue: Sendable {
    public struct Stat: Sendable, Hashable {
        public var key: String
        public var label: String
        /// The stats.html table it is a column of.
        public var table: String
    }

    /// Parts that must add up to their whole, on every record that gives both.
    public struct Total: Sendable {
        public var whole: String
        public var parts: [String]
        var location: SourceLocation
    }

    public var stats: [Stat] = []
    public var totals: [Total] = []
    /// False when the site has no stats.yml: keys are then their own labels
    /// and no key is unknown.
    public var isDeclared = false

    static let defaultTable = "Số liệu khác"

    public func label(of key: String) -> String { stats.first { $0.key == key }?.label ?? key }
    func isKnown(_ key: String) -> Bool { !isDeclared || stats.contains { $0.key == key } }

    /// The tables of stats.html, in the order stats.yml first names them.
    public var tables: [(title: String, keys: [String])] {
        var order: [String] = []
        var keys: [String: [String]] = [:]
        for stat in stats {
            if keys[stat.table] == nil { order.append(stat.table) }
            keys[stat.table, default: []].append(stat.key)
        }
        return order.map { ($0, keys[$0]!) }
    }

    static func read(_ source: SourceFile) -> (StatsCatalogue, [Diagnostic]) {
        var catalogue = StatsCatalogue()
        catalogue.isDeclared = true
        let (root, problem) = YAMLReader(file: source.displayPath, firstLine: 1).read(source.text)
        if let problem { return (catalogue, [problem]) }
        var diagnostics: [Diagnostic] = []
        var sections: [String: YAMLValue] = [:]
        if let root, case .mapping(let entries) = root.kind {
            for entry in entries {
                if entry.key == "stats" || entry.key == "totals" {
                    sections[entry.key] = entry.value
                } else {
                    diagnostics.append(Diagnostic(file: source.displayPath, at: entry.keyLocation, code: .frontMatterUnknownKey,
                                                  message: Message(StatsMessages.unknownKey, ["key": entry.key])))
                }
            }
        } else if let root, !root.isNull {
            diagnostics.append(Diagnostic(file: source.displayPath, at: root.location, code: .frontMatterInvalid,
                                          message: Message(StatsMessages.fileShape)))
        }
        var stats = YAMLListReader(source: source, what: "`stats`", knownKeys: ["key", "label", "table"], requiredKeys: ["key", "label"])
        var seen = Set<String>()
        for item in stats.items(of: sections["stats"]) {
            guard let key = stats.text(item.entries["key"]), let label = stats.text(item.entries["label"]) else { continue }
            guard seen.insert(key).inserted else {
                stats.report(item.entries["key"]!.value.location, .frontMatterInvalid, Message(StatsMessages.declaredTwice, ["key": key]))
                continue
            }
            catalogue.stats.append(Stat(key: key, label: label, table: stats.text(item.entries["table"]) ?? defaultTable))
        }
        diagnostics += stats.diagnostics
        var totals = YAMLListReader(source: source, what: "`totals`", knownKeys: ["whole", "parts"], requiredKeys: ["whole", "parts"])
        for item in totals.items(of: sections["totals"]) {
            guard let whole = totals.text(item.entries["whole"]) else { continue }
            let parts = totals.texts(item.entries["parts"])
            let named = [(whole, item.entries["whole"]!.value.location)]
                + parts.map { ($0, item.entries["parts"]!.value.location) }
            let unknown = named.filter { !seen.contains($0.0) }
            for (key, at) in unknown {
                let message = NearestMatch.find(key, in: seen).map { Message(StatsMessages.unknownStatInTotalNear, ["key": key, "near": $0]) }
                    ?? Message(StatsMessages.unknownStatInTotal, ["key": key])
                totals.report(at, .frontMatterInvalid, message)
            }
            guard unknown.isEmpty, !parts.isEmpty else { continue }
            catalogue.totals.append(Total(whole: whole, parts: parts, location: item.location))
        }
        diagnostics += totals.diagnostics
        return (catalogue, diagnostics)
    }

    /// `records.total` for every record whose declared parts do not add up
    /// to its whole; a part it does not give counts as 0, a record without
    /// the whole or any part states nothing to check.
    func totalProblems(in records: [OrganisationRecord]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for record in records {
            for total in totals {
                guard let whole = record.stats[total.whole],
                      total.parts.contains(where: { record.stats[$0] != nil }) else { continue }
                let sum = total.parts.reduce(0) { $0 + (record.stats[$1] ?? 0) }
                guard sum != whole else { continue }
                let terms = total.parts.map { "\(label(of: $0)) \(record.stats[$0] ?? 0)" }.joined(separator: " + ")
                diagnostics.append(Diagnostic(
                    file: record.file, at: record.location(of: "stats." + total.whole), code: .recordsTotal,
                    message: Message(StatsMessages.recordTotalMismatch, [
                        "id": record.id, "whole": label(of: total.whole), "value": whole, "sum": sum, "terms": terms]),
                    subject: record.id))
            }
        }
        return diagnostics
    }
}
