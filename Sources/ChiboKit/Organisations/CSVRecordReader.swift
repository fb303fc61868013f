import SwiftCSV

/// Reads a CSV records file as editors export it from Excel: comma or
/// semicolon, quoted fields, one record per row after the header row.
/// (The BOM and CRLF line ends are gone already: `SourceFile` reads every
/// file that way.)
///
/// SwiftCSV reads the values. It does not say where a row or cell starts,
/// which every diagnostic needs, so `CSVCellPositions` finds that with the
/// same quoting rules; the two must agree on the rows, or positions fall
/// back to the row's first line.
struct CSVRecordReader {
    let source: SourceFile

    /// The column separating several aliases in one cell.
    static let listSeparator: Character = "|"

    func read() -> ([RawRecord], [Diagnostic]) {
        let delimiter = CSVDelimiter.guessed(string: Self.headerLine(of: source.text))
        var rows: [[String]] = []
        do {
            // `rowLimit: 0`: the view reads no rows of its own, since
            // `enumerateAsArray` reads them all (twice was a third of a build's records).
            let csv = try CSV<Enumerated>(string: source.text, delimiter: delimiter, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { rows.append($0) }
        } catch {
            return ([], [Diagnostic(file: source.displayPath, at: SourceLocation(line: 1, column: 1), code: .frontMatterInvalid,
                                    message: "unreadable CSV: \(Self.describe(error)); a quote inside a cell must be doubled and the cell quoted")])
        }
        let positions = CSVCellPositions(text: source.text, delimiter: delimiter.rawValue).rows
        let positionsAgree = positions.count == rows.count
        func position(row: Int, cell: Int) -> SourceLocation {
            guard positionsAgree else { return SourceLocation(line: 1, column: 1) }
            let columns = positions[row].columns
            return SourceLocation(line: positions[row].line, column: cell < columns.count ? columns[cell] : 1)
        }

        guard let header = rows.first else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        let keys = header.map { $0.trimmed }
        // Columns are checked once, in the header row, not in every row.
        var ignored = Set<Int>()
        for (index, key) in keys.enumerated() {
            if key.isEmpty {
                ignored.insert(index)
                diagnostics.append(Diagnostic(file: source.displayPath, at: position(row: 0, cell: index), code: .frontMatterInvalid,
                                              message: "column \(index + 1) of the header row has no name"))
            } else if !RecordReader.isKnownColumn(key) {
                ignored.insert(index)
                diagnostics.append(Diagnostic(file: source.displayPath, at: position(row: 0, cell: index), code: .frontMatterUnknownKey,
                                              message: "unknown column `\(key)` in an organisation records file",
                                              suggestion: NearestMatch.find(key, in: RecordReader.knownKeys).map {
                                                  Suggestion(message: "did you mean `\($0)`?", replacement: $0) }))
            }
        }
        var records: [RawRecord] = []
        for rowIndex in rows.indices.dropFirst() {
            let cells = rows[rowIndex]
            // Blank rows (Excel leaves some at the end) are not records.
            if cells.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            let rowLocation = SourceLocation(line: position(row: rowIndex, cell: 0).line, column: 1)
            var record = RawRecord(file: source.displayPath, location: rowLocation, fields: [])
            if cells.count > keys.count, cells[keys.count...].contains(where: { !$0.trimmed.isEmpty }) {
                diagnostics.append(Diagnostic(file: source.displayPath, at: position(row: rowIndex, cell: keys.count),
                                              code: .frontMatterInvalid,
                                              message: "this row has \(cells.count) cells but the header names \(keys.count) columns"))
            }
            for (index, key) in keys.enumerated() where !ignored.contains(index) && index < cells.count {
                let text = cells[index].trimmed
                guard !text.isEmpty else { continue }
                let at = position(row: rowIndex, cell: index)
                if key.hasPrefix("accept.") {
                    record.acceptances.append(RawAcceptance(code: String(key.dropFirst("accept.".count)), reason: text, location: at))
                    continue
                }
                let value: RawField.Value = key == "aliases"
                    ? .list(text.split(separator: Self.listSeparator).map { String($0).trimmed }.filter { !$0.isEmpty })
                    : .text(text)
                record.fields.append(RawField(key: key, value: value, location: at, keyLocation: position(row: 0, cell: index)))
            }
            records.append(record)
        }
        return (records, diagnostics)
    }

    /// The text from the first character that is not white space (a tab
    /// is not: it may be the delimiter) to the end of that line: all that
    /// `CSVDelimiter.guessed` reads, without it trimming the whole file first.
    static func headerLine(of text: String) -> String {
        let utf8 = text.utf8
        guard let start = text.unicodeScalars.firstIndex(where: { $0 == "\t" || !$0.properties.isWhitespace }) else { return "" }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        return String(text[start..<end])
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case CSVParseError.generic(let message), CSVParseError.quotation(let message): message
        default: "\(error)"
        }
    }
}

/// Where each row and cell of a CSV text starts: rows end at line ends
/// outside quotes, cells at delimiters outside quotes. Columns count
/// Unicode scalars, as every diagnostic does.
struct CSVCellPositions {
    struct Row {
        var line: Int
        var columns: [Int]
    }

    let rows: [Row]

    init(text: String, delimiter: Character) {
        var rows: [Row] = []
        var line = 1, column = 1
        var inQuotes = false
        var current = Row(line: 1, columns: [1])
        let quote: Unicode.Scalar = "\"", newline: Unicode.Scalar = "\n"
        let separator = delimiter.unicodeScalars.first!
        for scalar in text.unicodeScalars {
            if scalar == quote {
                inQuotes.toggle()
            } else if !inQuotes && scalar == separator {
                current.columns.append(column + 1)
            } else if !inQuotes && scalar == newline {
                rows.append(current)
                current = Row(line: line + 1, columns: [1])
            }
            if scalar == newline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        // A last row without a line end.
        if column > 1 || current.columns.count > 1 { rows.append(current) }
        self.rows = rows
    }
}
