/// Reads a YAML records file: one record (a map) or a list of them.
struct YAMLRecordReader {
    let source: SourceFile

    func read() -> ([RawRecord], [Diagnostic]) {
        let (root, problem) = YAMLReader(file: source.displayPath, firstLine: 1).read(source.text)
        if let problem { return ([], [problem]) }
        guard let root, !root.isNull else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        var items: [YAMLValue] = []
        switch root.kind {
        case .mapping: items = [root]
        case .sequence(let list): items = list
        case .scalar:
            diagnostics.append(Diagnostic(file: source.displayPath, at: root.location, code: .frontMatterInvalid,
                                          message: Message(RecordMessages.recordsFileShape)))
        }
        var records: [RawRecord] = []
        for item in items {
            guard case .mapping(let entries) = item.kind else {
                diagnostics.append(Diagnostic(file: source.displayPath, at: item.location, code: .frontMatterInvalid,
                                              message: Message(RecordMessages.recordNotMap, ["shape": item.shape])))
                continue
            }
            records.append(record(entries, at: item.location, diagnostics: &diagnostics))
        }
        return (records, diagnostics)
    }

    private func record(_ entries: [YAMLEntry], at location: SourceLocation, diagnostics: inout [Diagnostic]) -> RawRecord {
        var record = RawRecord(file: source.displayPath,
                               location: entries.first { $0.key == "id" }?.keyLocation ?? location, fields: [])
        for entry in entries {
            switch entry.key {
            case "stats", "ratings":
                guard case .mapping(let inner) = entry.value.kind else {
                    if !entry.value.isNull {
                        diagnostics.append(Diagnostic(file: source.displayPath, at: entry.value.location, code: .frontMatterInvalid,
                                                      message: Message(RecordMessages.groupNotMap, ["key": entry.key, "shape": entry.value.shape])))
                    }
                    continue
                }
                for pair in inner {
                    record.fields.append(RawField(key: entry.key + "." + pair.key, value: value(of: pair.value),
                                                  location: pair.value.location, keyLocation: pair.keyLocation))
                }
            case "accept":
                record.acceptances += acceptances(entry, diagnostics: &diagnostics)
            default:
                record.fields.append(RawField(key: entry.key, value: value(of: entry.value),
                                              location: entry.value.location, keyLocation: entry.keyLocation))
            }
        }
        return record
    }

    private func value(of yaml: YAMLValue) -> RawField.Value {
        switch yaml.kind {
        case .scalar(let text, _): return yaml.isNull ? .text("") : .text(text)
        case .sequence(let items):
            let texts = items.compactMap(\.string)
            return texts.count == items.count ? .list(texts) : .unreadable(shape: Message(RecordMessages.shapeListOfMapsOrLists))
        case .mapping: return .unreadable(shape: yaml.shape)
        }
    }

    /// `accept: [{code, reason}]`: the record itself is what is accepted.
    private func acceptances(_ entry: YAMLEntry, diagnostics: inout [Diagnostic]) -> [RawAcceptance] {
        guard case .sequence(let items) = entry.value.kind else {
            diagnostics.append(Diagnostic(file: source.displayPath, at: entry.value.location, code: .frontMatterInvalid,
                                          message: Message(RecordMessages.acceptNotList)))
            return []
        }
        var result: [RawAcceptance] = []
        for item in items {
            guard case .mapping(let fields) = item.kind else {
                diagnostics.append(Diagnostic(file: source.displayPath, at: item.location, code: .frontMatterInvalid,
                                              message: Message(RecordMessages.acceptItemNotMap)))
                continue
            }
            var values: [String: String] = [:]
            for field in fields {
                guard field.key == "code" || field.key == "reason" else {
                    diagnostics.append(Diagnostic(file: source.displayPath, at: field.keyLocation, code: .frontMatterUnknownKey,
                                                  message: Message(RecordMessages.acceptUnknownKey, ["key": field.key])))
                    continue
                }
                if let text = field.value.string?.trimmed, !text.isEmpty, !field.value.isNull { values[field.key] = text }
            }
            guard let code = values["code"], let reason = values["reason"] else {
                diagnostics.append(Diagnostic(file: source.displayPath, at: item.location, code: .frontMatterMissing,
                                              message: Message(RecordMessages.acceptIncomplete)))
                continue
            }
            result.append(RawAcceptance(code: code, reason: reason, location: item.location))
        }
        return result
    }
}
