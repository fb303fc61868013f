import Foundation
import Testing
@testable import ChiboKit

/// The PDF reader: poppler's text of a page laid out into lines that say
/// what their position and look meant, on PDFs printed by Chromium from the
/// HTML beside them (`Fixtures/import-pdf/make.sh`).
struct PDFReaderTests {
    static func fixture(_ path: String) -> URL { URL(fileURLWithPath: Fixtures.path("import-pdf/\(path)")) }

    static func read(_ path: String, tools: PDFTools = .standard) throws -> SourceDocument {
        try PDFReader.read(fileAt: fixture(path), tools: tools)
    }

    /// One block a line: `page:line`, the flags set, the text.
    static func dump(_ document: SourceDocument) -> String {
        document.blocks.map { block in
            switch block {
            case .pageBreak: return "---"
            case .table(let table):
                return "table \(table.place) header \(table.headerRows)\n" + table.rows.map { "| " + $0.map(\.text).joined(separator: " | ") + " |" }.joined(separator: "\n")
            case .line(let line):
                guard case .page(let page, let number) = line.place else { return "?" }
                var flags: [String] = []
                if line.gapBefore { flags.append("gap") }
                if line.isBold { flags.append("bold") }
                if line.isItalic { flags.append("italic") }
                if line.isCentered { flags.append("centred") }
                if line.isPageFoot { flags.append("foot") }
                if let size = line.relativeSize, abs(size - 1) > 0.05 { flags.append("size \(size)") }
                return "\(page):\(number) [\(flags.joined(separator: " "))] \(line.text)"
            }
        }.joined(separator: "\n")
    }

