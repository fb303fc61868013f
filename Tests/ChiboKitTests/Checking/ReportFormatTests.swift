import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ChiboKit

/// Every report format of `chibo check`, compared whole with a golden file
/// (`Fixtures/check-formats/expected.FORMAT`) over one small site that has
/// an error with a fix, a warning, an accepted finding and a file name that
/// needs escaping; and each machine format read back by a parser.
/// Re-record with `CHIBO_RECORD_GOLDEN=1 swift test --filter ReportFormatTests`.
struct ReportFormatTests {
    static let folder = Fixtures.path("check-formats")

    /// The report with paths shown from the case folder (`content/…`).
    static func report() throws -> BuildReport {
        var report = try SitePipeline.check(BuildOptions(contentDirectory: folder + "/content", jobs: 2))
        let prefix = folder + "/"
        func strip(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        report.diagnostics = report.diagnostics.map { diagnostic in
            var shown = diagnostic
            shown.file = strip(diagnostic.file)
            shown.message = diagnostic.message.replacingValues(of: prefix, with: "")
            return shown
        }
        report.files = report.files.map(strip)
        return report
    }

    static func rendered(_ format: DiagnosticFormat, strict: Bool = false, language: Language = .en) throws -> String {
        let report = try report()
        return format.render(report.diagnostics, files: report.files, strict: strict, language: language,
                             guide: format == .text ? .source : nil)
    }

    /// `expected.FORMAT` in English, `expected.vi.FORMAT` in Vietnamese:
    /// every format carries the messages in the language asked for.
    @Test(arguments: DiagnosticFormat.allCases, Language.allCases)
    func matchesGoldenFile(_ format: DiagnosticFormat, _ language: Language) throws {
        let actual = try Self.rendered(format, language: language)
        let path = Self.folder + "/expected." + (language == .en ? "" : "\(language.rawValue).") + format.rawValue
        if ProcessInfo.processInfo.environment["CHIBO_RECORD_GOLDEN"] != nil {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOfFile: path, encoding: .utf8)))
    }

    @Test func jsonHasTheShapeOfInterfacesMd() throws {
        let data = Data(try Self.rendered(.json).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["files": 4, "errors": 2, "warnings": 1, "notes": 1])
        let dateMismatch = try #require(diagnostics.first { $0["code"] as? String == "citation.date-mismatch" })
        #expect(dateMismatch["line"] as? Int == 9)
        #expect(dateMismatch["end_line"] as? Int == 9)
        let suggestion = try #require(dateMismatch["suggestion"] as? [String: String])
        #expect(suggestion["replacement"] == "ngày 10 tháng 10 năm 2007")
        let accepted = try #require(diagnostics.first { $0["severity"] as? String == "note" })
        #expect(accepted["accepted"] as? String == "Bản gốc ghi “10-HD/TCTW”; giữ nguyên.")
    }

    @Test func junitIsWellFormedAndItsCountsAddUp() throws {
        let xml = try XMLDocument(data: Data(try Self.rendered(.junit).utf8))
        let root = try #require(xml.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "failures")?.stringValue == "2")
        #expect(root.attribute(forName: "skipped")?.stringValue == "1")
        var tests = 0
        for suite in root.elements(forName: "testsuite") {
            let cases = suite.elements(forName: "testcase")
            tests += cases.count
            #expect(suite.attribute(forName: "tests")?.stringValue == String(cases.count))
            let failures = cases.filter { !$0.elements(forName: "failure").isEmpty }.count
            #expect(suite.attribute(forName: "failures")?.stringValue == String(failures))
        }
        #expect(root.attribute(forName: "tests")?.stringValue == String(tests))
        // Under --strict the warning fails too.
        let strict = try XMLDocument(data: Data(try Self.rendered(.junit, strict: true).utf8))
        #expect(strict.rootElement()?.attribute(forName: "failures")?.stringValue == "3")
    }

    @Test func sarifNamesEveryRuleAndPlacesEachResult() throws {
        let data = Data(try Self.rendered(.sarif).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == DiagnosticCode.all.map(\.rawValue))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let uris = results.compactMap { result -> String? in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        #expect(uris.contains("content/guidance/ghi%20ch%C3%BA%2C%202024.md"))
        #expect(results.contains { ($0["suppressions"] as? [[String: Any]])?.first?["justification"] as? String != nil })
        #expect(results.contains { $0["fixes"] != nil })
    }

    @Test func githubEscapesPropertiesAndMessages() throws {
        let lines = try Self.rendered(.github).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("::error file=content/guidance/ghi chú%2C 2024.md,line=4,col=5,title=link.broken::"))
        #expect(lines.contains { $0.hasPrefix("::warning ") && $0.contains("title=citation.superseded") })
        #expect(lines.contains { $0.hasPrefix("::notice ") && $0.contains("%0Aaccepted: ") })
    }

    /// SARIF wants an absolute `helpUri`: the installed guide's page, as a
    /// `file:` URI; the page relative to the guide's site is always in the
    /// rule's properties.
    @Test func sarifRulesPointAtTheInstalledGuide() throws {
        let guide = DiagnosticGuide(folder: "/usr/local/share/doc/chibo/huong-dan", pageExtension: "html")
        let log = SARIFReportFormatter(language: .vi, guide: guide).report([])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let first = try #require(rules.first)
        #expect(first["helpUri"] as? String == "file:///usr/local/share/doc/chibo/huong-dan/ma-loi/\(DiagnosticCode.all[0].rawValue).html")
        #expect((first["properties"] as? [String: Any])?["guidePage"] as? String == "ma-loi/\(DiagnosticCode.all[0].rawValue).html")
        #expect(run["language"] as? String == "vi-VN")
        let source = SARIFReportFormatter(guide: .source).report([])
        #expect(!source.contains("helpUri"))
    }
}
