/// Tables as GFM: rows of tab-separated lines (text copied from Word or a
/// PDF) or a reader's table, with a header spread over two rows (a group's
/// name above its columns, `Trong đó` over the kinds it counts) written
/// into one row as `Trong đó: Chi bộ …`, as a reader of the page needs it.
enum TableBuilder {
    static func table(fromTabLines lines: [String]) -> PageTable {
        build(rows: rows(fromTabLines: lines), knownHeaderRows: 0)
    }

    static func rows(fromTabLines lines: [String]) -> [[String]] {
        lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { clean(String($0)) } }
    }

    /// The rows that go on with `table` after a page break, or nil when
    /// `rows` are a table of their own: rows as wide as the table starting
    /// with a numbered row rather than a header; and, where `headerRepeats`
    /// (a PDF's or a Word file's table, whose header rows Word and browsers
    /// print again on each page the table runs onto), rows under the same
    /// header again, the repeated header left out.
    static func continuation(of table: PageTable, rows: [[String]], knownHeaderRows: Int = 0, headerRepeats: Bool) -> [[String]]? {
        if headerRepeats, !table.header.isEmpty {
            let again = build(rows: rows, knownHeaderRows: knownHeaderRows)
            if again.header == table.header { return again.rows }
        }
        return continues(table, with: rows) ? rows : nil
    }

    /// Rows that go on with `table`: as wide, and starting with a numbered
    /// row rather than a header of their own.
    private static func continues(_ table: PageTable, with rows: [[String]]) -> Bool {
        guard let first = rows.first, let lead = first.first else { return false }
        let width = rows.map { row in (row.lastIndex { !$0.isEmpty } ?? -1) + 1 }.max() ?? 0
        guard width <= table.header.count, width >= table.header.count - 1, first != table.header else { return false }
        return lead.firstMatch(of: ImportPatterns.rowNumber) != nil
    }

    static func appending(_ rows: [[String]], to table: PageTable) -> PageTable {
        var table = table
        let width = table.header.count
        table.rows += rows.map { Array($0.prefix(width)) + Array(repeating: "", count: max(0, width - $0.count)) }
        return table
    }

    static func table(from source: SourceTable) -> PageTable {
        build(rows: rows(from: source), knownHeaderRows: source.headerRows)
    }

    /// A reader's table as rows of cells, a spanned cell's text in its first column.
    static func rows(from source: SourceTable) -> [[String]] {
        source.rows.map { row in
            row.flatMap { cell in
                [cell.continuesAbove ? "" : clean(cell.text)] + Array(repeating: "", count: max(cell.span, 1) - 1)
            }
        }
    }

    private static func clean(_ cell: String) -> String {
        cell.replacingOccurrences(of: "\n", with: " ").trimmed
    }

    private static func build(rows: [[String]], knownHeaderRows: Int) -> PageTable {
        var rows = rows
        // Trailing empty cells beyond the widest row that holds text are dropped.
        let width = rows.map { row in (row.lastIndex { !$0.isEmpty } ?? -1) + 1 }.max() ?? 0
        let columns = width
        rows = rows.map { Array($0.prefix(columns)) + Array(repeating: "", count: max(0, columns - $0.count)) }
        guard var header = rows.first else { return PageTable(header: [], rows: []) }
        var body = Array(rows.dropFirst())
        if let second = body.first, knownHeaderRows >= 2 || continuesHeader(header, second) {
            header = merged(header, second)
            body.removeFirst()
        }
        return PageTable(header: header, rows: body)
    }

    /// The second row names the columns under a group of the first: it
    /// leaves the first row's own columns empty and fills columns the first
    /// row spans with one name.
    private static func continuesHeader(_ first: [String], _ second: [String]) -> Bool {
        guard let lead = second.first, lead.isEmpty, !(first.first ?? "").isEmpty else { return false }
        let filled = second.indices.filter { !second[$0].isEmpty }
        return filled.count >= 2 && filled.contains { first[$0].isEmpty } && !filled.allSatisfy { Int(second[$0]) != nil }
    }

    private static func merged(_ first: [String], _ second: [String]) -> [String] {
        var group = ""
        return first.indices.map { column in
            if !first[column].isEmpty { group = first[column] }
            let child = column < second.count ? second[column] : ""
            if child.isEmpty { return first[column] }
            return group.isEmpty || group == child ? child : "\(group): \(child)"
        }
    }
}
