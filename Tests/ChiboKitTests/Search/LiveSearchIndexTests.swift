import Testing
@testable import ChiboKit

/// The live index's one promise: after any updates, the files it has
/// written (applied over the files before) are exactly those a full write of
/// the current documents makes, paths and bytes; and an update writes only
/// the files a change reaches.
struct LiveSearchIndexTests {
    typealias Files = [String: [UInt8]]

    static func fullWrite(_ documents: [SearchDocument]) -> Files {
        var files: Files = [:]
        SearchIndex.write(documents: documents, jobs: 2) { path, contents in files[path] = contents }
        return files
    }

    static func apply(_ changes: SearchIndexChanges, to files: inout Files) {
        for path in changes.deleted {
            #expect(files.removeValue(forKey: path) != nil, "\(path) deleted but never written")
        }
        for file in changes.written { files[file.path] = file.contents }
    }

    /// 200 documents over several runs of the reader: shared words in
    /// several spellings, and a crowd of `chuyende…` terms that brings the
    /// `ch` group close to its shard budget without going over it.
    static func site() -> [SearchDocument] {
        (0..<200).map { n in
            var document = SearchDocument(url: "p\(n).html", title: "Trang \(n) về chi bộ", section: "Trang")
            document.headings = [("Mục \(n % 5)", "muc-\(n % 5)")]
            if n % 50 == 0 { document.keywords = ["Chỉ thị \(n)-CT/TW"] }
            document.text = (0..<7).map { "chuyende\(n * 7 + $0)" }.joined(separator: " ")
                + (n % 3 == 0 ? " Hoà bình, hòa hợp." : " sinh hoạt định kỳ")
                + (n >= 120 ? " bỏ phiếu" : " bộ đội")
            return document
        }
    }

    /// One edit, applied both to the live index and to the documents a full
    /// write reads, then compared.
    struct Editor {
        var documents = LiveSearchIndexTests.site()
        var live: LiveSearchIndex
        var files: Files

        init(jobs: Int) {
            live = LiveSearchIndex(documents: documents, jobs: jobs)
            files = LiveSearchIndexTests.fullWrite(documents)
        }

        @discardableResult
        mutating func edit(_ what: Comment, _ change: [Int: (inout SearchDocument) -> Void]) -> SearchIndexChanges {
            var replaced: [Int: SearchDocument] = [:]
            for (number, body) in change {
                body(&documents[number])
                replaced[number] = documents[number]
            }
            let changes = live.update(replacing: replaced)
            for file in changes.written where files[file.path] == file.contents {
                Issue.record("\(file.path) written unchanged after: \(what)")
            }
            LiveSearchIndexTests.apply(changes, to: &files)
            let expected = LiveSearchIndexTests.fullWrite(documents)
            #expect(files.keys.sorted() == expected.keys.sorted(), "paths after: \(what)")
            for (path, contents) in expected where files[path] != contents {
                Issue.record("\(path) differs after: \(what)")
            }
            // Compared first: a failed #expect on two dictionaries prints
            // every byte of both.
            let madeAnew = Dictionary(uniqueKeysWithValues: live.files().map { ($0.path, $0.contents) }) == expected
            #expect(madeAnew, "files() after: \(what)")
            return changes
        }
    }

