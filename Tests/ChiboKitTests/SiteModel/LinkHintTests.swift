import Foundation
import Testing
@testable import ChiboKit

/// A site made of inline pages; the link problems `check` reports on `from`.
private func linkProblems(_ files: [String: String], from path: String, assets: [String] = []) throws -> [Diagnostic] {
    let pages = files.keys.sorted().map { page(files[$0]!, at: $0).0 }
    let content = LoadedContent(config: SiteConfig(), pages: pages,
                                assets: assets.map { ContentEntry(relativePath: $0, absolutePath: "/dev/null") },
                                files: pages.map(\.source.displayPath))
    let site = SiteBuilder(isPublicEdition: false, displayRoot: "content").build(content, into: DiagnosticEngine())
    let linking = try #require(site.page(source: path))
    let resolver = LinkResolver(site: site, page: linking)
    for reference in LinkReference.all(in: linking.document, shownFootnotes: linking.shownFootnoteLabels, allowScripts: false) {
        _ = resolver.resolve(reference)
    }
    return resolver.diagnostics
}

/// Every hint a broken link gets leads to a real place: the anchors and
/// files it names exist, the nearest come first, and a clear one is a
/// replacement of exactly the link's target.
struct LinkHintTests {
    static let plan = """
        ---
        title: Kế hoạch thực hiện Đề án số 03
        ---
        ## Phần thứ nhất: Tình hình

        ## Phần thứ tư: Nhiệm vụ, giải pháp chủ yếu

        ## Phần thứ năm: Tổ chức thực hiện
        """

    /// `#phan-thu-tu` shares only a prefix with the heading it means.
    @Test func anchorThatBeginsAHeadingGetsIt() throws {
        let text = "---\ntitle: A\n---\nXem [phần thứ tư](ke-hoach.md#phan-thu-tu) của kế hoạch.\n"
        let problems = try linkProblems(["guidance/ke-hoach.md": Self.plan, "guidance/a.md": text], from: "guidance/a.md")
        let hint = try #require(problems.first { $0.code == .linkAnchor }?.suggestion)
        #expect(hint.message.description.hasPrefix("did you mean `#phan-thu-tu-nhiem-vu-giai-phap-chu-yeu`?"))
        #expect(hint.message.description.contains("anchors are made from the headings of the page: `## Phần thứ tư: Nhiệm vụ, giải pháp chủ yếu`"))
        #expect(!hint.isCertain)
        #expect(applying(hint, to: text)?.contains("(ke-hoach.md#phan-thu-tu-nhiem-vu-giai-phap-chu-yeu)") == true)
    }

