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
}
