import Foundation
import Testing
import ZIPFoundation
@testable import ChiboKit

/// `chibo import` on files an editor may really hand it: every bad one gets
/// a message saying what is wrong and what to do, and nothing is written.
struct ImporterTests {
    private func write(_ bytes: [UInt8], named name: String, in folder: TemporaryFolder) -> String {
        let path = folder.path + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    private func failure(_ path: String) -> Importer.Failure? {
        do {
            _ = try Importer.run(file: path, folder: "guidance")
            return nil
        } catch {
            return error
        }
    }

    @Test func badFilesAreRefusedInPlainWords() throws {
        let folder = try TemporaryFolder()
        let cases: [(name: String, bytes: [UInt8], says: String)] = [
            ("trong.txt", [], "holds no text"),
            ("anh.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "not a text file"),
            ("khong-phai-word.docx", Array("Đây không phải tệp Word".utf8), "not a Word"),
            ("khong-phai-pdf.pdf", Array("Đây không phải tệp PDF".utf8), "not a PDF"),
            ("bang-tinh.xlsx", Array("x".utf8), "none of these"),
        ]
        for item in cases {
            let path = write(item.bytes, named: item.name, in: folder)
            let problem = try #require(failure(path), "\(item.name) was imported")
            #expect(problem.message.description.contains(item.says), "\(item.name): \(problem.message)")
            #expect(!problem.isMissingTool)
        }
    }

    @Test func aZipWithoutADocumentIsNoWordFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/rong.docx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let data = Data("<x/>".utf8)
        try archive.addEntry(with: "word/styles.xml", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        let problem = try #require(failure(path))
        #expect(problem.message.description.contains("document"), "\(problem.message)")
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/lon.txt"
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(ImportedText.byteLimit + 1))
        try handle.close()
        let problem = try #require(failure(path))
        #expect(problem.message.description.contains("64 MB"), "\(problem.message)")
    }

    @Test func aMissingFileAndAFolderAreNamed() throws {
        let folder = try TemporaryFolder()
        #expect(failure(folder.path + "/khong-co.txt")?.message.description.contains("there is no file") == true)
        #expect(failure(folder.path)?.message.description.contains("is a folder") == true)
    }

    /// A file name with spaces, diacritics and brackets is read; the page is
    /// named from the document's own symbol and title, never the file name.
    @Test func anOddFileNameIsReadAndThePageNamedByTheDocument() throws {
        let folder = try TemporaryFolder()
        let source = "HƯỚNG DẪN\nVỀ SINH HOẠT CHI BỘ\n\nChi bộ sinh hoạt định kỳ hằng tháng.\n"
        let path = write(Array(source.utf8), named: "Hướng dẫn (bản cuối) #2 — 'mới'.txt", in: folder)
        let result = try Importer.run(file: path, folder: "guidance/cao-bang")
        #expect(result.relativePath == "guidance/cao-bang/huong-dan-ve-sinh-hoat-chi-bo.md")
    }

    /// `--format json`: the same facts as the text report, as one object.
    @Test func theJSONReportHoldsTheFactsAndThePage() throws {
        let folder = try TemporaryFolder()
        let source = "HƯỚNG DẪN\nVỀ SINH HOẠT CHI BỘ\n\nChi bộ sinh hoạt định kỳ hằng tháng \"đúng\" quy định.\n"
        let path = write(Array(source.utf8), named: "hd.txt", in: folder)
        let result = try Importer.run(file: path, folder: "guidance")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.json(withMarkdown: true).utf8)) as? [String: Any])
        #expect((object["recognised"] as? [String: String])?["kind"] == "Hướng dẫn")
        #expect(object["page"] as? String == "guidance/huong-dan-ve-sinh-hoat-chi-bo.md")
        #expect(object["markdown"] as? String == result.markdown)
        #expect(object["entries"] as? [String] == [])
        #expect(object["visibility"] as? String == "public")
    }

    /// A document that says `lưu hành nội bộ`, in its body as in its
    /// header, makes an internal page: never one a public build shows.
    @Test func anInternalDocumentMakesAnInternalPage() throws {
        let folder = try TemporaryFolder()
        let source = "Chi bộ sinh hoạt định kỳ hằng tháng theo quy định.\n\nTài liệu lưu hành nội bộ.\n"
        let result = try Importer.run(file: write(Array(source.utf8), named: "tl.txt", in: folder), folder: "guidance")
        #expect(result.markdown.contains("\nvisibility: internal\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.json(withMarkdown: false).utf8)) as? [String: Any])
        #expect(object["visibility"] as? String == "internal")
    }

    /// A line break inside the phrase does not hide it.
    @Test func theMarkingIsFoundWhenALineBreakCutsIt() throws {
        let folder = try TemporaryFolder()
        let source = "Chi bộ sinh hoạt định kỳ hằng tháng theo quy định. Tài liệu lưu hành\nnội bộ, không phổ biến ra ngoài.\n"
        let result = try Importer.run(file: write(Array(source.utf8), named: "tl.txt", in: folder), folder: "guidance")
        #expect(result.markdown.contains("\nvisibility: internal\n"))
        #expect(result.report.contains("line 1: the document says “lưu hành nội bộ”"))
    }

    /// What the page's file is called: its symbol, then its title.
    @Test func thePageIsNamedBySymbolAndTitle() {
        var facts = DocumentFacts()
        facts.title = DocumentFacts.Fact(value: "Đề án nâng cao chất lượng sinh hoạt chi bộ", source: "")
        facts.symbol = DocumentFacts.Fact(value: "03-ĐA/TU", source: "")
        #expect(Importer.fileStem(facts) == "03-da-tu-de-an-nang-cao-chat-luong-sinh-hoat-chi-bo")
    }

    /// chibo import never overwrites: a second import of the same document is refused.
    @Test func anExistingPageIsNeverOverwritten() throws {
        let content = try TemporaryFolder()
        let writer = ScaffoldWriter(contentDirectory: content.path, displayRoot: "content", command: "chibo import")
        let page = Scaffold(files: [Scaffold.File(relativePath: "guidance/trang.md", contents: "---\ntitle: \"A\"\n---\n")])
        try writer.write(page)
        let again = Scaffold(files: [Scaffold.File(relativePath: "guidance/trang.md", contents: "---\ntitle: \"B\"\n---\n")])
        #expect(throws: EnvironmentError.self) { try writer.write(again) }
        let kept = try String(contentsOfFile: content.path + "/guidance/trang.md", encoding: .utf8)
        #expect(kept.contains("\"A\""))
    }
}

