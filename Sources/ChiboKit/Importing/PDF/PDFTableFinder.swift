/// Tables on a page, found by their columns: lines in a row whose text
/// stands apart in two or more pieces (segments), at least two of them in
/// three or more, each piece over a column's x range. They are handed over
/// as `SourceTable`s rather than tab-separated lines, since the cells are
/// known once the columns are: a line whose first column is empty, close
/// below a row, is the row's cells wrapped onto a second line, and close
/// above one, the first line of its tallest cell; either is joined to it. A piece that stands over several columns (a header over its
/// sub-columns) is given to the first; one between columns makes a new one.
/// Borders are not seen (poppler gives no drawings), so `isBorderless`
/// stays false.
enum PDFTableFinder {
    struct Found {
        /// The lines the table covers, as indexes into the page's lines.
        var lines: Range<Int>
        var rows: [[String]]
        var headerRows: Int
    }

    static func tables(in lines: [PDFLine]) -> [Found] {
        var found: [Found] = []
        var start = 0
        while start < lines.count {
            guard lines[start].segments.count >= 3, let table = table(from: start, in: lines) else {
                start += 1
                continue
            }
            found.append(table)
            start = table.lines.upperBound
        }
        return found
    }

    private static func table(from start: Int, in lines: [PDFLine]) -> Found? {
        var columns: [ClosedRange<Double>] = []
        var rows: [[String]] = []
        var wideRows = 0, boldRows = 0
        // The cells of a line that belongs to the row below it: a row's
        // other cells are often set at the middle of its tallest cell, so
        // that one's first line stands above them.
        var pending: [String]?
        var end = start
        while end < lines.count {
            let line = lines[end]
            let isWrapped = end > start && isClose(line, below: lines[end - 1])
            let leadsNextRow = end + 1 < lines.count && lines[end + 1].segments.count >= 2 && isClose(lines[end + 1], below: line)
            guard line.segments.count >= 2 || (!columns.isEmpty && (isWrapped || leadsNextRow)) else { break }
            var cells = Array(repeating: "", count: columns.count)
            for segment in line.segments.indices {
                let range = range(of: line.segments[segment])
                let column: Int
                if let over = columns.firstIndex(where: { $0.overlaps(range) }) {
                    column = over
                    columns[over] = min(columns[over].lowerBound, range.lowerBound)...max(columns[over].upperBound, range.upperBound)
                } else {
                    column = columns.firstIndex { $0.lowerBound > range.upperBound } ?? columns.count
                    columns.insert(range, at: column)
                    cells.insert("", at: column)
                    for row in rows.indices { rows[row].insert("", at: column) }
                    pending?.insert("", at: column)
                }
                let text = line.text(of: line.segments[segment...segment])
                cells[column] = cells[column].isEmpty ? text : cells[column] + " " + text
            }
            if cells.first?.isEmpty == true, isWrapped, let last = rows.indices.last {
                rows[last] = joined(rows[last], cells)
            } else if cells.first?.isEmpty == true, leadsNextRow, pending == nil {
                pending = cells
            } else {
                rows.append(pending.map { joined($0, cells) } ?? cells)
                pending = nil
                if line.segments.count >= 3 { wideRows += 1 }
                if line.isBold, boldRows == rows.count - 1 { boldRows += 1 }
            }
            end += 1
        }
        if let pending { rows.append(pending) }
        guard wideRows >= 2 else { return nil }
        return Found(lines: start..<end, rows: rows, headerRows: boldRows < rows.count ? boldRows : 0)
    }

    private static func joined(_ above: [String], _ below: [String]) -> [String] {
        zip(above, below).map { [$0, $1].filter { !$0.isEmpty }.joined(separator: " ") }
    }

    /// The next line of the same row: no further below than a line of its
    /// own size (a new row adds the cells' padding).
    private static func isClose(_ line: PDFLine, below previous: PDFLine) -> Bool {
        line.baseline - previous.baseline <= line.size * 1.5
    }

    private static func range(of segment: [PDFFragment]) -> ClosedRange<Double> {
        (segment.first?.left ?? 0)...(segment.map(\.right).max() ?? 0)
    }
}
