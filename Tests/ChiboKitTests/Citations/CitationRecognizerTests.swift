import Testing
@testable import ChiboKit

/// Recognises citations in one line of text; each is `symbol@date` (or
/// `symbol` undated) at its 1-based column.
private func cited(_ text: String, aliases: [(name: String, symbol: String)] = []) -> [String] {
    var run = TextRun()
    run.append(text.unicodeScalars, at: SourceLocation(line: 1, column: 1))
    return CitationRecognizer(aliases: aliases).citations(in: run).map { citation in
        let name = citation.symbol ?? [citation.kindCode, citation.number].compactMap { $0 }.joined(separator: " ")
        return "\(citation.start.column):" + name + (citation.date.map { "@\($0)" } ?? "")
    }
}

struct CitationRecognizerTests {
    /// Every written form of citations.md, with what must be read from it.
    @Test(arguments: [
        ("Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư", ["1:50-CT/TW@2025-07-23"]),
        ("theo Hướng dẫn số 10- HD/BTCTW, ngày 10 tháng 10 năm 2007", ["6:10-HD/BTCTW@2007-10-10"]),
        ("Hướng dẫn số 31 - HD/BTCTW", ["1:31-HD/BTCTW"]),
        ("Quyết định số 84 QĐ/TWĐTN", ["1:84-QĐ/TWĐTN"]),
        ("Quy định 213-QĐ/TW và QĐ 213-QĐ/TW", ["1:213-QĐ/TW", "23:213-QĐ/TW"]),
        ("Đề án số 03-ĐA/TU, Nghị quyết số 10-NQ/ĐUK", ["1:03-ĐA/TU", "20:10-NQ/ĐUK"]),
        ("Quy định số 08-QĐi/TW", ["1:08-QĐi/TW"]),
        ("Nghị định số 114/2003/NĐ-CP, Luật số 22/2019/QH14", ["1:114/2003/NĐ-CP", "30:22/2019/QH14"]),
        ("Quy định số 293-QĐ/TW, 294-QĐ/TW, ngày 23/3/2010", ["1:293-QĐ/TW@2010-03-23", "24:294-QĐ/TW@2010-03-23"]),
        ("Kế hoạch số 525-KH/TU, ngày 05/9/2025 và Hướng dẫn số 01-HD/TU, ngày 13/11/2025",
         ["1:525-KH/TU@2025-09-05", "42:01-HD/TU@2025-11-13"]),
        ("Kết luận số 64-KL/TW, ngày 28-5-2013", ["1:64-KL/TW@2013-05-28"]),
        ("Quyết định số 02/02/2008", []),
        ("Chỉ thị số 05-CT/TW ngày 02/02/2008", ["1:05-CT/TW@2008-02-02"]),
        ("Quy định số 76-QĐ/TW của Bộ Chính trị ngày 15/6/2000", ["1:76-QĐ/TW@2000-06-15"]),
        ("Quyết định số 1234/QĐ-UBND và Chỉ thị số 15/CT-TTg", ["1:1234/QĐ-UBND", "31:15/CT-TTg"]),
        ("văn bản “50-CT/TW” và «42-HD/BTCTW»", ["10:50-CT/TW", "24:42-HD/BTCTW"]),
        ("Chỉ thị số 50-CT/TW (ngày 23/7/2025)", ["1:50-CT/TW@2025-07-23"]),
        ("Chỉ thị số 50-CT/TW ban hành ngày 23/7/2025", ["1:50-CT/TW@2025-07-23"]),
        ("Chỉ thị số 50-CT/TW, ngày 23 / 7 / 2025", ["1:50-CT/TW@2025-07-23"]),
        ("Chỉ thị số 50-CT/TW, 23/7/2025", ["1:50-CT/TW@2025-07-23"]),
        ("Chỉ thị số 50-CT/TW năm 2025", ["1:50-CT/TW"]),
        ("Chỉ thị số50-CT/TW, ngày 23/7/2025", ["1:50-CT/TW@2025-07-23"]),
        ("Kế hoạch số 156/KH-UBND của Ủy ban nhân dân tỉnh ngày 12/12/2023", ["1:156/KH-UBND@2023-12-12"]),
        ("Luật số 22/2008/\u{00A0}QH12", ["1:22/2008/QH12"]),
        ("Số: 12-KH/ĐU\tTân Hội, ngày 05 tháng 01 năm 2024", ["5:12-KH/ĐU@2024-01-05"]),
    ])
    func writtenForms(text: String, expected: [String]) {
        #expect(cited(text) == expected)
    }

