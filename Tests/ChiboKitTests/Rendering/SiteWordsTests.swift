import Foundation
import Testing
@testable import ChiboKit

/// Every page chibo writes speaks the site's `language` (`site.yml`): the
/// theme's labels, the generated pages' headings and facts, the search
/// page and search.js's words all come from `SiteWords`. A Vietnamese site
/// keeps the bytes it always had (the golden site, SiteBuildTests, shows
/// that); here a small site written in English is built in both languages.
struct SiteWordsTests {
    /// A small site whose own text is English, so that any Vietnamese in
    /// its pages is chibo's.
    private static let content: [String: String] = [
        "index.md": "---\ntitle: \"Welcome\"\n---\nSee [the guidance](guidance/index.md).\n",
        "directives/10-hd-btctw.md": """
            ---
            symbol: "10-HD/BTCTW"
            date: 2007-10-10
            kind: "Guideline"
            issuer: "Central Organisation Commission"
            title: "on setting up office cells"
            ---
            Replaced by [the 2014 guideline](../guidance/office-cells.md).

            """,
        "guidance/office-cells.md": """
            ---
            title: "Setting up office cells"
            date: 2014-10-10
            issuer: "Central Organisation Commission"
            kind: "Guideline"
            replaces: ["10-HD/BTCTW@2007-10-10"]
            summary: "How a commune sets up its office cell."
            ---
            This guideline replaces [Guideline 10-HD/BTCTW](../directives/10-hd-btctw.md).

            ## Purpose

            One office cell in each commune.

            ## Content

            The cell meets every month.

            ## Reporting

            Communes report every year.

            """,
        "guidance/notes.md": "---\ntitle: \"Internal notes\"\nvisibility: internal\n---\nFor the office only.\n",
        "guidance/local/index.md": "---\ntitle: \"Local reports\"\n---\nReports of the communes.\n",
        "guidance/local/report.md": "---\ntitle: \"Commune report\"\ndate: 2024-05-01\n---\nThe report.\n",
        "packs/2026-06/chung.md": "---\ntitle: \"Common content\"\nmonth: 2026-06\nkind: dinh-ky\n---\nFor every cell.\n",
        "packs/2026-06/village.md": """
            ---
            title: "Village cells"
            month: 2026-06
            type: village
            kind: chuyen-de
            ---
            The village cells' topic. See [the common part](chung.md).

            """,
        "types.yml": "- id: village\n  name: \"Village cell\"\n  description: \"Cells of the villages.\"\n",
        "orgs/tree.yml": """
            - id: commune
              name: "Commune Committee"
              level: cap-tren-co-so
            - id: cell-a
              name: "Cell A"
              level: chi-bo
              type: village
              parent: commune
              members: 12
              members_on_site: 2
              internet: unstable
              computer: false
              ratings:
                2025: HTTNV
              accept:
                - code: org.rule
                  reason: "Being reorganised."

            """,
        "rules.yml": """
            - id: three-on-site
              message: "A village cell needs three members on site"
              basis: "guidance/office-cells.md"
              where: {level: chi-bo, type: village}
              field: members_on_site
              min: 3
            - id: twenty-members
              message: "A village cell needs twenty members"
              basis: "10-HD/BTCTW@2007-10-10"
              where: {level: chi-bo, type: village}
              field: members
              min: 20

            """,
    ]

