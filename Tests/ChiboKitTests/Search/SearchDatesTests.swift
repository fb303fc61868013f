import Foundation
import Testing
@testable import ChiboKit

/// Dates and months in every written form meet in one term, in the index as
/// in search.js; what a directive's or a pack's result is found by and shows.
struct SearchDatesTests {
    /// `Fixtures/search/words.tsv`: texts and their terms, which
    /// scripts/browser-test.py holds search.js's `words` to as well.
    static func sharedCases() throws -> [(text: String, terms: [String])] {
        let file = try String(contentsOfFile: Fixtures.path("search/words.tsv"), encoding: .utf8)
        return file.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), fields[1].split(separator: " ").map(String.init))
        }
    }

    @Test func textsGiveTheTermsSearchScriptGivesToo() throws {
        let cases = try Self.sharedCases()
        #expect(cases.count >= 25)
        for (text, terms) in cases {
            #expect(SearchTokens.words(in: text).map(\.term) == terms, "\(text)")
            // NFD text (as some word processors paste it) reads the same.
            #expect(SearchTokens.words(in: text.decomposedStringWithCanonicalMapping).map(\.term) == terms, "\(text), NFD")
        }
    }

    @Test func aDateTermIsItsOwnSpelling() {
        let words = SearchTokens.words(in: "ngày 05/03/2026")
        #expect(words.filter { $0.term.contains("/") } == [.init(term: "5/3/2026", spelling: "5/3/2026"),
                                                           .init(term: "3/2026", spelling: "3/2026")])
    }

    static func document(_ url: String, title: String = "Trang", text: String = "", subject: String? = nil) -> SearchDocument {
        var document = SearchDocument(url: url, title: title, section: "Trang")
        document.text = text
        document.subject = subject
        return document
    }

    /// The index holds a date's term for every page that writes the date,
    /// whatever its form, and the same terms whichever way it is built.
    @Test func everyFormOfADateIsIndexedUnderOneTerm() throws {
        let documents = [
            Self.document("a.html", title: "Tài liệu tháng 02/2027"),
            Self.document("b.html", text: "Nghị quyết tháng 2 năm 2027."),
            Self.document("c.html", text: "Hạn nộp 2-2027; họp ngày 5 tháng 3 năm 2026."),
            Self.document("d.html", text: "Họp ngày 05/03/2026."),
            Self.document("e.html", text: "Trong 5 năm 2027 và giai đoạn 2026 - 2030."),
        ]
        let read = try SearchIndexTests.ReadIndex(SearchIndex(documents: documents, jobs: 1))
        #expect(read.postings("2/2027").map(\.document) == [0, 1, 2])
        #expect(read.postings("5/3/2026").map(\.document) == [2, 3])
        #expect(read.postings("3/2026").map(\.document) == [2, 3])
        #expect(read.postings("5/2027").isEmpty, "five years is no month")
        // In the shard search.js looks in, spelled as itself.
        #expect(read.shardKey("5/3/2026") == read.shardOfTerm["5/3/2026"])
        #expect(read.entries["2/2027"]?.forms == [])
        // A date in the title is a title's term, but not one of its length.
        let title = try #require(read.postings("2/2027").first)
        #expect(title.weight & SearchIndex.Field.title.rawValue != 0)
        #expect(title.weight / SearchIndex.titleLength == 5, "tai lieu thang 2 2027")
    }

    /// A title's words carry its length; a subject line its own flag.
    @Test func titleWordsCarryTheTitlesLengthAndASubjectItsField() throws {
        let documents = [
            Self.document("types/hop-tac-xa.html", title: "Chi bộ hợp tác xã", text: "Chi bộ trong các hợp tác xã."),
            Self.document("directives/50-ct-tw.html", title: "Chỉ thị 50-CT/TW",
                          subject: "Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ"),
        ]
        let read = try SearchIndexTests.ReadIndex(SearchIndex(documents: documents, jobs: 1))
        let chi = read.postings("chi")
        #expect(chi.map(\.document) == [0, 1])
        #expect(chi[0].weight / SearchIndex.titleLength == 5 && chi[0].weight & 15 == 2)
        #expect(chi[1].weight / SearchIndex.titleLength == 5 && chi[1].weight & SearchIndex.Field.subject.rawValue != 0)
        let moi = try #require(read.postings("moi").first)
        #expect(moi.weight == SearchIndex.Field.subject.rawValue | 1, "a subject word is not a title word")
    }

    /// A directive is found by its symbol, name, date and issuer, and its
    /// result shows its subject line (or, without one, its kind, date and
    /// issuer) rather than a passage of its page; a pack by its month and
    /// its cell type.
    @Test func directivesAndPacksAreFoundByWhatNamesThem() throws {
        let (site, _) = SitePipeline.model(BuildOptions(contentDirectory: Fixtures.content, jobs: 2), diagnostics: DiagnosticEngine())
        let documents = Dictionary(SearchDocuments.of(site).map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        let fifty = try #require(documents["directives/50-ct-tw.html"])
        #expect(fifty.subject == "Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới")
        #expect(fifty.snippet == fifty.subject)
        #expect(fifty.keywords == ["Chỉ thị 50-CT/TW", "50-CT/TW", "23/7/2025", "Ban Bí thư"])
        let untitled = try #require(documents["directives/01-hd-tu.html"])
        #expect(untitled.subject == nil)
        #expect(untitled.snippet == "Hướng dẫn 01-HD/TU ngày 13/11/2025 của Ban Thường vụ Tỉnh ủy Cao Bằng")
        #expect(documents["packs/2026-12/doanh-nghiep.html"]?.keywords == ["12/2026", "Chi bộ doanh nghiệp"])
        #expect(documents["packs/2027-01/chung.html"]?.keywords == ["01/2027"])
        #expect(documents["guidance/bac-giang/chi-bo-co-quan-xa-o-bac-giang.html"]?.snippet == nil)

        // The written shard gives search.js the subject line as the text
        // its snippet is cut from.
        let read = try SearchIndexTests.ReadIndex(SearchIndex(documents: [fifty], jobs: 1))
        #expect(read.documents.first?[4] as? String == fifty.subject)
    }
}
