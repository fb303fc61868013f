import Foundation

/// The import's report as the editor reads it (text) and as a program
/// reads it (JSON, the same facts), in either language.
struct ImportReportText {
    let page: ImportedPage
    let file: String
    let destination: String

    /// The report in English.
    var text: String { text(in: .en) }

    /// Each line a catalogue message or a label (`title`, `note`) and what
    /// it introduces; lists are laid out here, one item after another.
    func text(in language: Language) -> String {
        func say(_ message: Message) -> String { message.text(in: language) }
        func labelled(_ label: ImportMessages, _ text: String) -> String { "  " + say(Message(label)) + ": " + text }
        func placed(_ place: SourcePlace?, _ message: Message) -> String {
            (place.map { say($0.message) + ": " } ?? "") + say(message)
        }
        let report = page.report
        var lines = [say(report.isOCR ? Message(ImportMessages.readAsLineOCR, ["file": file, "readAs": report.readAs])
                                      : Message(ImportMessages.readAsLine, ["file": file, "readAs": report.readAs]))]
        let facts = page.facts
        if let title = facts.title { lines.append(labelled(.title, title.value)) }
        // A kind read off its own line is placed by it; the others also say what they were read from.
        let recognised = facts.stated.map { say(fact($0.name, $0.value, at: $0.place, from: $0.name == "kind" ? nil : $0.source)) }
        if !recognised.isEmpty { lines.append(labelled(.recognised, recognised.joined(separator: "; "))) }
        let missing = [("kind", facts.kind == nil), ("symbol", facts.symbol == nil), ("date", facts.date == nil), ("issuer", facts.issuer == nil)]
            .filter(\.1).map(\.0)
        if !missing.isEmpty { lines.append(labelled(.notStated, missing.joined(separator: ", "))) }
        lines.append("  " + say(structure(report)))
        let repairs = ImportedText.Repair.allCases.compactMap { repair in report.repairs[repair].map { say(repair.counted($0)) } }
        if !repairs.isEmpty { lines.append(labelled(.mended, repairs.joined(separator: "; "))) }
        for note in report.notes { lines.append(labelled(.note, placed(note.place, note.message))) }
        if !report.calls.isEmpty {
            lines.append("  " + say(Message(ImportMessages.judgementCalls)) + ":")
            for call in report.calls { lines.append("    " + placed(call.place, call.message)) }
        }
        return lines.joined(separator: "\n")
    }

    /// `kind Hướng dẫn (line 10)`, `issuer … (from “…”)`: a fact, and where it was read.
    private func fact(_ name: String, _ value: String, at place: SourcePlace?, from source: String?) -> Message {
        if let place { return Message(ImportMessages.factStatedAt, ["name": name, "value": value, "place": place.message]) }
        if let source, !source.isEmpty {
            let shown = source.count > 90 ? String(source.prefix(90)) + "…" : source
            return Message(ImportMessages.factStatedFrom, ["name": name, "value": value, "source": shown])
        }
        return Message(ImportMessages.factStated, ["name": name, "value": value])
    }

    private func structure(_ report: ImportReport) -> Message {
        guard report.pageNumbersRemoved > 0 else {
            return Message(ImportMessages.structure, ["headings": report.headings, "footnotes": report.footnotes, "tables": report.tables])
        }
        return Message(ImportMessages.structureWithPageNumbers, ["headings": report.headings, "footnotes": report.footnotes,
                                                                 "tables": report.tables, "pageNumbers": report.pageNumbersRemoved])
    }

    /// The report's facts as JSON members (`"key": value`), in the order
    /// the text gives them; the words in `language`.
    func jsonFields(in language: Language) -> [String] {
        let report = page.report
        let facts = page.facts
        var fields: [String] = [
            "\"file\": \(JSONText.string(file))",
            "\"page\": \(JSONText.string(destination))",
            "\"readAs\": \(JSONText.string(report.readAs.text(in: language)))",
            "\"ocr\": \(report.isOCR)",
            "\"visibility\": \(JSONText.string(facts.isInternal ? "internal" : "public"))",
        ]
        let recognised = (facts.title.map { ["\"title\": \(JSONText.string($0.value))"] } ?? [])
            + facts.stated.map { "\"\($0.name)\": \(JSONText.string($0.value))" }
        fields.append("\"recognised\": {\(recognised.joined(separator: ", "))}")
        fields.append("\"headings\": \(report.headings)")
        fields.append("\"footnotes\": \(report.footnotes)")
        fields.append("\"tables\": \(report.tables)")
        fields.append("\"pageNumbersRemoved\": \(report.pageNumbersRemoved)")
        // The repair's name is a key programs match on: it stays as it is.
        let repairs = ImportedText.Repair.allCases.compactMap { repair in
            report.repairs[repair].map { "{\"repair\": \(JSONText.string(repair.rawValue)), \"count\": \($0)}" }
        }
        fields.append("\"repairs\": [\(repairs.joined(separator: ", "))]")
        func placed(_ place: SourcePlace?, _ message: Message) -> String {
            "{\"place\": \(JSONText.string(place?.message.text(in: language) ?? "")), "
                + "\"message\": \(JSONText.string(message.text(in: language)))}"
        }
        fields.append("\"notes\": [\(report.notes.map { placed($0.place, $0.message) }.joined(separator: ", "))]")
        fields.append("\"judgementCalls\": [\(report.calls.map { placed($0.place, $0.message) }.joined(separator: ", "))]")
        return fields
    }
}
