import Foundation
import Testing
import SwiftCSV
@testable import ChiboKit

/// The delimiter is guessed from the header line alone, as SwiftCSV
/// guesses it from the whole text trimmed.
struct CSVRecordReaderTests {
    @Test(arguments: [
        "id;name\nxa-mot;Đảng bộ xã Một\n",
        "\n \u{00A0}\nid,name\nxa-mot,a;b\n",
        "\tid\tname\nx\ty\n",
        "\"a;b\",c\n1,2\n",
        "id\n",
        "",
        "   \n\n",
        "\u{FEFF}id;name\n",
    ])
    func headerLineGuessesAsTheWholeTextDoes(_ text: String) {
        #expect(CSVDelimiter.guessed(string: CSVRecordReader.headerLine(of: text)) == CSVDelimiter.guessed(string: text))
    }

    @Test func headerLineIsTheFirstLineWithText() {
        #expect(CSVRecordReader.headerLine(of: "\n  \nid;name\nx;y") == "id;name")
        #expect(CSVRecordReader.headerLine(of: "\t\nid") == "\t")
        #expect(CSVRecordReader.headerLine(of: "id,name") == "id,name")
    }

    static func swiftCSVRows(_ text: String, _ delimiter: CSVDelimiter) -> [[String]]? {
        var rows: [[String]] = []
        guard let csv = try? CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false, rowLimit: 0),
              (try? csv.enumerateAsArray(startAt: 0, rowLimit: nil) { rows.append($0) }) != nil else { return nil }
        return rows
    }

    /// Texts are read on bytes into the rows SwiftCSV reads; those the
    /// byte reader cannot be sure of, or SwiftCSV refuses, are left to it.
    @Test func textsReadAsSwiftCSVReadsThem() {
        let pieces = ["a", "Đảng ủy", ",", ";", "\n", " ", "  ", "x y ", "12", "\u{301}", "\u{A0}", "\t", "\r\n",
                      "\"", "\"", "\"\"", "\u{2028}", "\u{600}", "Ω", "“x”", "\u{AD}", "\u{200D}", ""]
        var texts = SeededTexts(seed: 9)
        var read = 0
        for _ in 0..<4000 {
            let text = texts.text(of: pieces, lengthShift: 59)
            for delimiter in [CSVDelimiter.comma, .semicolon] {
                guard let rows = BytewiseCSV.rows(of: text, delimiter: delimiter.rawValue) else { continue }
                read += 1
                #expect(rows == Self.swiftCSVRows(text, delimiter), "\(text.debugDescription)")
            }
        }
        #expect(read > 500)
        #expect(BytewiseCSV.rows(of: "a,\"b\"\"c,\nd\" ,e\n", delimiter: ",") == [["a", "b\"c,\nd", "e"]])
        #expect(BytewiseCSV.rows(of: "a,\"b\"c\n", delimiter: ",") == nil)
        #expect(BytewiseCSV.rows(of: "a, \u{A0}b\n", delimiter: ",") == nil)
        #expect(BytewiseCSV.rows(of: "a,b,\n c,\n", delimiter: ",") == [["a", "b", ""], ["c", ""]])
        #expect(BytewiseCSV.rows(of: "a,b,\nc,", delimiter: ",") == [["a", "b", ""], ["c"]])
    }

    /// The real records files read the same either way.
    @Test func realRecordsReadAsSwiftCSVReadsThem() throws {
        let folder = Fixtures.content + "/orgs"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let delimiter = CSVDelimiter.guessed(string: text)
            let rows = BytewiseCSV.rows(of: text, delimiter: delimiter.rawValue)
            #expect(rows != nil, "\(file) is read on bytes")
            #expect(rows == Self.swiftCSVRows(text, delimiter))
        }
    }

    /// SwiftCSVPositions follows SwiftCSV's rules: the same rows, and a
    /// failure exactly where SwiftCSV throws.
    @Test func slowPathPositionsFindSwiftCSVsRows() {
        let pieces = ["a", "Đảng ủy", ",", ";", "\n", " ", "x y ", "12", "\u{301}", "\u{A0}", "\t",
                      "\"", "\"", "\"\"", "\u{2028}", "\u{600}", "“x”", "\u{200D}", "\u{B}", "\r\n", "\r", ""]
        var texts = SeededTexts(seed: 25)
        var refused = 0
        for _ in 0..<3000 {
            let text = texts.text(of: pieces, lengthShift: 59)
            for delimiter in [CSVDelimiter.comma, .semicolon] {
                let positions = SwiftCSVPositions(text: text, delimiter: delimiter.rawValue)
                let rows = Self.swiftCSVRows(text, delimiter)
                #expect((positions.failure == nil) == (rows != nil), "\(text.debugDescription)")
                if let rows, positions.failure == nil { #expect(positions.rows.count == rows.count, "\(text.debugDescription)") }
                if positions.failure != nil { refused += 1 }
            }
        }
        #expect(refused > 100)
    }

    static func records(_ text: String) -> ([RawRecord], [Diagnostic]) {
        CSVRecordReader(source: SourceFile(relativePath: "orgs/xa.csv", displayPath: "content/orgs/xa.csv", text: text)).read()
    }

    /// A text only SwiftCSV reads (a no-break space beside a delimiter),
    /// with a quoted line break and a quote out of place: every row gets
    /// its own line and column, the refused row is reported at the
    /// Character SwiftCSV stopped at, and the rows after it are read.
    @Test func rowsReadBySwiftCSVAreReportedAtTheirPlace() {
        let text = "id,name,parent\n"
            + "xa-mot,\"Đảng bộ\nxã Một\",\n"
            + "xom-a,Chi bộ A,\u{A0}xa-mot\n"
            + "xom-c,Chi bộ \"C\" cũ,xa-mot\n"
            + "xom-d,Chi bộ D,xa-hai\n"
        #expect(BytewiseCSV.rows(of: text, delimiter: ",") == nil)
        let (records, diagnostics) = Self.records(text)
        #expect(records.map(\.location) == [SourceLocation(line: 2, column: 1), SourceLocation(line: 4, column: 1),
                                             SourceLocation(line: 6, column: 1)])
        #expect(records[1].field("parent")?.location == SourceLocation(line: 4, column: 16))
        #expect(records[2].field("parent")?.location == SourceLocation(line: 6, column: 16))
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 5, column: 15)])
        #expect(diagnostics.first?.message.description.contains("The row is left out") == true)
    }
}
