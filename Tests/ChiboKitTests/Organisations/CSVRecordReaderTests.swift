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
}