/// `--register`: entries hold exactly what the citations state.
struct CitedDirectiveEntriesTests {
    static let registry = DirectiveRegistry()

    @Test func anEntryHoldsWhatTheCitationStatesWithItsSource() {
        let cited = CitedDirectiveEntries(texts: ["Thực hiện Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương."],
                                          ownSymbol: nil, registry: Self.registry)
        let entry = try? #require(cited.entries.first)
        #expect(entry?.frontMatter == """
            ---
            symbol: "42-HD/BTCTW"  # from “Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương”
            date: 2025-10-28  # from “Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương”
            kind: "Hướng dẫn"  # from “Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương”
            issuer: "Ban Tổ chức Trung ương"  # from “Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương”
            ---

            """)
    }

    @Test func aFactTwoCitationsDisagreeOnIsLeftOut() {
        let cited = CitedDirectiveEntries(texts: ["Theo Kế hoạch số 525-KH/TU, ngày 05/3/2026 của Tỉnh ủy.",
                                                  "Kế hoạch số 525-KH/TU, ngày 15/3/2026 của Tỉnh ủy đã nêu."],
                                          ownSymbol: nil, registry: Self.registry)
        #expect(cited.entries.count == 1)
        #expect(cited.entries.first?.date == nil)
        #expect(cited.entries.first?.frontMatter.contains("kind: \"Kế hoạch\"") == true)
        #expect(cited.disagreements.count == 1)
        #expect(cited.disagreements.first?.description.contains("the date") == true)
    }

    /// `10-HD/TCTW, ngày 10/10/2007` where the registry has `10-HD/BTCTW` of
    /// that date: a slip of the issuer code, not a second directive.
    @Test func aSlipOfTheIssuerCodeGetsNoEntry() {
        var diagnostics: [Diagnostic] = []
        let registry = DirectiveRegistry(pages: [page("""
            ---
            symbol: "10-HD/BTCTW"
            date: 2007-10-10
            kind: "Hướng dẫn"
            title: "Hướng dẫn về việc thành lập chi bộ cơ quan xã"
            ---
            """, at: "directives/10-hd-btctw.md").0], diagnostics: &diagnostics)
        let cited = CitedDirectiveEntries(texts: ["Thực hiện Hướng dẫn số 10-HD/TCTW, ngày 10/10/2007 về thành lập chi bộ."],
                                          ownSymbol: nil, registry: registry)
        #expect(cited.entries.isEmpty)
        #expect(cited.disagreements.first?.description.contains("the registry has 10-HD/BTCTW") == true)
    }

    @Test func thePageItselfAndKnownDirectivesGetNoEntry() {
        let cited = CitedDirectiveEntries(texts: ["Đề án số 03-ĐA/TU, ngày 28/5/2026 của Ban Thường vụ Tỉnh ủy."],
                                          ownSymbol: "03-ĐA/TU", registry: Self.registry)
        #expect(cited.entries.isEmpty)
    }
}
