import Foundation
import Testing
@testable import ChiboKit

/// The held-out sites of `Fixtures/check-heldout/` (see its README): every
/// diagnostic the contract calls for, and nothing else, at its file and line
/// with its code and severity.
struct HeldOutCheckTests {
    @Test(arguments: ["main", "public", "lookalikes", "second", "second-public", "orgs"])
    func reportsExactlyThePlantedFaults(_ site: String) throws {
        let folder = Fixtures.path("check-heldout/" + site)
        let report = try Fixtures.checkCase(folder)
        let found = report.diagnostics.map {
            "\($0.file.replacingOccurrences(of: folder + "/", with: ""))\t\($0.location.line)\t\($0.code)\t\($0.severity)"
        }.sorted()
        let expected = try String(contentsOfFile: folder + "/expected.tsv", encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }.sorted()
        #expect(found == expected, "missing: \(Set(expected).subtracting(found).sorted()) extra: \(Set(found).subtracting(expected).sorted())")
    }
}
