import Testing
@testable import ChiboKit

/// Citations are read from what cmark-gfm parsed, yet reported where they
/// are written in the file: across soft line breaks and emphasis, past
/// escapes and entities, in tables, headings, footnotes and front matter.
struct MarkdownCitationTests {
    private func citations(_ markdown: String) -> [Citation] {
        let (page, _) = page(markdown)
        return TextRunExtractor.runs(of: page).flatMap { CitationRecognizer().citations(in: $0) }
    }

    private func places(_ markdown: String) -> [String] {
        citations(markdown).map { "\($0.start.line):\($0.start.column) \($0.symbol ?? "?")\($0.date.map { "@\($0)" } ?? "")" }
    }

    @Test func citationBrokenOverTwoLinesIsOneCitation() {
        let markdown = """
            ---
            title: "Trang"
            ---
            Thực hiện Kết luận số 38-KL/TW,
            ngày 13/11/2018 *của* Ban Bí thư.
            """
        let found = citations(markdown)
        #expect(found.count == 1)
        #expect(found.first?.start == SourceLocation(line: 4, column: 11))
        #expect(found.first?.date?.description == "2018-11-13")
        #expect(found.first?.issuingBody == "Ban Bí thư")
        #expect(found.first?.text == "Kết luận số 38-KL/TW, ngày 13/11/2018 của Ban Bí thư")
    }

    @Test func symbolBrokenAtItsHyphen() {
        #expect(places("---\ntitle: \"T\"\n---\nNghị định số 114/2003/NĐ-\nCP ngày 10/10/2003.") == ["4:1 114/2003/NĐ-CP@2003-10-10"])
    }

    @Test func escapesAndEntitiesDoNotShiftColumns() {
        #expect(places("---\ntitle: \"T\"\n---\n\\*a\\* &amp; b Chỉ thị số 50-CT/TW") == ["4:15 50-CT/TW"])
    }

