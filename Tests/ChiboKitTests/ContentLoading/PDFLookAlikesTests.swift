import Foundation
import Testing
@testable import ChiboKit

/// Letters a PDF writes for Vietnamese ones, repaired by `check --fix`
/// where the word they sit in leaves no doubt.
struct PDFLookAlikeTests {
    private func findings(_ text: String) -> [Diagnostic] {
        SourceFile.decode(Data(text.utf8), relativePath: "guidance/x.md", displayPath: "content/guidance/x.md").1
    }

    @Test func everyLineWithLookAlikesHasACertainFix() {
        let text = "---\ntitle: \"PDF\"\n---\nBan Thƣờng vụ Đảng ủy Trung ƣơng, nhƣ sau:\n\nChi bộ Ƣu tú; Ðảng bộ xã.\n"
        let found = findings(text)
        #expect(found.map(\.range.start) == [SourceLocation(line: 4, column: 7), SourceLocation(line: 6, column: 8)])
        var fixer = FileFixer(text: text)
        fixer.apply(SourceEdit.certain(in: found))
        #expect(fixer.text == "---\ntitle: \"PDF\"\n---\nBan Thường vụ Đảng ủy Trung ương, như sau:\n\nChi bộ Ưu tú; Đảng bộ xã.\n")
        #expect(findings(fixer.text).isEmpty)
    }

    @Test func anEthOutsideAVietnameseWordIsLeftAlone() {
        // Icelandic, and a citation's code (the citation reader reports that one).
        #expect(findings("Guðrún bý í Reykjavík.\n").isEmpty)
        #expect(findings("Quy định số 37-QÐ/TW.\n").isEmpty)
        let text = "Trung ƣơng, Quy định 37-QÐ/TW và nhƣ vậy.\n"
        var fixer = FileFixer(text: text)
        fixer.apply(SourceEdit.certain(in: findings(text)))
        #expect(fixer.text == "Trung ương, Quy định 37-QÐ/TW và như vậy.\n")
    }

    @Test func aLookAlikeInAWordThatIsNoSyllableIsReportedWithoutAFix() {
        let found = findings("Ký hiệu ƣxyz trong bảng.\n")
        #expect(found.count == 1)
        #expect(found.first?.suggestion?.isCertain == false)
    }
}
