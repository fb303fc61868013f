import Foundation
import Testing
@testable import ChiboKit

/// `chibo check --fix` on a content folder: files written whole, their
/// BOM and line ends kept, a second run changing nothing, a file that
/// cannot be written left as it was.
struct ContentFixerTests {
    /// `Đảng` and `Chỉ thị` with decomposed diacritics (NFD), as some Mac and PDF text arrives.
    static let decomposed = "Nghị quyết của Đảng".decomposedStringWithCanonicalMapping


    private func options(_ folder: TemporaryFolder) -> BuildOptions {
        BuildOptions(contentDirectory: folder.path + "/content", jobs: 2)
    }

    @Test func fixesNFCKeepingBOMAndCRLFAndASecondRunChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/.keep", "")
        let page = "---\r\ntitle: \"Trang thử\"\r\n---\r\n\r\nĐoạn đầu.\r\n\r\n\(Self.decomposed) và \(Self.decomposed).\r\n"
        let path = folder.path + "/content/guidance/a.md"
        try Data([0xEF, 0xBB, 0xBF] + Array(page.utf8)).write(to: URL(fileURLWithPath: path))
        let report = try ContentFixer.fix(options(folder))
        #expect(report.applied.map(\.code) == [.textEncoding])
        #expect(report.applied.first?.location == SourceLocation(line: 7, column: 1))
        let fixed = try #require(FileManager.default.contents(atPath: path))
        let expected = "---\r\ntitle: \"Trang thử\"\r\n---\r\n\r\nĐoạn đầu.\r\n\r\nNghị quyết của Đảng và Nghị quyết của Đảng.\r\n"
        #expect([UInt8](fixed) == [0xEF, 0xBB, 0xBF] + Array(expected.utf8))
        #expect(!report.remaining.diagnostics.contains { $0.code == .textEncoding })
        let again = try ContentFixer.fix(options(folder))
        #expect(again.applied.isEmpty)
        #expect(FileManager.default.contents(atPath: path) == fixed)
    }

    @Test func aDryRunPrintsTheDiffAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/a.md", "---\ntitle: \"Trang thử\"\n---\n\n\(Self.decomposed).\n\n[x](khong-co.md)\n")
        let before = snapshot(of: folder.path)
        let (diff, report) = try ContentFixer.preview(options(folder))
        #expect(snapshot(of: folder.path) == before)
        #expect(report.applied.map(\.file) == [folder.path + "/content/guidance/a.md"])
        #expect(report.remaining.diagnostics.contains { $0.message.description.contains("\(folder.path)/content/guidance/khong-co.md") })
        #expect(!report.remaining.diagnostics.contains { $0.message.description.contains("chibo-fix-") })
        #expect(diff.contains("-\(Self.decomposed).\n+Nghị quyết của Đảng.\n"))
        #expect(diff.hasPrefix("--- a/\(folder.path)/content/guidance/a.md\n"))
    }

    @Test func aFileThatCannotBeWrittenIsReportedAndLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/a.md", "---\ntitle: \"Trang thử\"\n---\n\n\(Self.decomposed).\n")
        try folder.write("content/guidance/b.md", "---\ntitle: \"Trang hai\"\n---\n\n\(Self.decomposed).\n")
        // The temporary file a.md would be written to is taken by a folder: its write fails.
        let blocker = folder.path + "/content/guidance/.a.md.chibo-fix-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: true)
        let before = FileManager.default.contents(atPath: folder.path + "/content/guidance/a.md")
        let report = try ContentFixer.fix(options(folder))
        #expect(report.refused.map(\.file) == [folder.path + "/content/guidance/a.md"])
        #expect(FileManager.default.contents(atPath: folder.path + "/content/guidance/a.md") == before)
        #expect(report.applied.map(\.file) == [folder.path + "/content/guidance/b.md"])
    }

    private func copy(_ fixture: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixtures.path("check/\(fixture)/content"), toPath: folder.path + "/content")
        return folder
    }

    @Test func theRegistrysDateIsWrittenInTheCitationsOwnStyleAndAJudgementCallIsLeft() throws {
        let folder = try copy("citation-date-mismatch")
        defer { folder.remove() }
        let report = try ContentFixer.fix(options(folder))
        #expect(report.applied.map { "\($0.location.line):\($0.old) → \($0.new)" }
                == ["5:ngày 25/7/2025 → ngày 23/7/2025", "7:ngày 10 tháng 11 năm 2007 → ngày 10 tháng 10 năm 2007"])
        let text = try String(contentsOfFile: folder.path + "/content/guidance/a.md", encoding: .utf8)
        #expect(text.contains("Theo Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư."))
        #expect(text.contains("Theo Hướng dẫn số 10-HD/BTCTW, ngày 10 tháng 10 năm 2007 của Ban Tổ chức Trung ương."))
        // Two entries share 01-HD/TU: which date was meant is the editor's call.
        #expect(text.contains("Hướng dẫn số 01-HD/TU, ngày 01/01/2020."))
        #expect(report.remaining.diagnostics.map(\.code) == [.citationDateMismatch])
        #expect(try ContentFixer.fix(options(folder)).applied.isEmpty)
    }

    /// A citation with look-alike or invisible characters is written plain
    /// where it is one stretch of a line; across markup it is left.
    @Test func aCitationsLookAlikeCharactersAreMadePlain() throws {
        let folder = try copy("text-encoding")
        defer { folder.remove() }
        let path = folder.path + "/content/guidance/a.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text += "\nTheo *Quy định* số 76-Q\u{00D0}/TW nữa.\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try ContentFixer.fix(options(folder))
        let fixedHere = report.applied.filter { $0.file.hasSuffix("guidance/a.md") }
        #expect(fixedHere.map(\.new) == ["Quy định số 76-QĐ/TW", "Quy định số 76-QĐ/TW", "Quy định số 76-QĐ/TW", "Hướng dẫn số 10-HD/BTCTW"])
        let fixed = try String(contentsOfFile: path, encoding: .utf8)
        for damaged in ["\u{00A0}", "\u{00AD}", "76-QD/TW"] { #expect(!fixed.contains(damaged)) }
        // Markup inside the citation: the editor retypes it.
        #expect(fixed.contains("Theo *Quy định* số 76-Q\u{00D0}/TW nữa."))
        #expect(report.remaining.diagnostics.filter { $0.file.hasSuffix("guidance/a.md") && $0.code == .textEncoding }.count == 1)
        #expect(try ContentFixer.fix(options(folder)).applied.isEmpty)
    }

    @Test func anAcceptedFindingIsNeverFixed() throws {
        let folder = try copy("accepted-findings")
        defer { folder.remove() }
        let before = snapshot(of: folder.path)
        let report = try ContentFixer.fix(options(folder))
        #expect(report.applied.isEmpty)
        #expect(snapshot(of: folder.path) == before)
    }
}
