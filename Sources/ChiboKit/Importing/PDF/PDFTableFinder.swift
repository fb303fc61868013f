/// Tables on a page, found by their columns: two or more lines in a row
/// whose text stands in the same three or more columns (each piece of text
/// over one column's x range). They are handed over as `SourceTable`s, not
/// tab-separated lines, since the cells are known once the columns are: a
/// cell's text wrapped onto a second line (a line close below, with some
/// columns empty) is joined to the cell above. Borders are not seen (poppler
/// gives no drawings), so `isBorderless` stays false.
enum PDFTableFinder {
    struct Found {
        /// The lines the table covers, as indexes into the page's lines.
        var lines: Range<Int>
        var rows: [[String]]
        var headerRows: Int
    }

    static func tables(in lines: [PDFLine], geometry: PDFTextGeometry) -> [Found] {
        var found: [Found] = []
        var start = 0
        while start < lines.count {
            guard lines[start].segments.count >= 3, let table = table(from: start, in: lines, geometry: geometry) else {
                start += 1
                continue
            }
            found.append(table)
            start = table.lines.upperBound
        }
        return found
    }

    private static func table(from start: Int, in lines: [PDFLine], geometry: PDFTextGeometry) -> Found? {
        var columns = lines[start].segments.map { range(of: $0) }
        var rows: [[String]] = [cells(of: lines[start], in: columns)]
        var fullRows = 1
        var end = start + 1
        while end < lines.count, let placed = place(lines[end], in: columns) {
            let isWrappedCell = placed.count < columns.count
                && lines[end].baseline - lines[end - 1].baseline <= geometry.lineSpacing * 1.2
            if placed.count < 2 && !isWrappedCell { break }
            columns = zip(columns, (0..<columns.count).map { index in placed.first { $0.column == index }?.range })
                .map { column, range in range.map { min(column.lowerBound, $0.lowerBound)...max(column.upperBound, $0.upperBound) } ?? column }
            let newCells = cells(of: lines[end], in: columns)
            if isWrappedCell {
                rows[rows.count - 1] = zip(rows[rows.count - 1], newCells).map { [$0, $1].filter { !$0.isEmpty }.joined(separator: " ") }
            } else {
                rows.append(newCells)
                if placed.count >= 3 { fullRows += 1 }
            }
            end += 1
        }
        guard fullRows >= 2 else { return nil }
        return Found(lines: start..<end, rows: rows, headerRows: lines[start].isBold ? 1 : 0)
    }

    private static func range(of segment: [PDFFragment]) -> ClosedRange<Double> {
        (segment.first?.left ?? 0)...(segment.map(\.right).max() ?? 0)
    }

    /// Which column each of a line's segments stands in, or nil when one
    /// stands in none or over two, or two share one: not a row of this table.
    private static func place(_ line: PDFLine, in columns: [ClosedRange<Double>]) -> [(column: Int, range: ClosedRange<Double>)]? {
        var placed: [(column: Int, range: ClosedRange<Double>)] = []
        for segment in line.segments {
            let range = range(of: segment)
            let over = columns.indices.filter { columns[$0].overlaps(range) }
            guard over.count == 1, !placed.contains(where: { $0.column == over[0] }) else { return nil }
            placed.append((over[0], range))
        }
        return placed
    }

    private static func cells(of line: PDFLine, in columns: [ClosedRange<Double>]) -> [String] {
        var cells = Array(repeating: "", count: columns.count)
        for index in line.segments.indices {
            let segmentRange = range(of: line.segments[index])
            guard let column = columns.firstIndex(where: { $0.overlaps(segmentRange) }) else { continue }
            cells[column] = line.text(of: line.segments[index...index])
        }
        return cells
    }
}
