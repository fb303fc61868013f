import Testing
@testable import ChiboKit

/// The structure stage on lines a PDF or Word reader hands over, with the
/// look (bold, size, gaps) a text file does not have.
struct PageStructureTests {
    private func line(_ text: String, _ number: Int, gap: Bool = false, bold: Bool = false, size: Double? = nil,
                      centered: Bool = false) -> SourceBlock {
        var line = SourceLine(text, place: .page(1, line: number))
        line.gapBefore = gap
        line.isBold = bold
        line.relativeSize = size
        line.isCentered = centered
        return .line(line)
    }

    private func page(_ blocks: [SourceBlock], marksParagraphs: Bool = true) -> ImportedPage {
        var document = SourceDocument(blocks: blocks, readAs: Message(ImportMessages.readAsPDF))
        document.marksParagraphs = marksParagraphs
        return PageStructure.page(from: document, fileName: "in.pdf")
    }

    @Test func aPrintedPagesLabelledFactsTitleAndLeadBecomeFrontMatter() {
        let imported = page([
            line("Hướng dẫn về tổ chức và hoạt động của chi bộ cơ quan xã,", 1, bold: true, size: 1.3, centered: true),
            line("phường, thị trấn", 2, bold: true, size: 1.3, centered: true),
            line("Loại văn bản: Hướng dẫn   Số, ký hiệu: 12-HD/TU   Ngày ban hành: 5/3/2026", 3, gap: true, size: 0.85),
            line("Cơ quan ban hành: Tỉnh ủy Cao Bằng", 4, size: 0.85),
            line("Hướng dẫn việc tổ chức chi bộ cơ quan.", 5, gap: true, size: 1.1),
            line("Chi bộ sinh hoạt định kỳ hằng tháng theo Điều lệ Đảng.", 6, gap: true),
            line("Quan hệ với văn bản khác", 7, gap: true, bold: true),
            line("Thay thế: Hướng dẫn 10-HD/BTCTW ngày 10/10/2007", 8, gap: true),
            line("Được trích dẫn tại", 9, gap: true, bold: true),
            line("Định hướng chung sinh hoạt chi bộ tháng 12/2026", 10, gap: true),
        ])
        #expect(imported.facts.frontMatter == """
            title: "Hướng dẫn về tổ chức và hoạt động của chi bộ cơ quan xã, phường, thị trấn"
            kind: "Hướng dẫn"
            symbol: "12-HD/TU"
            date: 2026-03-05
            issuer: "Tỉnh ủy Cao Bằng"
            summary: "Hướng dẫn việc tổ chức chi bộ cơ quan."
            replaces: ["10-HD/BTCTW@2007-10-10"]

            """)
        #expect(imported.blocks == [.paragraph("Chi bộ sinh hoạt định kỳ hằng tháng theo Điều lệ Đảng.")])
    }

    @Test func aLineWithoutAGapGoesOnThePreviousParagraphEvenAfterAStop() {
        let imported = page([
            line("Việc bố trí bí thư chi bộ cơ quan ở một số nơi chưa được quan tâm đúng mức, nhất là", 1, gap: true),
            line("ở các xã vùng cao. Việc xây dựng quy chế, xác định trách nhiệm và phân công cấp ủy", 2),
            line("viên chưa phù hợp thực tế. Mỗi xã, phường, thị trấn chỉ lập một chi bộ cơ quan với", 3),
            line("điều kiện ở các khu dân cư đều có chi bộ. Đảng viên tham gia đầy đủ các buổi sinh", 4),
            line("hoạt của chi bộ.", 5),
            line("Cấp ủy cấp trên kiểm tra việc tổ chức sinh hoạt chi bộ và hướng dẫn các chi bộ.", 6, gap: true),
            line("Ban Bí thư (để báo cáo);", 7, gap: true),
            line("Văn phòng Trung ương;", 8),
        ])
        // A stop inside a run of full lines does not end the paragraph; a short
        // line that ends a sentence ends a tight list's item.
        #expect(imported.blocks.count == 4)
        #expect(imported.blocks.first.map { "\($0)" }?.contains("nhất là ở các xã vùng cao. Việc xây dựng") == true)
        #expect(imported.blocks.first.map { "\($0)" }?.contains("sinh hoạt của chi bộ.") == true)
        #expect(imported.blocks.last == .paragraph("Văn phòng Trung ương;"))
    }

    @Test func boldLinesOfTheirOwnAreHeadingsRankedBySize() {
        let imported = page([
            line("Chi bộ là hạt nhân chính trị của Đảng ở cơ sở.", 1, gap: true),
            line("Biểu số 01. Biểu thống kê số lượng chi bộ", 1, gap: true, bold: true, size: 1.2),
            line("Chi bộ sinh hoạt định kỳ hằng tháng theo Điều lệ Đảng.", 2, gap: true),
            line("Kết quả đánh giá chi bộ", 3, gap: true, bold: true, size: 1.0),
            line("3. Đổi mới nội dung, hình thức sinh hoạt chi bộ theo hướng thiết thực, hiệu quả,", 4, gap: true, bold: true),
            line("phù hợp với từng loại hình chi bộ", 5, bold: true),
            line("Phan Thăng An", 6, gap: true, bold: true),
        ])
        #expect(imported.blocks == [
            .paragraph("Chi bộ là hạt nhân chính trị của Đảng ở cơ sở."),
            .heading(level: 2, text: "Biểu số 01. Biểu thống kê số lượng chi bộ"),
            .paragraph("Chi bộ sinh hoạt định kỳ hằng tháng theo Điều lệ Đảng."),
            .heading(level: 3, text: "Kết quả đánh giá chi bộ"),
            .heading(level: 2, text: "3. Đổi mới nội dung, hình thức sinh hoạt chi bộ theo hướng thiết thực, hiệu quả, phù hợp với từng loại hình chi bộ"),
            .paragraph("Phan Thăng An"),
        ])
    }

    @Test func aPrintedWebFootnoteEndsAtItsReturnArrow() {
        let imported = page([
            line("Chi bộ thực hiện theo Hướng dẫn của Ban Thường vụ Tỉnh uỷ¹.", 1, gap: true),
            line("1. Hướng dẫn số 01-HD/TU, ngày 13/11/2025 của Ban Thường vụ Tỉnh uỷ; Hướng dẫn số 01-", 2, gap: true),
            line("HD/TU của Ban Tổ chức. ↩", 3),
        ])
        #expect(imported.footnotes == [PageFootnote(label: "1", text: "Hướng dẫn số 01-HD/TU, ngày 13/11/2025 của Ban Thường vụ Tỉnh uỷ; Hướng dẫn số 01-HD/TU của Ban Tổ chức.")])
        #expect(imported.markdown.contains("Tỉnh uỷ[^1]."))
    }

    /// Word lays a header and a signature out in borderless tables: the
    /// header's cells are read as its lines, the signature's as paragraphs.
    @Test func aHeaderAndASignatureInWordTables() {
        func whole(_ text: String, _ number: Int) -> SourceBlock {
            var line = SourceLine(text, place: .paragraph(number))
            line.isWholeParagraph = true
            return .line(line)
        }
        var header = SourceTable(rows: [[SourceTable.Cell("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố 12-HD/BTCTW"),
                                         SourceTable.Cell("ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 5 tháng 3 năm 2026")]],
                                 place: .paragraph(1))
        header.isBorderless = true
        var signature = SourceTable(rows: [[SourceTable.Cell("Nơi nhận:\n- Các tỉnh ủy, thành ủy;\n- Lưu VP."),
                                            SourceTable.Cell("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Văn An")]],
                                    place: .paragraph(9))
        signature.isBorderless = true
        let document = SourceDocument(blocks: [
            .table(header), whole("HƯỚNG DẪN", 7), whole("VỀ SINH HOẠT CHI BỘ CƠ QUAN", 8),
            whole("Chi bộ sinh hoạt định kỳ hằng tháng theo Điều lệ Đảng và Hướng dẫn của Ban Tổ chức Trung ương.", 9),
            .table(signature),
        ], readAs: WordReader.readAs)
        let imported = PageStructure.page(from: document, fileName: "in.docx")
        #expect(imported.facts.frontMatter == """
            title: "Hướng dẫn về sinh hoạt chi bộ cơ quan"
            kind: "Hướng dẫn"
            symbol: "12-HD/BTCTW"
            date: 2026-03-05
            issuer: "Ban Tổ chức Trung ương"

            """)
        #expect(imported.blocks == [
            .paragraph("Chi bộ sinh hoạt định kỳ hằng tháng theo Điều lệ Đảng và Hướng dẫn của Ban Tổ chức Trung ương."),
            .paragraph("Nơi nhận:"), .list(["Các tỉnh ủy, thành ủy;", "Lưu VP."]),
            .paragraph("KT. TRƯỞNG BAN"), .paragraph("PHÓ TRƯỞNG BAN"), .paragraph("Nguyễn Văn An"),
        ])
    }
}
