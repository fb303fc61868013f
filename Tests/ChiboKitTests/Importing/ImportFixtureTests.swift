import Foundation
import Testing
@testable import ChiboKit

/// Each folder of `Fixtures/import/` is one case of `chibo import`'s
/// structure stage: `source.txt` as an editor would copy it out of Word or
/// a PDF (`source.md` for Markdown), `expected.md` the page it must make and `report.txt` the report.
/// `CHIBO_RECORD_GOLDEN=1 swift test --filter ImportFixtureTests` writes them anew.
struct ImportFixtureTests {
    static let root = Fixtures.path("import")
    static let cases = (try? FileManager.default.contentsOfDirectory(atPath: root))?.sorted() ?? []

    @Test(arguments: cases)
    func importedPageMatchesTheGoldenFile(_ name: String) throws {
        let folder = Self.root + "/" + name
        let isMarkdown = FileManager.default.fileExists(atPath: folder + "/source.md")
        let name = isMarkdown ? "source.md" : "source.txt"
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + name))
        let document = try TextReader.read(Array(bytes), isMarkdown: isMarkdown)
        let page = PageStructure.page(from: document, fileName: name)
        let report = ImportReportText(page: page, file: name, destination: "guidance/x.md").text + "\n"
        try Golden.check(page.markdown, against: folder + "/expected.md")
        try Golden.check(report, against: folder + "/report.txt")
    }

    @Test func everyCaseIsThere() {
        #expect(Self.cases.count >= 12)
    }
}

/// A golden file compared with what the code makes now, or written when
/// `CHIBO_RECORD_GOLDEN` is set.
enum Golden {
    static func check(_ actual: String, against path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["CHIBO_RECORD_GOLDEN"] != nil {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "differs from \(path)", sourceLocation: sourceLocation)
    }
}