    @Test func everyKindOfText() {
        let markdown = """
            ---
            title: "Thực hiện Chỉ thị số 50-CT/TW"
            summary: "Theo Hướng dẫn số 42-HD/BTCTW"
            ---
            ## Về Quy định số 76-QĐ/TW

            - mục một: Kết luận số 18-KL/TW

            | a | b |
            |---|---|
            | x | Hướng dẫn số 12-HD/BTCTW, ngày 06/7/2018 |

            Xem chú thích.[^1]

            [^1]: Nghị quyết số 21-NQ/TW, ngày 16/6/2022.

            ```
            Chỉ thị số 99-CT/TW trong khối mã không phải trích dẫn
            ```
            """
        #expect(places(markdown) == [
            "2:19 50-CT/TW", "3:16 42-HD/BTCTW", "5:7 76-QĐ/TW", "7:12 18-KL/TW",
            "11:7 12-HD/BTCTW@2018-07-06", "15:7 21-NQ/TW@2022-06-16",
        ])
    }

    @Test func sectionIsTheNearestHeadingAbove() {
        let (page, _) = page("---\ntitle: \"T\"\n---\n## Cơ sở\n\nChỉ thị số 50-CT/TW\n")
        let runs = TextRunExtractor.runs(of: page)
        #expect(runs.last?.section == "Cơ sở")
    }

    @Test func plainTextParagraphsJoinTheirLines() throws {
        let source = SourceFile(relativePath: "a.txt", displayPath: "a.txt",
                                text: "Đoạn một theo Chỉ thị số 50-CT/TW,\nngày 23/7/2025.\n\nĐoạn hai: 23/7/2025")
        let runs = TextRunExtractor.plainTextRuns(of: source)
        #expect(runs.count == 2)
        let found = runs.flatMap { CitationRecognizer().citations(in: $0) }
        #expect(found.map(\.start) == [SourceLocation(line: 1, column: 15)])
        #expect(found.first?.date?.description == "2025-07-23")
    }

    /// The alias screen never turns down text that names an alias (in any
    /// spelling, or pasted from a TCVN3 document), and turns down text
    /// whose words start no alias.
    @Test func aliasScreenKeepsEveryAlias() {
        let recognizer = CitationRecognizer(aliases: [("Hướng dẫn công khai của tỉnh", "01-HD/TU"),
                                                      ("Điều lệ Đảng", "DL/TW"), ("Chỉ thị chung của tỉnh", "02-CT/TU")])
        let tcvn3 = "Th\u{F9}c hi\u{D6}n Ch\u{D8} th\u{DE} chung c\u{F1}a t\u{D8}nh v\u{B5} \u{FD} ki\u{D5}n c\u{F1}a Ban B\u{DD} th\u{AD}"
        #expect(recognizer.mayCiteByAlias(Array(tcvn3.unicodeScalars)))
        let naming = ["Theo Hướng dẫn công khai của tỉnh.", "theo HUONG DAN cong khai cua tinh", "Điều lệ Đảng",
                      "Theo Đie\u{300}u lê\u{323} Đảng", "Điều\u{00AD}lệ Đảng", tcvn3,
                      "Chi bộ học tập Điều lệ, Đảng viên"]
        let plain = ["Chi bộ họp thường kỳ, đủ thành phần", "Đảng viên dự họp", ""]
        func screened(_ text: String) -> Bool {
            var screen = AliasScreen(recognizer.aliases)
            for scalar in text.unicodeScalars { screen.read(scalar) }
            return screen.mayNameAlias()
        }
        for text in naming + plain where recognizer.mayCiteByAlias(Array(text.unicodeScalars)) {
            #expect(screened(text), "\(text)")
        }
        // Read as a whole text (its ASCII from its UTF-8), the screen says the same.
        for text in naming + plain + ["Chi bộ họp\u{0}Điều lệ Đảng", "Điều\u{0}lệ Đảng 😀", "ĐIỀU LỆ\tĐẢNG"] {
            var screen = AliasScreen(recognizer.aliases)
            screen.read(text)
            #expect(screen.mayNameAlias() == screened(text), "\(text)")
        }
        #expect(naming.filter { recognizer.mayCiteByAlias(Array($0.unicodeScalars)) }.count >= 5)
        #expect(!screened("Tổ đảng họp thường kỳ, đủ thành phần"))
        #expect(!screened("Đảng viên dự họp"))
    }

    /// A run that can hold no citation (no digit, no alias) is passed over
    /// without being read; the citations found are those of every run read.
    @Test func screenedRunsFindWhatEveryRunFinds() throws {
        let recognizer = CitationRecognizer(aliases: [("Hướng dẫn công khai của tỉnh", "01-HD/TU"),
                                                      ("Chỉ thị chung của tỉnh", "02-CT/TU")])
        #expect(recognizer.mayCite("Theo Hướng dẫn công khai của tỉnh."))
        #expect(recognizer.mayCite("Quyết định 12"))
        #expect(!recognizer.mayCite("Chi bộ họp thường kỳ, đủ thành phần"))
        #expect(!CitationRecognizer().mayCite("Hướng dẫn công khai của tỉnh"))
        // An alias as a TCVN3 document pasted it is still seen.
        let tcvn3 = "Th\u{F9}c hi\u{D6}n Ch\u{D8} th\u{DE} chung c\u{F1}a t\u{D8}nh v\u{B5} \u{FD} ki\u{D5}n c\u{F1}a Ban B\u{DD} th\u{AD}"
        var legacyRun = TextRun()
        legacyRun.append(tcvn3, at: SourceLocation(line: 1, column: 1))
        #expect(recognizer.citations(in: legacyRun).map(\.symbol) == ["02-CT/TU"])
        #expect(recognizer.mayCite(tcvn3))
        let markdown = """
            ---
            title: "Thực hiện Chỉ thị số 05-CT/TW"
            summary: "Theo Hướng dẫn công khai của tỉnh"
            ---
            # Theo Hướng dẫn công khai của tỉnh

            | Văn bản | Ghi chú |
            |---|---|
            | Chỉ thị số 50-CT/TW | Hướng dẫn công khai của tỉnh |
            | Không có | Không có gì |

            - Một mục không trích dẫn.
            - Kết luận số 38-KL/TW,
              ngày 13/11/2018 *của* Ban Bí thư.

            Đoạn văn không có số, có chú thích.[^1]

            [^1]: Theo Hướng dẫn công khai của tỉnh, ngày 1/2/2020.
            """
        let (page, _) = page(markdown)
        let everyRun = TextRunExtractor.runs(of: page).flatMap { recognizer.citations(in: $0) }
        let screened = SiteCitations.found(in: page, document: page.document, recognizer: recognizer).map(\.citation)
        #expect(everyRun.count == 7)
        #expect(screened.map(\.start) == everyRun.map(\.start))
        #expect(screened.map(\.text) == everyRun.map(\.text))
        #expect(screened.map(\.symbol) == everyRun.map(\.symbol))
    }
}
