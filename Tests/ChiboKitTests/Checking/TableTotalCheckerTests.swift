import Testing
@testable import ChiboKit

/// Rows are passed over only when their label cannot be a total label.
struct TableTotalCheckerTests {
    @Test func everyTotalLabelMayBeATotalRow() throws {
        let markdown = """
            | Đơn vị | Số |
            |---|---|
            | Xóm 1 | 3 |
            |  | **Tổng cộng:** |
            | tổng số | 4 |
            | Cộng | 4 |
            | \u{00A0}TỔNG | 4 |
            | Ţổng | 4 |
            | 1 | 2 |
            | Xã | 5 |
            """
        let document = MarkdownParser.parse(markdown)
        let table = try #require(document.children.first)
        let rows = Array(table.children)
        let labels = rows.map { row in row.children.map(\.plainText.trimmed).first { !$0.isEmpty } ?? "" }
        for (row, label) in zip(rows, labels).dropFirst() where TableTotalChecker.isTotalLabel(label) {
            #expect(TableTotalChecker.mayBeTotalRow(row), "\(label)")
        }
        #expect(rows.map(TableTotalChecker.mayBeTotalRow) == [false, false, true, true, true, true, true, false, false])
    }
}
