import Foundation
import Testing
@testable import ChiboKit

/// The Word reader: each test builds a small `.docx` in memory
/// (`DocxFixture`) and reads what `chibo import` would hand the structure
/// stage.
struct WordReaderTests {
    typealias F = DocxFixture

    static func read(_ fixture: DocxFixture) throws -> SourceDocument {
        try WordReader.read(fixture.data)
    }

    static func lines(_ document: SourceDocument) -> [SourceLine] {
        document.blocks.compactMap { block in
            if case .line(let line) = block { return line }
            return nil
        }
    }

    static func tables(_ document: SourceDocument) -> [SourceTable] {
        document.blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    static let styles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục lớn"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="character" w:styleId="Nghieng"><w:name w:val="Nghiêng"/><w:rPr><w:i/></w:rPr></w:style>
        """

    @Test func paragraphsAreWholeLinesWithTheirLook() throws {
        let document = try Self.read(F(body: [
            F.p(F.r("HƯỚNG DẪN", "<w:b/>"), properties: #"<w:jc w:val="center"/>"#),
            F.p(F.r("Chi bộ "), F.r("họp", "<w:b/>"), F.r(" hằng tháng.")),
            F.p(),
            F.p(F.r("Tổ chức", #"<w:rStyle w:val="Nghieng"/>"#)),
            F.p(F.r("Phần một"), properties: #"<w:pStyle w:val="Heading1"/>"#),
            F.p(F.r("Mục lớn"), properties: #"<w:pStyle w:val="Muc"/>"#),
            F.p(F.r("Chữ nhỏ", #"<w:sz w:val="21"/>"#)),
        ].joined(), styles: Self.styles))
        let lines = Self.lines(document)
        #expect(document.readAs.description == "Word (.docx)")
        #expect(lines.map(\.text) == ["HƯỚNG DẪN", "Chi bộ họp hằng tháng.", "Tổ chức", "Phần một", "Mục lớn", "Chữ nhỏ"])
        let places: [SourcePlace] = [1, 2, 4, 5, 6, 7].map { .paragraph($0) }
        #expect(lines.map(\.place) == places)
        #expect(lines.map(\.isWholeParagraph) == Array(repeating: true, count: 6))
        #expect(lines.map(\.isBold) == [true, false, false, true, false, false])
        #expect(lines.map(\.isItalic) == [false, false, true, false, false, false])
        #expect(lines.map(\.isCentered) == [true, false, false, true, false, false])
        #expect(lines.map(\.gapBefore) == [false, false, true, false, false, false])
        #expect(lines.map(\.outlineLevel) == [nil, nil, nil, 1, 2, nil])
        // Sizes over the Normal style's 14 pt, which wins over the defaults' 12.
        let sizes: [Double?] = [1, 1, 1, 32.0 / 28, 1, 21.0 / 28]
        #expect(lines.map(\.relativeSize) == sizes)
    }

    @Test func aHeaderInABorderlessTwoColumnTableIsATable() throws {
        let cell = { (paragraphs: [String]) in "<w:tc>" + paragraphs.map { F.p(F.r($0)) }.joined() + "</w:tc>" }
        let document = try Self.read(F(body: """
            <w:tbl><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>\
            <w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>
            <w:tr>\(cell(["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"]))\(cell(["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hà Nội, ngày 5 tháng 3 năm 2026"]))</w:tr>
            </w:tbl>
            """ + F.p(F.r("HƯỚNG DẪN"))))
        #expect(document.blocks.count == 2)
        let table = try #require(Self.tables(document).first)
        #expect(table.isBorderless)
        #expect(table.place == .paragraph(1))
        #expect(table.rows == [[SourceTable.Cell("BAN CHẤP HÀNH TRUNG ƯƠNG\n*"),
                                SourceTable.Cell("ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 5 tháng 3 năm 2026")]])
        // Every paragraph counts, those in cells too.
        #expect(Self.lines(document).map(\.place) == [.paragraph(6)])
    }

    static let numbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:pStyle w:val="Dieu"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/><w:suff w:val="space"/></w:lvl>
          <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
          <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
          <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2">
          <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Phần thứ %1: "/><w:suff w:val="nothing"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="cardinalText"/><w:lvlText w:val="(%3)"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
        """

    static func listItem(_ text: String, list: Int, level: Int) -> String {
        F.p(F.r(text), properties: #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(list)"/></w:numPr>"#)
    }

    @Test func numbersAreWrittenAsWordShowsThemAndDeeperLevelsRestart() throws {
        let items: [(String, Int)] = [
            ("Mục đích", 0), ("Chi bộ", 1), ("Đảng viên", 2), ("Họp", 3), ("Ghi", 3), ("Thảo luận", 2),
            ("Kiểm tra", 1), ("Giám sát", 2), ("Tổ chức", 0), ("Nội dung", 1),
        ]
        let body = items.map { Self.listItem($0.0, list: 1, level: $0.1) }.joined()
            + Self.listItem("Cuối", list: 4, level: 0)
            + F.p(F.r("Sau cùng"), properties: #"<w:pStyle w:val="Dieu"/>"#)
        // A style numbered by naming its list only: its level is the one linked to it.
        let styles = #"<w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Điều"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#
        let document = try Self.read(F(body: body, styles: styles, numbering: Self.numbering))
        #expect(Self.lines(document).map(\.text) == [
            "I. Mục đích", "1. Chi bộ", "1.1. Đảng viên", "a) Họp", "b) Ghi", "1.2. Thảo luận",
            "2. Kiểm tra", "2.1. Giám sát", "II. Tổ chức", "1. Nội dung", "V. Cuối", "2. Sau cùng",
        ])
    }

    @Test func textNumbersLegalNumbersAndBullets() throws {
        let body = Self.listItem("Những vấn đề chung", list: 3, level: 0) + Self.listItem("Phạm vi", list: 3, level: 1)
            + Self.listItem("Đối tượng", list: 3, level: 1) + Self.listItem("Đảng viên", list: 3, level: 2)
            + Self.listItem("Họp đúng kỳ", list: 2, level: 0) + Self.listItem("Có biên bản", list: 2, level: 1)
            + Self.listItem("Ký tên", list: 2, level: 2)
        let document = try Self.read(F(body: body, numbering: Self.numbering))
        #expect(Self.lines(document).map(\.text) == [
            // Legal numbering writes every level in decimal; text formats fall back to decimal.
            "Phần thứ III: Những vấn đề chung", "3.1 Phạm vi", "3.2 Đối tượng", "(1) Đảng viên", "- Họp đúng kỳ", "+ Có biên bản", "- Ký tên",
        ])
    }

    @Test func aNumberDrawnInALegacyFontIsDecoded() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="upperRoman"/>\
            <w:lvlText w:val="PhÇn thø %1."/><w:rPr>\(F.font(".VnTime"))</w:rPr></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let document = try Self.read(F(body: Self.listItem("Nhiệm vụ", list: 1, level: 0), numbering: numbering))
        #expect(Self.lines(document).map(\.text) == ["Phần thứ II. Nhiệm vụ"])
    }

    @Test func aFootnoteReferenceBecomesAMarkerWithItsBody() throws {
        let reference = { (kind: String, id: Int) in
            #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:\#(kind)Reference w:id="\#(id)"/></w:r>"#
        }
        let document = try Self.read(F(
            body: F.p(F.r("Chi bộ họp"), reference("footnote", 2), F.r(" hằng tháng"), reference("endnote", 1), F.r("."))
                + F.p(F.r("Xem"), #"<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r>"#),
            footnotes: """
                <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
                <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
                <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Theo Điều lệ Đảng.</w:t></w:r></w:p>\
                <w:p><w:r><w:t>Khoản 2.</w:t></w:r></w:p></w:footnote>
                <w:footnote w:id="3"><w:p>\(F.r("* " + LegacyEncoder.tcvn3.encode("Ghi chú riêng."), F.font(".VnTime")))</w:p></w:footnote>
                """,
            endnotes: #"<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Quy định 24.</w:t></w:r></w:p></w:endnote>"#))
        #expect(Self.lines(document).map(\.text) == ["Chi bộ họp[^1] hằng tháng[^2].", "Xem[^3]"])
        #expect(document.footnotes == [
            SourceFootnote(label: "1", text: "Theo Điều lệ Đảng. Khoản 2.", place: .paragraph(1)),
            SourceFootnote(label: "2", text: "Quy định 24.", place: .paragraph(1)),
            SourceFootnote(label: "3", text: "* Ghi chú riêng.", place: .paragraph(2)),
        ])
        // A legacy font met only in the notes is said without a place in the text.
        #expect(document.notes.map(\.message.description) == ["text in the font .VnTime was read as TCVN3"])
        #expect(document.notes.map(\.place) == [nil])
    }

    @Test func legacyFontsAreDecodedByTheirFont() throws {
        let tcvn3 = LegacyEncoder.tcvn3.encode("Chỉ thị số 15 về tổ chức sinh hoạt chi bộ")
        #expect(tcvn3.unicodeScalars.contains("\u{D8}"))  // `Ø`, TCVN3's `ỉ`
        let vni = LegacyEncoder.vni.encode("Hướng dẫn sinh hoạt chi bộ")
        let styles = #"<w:style w:type="paragraph" w:styleId="Cu"><w:name w:val="Cũ"/><w:rPr>\#(F.font(".VnTime"))</w:rPr></w:style>"#
        let document = try Self.read(F(body: [
            F.p(F.r("Số: ", F.font("Times New Roman")), F.r(tcvn3, F.font(".VnTime"))),
            F.p(F.r("H¦íNG DÉN", F.font(".VnTimeH"))),
            F.p(F.r("h\u{AD}íng dÉn", F.font(".VnArialH"))),
            F.p(F.r(vni, F.font("VNI-Times"))),
            F.p(F.r(tcvn3), properties: #"<w:pStyle w:val="Cu"/>"#),
            F.p(F.r("Giá 5¸ (Unicode font)", F.font("Times New Roman"))),
            // Stored as a symbol font's private characters; `…` is Windows-1252's 0x85, punctuation in TCVN3 too.
            F.p(F.r("\u{F043}h\u{F0D8} th\u{F0DE}…", F.font(".VnTime"))),
        ].joined(), styles: styles))
        #expect(Self.lines(document).map(\.text) == [
            "Số: Chỉ thị số 15 về tổ chức sinh hoạt chi bộ",
            "HƯỚNG DẪN",
            "HƯỚNG DẪN",
            "Hướng dẫn sinh hoạt chi bộ",
            "Chỉ thị số 15 về tổ chức sinh hoạt chi bộ",
            "Giá 5¸ (Unicode font)",
            "Chỉ thị…",
        ])
        #expect(document.notes.map(\.message.description) == [
            "text in the font .VnTime was read as TCVN3",
            "text in the font .VnTimeH was read as TCVN3 capitals",
            "text in the font .VnArialH was read as TCVN3 capitals",
            "text in the font VNI-Times was read as VNI",
        ])
        #expect(document.notes.first?.place == .paragraph(1))
        #expect((document.repairs[.legacyWords] ?? 0) >= 20)
    }

    @Test func aTableKeepsSpansMergesAndItsHeaderRows() throws {
        let cell = { (text: String, properties: String) in
            "<w:tc><w:tcPr>\(properties)</w:tcPr>" + F.p(F.r(text)) + "</w:tc>"
        }
        let header = "<w:trPr><w:tblHeader/></w:trPr>"
        let document = try Self.read(F(body: """
            <w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>
            <w:tr>\(header)\(cell("Chi bộ", #"<w:vMerge w:val="restart"/>"#))\(cell("Đảng viên", #"<w:gridSpan w:val="2"/>"#))</w:tr>
            <w:tr>\(header)\(cell("", "<w:vMerge/>"))\(cell("Nam", ""))\(cell("Nữ", ""))</w:tr>
            <w:tr>\(cell("Chi bộ 1", ""))\(cell("12", ""))\(cell("5", ""))</w:tr>
            <w:tr>\(header)\(cell("Chi bộ 2", ""))\(cell("8", ""))\(cell("3", ""))</w:tr>
            </w:tbl>
            """, styles: """
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
            """))
        let table = try #require(Self.tables(document).first)
        #expect(table.rows == [
            [SourceTable.Cell("Chi bộ"), SourceTable.Cell("Đảng viên", span: 2)],
            [SourceTable.Cell("", continuesAbove: true), SourceTable.Cell("Nam"), SourceTable.Cell("Nữ")],
            [SourceTable.Cell("Chi bộ 1"), SourceTable.Cell("12"), SourceTable.Cell("5")],
            [SourceTable.Cell("Chi bộ 2"), SourceTable.Cell("8"), SourceTable.Cell("3")],
        ])
        #expect(table.headerRows == 2)
        #expect(!table.isBorderless)
    }

    @Test func trackedDeletionsAndFieldInstructionsAreNotText() throws {
        let document = try Self.read(F(body: F.p(
            F.r("Chi bộ "),
            #"<w:del w:id="1" w:author="A"><w:r><w:delText>không </w:delText></w:r></w:del>"#,
            #"<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">luôn </w:t></w:r></w:ins>"#,
            #"<w:del w:id="3" w:author="A"><w:r><w:t>cũ</w:t></w:r></w:del>"#,
            F.r("họp "),
            #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"#,
            #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
            #"<w:fldSimple w:instr=" DATE "><w:r><w:t xml:space="preserve"> lần</w:t></w:r></w:fldSimple>"#,
            #"<w:hyperlink r:id="rId4"><w:r><w:t xml:space="preserve"> (xem)</w:t></w:r></w:hyperlink>"#,
            #"<w:r><w:tab/><w:t>Hết</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r>"#,
            #"<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>"#
        )))
        #expect(Self.lines(document).map(\.text) == ["Chi bộ luôn họp 3 lần (xem)\tHết-x"])
    }

    @Test func pageBreaksAreBlocksOfTheirOwn() throws {
        let pageBreak = #"<w:r><w:br w:type="page"/></w:r>"#
        let document = try Self.read(F(body: [
            F.p(F.r("Một")),
            F.p(pageBreak),
            F.p(F.r("Hai"), pageBreak),
            F.p(F.r("Ba"), properties: "<w:pageBreakBefore/>"),
            F.p(F.r("Bốn"), #"<w:r><w:br/></w:r>"#, F.r("năm")),
        ].joined()))
        let shape = document.blocks.map { block -> String in
            switch block {
            case .line(let line): line.text
            case .pageBreak: "—"
            case .table: "table"
            }
        }
        #expect(shape == ["Một", "—", "Hai", "—", "—", "Ba", "Bốn năm"])
        #expect(Self.lines(document).filter(\.gapBefore).isEmpty)
    }

    /// A text box is in a drawing twice (for new and old Word): read once.
    /// A drawing's own paragraphs (`a:p`) are not Word's and not counted.
    @Test func textBoxesAreReadOnceAndImagesAreNoted() throws {
        let textBox = """
            <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>\
            <wps:wsp><wps:txbx><w:txbxContent>\(F.p(F.r("ĐẢNG BỘ XÃ AN BÌNH")))</w:txbxContent></wps:txbx></wps:wsp>\
            </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>\
            <w:txbxContent>\(F.p(F.r("ĐẢNG BỘ XÃ AN BÌNH")))</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r>
            """
        let image = #"<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><a:blip r:embed="rId5"/><a:p><a:r><a:t>chữ của hình</a:t></a:r></a:p></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#
        let document = try Self.read(F(body: F.p(textBox) + F.p(F.r("Số 12")) + F.p(image)))
        #expect(Self.lines(document).map(\.text) == ["ĐẢNG BỘ XÃ AN BÌNH", "Số 12"])
        #expect(document.notes.map(\.message.description) == ["an image at paragraph 4 was left out"])
        #expect(document.notes.map(\.place) == [.paragraph(4)])
    }

    @Test func textIsMendedAndTheRepairsCounted() throws {
        let document = try Self.read(F(body: F.p(F.r("Chi\u{00A0}bộ ho\u{0323}p  \u{200B}"))))
        #expect(Self.lines(document).map(\.text) == ["Chi bộ họp"])
        #expect(document.repairs[.nfc] == 1)
        #expect(document.repairs[.noBreakSpaces] == 1)
    }

    static let badInputs: [(name: String, data: Data, says: String)] = {
        let cfb = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        let noDocument = try! DocxFixture.zip([("word/other.xml", "<x/>")])
        let malformed = try! DocxFixture.zip([("word/document.xml", "<w:document><w:body><w:p></w:body>")])
        let notXML = try! DocxFixture.zip([("word/document.xml", "\u{0}\u{1}binary")])
        let entities = try! DocxFixture.zip([("word/document.xml", #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">"#
            + #"<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#)])
        let cutOff = try! DocxFixture.zip([("word/document.xml", DocxFixture.part("document", "<w:body><w:p>").dropLast(20) + "")])
        return [
            ("text", Data("Chi bộ họp hằng tháng".utf8), "not a Word .docx document"),
            ("empty", Data(), "not a Word .docx document"),
            ("half a zip", (try! DocxFixture(body: F.p(F.r("x"))).data).prefix(40), "not a Word .docx document"),
            ("compound file", cfb, "old Word document (.doc)"),
            ("no document part", noDocument, "holds no word/document.xml"),
            ("malformed XML", malformed, "is damaged"),
            ("not XML", notXML, "is damaged"),
            ("cut off", cutOff, "is damaged"),
            ("entities", entities, "is damaged"),
        ]
    }()

    @Test(arguments: badInputs.indices)
    func aFileThatIsNotAWordDocumentIsRefusedInPlainWords(_ index: Int) {
        let (name, data, says) = Self.badInputs[index]
        #expect(throws: ImportProblem.self, "\(name)") { try WordReader.read(data) }
        do {
            _ = try WordReader.read(data)
        } catch {
            #expect(error.message.description.contains(says), "\(name): \(error.message)")
            #expect(!error.message.description.lowercased().contains("xml parse"), "\(name)")
            #expect(!error.isMissingTool)
        }
    }

    @Test func aPasswordProtectedDocxIsNamedAsAPossibility() {
        let cfb = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(throws: ImportProblem.self) { try WordReader.read(cfb) }
        do {
            _ = try WordReader.read(cfb)
        } catch {
            #expect(error.message.description.contains("password"))
            #expect(error.message.description.contains("Save As"))
        }
    }

    /// A part that unpacks to more than the limit (a zip bomb) is refused
    /// before it is unpacked: 65 MiB of zeros compress to about 65 KB.
    @Test func aPartTooLargeIsRefusedUnread() throws {
        let large = String(repeating: "0", count: (64 << 20) + 1)
        let bomb = try DocxFixture.zip([("word/document.xml", large)])
        #expect(bomb.count < 1 << 20)
        do {
            _ = try WordReader.read(bomb)
            Issue.record("a part over the limit was read")
        } catch {
            #expect(error.message.description.contains("more than 64 MB"))
        }
    }

    @Test func aFileTooLargeIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/lon.docx"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        do {
            _ = try WordReader.read(fileAt: URL(fileURLWithPath: path))
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.message.description.contains("up to 64 MB"))
        }
    }

    /// LibreOffice saves TCVN3's `ư` (byte 0xAD, a soft hyphen in Latin-1)
    /// as `<w:softHyphen/>`: in a TCVN3 run it is `ư`, elsewhere nothing.
    @Test func aSoftHyphenElementInATCVN3RunIsTheLetterItsByteIs() throws {
        let (before, after) = (LegacyEncoder.tcvn3.encode("bí th"), LegacyEncoder.tcvn3.encode(" chi bộ"))
        let tcvn3 = #"<w:r><w:rPr>\#(F.font(".VnTime"))</w:rPr><w:t>\#(before)</w:t><w:softHyphen/><w:t xml:space="preserve">\#(after)</w:t></w:r>"#
        let unicode = #"<w:r><w:rPr>\#(F.font("Times New Roman"))</w:rPr><w:t>sinh ho</w:t><w:softHyphen/><w:t>ạt</w:t></w:r>"#
        let document = try Self.read(F(body: F.p(tcvn3) + F.p(unicode)))
        #expect(Self.lines(document).map(\.text) == ["bí thư chi bộ", "sinh hoạt"])
    }

    /// The subject under the kind is centred; the body's first paragraph,
    /// right after it, is not, and is no part of the title.
    @Test func theSubjectEndsWhereTheCentringEnds() throws {
        let centred = #"<w:jc w:val="center"/>"#
        let document = try Self.read(F(body: [
            F.p(F.r("Số 07-HD/ĐU")),
            F.p(F.r("HƯỚNG DẪN"), properties: centred),
            F.p(F.r("về sinh hoạt chi bộ thôn năm 2026"), properties: centred),
            F.p(F.r("Các chi bộ thôn sinh hoạt định kỳ mỗi tháng một lần, do bí thư chủ trì.")),
        ].joined()))
        let page = PageStructure.page(from: document, fileName: "hd.docx")
        #expect(page.facts.title?.value == "Hướng dẫn về sinh hoạt chi bộ thôn năm 2026")
        #expect(page.blocks == [.paragraph("Các chi bộ thôn sinh hoạt định kỳ mỗi tháng một lần, do bí thư chủ trì.")])
    }

    /// Nothing centred: the body's first paragraph, a sentence, still ends the subject.
    @Test func aSentenceAfterTheSubjectIsTheBody() throws {
        let document = try Self.read(F(body: [
            F.p(F.r("HƯỚNG DẪN")),
            F.p(F.r("về sinh hoạt chi bộ thôn")),
            F.p(F.r("Chi bộ sinh hoạt định kỳ mỗi tháng một lần, do bí thư chủ trì.")),
        ].joined()))
        let page = PageStructure.page(from: document, fileName: "hd.docx")
        #expect(page.facts.title?.value == "Hướng dẫn về sinh hoạt chi bộ thôn")
    }

    static let hasLibreOffice = ToolProcess.find(["soffice", "libreoffice"],
                                                 in: (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)) != nil

    /// An office's old file: Word 97, typed in the TCVN3 fonts (`ư` is the
    /// byte LibreOffice writes as a soft hyphen), its subject centred above
    /// a body that is not (`Fixtures/import-word/doc-tcvn3/make.py`).
    @Test(.enabled(if: hasLibreOffice, "LibreOffice is not installed (sudo apt install libreoffice-writer)"))
    func anOldDocInTCVN3IsConvertedAndDecoded() throws {
        let result = try Importer.run(file: Fixtures.path("import-word/doc-tcvn3/document.doc"), folder: "guidance")
        #expect(result.markdown == """
            ---
            title: "Hướng dẫn về sinh hoạt chi bộ thôn năm 2026"
            kind: "Hướng dẫn"
            symbol: "07-HD/ĐU"
            date: 2026-03-05
            issuer: "Đảng bộ xã Hưng Đạo"
            ---

            Các chi bộ thôn sinh hoạt định kỳ mỗi tháng một lần, do đồng chí bí thư chủ trì; \
            nội dung bám sát nghị quyết của Đảng ủy xã và tình hình của thôn.

            """)
        #expect(result.report.contains("read as Word (.doc, converted by LibreOffice)"))
    }

    @Test func anOldDocWithoutLibreOfficeSaysWhatToInstall() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("cu.doc", "not read")
        do {
            _ = try WordReader.convertingDoc(at: URL(fileURLWithPath: folder.path + "/cu.doc"), searchPath: folder.path)
            Issue.record("converted without LibreOffice")
        } catch {
            #expect(error.isMissingTool)
            #expect(error.message.description.contains("sudo apt install libreoffice-writer"))
            #expect(error.message.description.contains("save it as .docx"))
        }
    }
}
