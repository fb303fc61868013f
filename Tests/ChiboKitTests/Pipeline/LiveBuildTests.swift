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
        #expect(live.lastKind == .whole(reason: Message(LiveBuildMessages.firstBuild)))

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

    private func expectIncremental(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard case .incremental = live.lastKind else {
            Issue.record("built \(live.lastKind)", sourceLocation: sourceLocation)
            return
        }
    }

    private static let linkedGuidance = "guidance/trung-uong/huong-dan-to-chuc-va-hoat-dong-chi-bo-co-quan-xa-phuong-thi-tran.md"

    /// Front matter and headings reach other pages: the indexes that list
    /// a page, the directive pages that name it, the pages linking to its
    /// anchors, the organisations whose rules it is the basis of.
    @Test func frontMatterAndAnchorEditsRebuildWhatShowsThem() throws {
        defer { folder.remove() }
        // Every commune breaks a rule whose basis is a guidance page, whose
        // title its page shows.
        let rules = content + "/rules.yml"
        let written = try String(contentsOfFile: rules, encoding: .utf8)
        let broken = written.replacingOccurrences(of: "children: {type: co-quan-xa}\n  max: 1", with: "children: {type: co-quan-xa}\n  min: 1")
        #expect(broken != written)
        try broken.write(toFile: rules, atomically: true, encoding: .utf8)
        try live.build()
        // A guidance page's title: folder indexes, the home page, the directive pages it cites.
        try edit(Self.guidance) { $0.replacingOccurrences(of: "title: \"Chi bộ cơ quan xã ở Bắc Giang\"",
                                                             with: "title: \"Chi bộ cơ quan xã tại Bắc Giang\"") }
        expectIncremental()
        let index = try String(contentsOfFile: folder.path + "/live/guidance/index.html", encoding: .utf8)
        #expect(index.contains("Chi bộ cơ quan xã tại Bắc Giang"))
        // The page a rule names as its basis, and which implements directives.
        try edit(Self.linkedGuidance) { $0.replacingOccurrences(of: "title: \"Hướng dẫn về tổ chức", with: "title: \"Hướng dẫn mới về tổ chức") }
        expectIncremental()
        // What it replaces, misdated: the relation dangles, then is mended.
        let (dangling, _) = try edit(Self.linkedGuidance) { $0.replacingOccurrences(of: "10-HD/BTCTW@2007-10-10", with: "10-HD/BTCTW@2007-10-11") }
        expectIncremental()
        #expect(dangling.diagnostics.contains { $0.code == .registryDangling })
        try edit(Self.linkedGuidance) { $0.replacingOccurrences(of: "10-HD/BTCTW@2007-10-11", with: "10-HD/BTCTW@2007-10-10") }
        expectIncremental()
        // A new heading, then a linked one renamed: the packs linking to it break.
        try edit(Self.linkedGuidance) { $0 + "\n## IV. Ghi chú\n\nNội dung.\n" }
        expectIncremental()
        let (unanchored, _) = try edit(Self.linkedGuidance) { $0.replacingOccurrences(of: "## II. NỘI DUNG", with: "## II. Nội dung chính") }
        expectIncremental()
        #expect(unanchored.diagnostics.contains { $0.code == .linkAnchor && $0.file.hasSuffix("packs/2027-01/co-quan-xa.md") })
        try edit(Self.linkedGuidance) { $0.replacingOccurrences(of: "## II. Nội dung chính", with: "## II. NỘI DUNG") }
        expectIncremental()
        // A pack's title: the month's list, the type's page, the organisations of its type.
        try edit("packs/2027-01/co-quan-xa.md") { $0.replacingOccurrences(of: "title: \"Chuyên đề: Học tập", with: "title: \"Chuyên đề tháng: Học tập") }
        expectIncremental()
        try edit("packs/2027-01/xom-to-dan-pho.md") { $0.replacingOccurrences(of: "title: \"Chuyên đề: Chi bộ lãnh đạo", with: "title: \"Chuyên đề: Chi bộ xóm lãnh đạo") }
        expectIncremental()
        // A directive's subject: every citation's tooltip, the registry's pages.
        try edit("directives/42-hd-btctw.md") { $0.replacingOccurrences(of: "title: \"Thực hiện Chỉ thị", with: "title: \"Hướng dẫn thực hiện Chỉ thị") }
        expectIncremental()
        // A directive's date: the citations that give the old one now disagree.
        let (misdated, _) = try edit("directives/42-hd-btctw.md") { $0.replacingOccurrences(of: "date: 2025-10-28", with: "date: 2025-10-29") }
        expectIncremental()
        #expect(misdated.diagnostics.contains { $0.code == .citationDateMismatch })
        try edit("directives/42-hd-btctw.md") { $0.replacingOccurrences(of: "date: 2025-10-29", with: "date: 2025-10-28") }
        expectIncremental()
    }

    /// A directive's symbol names its page: the page moves, the old file
    /// goes, and the citations of the old symbol no longer resolve.
    @Test func aDirectiveWhoseSymbolChangesMovesAndItsCitationsFollow() throws {
        defer { folder.remove() }
        try live.build()
        let citing = "guidance/cao-bang/de-an-03-da-tu-nang-cao-chat-luong-sinh-hoat-chi-bo-2026-2030.md"
        let (unknown, _) = try edit("directives/18-kl-tw.md") { $0.replacingOccurrences(of: "symbol: \"18-KL/TW\"", with: "symbol: \"19-KL/TW\"") }
        expectIncremental()
        #expect(unknown.diagnostics.contains { $0.code == .citationUnknown && $0.file.hasSuffix(citing) })
        // The citing page follows in the same burst: the site is whole again, at the new place.
        try edit([(citing, { $0.replacingOccurrences(of: "18-KL/TW", with: "19-KL/TW") })])
        expectIncremental()
        #expect(FileManager.default.fileExists(atPath: folder.path + "/live/directives/19-kl-tw.html"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/live/directives/18-kl-tw.html"))
        try edit([("directives/18-kl-tw.md", { $0.replacingOccurrences(of: "symbol: \"19-KL/TW\"", with: "symbol: \"18-KL/TW\"") }),
                  (citing, { $0.replacingOccurrences(of: "19-KL/TW", with: "18-KL/TW") })])
        expectIncremental()
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/live/directives/19-kl-tw.html"))
    }

    @Test func otherEditsAreBuiltWholeAndStillAgree() throws {
        defer { folder.remove() }
        try live.build()
        try edit("guidance/index.md") { $0 + "\nGiới thiệu thêm.\n" }
        if case .incremental = live.lastKind { Issue.record("a folder introduction was rebuilt incrementally") }
        try edit(Self.guidance) { $0.replacingOccurrences(of: "title: \"Chi bộ cơ quan xã ở Bắc Giang\"",
                                                             with: "title: \"Chi bộ cơ quan xã ở Bắc Giang\"\nvisibility: internal") }
        #expect(live.lastKind == .whole(reason: Message(LiveBuildMessages.visibilityChanged, ["path": "\(content)/\(Self.guidance)"])))
        // A body edit after whole builds is incremental again.
        try edit(Self.guidance) { $0 + "\nThêm một câu.\n" }
        expectIncremental()
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