    /// The header and the signature block, each two blocks side by side.
    @Test func blocksInTwoColumnsAreReadColumnByColumn() throws {
        // Chromium draws this one's Vietnamese letters from fallback fonts,
        // as many PDFs do: words cut at each, letters raised, bold lost.
        let document = try Self.read("header-columns/document.pdf")
        #expect(Self.dump(document) == """
            1:1 [] ĐẢNG BỘ TỈNH CAO BẰNG
            1:2 [bold] HUYỆN ỦY HÒA AN
            1:3 [] *
            1:4 [] Số 12-HD/HU
            1:1 [gap bold] ĐẢNG CỘNG SẢN VIỆT NAM
            1:3 [gap italic] Hòa An, ngày 5 tháng 3 năm 2025
            1:5 [gap bold centred size 1.11] HƯỚNG DẪN
            1:6 [bold centred size 1.11] sinh hoạt chi bộ
            1:7 [gap] Chi bộ là hạt nhân chính trị của Đảng ở cơ sở, lãnh đạo thực hiện nhiệm vụ
            1:8 [] chính trị của đơn vị. Đảng viên phải tham gia đầy đủ các buổi sinh hoạt chi bộ định
            1:9 [] kỳ hằng tháng.
            1:10 [gap] Cấp ủy cấp trên thường xuyên kiểm tra, hướng dẫn việc tổ chức sinh hoạt.
            1:11 [gap bold italic size 0.95] Nơi nhận:
            1:12 [size 0.95] - Các chi bộ trực thuộc,
            1:13 [size 0.95] - Lưu Văn phòng Huyện ủy.
            1:11 [gap bold size 0.95] T/M BAN THƯỜNG VỤ
            1:12 [bold size 0.95] PHÓ BÍ THƯ
            1:14 [gap bold size 0.95] Nguyễn Văn An
            """)
        #expect(document.readAs.description == "PDF (poppler)")
        #expect(!document.isOCR)
    }

    @Test func headingsAreBoldOrItalicCentredOrLarger() throws {
        #expect(try Self.dump(Self.read("heading/document.pdf")) == """
            1:1 [gap] Đoạn mở đầu của văn bản, viết thường, canh đều hai bên, đủ
            1:2 [] dài để trải ra hơn một dòng trên trang giấy khổ A4 như văn bản
            1:3 [] Word.
            1:4 [gap bold centred size 1.16] I. MỤC ĐÍCH, YÊU CẦU
            1:5 [gap] Nâng cao chất lượng sinh hoạt chi bộ là nhiệm vụ thường xuyên
            1:6 [] của các cấp ủy đảng.
            1:7 [gap italic] 1. Mục đích
            1:8 [gap] Bảo đảm tính lãnh đạo, tính giáo dục, tính chiến đấu trong sinh
            1:9 [] hoạt chi bộ.
            """)
    }

    @Test func pageNumbersAndRunningHeadersAreRemovedAndCounted() throws {
        let document = try Self.read("furniture/document.pdf")
        #expect(Self.dump(document) == """
            1:2 [gap] Chi bộ là hạt nhân chính trị của Đảng ở cơ sở, lãnh đạo thực
            1:3 [] hiện nhiệm vụ chính trị của đơn vị, cơ quan.
            1:4 [gap] Đảng viên phải tham gia đầy đủ các buổi sinh hoạt chi bộ định
            1:5 [] kỳ hằng tháng.
            ---
            2:2 [gap] Cấp ủy cấp trên thường xuyên kiểm tra, hướng dẫn việc tổ chức
            2:3 [] sinh hoạt chi bộ ở cơ sở.
            2:4 [gap] Nội dung sinh hoạt phải thiết thực, tránh hình thức, đơn điệu.
            ---
            3:2 [gap] Bí thư chi bộ chuẩn bị nội dung, chủ trì và điều hành buổi sinh
            3:3 [] hoạt theo đúng quy trình.
            3:4 [gap] Biên bản sinh hoạt ghi đầy đủ ý kiến phát biểu của đảng viên.
            ---
            4:2 [gap] Định kỳ sáu tháng, chi bộ tự đánh giá chất lượng sinh hoạt và
            4:3 [] báo cáo cấp ủy cấp trên.
            4:4 [gap] Hướng dẫn này thay thế các hướng dẫn trước đây.
            """)
        #expect(document.notes.map(\.message.description) == [
            "page numbers removed from 4 pages",
            "running header “Hướng dẫn số 12-HD/HU ngày 05/3/2025 của Huyện ủy Hòa An” removed from 4 pages",
        ])
        #expect(document.notes.map(\.place) == [nil, .page(1, line: 1)])
    }

    @Test func aParagraphRunsOnOverAPageBreakWithoutAGap() throws {
        #expect(try Self.dump(Self.read("page-break/document.pdf")) == """
            1:2 [gap] Đoạn thứ nhất nằm trọn trên trang đầu và kết thúc ở đây.
            1:3 [gap] Đoạn thứ hai bắt đầu ở cuối trang một, các dòng chữ chạy đến
            1:4 [] lề phải và
            ---
            2:2 [] tiếp tục ở đầu trang hai mà không có khoảng cách nào.
            2:3 [gap] Đoạn thứ ba.
            ---
            3:2 [gap] Đoạn cuối cùng của văn bản.
            """)
    }

    @Test func footnoteMarkersAreSuperscriptAndBodiesArePageFoot() throws {
        #expect(try Self.dump(Self.read("footnote/document.pdf")) == """
            1:1 [gap] Chi bộ là hạt nhân chính trị của Đảng ở cơ sở¹, lãnh đạo thực
            1:2 [] hiện nhiệm vụ chính trị của đơn vị.
            1:3 [gap] Đảng viên sinh hoạt định kỳ hằng tháng².
            1:4 [gap foot size 0.79] 1 Theo Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành
            1:5 [foot size 0.79] Điều lệ Đảng, phần nói về tổ chức
            ---
            2:1 [gap] Trang hai tiếp tục nội dung của văn bản.
            2:2 [gap foot size 0.79] cơ sở đảng và chi bộ.
            2:3 [foot size 0.79] 2 Hướng dẫn số 12-HD/BTCTW.
            """)
    }

    /// Row 2's name wraps, and its other cells stand at its middle, below
    /// the name's first line; row 3's last cell is empty.
    @Test func textInAlignedColumnsIsATable() throws {
        let document = try Self.read("table/document.pdf")
        #expect(Self.dump(document).split(separator: "\n").prefix(7).joined(separator: "\n") == """
            1:1 [gap] Kết quả phân loại chi bộ năm 2024:
            table page 1, line 2 header 1
            | TT | Chi bộ | Đảng viên | Xếp loại |
            | 1 | Chi bộ thôn Nà Rị | 24 | Hoàn thành tốt |
            | 2 | Chi bộ Trường Tiểu học Nguyễn Trãi, xã Hòa An | 15 | Hoàn thành xuất sắc |
            | 3 | Chi bộ Trạm Y tế | 8 |  |
            1:8 [gap] Các chi bộ cần phát huy kết quả đạt được, khắc phục những hạn
            """)
    }

    /// Chromium, like Word, prints a table's header rows again on each page
    /// it runs onto: imported, it is one table with its header once.
    @Test func aTableAcrossPagesIsOneTableUnderOneHeader() throws {
        let result = try Importer.run(file: Self.fixture("table-across-pages/document.pdf").path, folder: "guidance")
        let tableLines = result.markdown.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(tableLines.filter { $0 == "| TT | Chi bộ | Đảng viên | Xếp loại |" }.count == 1)
        #expect(tableLines.dropFirst(2).map { $0.split(separator: "|").first.map { $0.trimmed } } == (1...60).map { "\($0)" })
        #expect(result.report.contains("page 2, line 1: the table goes on after a page break"))
    }

    // MARK: - Files that cannot be read

    @Test func aPasswordProtectedPDFIsRefusedInPlainWords() {
        let password = #expect(throws: ImportProblem.self) { try Self.read("encrypted/needs-password.pdf") }
        #expect(password?.message.description == "This PDF is protected by a password, so chibo cannot read it. "
            + "Ask the sender for a copy without a password, or for the Word file.")
        let copying = #expect(throws: ImportProblem.self) { try Self.read("encrypted/no-copying.pdf") }
        #expect(copying?.message.description == "This PDF is protected against copying its text, so chibo cannot read it. "
            + "Ask the sender for an unprotected copy, or for the Word file.")
    }

    @Test func pdfinfoSaysWhetherCopyingIsAllowed() {
        let info = PDFInfo.parse("""
            Title:           source.html
            Pages:           3
            Encrypted:       yes (print:yes copy:no change:yes addNotes:yes algorithm:AES-256)
            Page size:       594.96 x 841.92 pts (A4)
            """)
        #expect(info == PDFInfo(pageCount: 3, isEncrypted: true, allowsCopying: false))
        #expect(PDFInfo.parse("Pages: 1\nEncrypted: no\n") == PDFInfo(pageCount: 1))
    }

    @Test func aFileThatIsNoPDFIsRefused() throws {
        let error = #expect(throws: ImportProblem.self) { try Self.read("not-a-pdf/document.pdf") }
        #expect(error?.message.description.hasPrefix("document.pdf is not a PDF file") == true)
        #expect(error?.isMissingTool == false)
    }

    @Test func aDamagedPDFIsRefusedWithWhatToDo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let damaged = URL(fileURLWithPath: folder.path + "/damaged.pdf")
        try Data("%PDF-1.4\nthe rest of the file is lost\n".utf8).write(to: damaged)
        let error = #expect(throws: ImportProblem.self) { try PDFReader.read(fileAt: damaged) }
        #expect(error?.message.description.hasPrefix("This PDF could not be read: the file may be damaged (poppler said: ") == true)
        #expect(error?.message.description.hasSuffix("and import that copy.") == true)
    }

    @Test func aPDFOverTheLimitIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let large = URL(fileURLWithPath: folder.path + "/large.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: large)
        // Sparse: the size is what is checked, nothing is read.
        let handle = try FileHandle(forWritingTo: large)
        try handle.truncate(atOffset: UInt64(PDFReader.byteLimit + 1))
        try handle.close()
        let error = #expect(throws: ImportProblem.self) { try PDFReader.read(fileAt: large) }
        #expect(error?.message.description.hasPrefix("This PDF is 64 MB; chibo imports PDFs up to 64 MB.") == true)
    }

    @Test func withoutPopplerTheEditorIsToldToInstallIt() {
        #expect(throws: PDFTools.missingPoppler) {
            try Self.read("heading/document.pdf", tools: PDFTools(searchFolders: ["/nonexistent"]))
        }
        #expect(PDFTools.missingPoppler.isMissingTool)
        #expect(PDFTools.missingPoppler.message.description.contains("sudo apt install poppler-utils"))
    }

    @Test func aProgramThatRunsTooLongIsStopped() {
        let started = Date()
        #expect(throws: ToolProcess.Failure.timedOut) { try ToolProcess.run("/bin/sleep", ["10"], timeout: 0.3) }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    // MARK: - Scans

    @Test func aScanWithoutTesseractNeedsItInstalled() throws {
        // poppler's programs, but not tesseract.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for tool in ["pdfinfo", "pdftohtml", "pdftoppm"] {
            let installed = try #require(PDFTools.standard.path(of: tool))
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/" + tool, withDestinationPath: installed)
        }
        let error = #expect(throws: ImportProblem.self) {
            try Self.read("scan/scanned.pdf", tools: PDFTools(searchFolders: [folder.path]))
        }
        #expect(error?.isMissingTool == true)
        #expect(error?.message.description.hasPrefix("This PDF is a scan (pictures of pages, no text)") == true)
        #expect(error?.message.description.contains("sudo apt install tesseract-ocr tesseract-ocr-vie") == true)
    }

    @Test(.enabled(if: (try? PDFOCR.vietnameseTesseract(.standard)) != nil, "tesseract with Vietnamese is installed"))
    func aScanIsReadByOCRAndSaysSo() throws {
        let document = try Self.read("scan/scanned.pdf")
        #expect(document.isOCR)
        #expect(document.readAs.description == "PDF read by OCR (tesseract)")
        #expect(document.notes.first?.message.description.hasPrefix("this PDF is a scan") == true)
        // The words as tesseract reads them may change with its version;
        // the paragraphs, found by their indent, may not.
        let lines = document.blocks.compactMap { if case .line(let line) = $0 { line } else { nil } }
        #expect(lines.first?.text.hasPrefix("Chi bộ là hạt nhân chính trị") == true)
        #expect(lines.filter(\.gapBefore).map { $0.text.prefix(9) } == ["Chi bộ là", "Đảng viên"])
        #expect(lines.allSatisfy { abs(($0.relativeSize ?? 0) - 1) < 0.1 })
    }

    @Test func pagesWithoutTextAreAScan() throws {
        let xml = Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml producer="poppler" version="22.12.0">
            <page number="1" position="absolute" top="0" left="0" height="1262" width="892">
            <fontspec id="0" size="19" family="Times" color="#000000"/>
            <text top="1200" left="440" width="10" height="22" font="0">1</text>
            </page>
            <page number="2" position="absolute" top="0" left="0" height="1262" width="892">
            </page>
            </pdf2xml>
            """.utf8)
        let pages = try #require(PDFTextLayer.parse(xml))
        #expect(pages.map(\.letterCount) == [1, 0])
        #expect(pages.allSatisfy { $0.letterCount < PDFReader.minimumLetters })
    }

    @Test(arguments: [("3", 3), ("- 3 -", 3), ("– 12 –", 12), ("Trang 3", 3), ("trang 3/30", 3), ("3/30", 3), ("3 / 30", 3),
                      ("Page 7 of 9", 7), ("Điều 3", nil), ("2025", nil), ("3. Nhiệm vụ", nil), ("12/7/26, 3:09 PM", nil),
                      ("| 4 |", 4), ("12-2009", nil)] as [(String, Int?)])
    func pageNumbersAreNumbersAlone(_ text: String, _ number: Int?) {
        // One rule for copied text and PDF pages: a figure of four digits alone is no page number.
        #expect(LinePatterns.pageNumber(in: text) == number)
    }
}
