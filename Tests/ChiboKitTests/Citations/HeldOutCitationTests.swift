import Foundation
import Testing
@testable import ChiboKit

/// A second, independent measure: documents written by someone who never
/// saw the recogniser, imitating the reports, plans and resolutions chibo
/// will meet (PDF and Word damage in one of them), with hand labels of every
/// (line, symbol, date). Precision and recall are computed over the whole
/// set and must stay at least 0.98 (the issue's target); every row is also
/// required, so a regression in any one form shows.
struct HeldOutCitationTests {
    struct Row: Hashable, CustomStringConvertible {
        var line: Int
        var symbol: String
        var date: String?
        var description: String { "\(line) \(symbol) \(date ?? "-")" }
    }

    static let folder = Fixtures.path("heldout")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".gold.tsv") }.map { String($0.dropLast(".gold.tsv".count)) }.sorted()

    static func gold(_ name: String) throws -> [Row] {
        let text = try String(contentsOfFile: "\(folder)/\(name).gold.tsv", encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(line: Int(cells[0])!, symbol: cells[1], date: cells.count > 2 && !cells[2].isEmpty ? cells[2] : nil)
        }
    }

    static func found(_ name: String) throws -> [Row] {
        let report = try CiteAction.run(files: ["\(folder)/\(name).txt"], contentDirectory: nil)
        return report.files[0].citations.compactMap { citation in
            citation.symbol.map { Row(line: citation.start.line, symbol: $0, date: citation.date?.description) }
        }
    }

    @Test func theSetIsThere() {
        #expect(Self.names.count >= 8)
    }

    @Test(arguments: names)
    func everyLabelledCitation(name: String) throws {
        let expected = try Self.gold(name), actual = try Self.found(name)
        let missing = expected.filter { !actual.contains($0) }
        let extra = actual.filter { !expected.contains($0) }
        #expect(missing.isEmpty, "not found: \(missing)")
        #expect(extra.isEmpty, "found but not labelled: \(extra)")
    }

    @Test func precisionAndRecallOverTheWholeSet() throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for name in Self.names {
            var expected = try Self.gold(name)
            for row in try Self.found(name) {
                if let index = expected.firstIndex(of: row) {
                    expected.remove(at: index)
                    truePositives += 1
                } else {
                    falsePositives += 1
                }
            }
            falseNegatives += expected.count
        }
        let precision = Double(truePositives) / Double(max(truePositives + falsePositives, 1))
        let recall = Double(truePositives) / Double(max(truePositives + falseNegatives, 1))
        #expect(truePositives > 150)
        #expect(precision >= 0.98, "precision \(precision)")
        #expect(recall >= 0.98, "recall \(recall)")
    }
}
