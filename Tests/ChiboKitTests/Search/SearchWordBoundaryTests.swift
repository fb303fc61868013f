import Foundation
import Testing
@testable import ChiboKit

/// Every block is a word boundary in the text search indexes and cuts
/// snippets from: a heading's last word and the next paragraph's first are
/// two words, never one that no query finds.
struct SearchWordBoundaryTests {
    static func terms(_ text: String) -> Set<String> { Set(SearchTokens.words(in: text).map(\.term)) }

    /// The terms of each block on its own: paragraphs, headings and table
    /// cells hold all of a body's text (a list item's, a quote's and a
    /// footnote's are in paragraphs).
    static func blockTerms(of body: String) -> Set<String> {
        var terms = Set<String>()
        MarkdownParser.parse(body).forEach { node in
            switch node.kind {
            case .paragraph, .heading, .tableCell: terms.formUnion(Self.terms(node.plainText))
            default: break
            }
        }
        return terms
    }

    @Test(arguments: [
        ("## Căn cứ\nSinh hoạt chi bộ", ["can", "cu", "sinh", "hoat", "chi", "bo"]),
        ("- một\n- hai\n\n> ba\n\nbốn[^1]\n\n[^1]: năm", ["mot", "hai", "ba", "bon", "nam"]),
        ("| Tổ | Số |\n|---|---|\n| Xóm | 12 |", ["to", "so", "xom", "12"]),
    ])
    func blocksMeetAtAWordBoundary(markdown: String, words: [String]) {
        #expect(SearchTokens.words(in: MarkdownParser.parse(markdown).plainText).map(\.term) == words)
    }

    @Test func aSubtreesTextKeepsItsBlocksApart() {
        let list = MarkdownParser.parse("- Căn cứ\n- Mục đích\n").children.first!
        #expect(list.plainText == "Căn cứ Mục đích")
    }

    @Test func noIndexedWordOfTheRealSiteSpansTwoBlocks() throws {
        let (site, _) = SitePipeline.model(BuildOptions(contentDirectory: Fixtures.content, jobs: 2), diagnostics: DiagnosticEngine())
        var merged: [String] = []
        var pages = 0
        site.pages.forEachInPlace { _, page in
            let page = page.pointee
            guard !page.body.isEmpty else { return }
            pages += 1
            var own = Self.blockTerms(of: page.body)
            own.formUnion(Self.terms(page.metadata.summary ?? ""))
            for term in Self.terms(page.bodyFacts.searchText) where !own.contains(term) {
                merged.append("\(page.source.displayPath): \(term)")
            }
        }
        #expect(pages > 10)
        #expect(merged.isEmpty, "\(merged.count) indexed words span two blocks, in \(Set(merged.map { $0.split(separator: ":")[0] }).count) pages: \(merged.prefix(10))")
    }

    /// A number is one term whatever its leading zeros, in the index as in
    /// search.js: "tháng 2" finds `02/2027`.
    @Test func numbersMatchWhateverTheirLeadingZeros() {
        let words = SearchTokens.words(in: "tháng 02/2027, ngày 05-03-2026, số 002, 0 và 00, mã 0A1")
        #expect(words.map(\.term) == ["thang", "2", "2027", "2/2027", "ngay", "5", "3", "2026", "5/3/2026", "3/2026",
                                       "so", "2", "0", "va", "0", "ma", "0a1"])
        #expect(words.map(\.spelling).contains("2") && !words.map(\.spelling).contains("02"))
        #expect(SearchTokens.words(in: "tháng 2") .map(\.term) == ["thang", "2"])
    }
}
