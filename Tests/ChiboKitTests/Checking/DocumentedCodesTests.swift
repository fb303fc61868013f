import Foundation
import Testing
@testable import ChiboKit

/// docs/en/report-formats.md lists every diagnostic code with its severity, so
/// an editor who meets one in a report can look it up.
struct DocumentedCodesTests {
    @Test func everyCodeIsInTheReferenceWithItsSeverity() throws {
        let reference = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/en/report-formats.md"), encoding: .utf8)
        let rows = reference.split(separator: "\n").filter { $0.hasPrefix("|") }
        for code in DiagnosticCode.all {
            let row = rows.first { $0.hasPrefix("| `\(code.rawValue)`") }
            #expect(row != nil, "docs/en/report-formats.md does not list \(code.rawValue)")
            if let row { #expect(row.contains(code.defaultSeverity.rawValue), "\(code.rawValue): \(row)") }
        }
    }
}
