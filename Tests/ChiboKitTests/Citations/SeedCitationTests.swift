import Foundation
import Testing
@testable import ChiboKit

/// The recogniser against citations labelled by hand in the real seed
/// documents (`Fixtures/seeds/*.gold.tsv`, written by reading, not by this
/// program). Every symbol citation must be found at its line and column with
/// its date, and nothing else: precision and recall of 1 on the seeds.
struct SeedCitationTests {
    struct GoldRow: Hashable, CustomStringConvertible {
        var line: Int
        var column: Int
        var symbol: String
        var date: String?
        var issuingBody: String?
        var description: String { "\(line):\(column) \(symbol) \(date ?? "-") [\(issuingBody ?? "")]" }
    }

    static let seeds = ["000_d73da8f8a24f30a9", "002_297a610cd548984f", "003_1f5fe7c2a9211762", "004_1a78fc8ff04e3364"]

    static func gold(_ seed: String, form: String) throws -> [GoldRow] {
        let text = try String(contentsOfFile: Fixtures.path("seeds/\(seed).gold.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line -> GoldRow? in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 6, cells[0] == form else { return nil }
            return GoldRow(line: Int(cells[1])!, column: Int(cells[2])!, symbol: cells[3],
                           date: cells[4].isEmpty ? nil : cells[4], issuingBody: cells[5].isEmpty ? nil : cells[5])
        }
    }

    static func found(_ seed: String) throws -> [Citation] {
        let report = try CiteAction.run(files: [Fixtures.path("seeds/\(seed).txt")], contentDirectory: nil)
        return report.files[0].citations
    }

    @Test(arguments: seeds)
    func everySymbolCitationWithItsDateLineAndColumn(seed: String) throws {
        let expected = Set(try Self.gold(seed, form: "symbol"))
        let actual = Set(try Self.found(seed).compactMap { citation in
            citation.symbol.map {
                GoldRow(line: citation.start.line, column: citation.start.column, symbol: $0,
                        date: citation.date?.description, issuingBody: citation.issuingBody)
            }
        })
        let missing = expected.subtracting(actual).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        let extra = actual.subtracting(expected).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        #expect(missing.isEmpty, "not found: \(missing)")
        #expect(extra.isEmpty, "found but not cited: \(extra)")
        #expect(!expected.isEmpty)
    }

    @Test func shortFormInSeed000() throws {
        let short = try Self.found("000_d73da8f8a24f30a9").filter { $0.form == .shortForm }
        #expect(short.map { "\($0.start.line):\($0.start.column) \($0.kindWord ?? "") \($0.number ?? "")" }
                == ["51:126 Quy định 76"])
        #expect(short.first?.issuingBody == "Bộ Chính trị")
    }

    /// The hard cases the issue names, pinned one by one.
    @Test func hardCasesOfSeed000() throws {
        let found = try Self.found("000_d73da8f8a24f30a9")
        let spaced = found.first { $0.start.line == 12 }
        #expect(spaced?.symbol == "10-HD/BTCTW")
        #expect(spaced?.text.hasPrefix("Hướng dẫn số 10- HD/BTCTW, ngày 10 tháng 10 năm 2007") == true)
        #expect(spaced?.date?.description == "2007-10-10")
        let misspelt = found.first { $0.start.line == 73 }
        #expect(misspelt?.symbol == "10-HD/TCTW")
        #expect(misspelt?.date?.description == "2007-10-10")
    }

    @Test func jsonOfASeedIsOneArrayInFileOrder() throws {
        let report = try CiteAction.run(files: [Fixtures.path("seeds/004_1a78fc8ff04e3364.txt")], contentDirectory: nil)
        let json = CiteAction.json(report)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 2)
        #expect(objects[0]["symbol"] as? String == "76-QĐ/TW")
        #expect(objects[0]["date"] as? String == "2000-06-15")
        #expect(objects[0]["kind"] as? String == "QĐ")
        #expect(objects[0]["number"] as? String == "76")
        #expect(objects[0]["issuer"] as? String == "TW")
        #expect(objects[0]["issuing_body"] as? String == "Bộ Chính trị")
        #expect(objects[0]["resolved"] is NSNull)
        #expect(objects[1]["symbol"] as? String == "10-HD/BTCTW")
        #expect((objects[0]["line"] as? Int)! < (objects[1]["line"] as? Int)!)
        // Keys in interfaces.md's order.
        #expect(json.contains(#"{"file": "#))
        #expect(json.range(of: "\"issuing_body\"")!.lowerBound < json.range(of: "\"resolved\"")!.lowerBound)
    }
}
