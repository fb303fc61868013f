import Foundation

/// The import's report as the editor reads it (text) and as a program
/// reads it (JSON, the same facts).
struct ImportReportText {
    let page: ImportedPage
    let file: String
    let destination: String

    var text: String {
        let report = page.report
        var lines = ["\(file): read as \(report.readAs)\(report.isOCR ? " (OCR: check every word against the paper)" : "")"]
        let facts = page.facts
        // A kind read off its own line is placed by it; the others also say what they were read from.
        let recognised = facts.stated.map { "\($0.name) \($0.value)\(origin($0.place, $0.name == "kind" ? nil : $0.source))" }
        if let title = facts.title { lines.append("  title: \(title.value)") }
        if !recognised.isEmpty { lines.append("  recognised: " + recognised.joined(separator: "; ")) }
        let missing = [("kind", facts.kind == nil), ("symbol", facts.symbol == nil), ("date", facts.date == nil), ("issuer", facts.issuer == nil)]
            .filter(\.1).map(\.0)
        if !missing.isEmpty { lines.append("  not stated by the document (left out): " + missing.joined(separator: ", ")) }
        lines.append("  structure: \(report.headings) headings, \(report.footnotes) footnotes, \(report.tables) tables"
                     + (report.pageNumbersRemoved > 0 ? ", \(report.pageNumbersRemoved) page numbers removed" : ""))
        let repairs = ImportedText.Repair.allCases.compactMap { repair in report.repairs[repair].map { "\($0) \(repair.rawValue)" } }
        if !repairs.isEmpty { lines.append("  mended: " + repairs.joined(separator: "; ")) }
        for note in report.notes { lines.append("  note: " + (note.place.map { "\($0): " } ?? "") + note.message) }
        if !report.calls.isEmpty {
            lines.append("  judgement calls (check them):")
            for call in report.calls { lines.append("    " + (call.place.map { "\($0): " } ?? "") + call.message) }
        }
        return lines.joined(separator: "\n")
    }

    private func origin(_ place: SourcePlace?, _ source: String? = nil) -> String {
        if let place { return " (\(place))" }
        if let source, !source.isEmpty { return " (from “\(source.count > 90 ? String(source.prefix(90)) + "…" : source)”)" }
        return ""
    }

    /// The report's facts as JSON members (`"key": value`), in the order
    /// the text gives them.
    var jsonFields: [String] {
        let report = page.report
        let facts = page.facts
        var fields: [String] = [
            "\"file\": \(JSONText.string(file))",
            "\"page\": \(JSONText.string(destination))",
            "\"readAs\": \(JSONText.string(report.readAs))",
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
        let repairs = ImportedText.Repair.allCases.compactMap { repair in
            report.repairs[repair].map { "{\"repair\": \(JSONText.string(repair.rawValue)), \"count\": \($0)}" }
        }
        fields.append("\"repairs\": [\(repairs.joined(separator: ", "))]")
        let notes = report.notes.map { "{\"place\": \(JSONText.string($0.place?.description ?? "")), \"message\": \(JSONText.string($0.message))}" }
        fields.append("\"notes\": [\(notes.joined(separator: ", "))]")
        let calls = report.calls.map { "{\"place\": \(JSONText.string($0.place?.description ?? "")), \"message\": \(JSONText.string($0.message))}" }
        fields.append("\"judgementCalls\": [\(calls.joined(separator: ", "))]")
        return fields
    }
}
