/// `records.total` for totals written by hand: in a GFM table, a row whose
/// label is `Tổng`, `Tổng số`, `Tổng cộng` or `Cộng` must equal, in every
/// numeric column, the sum of the rows above it.
///
/// "Above it" is read the way report tables are laid out: the rows since the
/// previous total (a subtotal), or all the rows above (a grand total), or
/// the subtotals above (a grand total of subtotals); agreeing with any is
/// agreeing.
struct TableTotalChecker {
    static let labels: Set<String> = ["tong", "tong so", "tong cong", "cong"]

    func diagnostics(of page: Page) -> [Diagnostic] { diagnostics(of: page, document: page.document) }

    func diagnostics(of page: Page, document: MarkdownNode) -> [Diagnostic] {
        var tables: [MarkdownNode] = []
        Self.collectTables(in: document, into: &tables)
        return tables.flatMap { problems(inTable: $0, of: page) }
    }

    /// Tables are blocks: only container blocks are descended into, never
    /// the inline nodes that make up most of a document (this runs on every
    /// page of every check).
    private static func collectTables(in node: MarkdownNode, into tables: inout [MarkdownNode]) {
        for child in node.children {
            switch child.kind {
            case .table: tables.append(child)
            case .blockQuote, .list, .item, .footnoteDefinition: collectTables(in: child, into: &tables)
            default: continue
            }
        }
    }

    private func problems(inTable table: MarkdownNode, of page: Page) -> [Diagnostic] {
        // Most tables have no total row: their cells are not read at all.
        guard table.children.contains(where: Self.mayBeTotalRow) else { return [] }
        var header: [String] = []
        var sinceTotal: [[String]] = []
        var allRows: [[String]] = []
        var totals: [[String]] = []
        var diagnostics: [Diagnostic] = []
        for row in table.children {
            let cells = row.children.map { $0.plainText.trimmed }
            if case .tableRow(isHeader: true) = row.kind {
                header = cells
                continue
            }
            // Report tables number their columns under the header (1, 2, 3, …).
            if Self.isColumnNumbering(cells) { continue }
            guard let labelColumn = cells.firstIndex(where: { !$0.isEmpty }),
                  Self.isTotalLabel(cells[labelColumn]) else {
                sinceTotal.append(cells)
                allRows.append(cells)
                continue
            }
            for column in cells.indices where column > labelColumn {
                guard !cells[column].isEmpty, let written = Self.number(cells[column]) else { continue }
                let candidates = [sinceTotal, allRows, totals].filter { !$0.isEmpty }.compactMap { Self.sum(column, of: $0) }
                guard let expected = candidates.first, !candidates.contains(written) else { continue }
                let cell = row.children[column]
                let location = cell.startLine > 0
                    ? page.fileLocation(line: cell.startLine, byteColumn: cell.startColumn)
                    : page.fileLocation(line: row.startLine, byteColumn: 1)
                let hasHeading = column < header.count && !header[column].isEmpty
                // The subject stays as it was written in English, so that `accept:` entries keep matching.
                let heading = hasHeading ? header[column] : "column \(column + 1)"
                let message = hasHeading
                    ? Message(StatsMessages.tableTotalMismatch, [
                        "label": cells[labelColumn], "heading": heading, "written": cells[column], "expected": expected])
                    : Message(StatsMessages.tableTotalMismatchInColumn, [
                        "label": cells[labelColumn], "number": column + 1, "written": cells[column], "expected": expected])
                diagnostics.append(Diagnostic(
                    file: page.source.displayPath, at: location, code: .recordsTotal,
                    message: message, subject: heading))
            }
            totals.append(cells)
            sinceTotal = []
        }
        return diagnostics
    }

    /// False when `row` is certainly not a total row: a header, or a row
    /// whose label (its first cell with text) starts with an ASCII
    /// character other than the `T` or `C` every total label folds to
    /// starting with. Only the label is read, and only to its first letter.
    static func mayBeTotalRow(_ row: MarkdownNode) -> Bool {
        if case .tableRow(isHeader: true) = row.kind { return false }
        for cell in row.children {
            guard let first = cell.plainText.unicodeScalars.first(where: { !$0.isWhitespace }) else { continue }
            guard first.isASCII else { return true }
            let letter = first.value | 0x20
            return letter == 0x74 || letter == 0x63  // t, c
        }
        return false
    }

    static func isColumnNumbering(_ cells: [String]) -> Bool {
        cells.count > 2 && cells.enumerated().allSatisfy { Int($1) == $0 + 1 }
    }

    static func isTotalLabel(_ text: String) -> Bool {
        var folded = VietnameseText.fold(text)
        while folded.hasSuffix(":") { folded.removeLast() }
        return labels.contains(folded.trimmed)
    }

    /// The column's sum, or nil when some row holds a non-number there.
    static func sum(_ column: Int, of rows: [[String]]) -> Int? {
        var total = 0
        for row in rows {
            guard column < row.count else { continue }
            guard let value = number(row[column]) else { return nil }
            total += value
        }
        return total
    }

    /// A count as report tables write it: `1462`, `1.462`, `59,574`; an
    /// empty cell is 0. Anything else is not a count.
    static func number(_ text: String) -> Int? {
        if text.isEmpty { return 0 }
        let groups = text.split(separator: text.contains(".") ? "." : ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard text.utf8.count <= 15 else { return nil }
        return Int(groups.joined())
    }
}
