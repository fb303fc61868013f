import Foundation

/// Turns a page's front matter into `PageMetadata`, reporting every key of
/// the wrong type, every date that does not exist, every required key that
/// is missing and every key chibo does not know, all in one pass.
struct MetadataReader {
    let file: String
    let kind: PageKind
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, kind: PageKind) {
        self.file = file
        self.kind = kind
    }

    /// `unreadableKeys` are written but could not be read (a YAML mistake
    /// on their line, reported already): they count as written, so no
    /// check reports them missing.
    mutating func read(_ root: YAMLValue?, frontMatterLine: Int, unreadableKeys: [String: SourceLocation] = [:]) -> PageMetadata {
        var metadata = PageMetadata()
        var entries: [YAMLEntry] = []
        if let root {
            if case .mapping(let list) = root.kind {
                entries = list
            } else if !root.isNull {
                report(root.location, .frontMatterInvalid, "front matter must be a map of `key: value` lines, not \(root.typeName)")
            }
        }
        for entry in entries {
            metadata.keyLocations[entry.key] = entry.keyLocation
            read(entry, into: &metadata)
        }
        for (key, location) in unreadableKeys where metadata.keyLocations[key] == nil {
            metadata.keyLocations[key] = location
        }
        checkRequired(metadata, frontMatterLine: frontMatterLine)
        return metadata
    }

    private mutating func read(_ entry: YAMLEntry, into metadata: inout PageMetadata) {
        let value = entry.value
        switch entry.key {
        case _ where !kind.knownKeys.contains(entry.key):
            let known = kind.knownKeys.sorted()
            let suggestion = NearestMatch.find(entry.key, in: known).map {
                Suggestion(message: "did you mean `\($0)`?", replacement: $0)
            }
            diagnostics.append(Diagnostic(file: file, at: entry.keyLocation, code: .frontMatterUnknownKey,
                                          message: "unknown front-matter key `\(entry.key)` for a \(kind.rawValue) page",
                                          suggestion: suggestion))
        case "title": metadata.title = text(entry)
        case "summary": metadata.summary = text(entry)
        case "symbol": metadata.symbol = text(entry)
        case "issuer": metadata.issuer = text(entry)
        case "term": metadata.term = text(entry)
        case "kind":
            metadata.kind = text(entry)
            if kind == .pack, let k = metadata.kind, !["dinh-ky", "chuyen-de"].contains(k) {
                report(value.location, .frontMatterInvalid, "a pack's `kind` is `dinh-ky` or `chuyen-de`, not `\(k)`")
            }
        case "date":
            guard let raw = text(entry) else { return }
            if let date = CalendarDate(iso: raw) {
                metadata.date = date
            } else {
                report(value.location, .frontMatterInvalid, dateProblem(raw))
            }
        case "month":
            guard let raw = text(entry) else { return }
            if let month = CalendarMonth(iso: raw) {
                metadata.month = month
            } else {
                report(value.location, .frontMatterInvalid, "`month` must be a month written YYYY-MM, not `\(raw)`")
            }
        case "type": metadata.packType = text(entry)
        case "visibility":
            guard let raw = text(entry) else { return }
            if let visibility = Visibility(rawValue: raw) {
                metadata.visibility = visibility
            } else {
                report(value.location, .frontMatterInvalid, "`visibility` is `public` or `internal`, not `\(raw)`")
            }
        case "types": metadata.types = list(entry)
        case "replaces": metadata.replaces = list(entry)
        case "implements": metadata.implements = list(entry)
        case "amends": metadata.amends = list(entry)
        case "aliases": metadata.aliases = list(entry)
        case "accept": metadata.acceptedFindings = acceptedFindings(entry)
        default: break
        }
    }

    private mutating func checkRequired(_ metadata: PageMetadata, frontMatterLine: Int) {
        let at = SourceLocation(line: frontMatterLine, column: 1)
        switch kind {
        case .directive:
            if metadata.symbol == nil && metadata.keyLocations["symbol"] == nil {
                report(at, .frontMatterMissing, "a directive needs `symbol:`, its number and symbol as issued (e.g. `50-CT/TW`)")
            }
        case .guidance, .page, .pack:
            if metadata.title == nil && metadata.keyLocations["title"] == nil {
                report(at, .frontMatterMissing, "missing `title:`: every page needs a title")
            }
        }
    }

    /// A single text value; numbers and dates written plain are read as text.
    private mutating func text(_ entry: YAMLEntry) -> String? {
        let value = entry.value
        if value.isNull {
            report(value.location, .frontMatterInvalid, "`\(entry.key)` is empty")
            return nil
        }
        guard let s = value.string else {
            report(value.location, .frontMatterInvalid, "`\(entry.key)` must be a single value, not \(value.typeName)")
            return nil
        }
        let trimmed = s.trimmed
        if trimmed.isEmpty {
            report(value.location, .frontMatterInvalid, "`\(entry.key)` is empty")
            return nil
        }
        return trimmed
    }

    /// A list of texts; a single value is accepted as a list of one.
    private mutating func list(_ entry: YAMLEntry) -> [String] {
        let value = entry.value
        switch value.kind {
        case .scalar(let s, _):
            return value.isNull ? [] : [s]
        case .sequence(let items):
            var result: [String] = []
            for item in items {
                if let s = item.string, !item.isNull {
                    result.append(s)
                } else {
                    report(item.location, .frontMatterInvalid, "each item of `\(entry.key)` must be a single value, not \(item.typeName)")
                }
            }
            return result
        case .mapping:
            report(value.location, .frontMatterInvalid, "`\(entry.key)` must be a list, not \(value.typeName)")
            return []
        }
    }

    /// `accept:` is a list of maps, each with `code`, `match` and a written
    /// `reason`: an acceptance without a reason is no acceptance.
    private mutating func acceptedFindings(_ entry: YAMLEntry) -> [AcceptedFinding] {
        guard case .sequence(let items) = entry.value.kind else {
            report(entry.value.location, .frontMatterInvalid,
                   "`accept` must be a list of findings, each with `code`, `match` and `reason`")
            return []
        }
        var result: [AcceptedFinding] = []
        for item in items {
            guard case .mapping(let fields) = item.kind else {
                report(item.location, .frontMatterInvalid, "each item of `accept` is a map with `code`, `match` and `reason`")
                continue
            }
            var values: [String: String] = [:]
            for field in fields {
                guard ["code", "match", "reason"].contains(field.key) else {
                    report(field.keyLocation, .frontMatterUnknownKey, "unknown key `\(field.key)` in `accept` (expected code, match, reason)")
                    continue
                }
                guard let text = field.value.string?.trimmed, !text.isEmpty,
                      !field.value.isNull else {
                    report(field.value.location, .frontMatterInvalid, "`\(field.key)` of an accepted finding is empty")
                    continue
                }
                values[field.key] = text
            }
            let missing = ["code", "match", "reason"].filter { key in values[key] == nil && !fields.contains { $0.key == key } }
            if !missing.isEmpty {
                report(item.location, .frontMatterMissing,
                       "an accepted finding needs \(missing.map { "`\($0)`" }.joined(separator: " and "))"
                        + (missing.contains("reason") ? ": say why the finding is right to keep" : ""))
            }
            if let code = values["code"], let match = values["match"], let reason = values["reason"] {
                if let problem = AcceptedFinding.problem(withCode: code, file: file, at: item.location) {
                    diagnostics.append(problem)
                    continue
                }
                // A symbol matches however it is spaced or spelt (`10- HD/TCTW`).
                let subject = DirectiveSymbol(match)?.text ?? VietnameseText.nfc(match)
                result.append(AcceptedFinding(code: code, match: subject, reason: reason, location: item.location))
            }
        }
        return result
    }

    private func dateProblem(_ raw: String) -> String {
        let shape = raw.split(separator: "-")
        if shape.count == 3, shape.allSatisfy({ Int($0) != nil }), raw.count == 10 {
            return "`date` \(raw) does not exist in the calendar"
        }
        return "`date` must be written YYYY-MM-DD, not `\(raw)`"
    }

    private mutating func report(_ at: SourceLocation, _ code: DiagnosticCode, _ message: String) {
        diagnostics.append(Diagnostic(file: file, at: at, code: code, message: message))
    }
}