    /// Words shared in any order; a prefix shared by several is listed, not chosen.
    @Test func anchorsSharingWordsAreListedAndNothingUnrelated() throws {
        let text = """
            ---
            title: A
            ---
            [a](ke-hoach.md#nhiem-vu-giai-phap) [b](ke-hoach.md#phan-thu) [c](ke-hoach.md#kinh-phi-du-toan)
            """
        let problems = try linkProblems(["guidance/ke-hoach.md": Self.plan, "guidance/a.md": text], from: "guidance/a.md")
            .filter { $0.code == .linkAnchor }
        #expect(problems.count == 3)
        #expect(problems[0].suggestion?.message.description.hasPrefix("did you mean `#phan-thu-tu-nhiem-vu-giai-phap-chu-yeu`?") == true)
        #expect(problems[1].suggestion?.message.description.hasPrefix(
            "did you mean `#phan-thu-nhat-tinh-hinh`, `#phan-thu-tu-nhiem-vu-giai-phap-chu-yeu` or `#phan-thu-nam-to-chuc-thuc-hien`?") == true)
        #expect(problems[1].suggestion?.replacement == nil)
        // Nothing on the page is about funds: no guess, only where anchors come from.
        #expect(problems[2].suggestion?.message.description.hasPrefix("anchors are made from the headings") == true)
        #expect(problems[2].suggestion?.replacement == nil)
    }

    /// In a type's pack, the month's common part is shown with ids
    /// `chung-…`: real anchors there, and offered when one is near.
    @Test func packAnchorsIncludeTheCommonPart() throws {
        let common = "---\ntitle: Chung\nmonth: 2027-01\n---\n## Thông tin thời sự\n"
        let pack = """
            ---
            title: Chi bộ thôn
            month: 2027-01
            type: chi-bo-thon
            ---
            ## Nội dung

            Xem [thời sự](#chung-thong-tin-thoi-su) và [phần chung](#chung-thong-tin).
            """
        let problems = try linkProblems(["packs/2027-01/chung.md": common, "packs/2027-01/chi-bo-thon.md": pack],
                                        from: "packs/2027-01/chi-bo-thon.md")
        #expect(problems.count == 1)
        let hint = try #require(problems.first?.suggestion)
        #expect(problems.first?.subject == "#chung-thong-tin")
        #expect(hint.message.description.hasPrefix("did you mean `#chung-thong-tin-thoi-su`?"))
        #expect(applying(hint, to: pack)?.contains("[phần chung](#chung-thong-tin-thoi-su)") == true)
    }

    /// `de-an-03.md` → the one file whose name holds those words, folded,
    /// from another folder; and a page whose title holds them.
    @Test func fileWhoseNameOrTitleHoldsTheWords() throws {
        let text = "---\ntitle: A\n---\nTheo [đề án](de-an-03.md) và [kế hoạch](ke-hoach-thuc-hien.md#muc-1).\n"
        let problems = try linkProblems([
            "guidance/cao-bang/de-an-so-03-nang-cao-chat-luong.md": "---\ntitle: Nâng cao chất lượng\n---\n",
            "guidance/trung-uong/kh-2026.md": "---\ntitle: Kế hoạch thực hiện năm 2026\n---\n",
            "guidance/de-an-so-04.md": "---\ntitle: Đề án số 04\n---\n",
            "guidance/a.md": text,
        ], from: "guidance/a.md").filter { $0.code == .linkBroken }
        #expect(problems.count == 2)
        let file = try #require(problems[0].suggestion)
        #expect(file.message.description == "did you mean `cao-bang/de-an-so-03-nang-cao-chat-luong.md`?")
        #expect(applying(file, to: text)?.contains("[đề án](cao-bang/de-an-so-03-nang-cao-chat-luong.md)") == true)
        let titled = try #require(problems[1].suggestion)
        #expect(titled.replacement == "trung-uong/kh-2026.md#muc-1")
        #expect(applying(titled, to: text)?.contains("[kế hoạch](trung-uong/kh-2026.md#muc-1)") == true)
    }

    /// Nothing near: no guess (`c.md` is not `a.md`).
    @Test func unrelatedFileIsNotSuggested() throws {
        let problems = try linkProblems([
            "guidance/a.md": "---\ntitle: A\n---\n", "guidance/cc.md": "---\ntitle: Tổng kết\n---\n",
            "guidance/b.md": "---\ntitle: B\n---\n[x](d.md) [y](bao-cao-tong-ket.md)\n",
        ], from: "guidance/b.md")
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.suggestion == nil })
    }

    /// A reference-style link's target is replaced on its definition line.
    @Test func referenceDefinitionTargetIsTheRange() throws {
        let text = "---\ntitle: A\n---\nXem [kế hoạch][kh].\n\n[kh]: ke-hoach.md#phan-thu-tu\n"
        let problems = try linkProblems(["guidance/ke-hoach.md": Self.plan, "guidance/a.md": text], from: "guidance/a.md")
        let hint = try #require(problems.first?.suggestion)
        #expect(hint.range?.start == SourceLocation(line: 6, column: 7))
        #expect(applying(hint, to: text)?.hasSuffix("[kh]: ke-hoach.md#phan-thu-tu-nhiem-vu-giai-phap-chu-yeu\n") == true)
    }
}
