/// A cell type (loại hình chi bộ) of `content/types.yml`.
public struct CellType: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
}

/// Reads a YAML list of small maps with known keys, reporting unknown and
/// missing keys at their lines: the shape of types.yml, stats.yml's lists
/// and rules.yml.
struct YAMLListReader {
    let source: SourceFile
    let what: String
    let knownKeys: [String]
    let requiredKeys: [String]
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile, what: String, knownKeys: [String], requiredKeys: [String]) {
        self.source = source
        self.what = what
        self.knownKeys = knownKeys
        self.requiredKeys = requiredKeys
    }

    /// Each item's entries by key, with the item's location; items missing a
    /// required key are reported and left out.
    mutating func items(of value: YAMLValue?) -> [(entries: [String: YAMLEntry], location: SourceLocation)] {
        guard let value, !value.isNull else { return [] }
        guard case .sequence(let list) = value.kind else {
            report(value.location, .frontMatterInvalid, Message(RecordMessages.notAList, ["what": what, "shape": value.shape]))
            return []
        }
        var result: [([String: YAMLEntry], SourceLocation)] = []
        for item in list {
            guard case .mapping(let entries) = item.kind else {
                report(item.location, .frontMatterInvalid,
                       Message(RecordMessages.listItemNotMap, ["what": what, "shape": item.shape]))
                continue
            }
            var byKey: [String: YAMLEntry] = [:]
            for entry in entries {
                if knownKeys.contains(entry.key) {
                    byKey[entry.key] = entry
                } else {
                    diagnostics.append(Diagnostic(
                        file: source.displayPath, at: entry.keyLocation, code: .frontMatterUnknownKey,
                        message: Message(RecordMessages.listUnknownKey, ["key": entry.key, "what": what]),
                        suggestion: NearestMatch.find(entry.key, in: knownKeys).map {
                            Suggestion.didYouMean($0) }))
                }
            }
            let missing = requiredKeys.filter { byKey[$0].map { $0.value.isNull } ?? true }
            if !missing.isEmpty {
                report(item.location, .frontMatterMissing,
                       Message(RecordMessages.listItemMissingKeys, ["what": what, "keys": RecordMessages.joinedByAnd(missing.map { "`\($0)`" })]))
                continue
            }
            result.append((byKey, entries.first?.keyLocation ?? item.location))
        }
        return result
    }

    /// A text value, or nil with a diagnostic when it is a list or a map.
    mutating func text(_ entry: YAMLEntry?) -> String? {
        guard let entry, !entry.value.isNull else { return nil }
        guard let text = entry.value.string else {
            report(entry.value.location, .frontMatterInvalid,
                   Message(RecordMessages.notSingleValue, ["key": entry.key, "shape": entry.value.shape]))
            return nil
        }
        let trimmed = VietnameseText.nfc(text).trimmed
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A list of texts; one value is a list of one.
    mutating func texts(_ entry: YAMLEntry?) -> [String] {
        guard let entry, !entry.value.isNull else { return [] }
        switch entry.value.kind {
        case .scalar(let text, _): return [VietnameseText.nfc(text).trimmed]
        case .sequence(let items):
            return items.compactMap { item in
                guard let text = item.string else {
                    report(item.location, .frontMatterInvalid, Message(RecordMessages.listItemNotSingleValue, ["key": entry.key]))
                    return nil
                }
                return VietnameseText.nfc(text).trimmed
            }
        case .mapping:
            report(entry.value.location, .frontMatterInvalid,
                   Message(RecordMessages.mustBeList, ["key": entry.key, "shape": entry.value.shape]))
            return []
        }
    }

    mutating func report(_ at: SourceLocation, _ code: DiagnosticCode, _ message: Message) {
        diagnostics.append(Diagnostic(file: source.displayPath, at: at, code: code, message: message))
    }
}

enum CellTypeCatalogue {
    /// Reads types.yml; a repeated id is `org.duplicate`.
    static func read(_ source: SourceFile) -> ([CellType], [Diagnostic]) {
        let (root, problem) = YAMLReader(file: source.displayPath, firstLine: 1).read(source.text)
        if let problem { return ([], [problem]) }
        var reader = YAMLListReader(source: source, what: "types.yml", knownKeys: ["id", "name", "description"],
                                    requiredKeys: ["id", "name"])
        var types: [CellType] = []
        var seen: [String: SourceLocation] = [:]
        for item in reader.items(of: root) {
            guard let id = reader.text(item.entries["id"]), let name = reader.text(item.entries["name"]) else { continue }
            let at = item.entries["id"]!.value.location
            if Slug.make(id) != id {
                reader.report(at, .frontMatterInvalid, Message(RecordMessages.typeIDNotSlug, ["slug": Slug.make(id)]))
                continue
            }
            // Read before the duplicate is dropped: its own problems are reported too.
            let description = reader.text(item.entries["description"])
            if let first = seen[id] {
                reader.report(at, .orgDuplicate, Message(RecordMessages.typeDeclaredTwice, ["id": id, "line": first.line]))
                continue
            }
            seen[id] = at
            types.append(CellType(id: id, name: name, description: description))
        }
        return (types, reader.diagnostics)
    }
}