    @Test(arguments: [1, 3])
    func updatesGiveTheFilesOfAFullWrite(jobs: Int) throws {
        var editor = Editor(jobs: jobs)
        let first = Dictionary(uniqueKeysWithValues: editor.live.files().map { ($0.path, $0.contents) }) == editor.files
        #expect(first)
        let groupCH = "search/t-ch.js"
        #expect(editor.files[groupCH] != nil, "the `ch` group starts whole")

        editor.edit("text changed", [7: { $0.text = "Sinh hoạt chi bộ tháng bảy, chuyende49 chuyende50 bộ đội" }])
        editor.edit("title changed", [8: { $0.title = "Trang tám: kết nạp đảng viên" }])
        editor.edit("headings and keywords changed", [9: { $0.headings = [("Kết luận", "ket-luan")]; $0.keywords = ["Nghị quyết 21"] }])
        var changes = editor.edit("a new word, a new term in a new group", [10: { $0.text += " xylophone" }])
        #expect(changes.written.contains { $0.path == "search/t-xy.js" })
        changes = editor.edit("the word removed: its term and group disappear",
                              [10: { $0.text = String($0.text.dropLast(" xylophone".count)) }])
        #expect(changes.deleted == ["search/t-xy.js"])
        editor.edit("a term only one document used disappears", [11: { $0.text = "bộ đội" }])
        editor.edit("postings spliced: the last document's taken away", [199: { $0.text = "chuyende1393" }])
        editor.edit("a posting before the first", [0: { $0.text += " phiếu" }])
        editor.edit("a posting in the middle", [100: { $0.text += " bình" }])
        editor.edit("a weight changed in the middle", [50: { $0.title += " chuyende10 chuyende351" }])
        editor.edit("a new spelling of a term, late in the site", [150: { $0.text += " chí" }])
        editor.edit("a spelling first met earlier: the forms are numbered anew", [2: { $0.text += " bỏ chí" }])
        editor.edit("several spellings in one document", [0: { $0.text += " chỉ chị chi chí" }])
        editor.edit("the first document of a spelling no longer uses it", [0: { $0.text = "chuyende0" }])
        editor.edit("several documents at once", [
            3: { $0.text = "" },
            4: { $0.title = "" },
            199: { $0.text += " hoạt động mới" },
        ])
        changes = editor.edit("the `ch` group over its budget is split",
                              [12: { $0.text += (0..<2000).map { " chuyendemoi\($0)" }.joined() }])
        #expect(changes.written.contains { $0.path.hasPrefix("search/t-chu") })
        #expect(editor.files.keys.contains { $0.hasPrefix("search/t-chu") })
        changes = editor.edit("and back under it, whole again", [12: { $0.text = "chuyende84" }])
        #expect(changes.deleted.contains { $0.hasPrefix("search/t-chu") })
        #expect(editor.files[groupCH] != nil)
        editor.edit("the same document given again changes nothing", [12: { _ in }])
    }

    @Test func anUpdateOfOneDocumentWritesOnlyTheFilesItReaches() {
        let documents = Self.site()
        var live = LiveSearchIndex(documents: documents, jobs: 2)
        let total = live.files().count
        #expect(total > 30)
        var edited = documents[40]
        edited.text += " xylophone"
        let changes = live.update(replacing: [40: edited])
        // The new term's shard, the document's shard, the manifest.
        #expect(Set(changes.written.map(\.path)) == ["search/t-xy.js", "search/d-5.js", "search/index.js"])
        #expect(changes.deleted.isEmpty)
        #expect(live.update(replacing: [40: edited]).isEmpty, "nothing changed, nothing written")

        // Past the snippet's length, words change the postings but not the
        // document's shard.
        var long = documents[41]
        long.text = String(repeating: "sinh hoạt định kỳ ", count: 200)
        _ = live.update(replacing: [41: long])
        long.text += " xylophone"
        let afterSnippet = live.update(replacing: [41: long])
        #expect(Set(afterSnippet.written.map(\.path)) == ["search/t-xy.js", "search/index.js"])
    }

    @Test func replacingAllWritesEveryFileAndDeletesThoseGone() {
        let documents = Self.site()
        var live = LiveSearchIndex(documents: documents, jobs: 2)
        var files = Self.fullWrite(documents)
        let fewer = Array(documents.prefix(20))
        Self.apply(live.replacingAll(with: fewer), to: &files)
        let same = files == Self.fullWrite(fewer)
        #expect(same)
        #expect(live.documentCount == 20)
    }

    /// Streamed at its making, the live index's files are the full write's.
    @Test func itsFirstFilesAreTheFullWrites() {
        let documents = Self.site()
        var streamed: Files = [:]
        var order: [String] = []
        _ = LiveSearchIndex(documents: documents, jobs: 2) { path, contents in
            streamed[path] = contents
            order.append(path)
        }
        let same = streamed == Self.fullWrite(documents)
        #expect(same)
        #expect(order.last == "search/index.js")
    }
}
