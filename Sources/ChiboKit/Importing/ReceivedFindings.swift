import Foundation

/// Pages `chibo import` has just written, checked like any page; what the
/// checker finds that is the document's own, kept on the record.
///
/// An official document is published as it was issued: when its totals do
/// not add up, or it cites a directive by another body's or another day's
/// name, the page keeps its words, and the site must still build. So those
/// findings go into the page's `accept:` list (the way a linter's baseline
/// lets a project adopt it), each with a reason saying it came with the
/// document and asking the editor to compare it with the original. They
/// stay in every report as accepted findings. What may be the import's own
/// doing, or must be settled by the editor, stays an error: a directive the
/// registry lacks (`--register` writes it), a link, the front matter,
/// internal material, a text encoding.
public enum ReceivedFindings {
    /// The codes that find a mistake in what a document says.
    static let codes: Set<DiagnosticCode> = [
        .citationDateMismatch, .citationInvalidDate, .citationKindMismatch, .citationIssuerMismatch,
        .citationAnachronism, .citationSuperseded, .citationAmbiguous, .recordsTotal, .nameVariant,
    ]

    public struct Outcome {
        /// What the check says of the written files, the kept findings
        /// left out.
        public var findings: [Diagnostic]
        /// The document's own findings, now accepted in its page.
        public var kept: [Diagnostic]
    }

    /// Checks the content with the new files in it, writes the document's
    /// own findings into each new page's `accept:` list, and checks again.
    /// `pages` and `entries` are the new files as the check names them.
    public static func keep(pages: [String], entries: [String], options: BuildOptions, importedOn date: Date = Date()) throws -> Outcome {
        let first = try SitePipeline.check(options)
        var amended = false
        for page in pages {
            let found = first.diagnostics.filter { $0.file == page && $0.acceptedBecause == nil && codes.contains($0.code) }
            guard !found.isEmpty, let text = try? String(contentsOfFile: page, encoding: .utf8),
                  let accepting = self.page(text, accepting: found, importedOn: date) else { continue }
            try Data(accepting.utf8).write(to: URL(fileURLWithPath: page), options: .atomic)
            amended = true
        }
        let report = amended ? try SitePipeline.check(options) : first
        let written = Set(pages + entries)
        let mine = report.diagnostics.filter { written.contains($0.file) }
        return Outcome(findings: mine.filter { $0.acceptedBecause == nil }, kept: mine.filter { $0.acceptedBecause != nil })
    }

    /// `page` with an `accept:` list for `findings` at the end of its
    /// front matter; nil when it has no front matter or lists some already.
    static func page(_ page: String, accepting findings: [Diagnostic], importedOn date: Date) -> String? {
        guard page.hasPrefix("---\n"), let end = page.range(of: "\n---\n", range: page.index(page.startIndex, offsetBy: 3)..<page.endIndex),
              !page[..<end.lowerBound].contains("\naccept:") else { return nil }
        let reason = YAMLScalar.quoted(reason(importedOn: date))
        var seen = Set<String>()
        var lines = ["accept:"]
        for finding in findings {
            let match = finding.subject ?? finding.message.text(in: .en)
            guard seen.insert(finding.code.rawValue + "\n" + match).inserted else { continue }
            lines += ["  - code: \(finding.code.rawValue)", "    match: \(YAMLScalar.quoted(match))", "    reason: \(reason)"]
        }
        return page[..<end.lowerBound] + "\n" + lines.joined(separator: "\n") + page[end.lowerBound...]
    }

    /// Why a finding is accepted, in the words of the office that keeps it.
    static func reason(importedOn date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let day = calendar.dateComponents([.day, .month, .year], from: date)
        let written = String(format: "%02d/%02d/%04d", day.day ?? 0, day.month ?? 0, day.year ?? 0)
        return "Ngày \(written), khi nhập văn bản bằng lệnh chibo import, nội dung này được giữ nguyên theo văn bản gốc. "
            + "Hãy đối chiếu với bản gốc: nếu bản gốc không ghi như vậy thì sửa trang cho đúng và xóa mục này khỏi phần accept: ở đầu tệp."
    }
}
