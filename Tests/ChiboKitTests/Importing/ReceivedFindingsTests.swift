import Foundation
import Testing
@testable import ChiboKit

/// A page just imported is checked like any page; the document's own
/// mistakes are kept on the record in its `accept:` list, and what the
/// editor must settle stays an error.
struct ReceivedFindingsTests {
    static let imported = """
        ---
        title: "Báo cáo kết quả sinh hoạt chi bộ"
        ---

        | Đơn vị | Số chi bộ |
        |---|---|
        | Xã Hưng Đạo | 3 |
        | Xã Bạch Đằng | 4 |
        | Tổng cộng | 9 |

        Thực hiện Kế hoạch số 77-KH/TU, ngày 01/02/2026 của Tỉnh ủy.

        """

    @Test func theDocumentsOwnMistakesAreKeptAndTheRestStaysAnError() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        try folder.write("content/guidance/bao-cao.md", Self.imported)
        let content = folder.path + "/content"
        let page = content + "/guidance/bao-cao.md"
        let outcome = try ReceivedFindings.keep(pages: [page], entries: [], options: BuildOptions(contentDirectory: content, jobs: 1),
                                                importedOn: Date(timeIntervalSince1970: 1_796_644_800))  // 7 December 2026, noon UTC
        #expect(outcome.kept.map(\.code) == [.recordsTotal])
        // A directive the registry lacks is the editor's to settle (or `--register`'s).
        #expect(outcome.findings.map(\.code) == [.citationUnknown])
        let written = try String(contentsOfFile: page, encoding: .utf8)
        #expect(written.contains("""
            accept:
              - code: records.total
            """))
        #expect(written.contains("Ngày 07/12/2026, khi nhập văn bản bằng lệnh chibo import"))
        #expect(written.hasSuffix(Self.imported.drop { $0 != "\n" }.drop { $0 == "\n" }.split(separator: "\n---\n", maxSplits: 1)[1]))
    }

    @Test func aPageWithAnAcceptListAlreadyIsLeftAsItIs() {
        let page = "---\ntitle: \"A\"\naccept:\n  - code: records.total\n    match: \"x\"\n    reason: \"y\"\n---\n\nVăn bản.\n"
        let finding = Diagnostic(file: "a.md", at: SourceLocation(line: 1, column: 1), code: .recordsTotal, message: Message(verbatim: "m"))
        #expect(ReceivedFindings.page(page, accepting: [finding], importedOn: Date()) == nil)
        #expect(ReceivedFindings.page("Văn bản.\n", accepting: [finding], importedOn: Date()) == nil)
    }
}
