import Foundation
import Testing
@testable import ChiboKit

/// The real records of `content/orgs/` against the tables they come from,
/// Biểu số 05 and 06 of Đề án 03-ĐA/TU (seed 002): every commune's every
/// figure, and stats.html's computed totals against the source's `Tổng` rows.
struct RealRecordsTests {
    /// The rows of a seed table: tab-separated lines that start with a row
    /// number and name a committee, between `Biểu số NN` and the next table.
    static func seedRows(table: String) throws -> (rows: [[String]], total: [Int]) {
        let text = try String(contentsOfFile: Fixtures.path("seeds/002_297a610cd548984f.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Biểu số \(table)"))
        var rows: [[String]] = []
        for line in lines[start...] {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count > 2, Int(cells[0]) != nil, cells[1].hasPrefix("Đảng bộ") { rows.append(cells) }
            if cells.count > 2, cells[0] == "Tổng" || cells[1] == "Tổng" {
                return (rows, cells.dropFirst(2).compactMap { Int($0) })
            }
        }
        throw TestError("no Tổng row under Biểu số \(table)")
    }

    static let biểu05 = ["bi-thu-chi-bo-xom", "bi-thu-kiem-truong-ban-mt", "bi-thu-kiem-truong-xom", "bi-thu-kiem-nhiem-khac"]
    static let biểu06 = ["chi-bo-xom", "chi-bo-xom-duoi-3-dv", "truong-xom-dang-vien", "truong-xom-chua-dang-vien",
                         "truong-ban-mt-dang-vien", "truong-ban-mt-chua-dang-vien", "hoi-nong-dan-dang-vien",
                         "hoi-nong-dan-chua-dang-vien", "hoi-phu-nu-dang-vien", "hoi-phu-nu-chua-dang-vien",
                         "hoi-ccb-dang-vien", "hoi-ccb-chua-dang-vien", "bi-thu-chi-doan-dang-vien", "bi-thu-chi-doan-chua-dang-vien"]

    static func site() -> Site {
        SitePipeline.model(BuildOptions(contentDirectory: Fixtures.content, jobs: 2), diagnostics: DiagnosticEngine()).0
    }

    @Test(arguments: [("05", biểu05), ("06", biểu06)])
    func everyCommuneHasEveryFigureOfTheSource(_ table: String, _ keys: [String]) throws {
        let organisations = Self.site().organisations
        let (rows, _) = try Self.seedRows(table: table)
        #expect(rows.count == 56)
        for row in rows {
            // The source spells three communes differently in the two
            // tables; the record keeps the other spelling as an alias.
            let record = try #require(organisations.records.first { $0.spellings.contains(row[1]) }, "no record for \(row[1])")
            #expect(record.parent == "tinh-cao-bang" && record.level == .capTrenCoSo)
            for (offset, key) in keys.enumerated() {
                let written = row[2 + offset]
                #expect(record.stats[key] == Int(written), "\(record.id) \(key): record \(record.stats[key].map(String.init) ?? "–"), source “\(written)”")
            }
        }
    }

    @Test(arguments: [("05", biểu05), ("06", biểu06)])
    func statsPageReproducesTheSourceTotals(_ table: String, _ keys: [String]) throws {
        let site = Self.site()
        let view = StatsPage(site: site, words: PageWords.of(site)).view()
        let computed = try #require(view.tables.first { $0.title.hasSuffix("(Biểu số \(table))") })
        #expect(computed.rows.count == 56)
        // Footer: "Tổng", the empty name column, then one sum per key.
        let sums = computed.footer.dropFirst(2).map { Int($0.text) }
        let (_, total) = try Self.seedRows(table: table)
        #expect(sums == total.map { Optional($0) })
        #expect(sums.count == keys.count)
    }

    @Test func theNineHamletCellsOfFootnote3HangUnderTheirCommunes() {
        let organisations = Self.site().organisations
        let cells = organisations.records.filter { $0.level == .chiBo }
        #expect(cells.count == 9)
        // Biểu 06 counts them per commune: the cells under each commune match.
        for commune in organisations.records where commune.level == .capTrenCoSo {
            let under = cells.filter { $0.parent == commune.id }.count
            #expect(under == commune.stats["chi-bo-xom-duoi-3-dv"] ?? 0, "\(commune.id)")
        }
        #expect(Set(cells.compactMap(\.type)) == ["xom-to-dan-pho"])
    }
}

struct TestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