    /// Look-alikes from PDF and Word are read through: Latin Eth, a Cyrillic
    /// letter, `QD` for `QĐ`, no-break and stray spaces, soft hyphens.
    @Test(arguments: [
        ("Nghị định số 114/2003/N\u{00D0}-CP", "1:114/2003/NĐ-CP"),
        ("Quy định số 213-Q\u{0110}/T\u{0412}", "1:213-QĐ/TB"),
        ("Quy định số 213-QD/TW", "1:213-QĐ/TW"),
        ("Thông tư số 12/2020/TT- BGTVT", "1:12/2020/TT-BGTVT"),
        ("Chỉ thị số\u{00A0}50\u{00A0}-\u{00A0}CT/TW", "1:50-CT/TW"),
        ("Chỉ thị số 50-C\u{00AD}T/TW", "1:50-CT/TW"),
        ("Nghị quyết số 10-NQ/đUK", "1:10-NQ/ĐUK"),
        ("Chỉ thị số 50–CT/TW", "1:50-CT/TW"),
        ("H\u{01A3}ớng dẫn số 12-HD/BTCTW, ngày 06/7/2018", "1:12-HD/BTCTW@2018-07-06"),
    ])
    func damagedText(text: String, expected: String) {
        #expect(cited(text) == [expected])
    }

    @Test func lookAlikesAreReportedAsDamage() {
        var run = TextRun()
        run.append("Nghị định số 114/2003/N\u{00D0}-CP".unicodeScalars, at: SourceLocation(line: 3, column: 5))
        let citation = CitationRecognizer().citations(in: run)[0]
        #expect(citation.damage == ["U+00D0 LATIN CAPITAL LETTER ETH"])
        let problems = CitationDiagnostics.textProblems(of: citation, file: "x.txt")
        #expect(problems.map(\.code) == [.textEncoding])
        #expect(problems.first?.range.start == SourceLocation(line: 3, column: 5))
    }

    /// citations.md's "Not citations", and traps from the seeds.
    @Test(arguments: [
        "Hướng dẫn của Ban Tổ chức Trung ương",
        "Hướng dẫn này có hiệu lực từ ngày 10 tháng 10 năm 2014",
        "Đề án được áp dụng trong toàn tỉnh",
        "Thông báo nội bộ",
        "2.590 chi bộ, đạt 18,96%, tổng số 11.144 xã",
        "ngày 23/7/2025",
        "trang 12, chú thích 3",
        "Biểu số 01: tỷ lệ 03/1.462 chi bộ",
        "Kế hoạch 5 năm 2021-2025",
        "Chương trình 2025",
        "Chương trình 135 của Chính phủ",
        "tháng 12-2009",
        "mỗi lớp 12 HS/GV, 15 CB/CC",
        "Điều 5, khoản 2; phụ lục 3",
    ])
    func notCitations(text: String) {
        #expect(cited(text) == [])
    }

    @Test func shortFormsCarryKindAndNumber() {
        #expect(cited("Quy định số 76 của Bộ Chính trị") == ["1:QĐ 76"])
        #expect(cited("theo Chỉ thị 05, các chi bộ") == ["6:CT 05"])
    }

    @Test func issuingBodyAndTermAreRead() {
        var run = TextRun()
        run.append("Quy định số 76-QĐ/TW, ngày 15 tháng 6 năm 2000 của Bộ Chính trị (khóa VIII) về đảng viên".unicodeScalars,
                   at: SourceLocation(line: 1, column: 1))
        let citation = CitationRecognizer().citations(in: run)[0]
        #expect(citation.issuingBody == "Bộ Chính trị")
        #expect(citation.term == "VIII")
        #expect(citation.text == "Quy định số 76-QĐ/TW, ngày 15 tháng 6 năm 2000 của Bộ Chính trị (khóa VIII)")
        #expect(citation.kindWord == "Quy định")
        #expect(citation.issuerCode == "TW")
    }

    @Test func bodyStopsAtTheSubject() {
        var run = TextRun()
        run.append("Hướng dẫn số 01-HD/TU, ngày 13/11/2025 của Ban Thường vụ Tỉnh uỷ về thực hiện".unicodeScalars,
                   at: SourceLocation(line: 1, column: 1))
        #expect(CitationRecognizer().citations(in: run).first?.issuingBody == "Ban Thường vụ Tỉnh uỷ")
    }

