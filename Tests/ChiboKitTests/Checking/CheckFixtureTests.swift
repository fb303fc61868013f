import Foundation
import Testing
@testable import ChiboKit

/// One folder per case under `Fixtures/check/`: a small `content/` that
/// shows the case, an optional `options` file (`--public`), and the report
/// `chibo check` must print for it, `expected.txt`, in the text format
/// with paths from the case folder. Re-record with
/// `CHIBO_RECORD_GOLDEN=1 swift test --filter CheckFixtureTests`, then read
/// the diff: every line is a promise about where a problem is reported.
struct CheckFixtureTests {
    static let root = Fixtures.path("check")
    static let cases: [String] = (try? FileManager.default.contentsOfDirectory(atPath: root))?.sorted() ?? []

    static func report(ofCase name: String) throws -> String {
        let folder = root + "/" + name
        let report = try Fixtures.checkCase(folder)
        return TextDiagnosticFormatter().report(report.diagnostics, files: report.files)
            .replacingOccurrences(of: folder + "/", with: "")
    }

    @Test(arguments: cases)
    func reportMatchesExpected(_ name: String) throws {
        let actual = try Self.report(ofCase: name)
        let expectedPath = Self.root + "/" + name + "/expected.txt"
        if ProcessInfo.processInfo.environment["CHIBO_RECORD_GOLDEN"] != nil {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected)
    }

    /// Every code is shown by some case, at a line: the guide's page of
    /// each code takes its example from these cases.
    @Test func everyCodeHasACase() throws {
        let reports = try Self.cases.map { try String(contentsOfFile: Self.root + "/" + $0 + "/expected.txt", encoding: .utf8) }
        for code in DiagnosticCode.all {
            let shown = reports.contains { report in
                report.split(separator: "\n").contains { !$0.hasPrefix(" ") && $0.hasSuffix("[\(code.rawValue)]") }
            }
            #expect(shown, "no case under Fixtures/check shows \(code.rawValue)")
        }
    }
}
