import Foundation
import Testing
@testable import ChiboKit

/// The guide's pages of the diagnostic codes (`docs/ma-loi/`) are what the
/// catalogue and the check cases make of them: a code without a page, a
/// page left behind by a code, or a page that no longer says what chibo
/// prints fails here. Re-write them with
/// `CHIBO_RECORD_GOLDEN=1 swift test --filter CodeGuidePagesTests`.
struct CodeGuidePagesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../..").standardizedFileURL.path
    static let folder = repository + "/docs/ma-loi"
    static let record = ProcessInfo.processInfo.environment["CHIBO_RECORD_GOLDEN"] != nil

    @Test func everyCodeHasItsPageAsGenerated() throws {
        if Self.record { try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true) }
        for code in DiagnosticCode.all {
            let page = CodeGuidePage(code: code, example: try Self.example(of: code))
            #expect(page.example != nil, "no check case shows \(code)")
            try Self.compare(page.markdown, with: Self.folder + "/" + page.fileName)
        }
        try Self.compare(CodeGuidePage.index(of: DiagnosticCode.all), with: Self.folder + "/index.md")
    }

    @Test func noPageIsLeftForACodeThatIsGone() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".md") }
        let expected = Set(DiagnosticCode.all.map { "\($0.rawValue).md" } + ["index.md"])
        #expect(Set(pages) == expected)
    }

    static func compare(_ generated: String, with path: String) throws {
        if record { try generated.write(toFile: path, atomically: true, encoding: .utf8) }
        let written = try? String(contentsOfFile: path, encoding: .utf8)
        #expect(written == generated, "\(path) is not what the catalogue and the cases make; re-record it")
    }

    /// The first finding of `code` in the case named after it, else in the
    /// first case that shows it.
    static func example(of code: DiagnosticCode) throws -> CodeGuidePage.Example? {
        let named = code.rawValue.replacingOccurrences(of: ".", with: "-")
        for name in [named] + CheckFixtureTests.cases where CheckFixtureTests.cases.contains(name) {
            let caseFolder = CheckFixtureTests.root + "/" + name
            let report = try Fixtures.checkCase(caseFolder)
            guard let finding = report.diagnostics.sorted().first(where: { $0.code == code }) else { continue }
            var shown = finding
            shown.file = finding.file.replacingOccurrences(of: caseFolder + "/", with: "")
            shown.message = finding.message.replacingValues(of: caseFolder + "/", with: "")
            shown.suggestion?.message = finding.suggestion?.message.replacingValues(of: caseFolder + "/", with: "")
                ?? Message(verbatim: "")
            return CodeGuidePage.Example(
                file: shown.file, excerpt: try excerpt(of: caseFolder + "/" + shown.file, around: finding.location.line),
                report: TextDiagnosticFormatter(language: .vi).format(shown),
                caseFolder: "Tests/ChiboKitTests/Fixtures/check/\(name)")
        }
        return nil
    }

    static func excerpt(of path: String, around line: Int) throws -> CodeGuidePage.Excerpt {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            return .symbolicLink(target: target)
        }
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard lines.count > 30 else { return .lines(lines, firstLine: 1) }
        let first = max(1, line - 6)
        let last = min(lines.count, line + 3)
        return .lines(Array(lines[(first - 1)..<last]), firstLine: first)
    }
}