    @Test func impossibleDateIsKeptAsInvalid() {
        var run = TextRun()
        run.append("Chỉ thị số 50-CT/TW, ngày 31/2/2020".unicodeScalars, at: SourceLocation(line: 1, column: 1))
        let citation = CitationRecognizer().citations(in: run)[0]
        #expect(citation.date == nil)
        #expect(citation.invalidDate == "ngày 31/2/2020")
        #expect(CitationDiagnostics.textProblems(of: citation, file: "x").map(\.code) == [.citationInvalidDate])
    }

    @Test func replacementStatedInTheTextIsNoticed() {
        var run = TextRun()
        run.append("Hướng dẫn này thay thế Hướng dẫn số 10-HD/BTCTW. Quy định 76-QĐ/TW (nay là Quy định 213-QĐ/TW); Chỉ thị số 50-CT/TW"
            .unicodeScalars, at: SourceLocation(line: 1, column: 1))
        let found = CitationRecognizer().citations(in: run)
        #expect(found.map(\.acknowledgesReplacement) == [true, true, true, false])
    }

    /// Reads `lines` as one paragraph broken over lines (soft breaks read
    /// as spaces) and says, for each citation, whether the text says it was replaced.
    private func acknowledged(_ lines: [String]) -> [String] {
        var run = TextRun()
        for (index, line) in lines.enumerated() {
            if index > 0 { run.appendSeparator(" ") }
            run.append(line.unicodeScalars, at: SourceLocation(line: index + 1, column: 1))
        }
        return CitationRecognizer().citations(in: run).map { "\($0.symbol ?? "?"):\($0.acknowledgesReplacement)" }
    }

