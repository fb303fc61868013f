/// A `w:tbl` being read, row by row and cell by cell.
struct WordTableBuilder {
    var place: SourcePlace
    var style: String?
    /// The table's own borders by edge, over its style's.
    var borders: [String: Bool] = [:]
    var rows: [[SourceTable.Cell]] = []
    var headerRows = 0
    var row: [SourceTable.Cell] = []
    var isHeaderRow = false
    /// The paragraphs' texts of the cell being read.
    var cellTexts: [String] = []
    var cell = SourceTable.Cell("")

    init(place: SourcePlace) { self.place = place }

    mutating func startRow() {
        row = []
        isHeaderRow = false
    }

    mutating func endRow() {
        // Only rows at the top repeat as headers on every page.
        if isHeaderRow, headerRows == rows.count { headerRows += 1 }
        rows.append(row)
    }

    mutating func startCell() {
        cellTexts = []
        cell = SourceTable.Cell("")
    }

    /// A cell's paragraphs, one per line: a header laid out in a table is
    /// read line by line (`TỈNH ỦY CAO BẰNG` / `*` / `Số 12-HD/TU`), and a
    /// Markdown table's cell joins them with spaces.
    mutating func endCell() {
        cell.text = cellTexts.joined(separator: "\n")
        row.append(cell)
    }

    func table(styleBorders: [String: Bool]) -> SourceTable {
        let drawn = styleBorders.merging(borders) { $1 }
        return SourceTable(rows: rows, place: place, headerRows: headerRows, isBorderless: !drawn.values.contains(true))
    }

    /// A table inside a cell, read as its cells' text: Markdown has no
    /// tables in tables.
    var flattenedText: [String] {
        rows.map { $0.map(\.text).filter { !$0.isEmpty }.joined(separator: " ") }.filter { !$0.isEmpty }
    }
}
