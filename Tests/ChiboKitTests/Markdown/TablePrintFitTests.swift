import Testing
@testable import ChiboKit

/// A table prints among the text while it fits portrait A4 at the body's
/// size, on landscape pages when its columns would be a syllable wide, and
/// smaller only when landscape is still too narrow.
struct TablePrintFitTests {
    private func renderMarkdown(_ markdown: String) -> String {
        var renderer = HTMLRenderer()
        return renderer.render(MarkdownParser.parse(markdown)).string
    }

    private func table(columns: Int, heading: String, cell: String, rows: Int = 5) -> [[String]] {
        [Array(repeating: heading, count: columns)] + Array(repeating: Array(repeating: cell, count: columns), count: rows)
    }

    @Test func aNarrowTableStaysAmongTheText() {
        #expect(TablePrintFit.of(rows: table(columns: 3, heading: "Nội dung", cell: "Sinh hoạt chi bộ định kỳ hằng tháng")) == .portrait)
        #expect(TablePrintFit.of(rows: []) == .portrait)
    }

    @Test func manyColumnsWithHeadingsPrintLandscape() {
        let rows = table(columns: 11, heading: "Chi bộ thuộc loại hình cơ quan Nhà nước", cell: "1.946")
        #expect(TablePrintFit.of(rows: rows) == .landscape)
    }

    @Test func aTableTooWideForLandscapeIsMadeSmallerInSteps() {
        let wide = TablePrintFit.of(rows: table(columns: 17, heading: "Hoàn thành tốt nhiệm vụ", cell: "1.946"))
        let wider = TablePrintFit.of(rows: table(columns: 32, heading: "Hoàn thành tốt nhiệm vụ", cell: "1.946"))
        guard case .scaled(let some) = wide, case .scaled(let more) = wider else {
            Issue.record("expected both scaled: \(wide), \(wider)")
            return
        }
        #expect(some % 10 == 0 && more % 10 == 0)
        #expect(more < some)
        #expect(more >= TablePrintFit.smallestPercent)
        #expect(TablePrintFit.of(rows: table(columns: 200, heading: "Số", cell: "1")) == .scaled(percent: TablePrintFit.smallestPercent))
    }

    @Test func theRendererMarksTheTableForPrint() {
        let header = "| " + Array(repeating: "Chi bộ thuộc loại hình cơ quan", count: 11).joined(separator: " | ") + " |\n"
        let rule = "|" + Array(repeating: "---", count: 11).joined(separator: "|") + "|\n"
        let html = renderMarkdown(header + rule + "| " + Array(repeating: "7", count: 11).joined(separator: " | ") + " |\n")
        #expect(html.contains("<div class=\"table-wrap table-landscape\"><table>"))
        #expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n").contains("<div class=\"table-wrap\"><table>"))
    }

    @Test func marksAndSpacesAreMeasuredAsPrinted() {
        var composed = CellWidth()
        composed.add("Đảng bộ")
        var decomposed = CellWidth()
        decomposed.add("Đảng bộ".decomposedStringWithCanonicalMapping)
        #expect(abs(composed.total - decomposed.total) < 0.001)
        #expect(composed.widestWord < composed.total)
    }
}