    @Test func aReplacementCoversEveryDirectiveOfItsList() {
        #expect(acknowledged([
            "Hướng dẫn này thay thế Hướng dẫn số 10-HD/BTCTW, ngày 10/10/2007 của Ban Tổ chức",
            "Trung ương và Hướng dẫn số 12-HD/BTCTW, ngày",
            "01/02/2008 của Ban Tổ chức Trung ương.",
        ]) == ["10-HD/BTCTW:true", "12-HD/BTCTW:true"])
        #expect(acknowledged([
            "Quy định này thay thế Quy định số 29-QĐ/TW, ngày 25/7/2016; Quy định số 30-QĐ/TW, ngày 26/7/2016",
            "cùng Hướng dẫn số 01-HD/TW, ngày 20/9/2016 của Ban Bí thư, và Kết luận số 02-KL/TW. Thực hiện Chỉ thị số 05-CT/TW.",
        ]) == ["29-QĐ/TW:true", "30-QĐ/TW:true", "01-HD/TW:true", "02-KL/TW:true", "05-CT/TW:false"])
        // The list may follow `nay là` too.
        #expect(acknowledged(["Quy định 76-QĐ/TW nay là Quy định 213-QĐ/TW và Quy định 214-QĐ/TW."])
            == ["76-QĐ/TW:true", "213-QĐ/TW:true", "214-QĐ/TW:true"])
    }

    @Test func aPassiveReplacementCoversTheListBeforeIt() {
        #expect(acknowledged([
            "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và Kết luận số 01-KL/TW,",
            "ngày 18/5/2021 của Bộ Chính trị đã được thay thế bởi Quy định số 100-QĐ/TW.",
        ]) == ["05-CT/TW:true", "01-KL/TW:true", "100-QĐ/TW:true"])
    }

    @Test func nothingOutsideTheListIsExempt() {
        #expect(acknowledged([
            "Kế hoạch này thay thế Kế hoạch số 12-KH/TU, ngày 01/02/2020 của Tỉnh ủy, đồng thời thực hiện",
            "Chỉ thị số 05-CT/TW, ngày 15/5/2016 và Kết luận số 01-KL/TW.",
        ]) == ["12-KH/TU:true", "05-CT/TW:false", "01-KL/TW:false"])
        #expect(acknowledged(["Kế hoạch số 20-KH/TU và Kế hoạch số 21-KH/TU thay thế Kế hoạch số 12-KH/TU."])
            == ["20-KH/TU:false", "21-KH/TU:false", "12-KH/TU:true"])
        #expect(acknowledged(["Quy định 76-QĐ/TW (nay là Quy định 213-QĐ/TW), Chỉ thị số 05-CT/TW."])
            == ["76-QĐ/TW:true", "213-QĐ/TW:true", "05-CT/TW:false"])
    }

    @Test func aliasesAreFoundWithSpellingVariantsFolded() {
        let aliases = [(name: "Nghị quyết Trung ương 4 khóa XII", symbol: "04-NQ/TW")]
        #expect(cited("thực hiện Nghị quyết Trung ương 4 khoá XII về", aliases: aliases) == ["11:04-NQ/TW"])
        #expect(cited("NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII", aliases: aliases) == ["1:04-NQ/TW"])
        #expect(cited("Nghị quyết Trung ương 4 khóa XI", aliases: aliases) == [])
    }

    /// `Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư` typed in
    /// the TCVN3 (ABC) encoding and pasted into a Unicode file.
    @Test func textInTheOldTCVN3EncodingIsReadThrough() {
        let tcvn3 = "Th\u{F9}c hi\u{D6}n Ch\u{D8} th\u{DE} s\u{E8} 50-CT/TW, ng\u{B5}y 23/7/2025 c\u{F1}a Ban B\u{DD} th\u{AD}"
        var run = TextRun()
        run.append(tcvn3.unicodeScalars, at: SourceLocation(line: 2, column: 1))
        let found = CitationRecognizer().citations(in: run)
        #expect(found.count == 1)
        #expect(found.first?.symbol == "50-CT/TW")
        #expect(found.first?.start == SourceLocation(line: 2, column: 11))
        #expect(found.first?.date?.description == "2025-07-23")
        #expect(found.first?.issuingBody == "Ban Bí thư")
        #expect(found.first?.kindWord == "Chỉ thị")
        #expect(found.first.map { CitationDiagnostics.textProblems(of: $0, file: "x").map(\.code) } == [.textEncoding])
        // Unicode Vietnamese that shares letters with TCVN3 is left alone.
        #expect(LegacyEncoding.decoded(Array("Đề án số 03-ĐA/TU của Tỉnh ủy, ngày 28/5/2026 ở Hà Nội".unicodeScalars)) == nil)
        #expect(LegacyEncoding.decoded(Array("hoá, khoá, toàn, thoả, Hà Nội, Tây Ninh, Quý".unicodeScalars)) == nil)
    }

    /// The same sentence typed in the VNI encoding: `Thöïc hieän Chæ thò soá …`.
    @Test func textInTheOldVNIEncodingIsReadThrough() {
        let vni = "Th\u{F6}\u{EF}c hie\u{E4}n Ch\u{E6} th\u{F2} so\u{E1} 50-CT/TW, nga\u{F8}y 23/7/2025 cu\u{FB}a Ban B\u{ED} th\u{F6}"
        var run = TextRun()
        run.append(vni.unicodeScalars, at: SourceLocation(line: 1, column: 1))
        let found = CitationRecognizer().citations(in: run)
        #expect(found.count == 1)
        #expect(found.first?.symbol == "50-CT/TW")
        #expect(found.first?.start == SourceLocation(line: 1, column: 13))
        #expect(found.first?.date?.description == "2025-07-23")
        #expect(found.first?.issuingBody == "Ban Bí thư")
        #expect(found.first?.kindWord == "Chỉ thị")
        #expect(found.first?.damage == ["VNI"])
    }

    @Test func decomposedTextIsReadLikeComposed() {
        let nfd = "Chỉ thị số 50-CT/TW, ngày 23/7/2025".decomposedStringWithCanonicalMapping
        #expect(cited(nfd) == ["1:50-CT/TW@2025-07-23"])
    }

    /// The sentence goes on after the issuing body; its words are not part of the name.
    @Test(arguments: [
        ("Đề án số 03-ĐA/TU, ngày 28/5/2026 của Ban Thường vụ Tỉnh ủy nhận xét rằng chi bộ còn hạn chế.", "Ban Thường vụ Tỉnh ủy"),
        ("Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư nhấn mạnh việc đổi mới.", "Ban Bí thư"),
        ("Kế hoạch số 9001-KH/UBND, ngày 02/3/2020 của Ủy ban nhân dân tỉnh Cao Bằng.", "Ủy ban nhân dân tỉnh Cao Bằng"),
        ("Nghị quyết số 9002-NQ/HĐND, ngày 02/3/2020 của Hội đồng nhân dân thành phố đã nêu.", "Hội đồng nhân dân thành phố"),
        ("Hướng dẫn số 9003-HD/ĐU, ngày 02/3/2020 của Đảng ủy xã yêu cầu chi bộ.", "Đảng ủy xã"),
    ])
    func issuingBodyEndsWhereTheSentenceGoesOn(_ text: String, _ body: String) {
        var run = TextRun()
        run.append(text.unicodeScalars, at: SourceLocation(line: 1, column: 1))
        #expect(CitationRecognizer().citations(in: run).first?.issuingBody == body)
    }
}