    /// The site built in `language`: every HTML page by its path.
    private static func pages(language: String) throws -> [String: String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/site.yml", "title: \"Test Site\"\nlanguage: \(language)\n")
        for (path, text) in content { try folder.write("content/" + path, text) }
        let report = try SitePipeline.build(BuildOptions(contentDirectory: folder.path + "/content", themeDirectory: Fixtures.theme,
                                                         outputDirectory: folder.path + "/_site", jobs: 2))
        #expect(report.errorCount == 0, "\(report.diagnostics)")
        var pages: [String: String] = [:]
        let site = folder.path + "/_site"
        let paths = FileManager.default.enumerator(atPath: site)?.compactMap { $0 as? String } ?? []
        for path in paths where path.hasSuffix(".html") {
            pages[path] = try String(contentsOfFile: site + "/" + path, encoding: .utf8)
        }
        return pages
    }

    /// A page's text, or a failed expectation naming the missing page.
    private static func page(_ path: String, of pages: [String: String]) -> String {
        guard let text = pages[path] else {
            Issue.record("no \(path) among \(pages.keys.sorted())")
            return ""
        }
        return text
    }

    /// What shows that each kind of page follows the language: the home
    /// page, a folder's index, the packs' index, the registry, an entry,
    /// an organisation, the statistics and the search page.
    private static let expected: [(path: String, english: [String], vietnamese: [String])] = [
        ("index.html",
         ["<h2>Party cell meeting materials for 06/2026</h2>", "<h2>Latest guidance</h2>", ">All months<", "<h2>Sections</h2>",
          ">Skip to the main content<", "placeholder=\"Search…\"", "aria-label=\"Main navigation\"", ">Meeting materials</a>"],
         ["<h2>Tài liệu sinh hoạt chi bộ tháng 06/2026</h2>", "<h2>Văn bản hướng dẫn mới</h2>", ">Tất cả các tháng<",
          "<h2>Các mục</h2>", ">Bỏ qua, đến nội dung chính<", "placeholder=\"Tìm…\"", ">Tài liệu sinh hoạt</a>"]),
        ("guidance/index.html",
         ["<h2>Local reports</h2>", "For internal circulation", "aria-label=\"Breadcrumb\"", ">Home</a>"],
         ["<h2>Local reports</h2>", "Lưu hành nội bộ", "aria-label=\"Vị trí trang\"", ">Trang chủ</a>"]),
        ("packs/index.html",
         ["<h1>Party cell meeting materials</h1>", "<h2>Month 06/2026</h2>", "<h2>By cell type</h2>",
          "Common part for every cell type", "Regular meeting"],
         ["<h1>Tài liệu sinh hoạt chi bộ</h1>", "<h2>Tháng 06/2026</h2>", "<h2>Theo loại hình chi bộ</h2>",
          "Phần chung cho mọi loại hình", "Sinh hoạt định kỳ"]),
        ("directives/index.html",
         ["<p class=\"count\">1 document, newest first.</p>", "<th scope=\"col\">Symbol</th>", "<th scope=\"col\">Issuer</th>",
          ">By kind of document</a>", "<td>Superseded</td>", "dated 10/10/2007, issued by Central Organisation Commission"],
         ["<p class=\"count\">1 văn bản, mới nhất trước.</p>", "<th scope=\"col\">Số, ký hiệu</th>",
          "<th scope=\"col\">Cơ quan ban hành</th>", ">Theo loại văn bản</a>", "<td>Đã được thay thế</td>",
          "ngày 10/10/2007 của Central Organisation Commission"]),
        ("directives/theo-co-quan.html", ["<h2 id=\"_central-organisation-commission\">"], ["<h2 id=\"_central-organisation-commission\">"]),
        ("directives/10-hd-btctw.html",
         ["<dt>Status</dt><dd>Superseded by Setting up office cells</dd>", "<dt>Date of issue</dt>", "<h2 id=\"_quan-he\">Relations with other documents</h2>",
          "<dt>Replaced by</dt>", "<h2 id=\"_trich-dan\">Cited in</h2>"],
         ["<dt>Tình trạng</dt><dd>Đã được thay thế bởi Setting up office cells</dd>", "<dt>Ngày ban hành</dt>",
          "<dt>Được thay thế bởi</dt>", "<h2 id=\"_trich-dan\">Được trích dẫn tại</h2>"]),
        ("guidance/office-cells.html",
         ["<p class=\"toc-title\">Contents</p>", "aria-label=\"Contents of the page\"", "<dt>Replaces</dt>"],
         ["<p class=\"toc-title\">Mục lục</p>", "<dt>Thay thế</dt>"]),
        ("packs/2026-06/village.html",
         ["Party cell meeting materials for 06/2026", ">Common part</h2>", ">Part for Village cell</h2>", "Thematic meeting"],
         ["Tài liệu sinh hoạt chi bộ tháng 06/2026", ">Phần chung</h2>", ">Phần dành cho Village cell</h2>", "Sinh hoạt chuyên đề"]),
        ("orgs/index.html",
         ["2 organisation records.", ">Summary tables<", "Village cell · 12 members"],
         ["2 hồ sơ tổ chức.", ">Bảng số liệu tổng hợp<", "Village cell · 12 đảng viên"]),
        ("orgs/cell-a.html",
         ["<dt>Level</dt><dd>Subordinate Party cell</dd>", "<dt>Internet access</dt><dd>Unstable</dd>", "<dt>Computer</dt><dd>Not yet</dd>",
          "Rules not met", "Members on site: 2; at least 3", " · Basis: <a", "Year 2025", "Fulfilled duties well (HTTNV)",
          "Record: orgs/tree.yml<", ">Guideline 10-HD/BTCTW dated 10/10/2007</a>"],
         ["<dt>Cấp</dt><dd>Chi bộ trực thuộc</dd>", "<dt>Mạng Internet</dt><dd>Không ổn định</dd>", "<dt>Máy tính</dt><dd>Chưa có</dd>",
          "Chưa đạt quy định", "Đảng viên tại chỗ: 2; tối thiểu 3", " · Căn cứ: <a", "Năm 2025", "Hoàn thành tốt nhiệm vụ (HTTNV)",
          "Hồ sơ: orgs/tree.yml<", ">Guideline 10-HD/BTCTW ngày 10/10/2007</a>"]),
        ("stats.html",
         ["<h1>Summary figures</h1>", "Computed from 2 organisation records in content/orgs/", "Internet access: unstable",
          "Party cells by level and cell type"],
         ["<h1>Số liệu tổng hợp</h1>", "Tính từ 2 hồ sơ tổ chức trong content/orgs/", "Internet: không ổn định",
          "Chi bộ theo cấp và loại hình"]),
        ("search.html",
         ["<h2 id=\"_tra-theo-muc\">Browse by section</h2>", ">Directives: by year</a>", "placeholder=\"for example:",
          "data-words=\"{&quot;ignoringDiacritics&quot;:&quot;Matches ignoring diacritics ({count})&quot;"],
         ["<h2 id=\"_tra-theo-muc\">Tra theo mục</h2>", ">Văn bản: theo năm</a>", "placeholder=\"ví dụ:",
          "data-words=\"{&quot;ignoringDiacritics&quot;:&quot;Kết quả khớp khi bỏ dấu ({count})&quot;"]),
    ]

    @Test func anEnglishSiteGetsEnglishLabels() throws {
        let pages = try Self.pages(language: "en")
        for (path, english, _) in Self.expected {
            let text = Self.page(path, of: pages)
            for label in english { #expect(text.contains(label), "\(path) lacks \(label)") }
        }
        #expect(Self.page("index.html", of: pages).contains("<html lang=\"en\">"))
    }

    /// No text of the Vietnamese catalogue is left in an English site,
    /// nor any Vietnamese letter (the site's own text is English).
    @Test func anEnglishSiteHasNoVietnameseLabelLeft() throws {
        let pages = try Self.pages(language: "en")
        let vietnamese = SiteWords.allCases.flatMap { word in
            // The words around the placeholders; those in plain ASCII
            // (`TT`, `Trang`) could be English words too.
            MessageTemplate(word.texts.vietnamese).pieces.compactMap { piece -> String? in
                guard case .literal(let words) = piece else { return nil }
                let trimmed = words.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                return trimmed.unicodeScalars.contains { !$0.isASCII } ? trimmed : nil
            }
        }
        #expect(vietnamese.count > 100)
        for (path, text) in pages.sorted(by: { $0.key < $1.key }) {
            for words in vietnamese where text.contains(words) {
                Issue.record("\(path) still says “\(words)”")
            }
            // Letters beyond ASCII (punctuation such as … · “ ” is not one).
            let letters = text.unicodeScalars.filter { !$0.isASCII && $0.properties.isAlphabetic }
            #expect(letters.isEmpty, "\(path) has letters of another language: \(String(String.UnicodeScalarView(letters.prefix(20))))")
        }
    }

    /// The same site in Vietnamese says what chibo's pages always said.
    @Test func theSameSiteInVietnameseGetsTodaysWords() throws {
        let pages = try Self.pages(language: "vi")
        for (path, english, vietnamese) in Self.expected {
            let text = Self.page(path, of: pages)
            for label in vietnamese { #expect(text.contains(label), "\(path) lacks \(label)") }
            for label in english where !vietnamese.contains(label) {
                #expect(!text.contains(label), "\(path) says \(label)")
            }
        }
    }

    /// search.js has no words of its own: every word it shows comes from
    /// the catalogue, handed over by the search page in the site's
    /// language, and every word it asks for is handed over.
    @Test func searchScriptSpeaksTheCataloguesWords() throws {
        let script = try String(contentsOfFile: Fixtures.theme + "/assets/search.js", encoding: .utf8)
        let code = script.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        let letters = code.unicodeScalars.filter { !$0.isASCII && $0.properties.isAlphabetic }
        #expect(letters.isEmpty, "search.js's code holds words: \(String(String.UnicodeScalarView(letters.prefix(20))))")
        let words: [(String, SiteWords)] = [
            ("results", .searchResults), ("noResults", .searchNoResults), ("showMore", .searchShowMore),
            ("ignoringDiacritics", .searchIgnoringDiacritics),
        ]
        let asked = Set(code.matches(of: /say\("([A-Za-z]+)"/).map { String($0.1) })
        #expect(asked == Set(words.map(\.0)), "search.js says \(asked.sorted())")
        for language in [Language.en, .vi] {
            let json = PageWords.of(language).searchScriptWords
            let given = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
            #expect(given == Dictionary(uniqueKeysWithValues: words.map { ($0.0, $0.1.texts.text(in: language)) }))
        }
    }

    /// The registry makes each entry's Vietnamese title once; it must say
    /// what the catalogue says, which an English site's titles are made of.
    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func directiveTitlesInVietnameseAreTheCataloguesWords(hasDate: Bool, hasIssuer: Bool) throws {
        let entry = DirectiveRegistry.Entry(
            symbol: try #require(DirectiveSymbol("50-CT/TW")), date: hasDate ? CalendarDate(year: 2025, month: 7, day: 23) : nil,
            page: 0, outputPath: "directives/50-ct-tw.html", kind: "Chỉ thị", issuer: hasIssuer ? "Ban Bí thư" : nil, term: nil,
            title: "Tiếp tục đổi mới", aliases: [], isInternal: false)
        #expect(PageWords.tooltip(name: entry.name, date: entry.date, issuer: entry.issuer, title: entry.title, in: .vietnamese)
                == entry.tooltip)
        #expect(PageWords.vietnamese.tooltip(of: entry) == entry.tooltip)
        #expect(!PageWords.english.tooltip(of: entry).contains(" ngày ") && !PageWords.english.tooltip(of: entry).contains(" của "))
    }
}
