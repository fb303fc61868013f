import Foundation
import Testing
@testable import ChiboKit

/// `chibo serve`'s rebuilds after an edit: each must leave the output, and
/// report the diagnostics, exactly as a whole build of the edited content
/// does; an edit to a page's body only must be rebuilt incrementally.
@Suite(.serialized)
struct LiveBuildTests {
    private let folder: TemporaryFolder
    private let content: String
    private let live: LiveBuild

    init() throws {
        folder = try TemporaryFolder()
        content = folder.path + "/content"
        try FileManager.default.copyItem(atPath: Fixtures.content, toPath: content)
        live = LiveBuild(options: Self.options(content: content, output: folder.path + "/live"))
    }

    private static func options(content: String, output: String) -> BuildOptions {
        BuildOptions(contentDirectory: content, themeDirectory: Fixtures.theme, outputDirectory: output, jobs: 2)
    }

    /// Edits a file of the content, rebuilds live, and compares with a
    /// whole build of the same content into a folder of its own.
    @discardableResult
    private func edit(_ path: String, _ change: @escaping (String) -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws -> (live: BuildReport, whole: BuildReport) {
        try edit([(path, change)], sourceLocation: sourceLocation)
    }

    /// Several files edited before one rebuild, as a burst of saves is.
    @discardableResult
    private func edit(_ edits: [(path: String, change: (String) -> String)],
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (live: BuildReport, whole: BuildReport) {
        var files: [String] = []
        for (path, change) in edits {
            let file = content + "/" + path
            let before = try String(contentsOfFile: file, encoding: .utf8)
            let after = change(before)
            #expect(after != before, "the edit changes nothing", sourceLocation: sourceLocation)
            try after.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let liveReport = try live.build(changed: files)
        let wholeOutput = folder.path + "/whole-\(UUID().uuidString)"
        let wholeReport = try SitePipeline.build(Self.options(content: content, output: wholeOutput))
        #expect(liveReport.diagnostics == wholeReport.diagnostics, sourceLocation: sourceLocation)
        #expect(liveReport.wroteSite == wholeReport.wroteSite, sourceLocation: sourceLocation)
        if wholeReport.wroteSite {
            let liveFiles = snapshot(of: folder.path + "/live")
            let wholeFiles = snapshot(of: wholeOutput)
            #expect(liveFiles.count == wholeFiles.count, sourceLocation: sourceLocation)
            let differing = Set(liveFiles.keys).union(wholeFiles.keys).filter { liveFiles[$0] != wholeFiles[$0] }.sorted()
            #expect(differing.isEmpty, "differ from a whole build: \(differing.prefix(5))", sourceLocation: sourceLocation)
        }
        try? FileManager.default.removeItem(atPath: wholeOutput)
        return (liveReport, wholeReport)
    }

    private static let guidance = "guidance/bac-giang/chi-bo-co-quan-xa-o-bac-giang.md"
    private static let citation = "Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương"

    @Test func bodyEditsAreRebuiltIncrementallyAndAsAWholeBuildWould() throws {
        defer { folder.remove() }
        let first = try live.build()
        #expect(first.wroteSite)
        #expect(live.lastKind == .whole(reason: "first build"))

        // Text only.
        try edit(Self.guidance) { $0 + "\nMột đoạn viết thêm khi họp.\n" }
        #expect(live.lastKind == .incremental(pages: 1, files: live.writtenFiles))
        // A new citation: the directive's page now lists it.
        try edit(Self.guidance) { $0 + "\nThực hiện \(Self.citation).\n" }
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
        let directivePage = try String(contentsOfFile: folder.path + "/live/directives/42-hd-btctw.html", encoding: .utf8)
        #expect(directivePage.contains("chi-bo-co-quan-xa-o-bac-giang.html#cite:"))
        // The citation taken out again.
        try edit(Self.guidance) { $0.replacingOccurrences(of: "\nThực hiện \(Self.citation).\n", with: "\n") }
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
        // The month's common part: every pack of the month shows it.
        try edit("packs/2027-01/chung.md") { $0 + "\nGhi chú chung thêm cho mọi loại hình.\n" }
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
        // A directive's own text.
        try edit("directives/50-ct-tw.md") { $0 + "\nGhi chú của người biên tập.\n" }
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
    }

    /// Output paths are file paths, not URLs: a `%` in a file name is
    /// written as it is, as a whole build writes it.
    @Test func aPageWhoseNameHoldsAPercentSignIsRebuilt() throws {
        defer { folder.remove() }
        let name = "guidance/ghi-chu-100%-chi-bo.md"
        try "---\ntitle: \"Ghi chú\"\n---\n\nĐoạn đầu.\n".write(toFile: content + "/" + name, atomically: true, encoding: .utf8)
        try live.build()
        try edit(name) { $0 + "\nĐoạn thêm.\n" }
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
    }

    @Test func otherEditsAreBuiltWholeAndStillAgree() throws {
        defer { folder.remove() }
        try live.build()
        try edit(Self.guidance) { $0.replacingOccurrences(of: "title: \"Chi bộ cơ quan xã ở Bắc Giang\"",
                                                             with: "title: \"Chi bộ cơ quan xã tại Bắc Giang\"") }
        #expect(live.lastKind == .whole(reason: "the front matter of \(content)/\(Self.guidance) changed"))
        try edit(Self.guidance) { $0 + "\n## Một mục mới\n\nNội dung.\n" }
        if case .incremental = live.lastKind { Issue.record("a new anchor was rebuilt incrementally") }
        try edit("guidance/index.md") { $0 + "\nGiới thiệu thêm.\n" }
        if case .incremental = live.lastKind { Issue.record("a folder introduction was rebuilt incrementally") }
        // A body edit after whole builds is incremental again.
        try edit(Self.guidance) { $0 + "\nThêm một câu.\n" }
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
    }

    @Test func anEditWithErrorsWritesNothingAndTheFixAgrees() throws {
        defer { folder.remove() }
        try live.build()
        let before = snapshot(of: folder.path + "/live")
        let (broken, _) = try edit(Self.guidance) { $0 + "\nXem [trang không có](khong-co.md).\n" }
        #expect(!broken.wroteSite)
        #expect(broken.diagnostics.contains { $0.code == .linkBroken })
        #expect(snapshot(of: folder.path + "/live") == before)
        // A citation whose date disagrees with the registry, reported as a whole build reports it.
        let (misdated, _) = try edit(Self.guidance) {
            $0 + "\nThực hiện Hướng dẫn số 42-HD/BTCTW, ngày 29/10/2025 của Ban Tổ chức Trung ương.\n"
        }
        #expect(misdated.diagnostics.contains { $0.code == .citationDateMismatch })
        #expect(snapshot(of: folder.path + "/live") == before)
        try edit(Self.guidance) { 
            $0.replacingOccurrences(of: "\nXem [trang không có](khong-co.md).\n", with: "\nĐã sửa.\n")
                .replacingOccurrences(of: "ngày 29/10/2025", with: "ngày 28/10/2025")
        }
        #expect(snapshot(of: folder.path + "/live") != before)
    }

    /// A build with errors also held another page's edit, and citations it
    /// took away: the build that fixes the error writes them all.
    @Test func whatABuildWithErrorsHeldIsWrittenByTheFix() throws {
        defer { folder.remove() }
        try live.build()
        try edit(Self.guidance) { $0 + "\nThực hiện \(Self.citation).\n" }
        let other = "guidance/trung-uong/bao-cao-so-ket-mo-hinh-chi-bo-co-quan-xa-phuong-thi-tran.md"
        let (broken, _) = try edit([
            (Self.guidance, { $0.replacingOccurrences(of: "\nThực hiện \(Self.citation).\n", with: "\nXem [mất](mat.md).\n") }),
            (other, { $0 + "\nĐoạn thêm ở trang khác, viết cùng lúc.\n" }),
        ])
        #expect(!broken.wroteSite)
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
        try edit(Self.guidance) { $0.replacingOccurrences(of: "\nXem [mất](mat.md).\n", with: "\n") }
        guard case .incremental = live.lastKind else { Issue.record("\(live.lastKind)"); return }
        let written = try String(contentsOfFile: folder.path + "/live/" + other.dropLast(3) + ".html", encoding: .utf8)
        #expect(written.contains("Đoạn thêm ở trang khác, viết cùng lúc."))
    }
}
