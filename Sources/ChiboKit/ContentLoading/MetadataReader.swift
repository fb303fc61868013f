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
                report(root.location, .frontMatterInvalid, Message(FrontMatterMessages.notAMap, ["shape": root.shape]))
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
                Suggestion.didYouMean($0)
            }
            diagnostics.append(Diagnostic(file: file, at: entry.keyLocation, code: .frontMatterUnknownKey,
                                          message: Message(FrontMatterMessages.unknownPageKey,
                                                           ["key": entry.key, "kind": FrontMatterMessages.kind(kind)]),
                                          suggestion: suggestion))
        case "title": metadata.title = text(entry)
        case "summary": metadata.summary = text(entry)
        case "symbol": metadata.symbol = text(entry)
        case _ where PartyDocumentFacts.keys.contains(entry.key):
            var reader = PartyDocumentFactsReader(file: file)
            reader.read(entry, into: &metadata.document)
            diagnostics += reader.diagnostics
            // Citations and the registry name a document by the body that issued it.
            metadata.issuer = metadata.document.issuer.last
        case "term": metadata.term = text(entry)
        case "kind":
            metadata.kind = text(entry)
            if kind == .pack, let k = metadata.kind, !["dinh-ky", "chuyen-de"].contains(k) {
                report(value.location, .frontMatterInvalid, Message(FrontMatterMessages.packKind, ["kind": k]))
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
                report(value.location, .frontMatterInvalid, Message(FrontMatterMessages.monthShape, ["month": raw]))
            }
        case "type": metadata.packType = text(entry)
        case "visibility":
            guard let raw = text(entry) else { return }
            if let visibility = Visibility(rawValue: raw) {
                metadata.visibility = visibility
            } else {
                report(value.location, .frontMatterInvalid, Message(FrontMatterMessages.visibilityValue, ["value": raw]))
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
                report(at, .frontMatterMissing, Message(FrontMatterMessages.directiveNeedsSymbol))
            }
        case .guidance, .page, .pack:
            if metadata.title == nil && metadata.keyLocations["title"] == nil {
                report(at, .frontMatterMissing, Message(FrontMatterMessages.pageNeedsTitle))
            }
        }
    }

    /// A single text value; numbers and dates written plain are read as text.
    private mutating func text(_ entry: YAMLEntry) -> String? {
        let (text, problem) = entry.value.singleText(key: entry.key)
        if let problem { report(entry.value.location, .frontMatterInvalid, problem) }
        return text
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
                    report(item.location, .frontMatterInvalid,
                           Message(FrontMatterMessages.listItemNotSingleValue, ["key": entry.key, "shape": item.shape]))
                }
            }
            return result
        case .mapping:
            report(value.location, .frontMatterInvalid, Message(FrontMatterMessages.notAList, ["key": entry.key, "shape": value.shape]))
            return []
        }
    }

    /// `accept:` is a list of maps, each with `code`, `match` and a written
    /// `reason`: an acceptance without a reason is no acceptance.
    private mutating func acceptedFindings(_ entry: YAMLEntry) -> [AcceptedFinding] {
        guard case .sequence(let items) = entry.value.kind else {
            report(entry.value.location, .frontMatterInvalid, Message(AcceptMessages.notAList))
            return []
        }
        var result: [AcceptedFinding] = []
        for item in items {
            guard case .mapping(let fields) = item.kind else {
                report(item.location, .frontMatterInvalid, Message(AcceptMessages.itemNotAMap))
                continue
            }
            var values: [String: String] = [:]
            for field in fields {
                guard ["code", "match", "reason"].contains(field.key) else {
                    report(field.keyLocation, .frontMatterUnknownKey, Message(AcceptMessages.unknownKey, ["key": field.key]))
                    continue
                }
                guard let text = field.value.string?.trimmed, !text.isEmpty,
                      !field.value.isNull else {
                    report(field.value.location, .frontMatterInvalid, Message(AcceptMessages.emptyField, ["key": field.key]))
                    continue
                }
                values[field.key] = text
            }
            let missing = ["code", "match", "reason"].filter { key in values[key] == nil && !fields.contains { $0.key == key } }
            if !missing.isEmpty {
                report(item.location, .frontMatterMissing,
                       Message(missing.contains("reason") ? AcceptMessages.needsReason : .needs, ["keys": AcceptMessages.keys(missing)]))
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

    private func dateProblem(_ raw: String) -> Message {
        let shape = raw.split(separator: "-")
        if shape.count == 3, shape.allSatisfy({ Int($0) != nil }), raw.count == 10 {
            return Message(FrontMatterMessages.dateNotInCalendar, ["date": raw])
        }
        return Message(FrontMatterMessages.dateShape, ["date": raw])
    }

    private mutating func report(_ at: SourceLocation, _ code: DiagnosticCode, _ message: Message) {
        diagnostics.append(Diagnostic(file: file, at: at, code: code, message: message))
    }
}

extension YAMLValue {
    /// The value as one text, trimmed, or what is wrong with it (empty, a
    /// list, a map) worded for `key`: how every front-matter key that takes
    /// a single text is read.
    func singleText(key: String) -> (text: String?, problem: Message?) {
        if isNull { return (nil, Message(FrontMatterMessages.emptyValue, ["key": key])) }
        guard let s = string else { return (nil, Message(FrontMatterMessages.notSingleValue, ["key": key, "shape": shape])) }
        let trimmed = s.trimmed
        if trimmed.isEmpty { return (nil, Message(FrontMatterMessages.emptyValue, ["key": key])) }
        return (trimmed, nil)
    }
}
