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
            if let read = BytewiseCSV.rows(of: source.text, delimiter: delimiter.rawValue) {
                rows = read
            } else {
                // `rowLimit: 0`: the view reads no rows of its own, since
                // `enumerateAsArray` reads them all (twice was a third of a build's records).
                let csv = try CSV<Enumerated>(string: source.text, delimiter: delimiter, loadColumns: false, rowLimit: 0)
                try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { rows.append($0) }
            }
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

/// The rows of a CSV text as SwiftCSV reads them, read on bytes: SwiftCSV
/// steps through Characters with a closure per character, a thousand
/// instructions each (a fortieth of a 10,000-page build for one
/// province's records). Its rules, byte for byte: a cell is quoted if it
/// starts with `"` (spaces before it dropped), `""` in it is a quote, and
/// after the closing quote only spaces may come before the delimiter or
/// the line end; an unquoted cell runs to the delimiter or line end (a
/// lone `""` in it is a quote); a last line without a line end loses an
/// empty last cell. Where Characters and bytes could differ, the text is
/// left to SwiftCSV (nil): a control character, a line break other than
/// `\n`, or next to a quote, delimiter, line end or space a character
/// other than an ASCII one, a Latin letter or sign or a typographic quote
/// or dash (a combining mark joins the
/// Character before it, some characters the one after, and SwiftCSV
/// skips white space of every kind). So is a text SwiftCSV refuses, for
/// its message. A test holds the two to the same rows.
enum BytewiseCSV {
    static func rows(of text: String, delimiter: Character) -> [[String]]? {
        guard let delimiter = delimiter.asciiValue else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            guard charactersAreBytes(bytes, delimiter: delimiter) else { return nil }
            var reader = Reader(delimiter: delimiter)
            for byte in bytes {
                guard reader.read(byte) else { return nil }
            }
            return reader.finish()
        }
    }

    private static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), quote = UInt8(ascii: "\"")

    /// SwiftCSV's `ParsingState`, on bytes; false where it throws.
    private struct Reader {
        let delimiter: UInt8
        var rows: [[String]] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var atStart = true, inField = false, inQuotes = false, afterQuote = false

        init(delimiter: UInt8) {
            self.delimiter = delimiter
        }

        mutating func read(_ byte: UInt8) -> Bool {
            if atStart {
                if byte == quote {
                    atStart = false
                    inQuotes = true
                } else if byte == delimiter {
                    endCell()
                } else if byte == newline {
                    endRow()
                } else if byte != space {
                    inField = true
                    atStart = false
                    cell.append(byte)
                }
            } else if inField {
                if afterQuote {
                    guard byte == quote else { return false }
                    cell.append(byte)
                    afterQuote = false
                } else if byte == quote {
                    afterQuote = true
                } else if byte == delimiter {
                    (atStart, inField) = (true, false)
                    endCell()
                } else if byte == newline {
                    (atStart, inField) = (true, false)
                    endRow()
                } else {
                    cell.append(byte)
                }
            } else if inQuotes {
                if afterQuote {
                    if byte == quote {
                        cell.append(byte)
                        afterQuote = false
                    } else if byte == delimiter {
                        (atStart, inQuotes, afterQuote) = (true, false, false)
                        endCell()
                    } else if byte == newline {
                        (atStart, inQuotes, afterQuote) = (true, false, false)
                        endRow()
                    } else if byte != space {
                        return false
                    }
                } else if byte == quote {
                    afterQuote = true
                } else {
                    cell.append(byte)
                }
            }
            return true
        }

        mutating func endCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
        }

        mutating func endRow() {
            endCell()
            rows.append(cells)
            cells = []
        }

        mutating func finish() -> [[String]] {
            if !cell.isEmpty { endCell() }
            if !cells.isEmpty { rows.append(cells) }
            return rows
        }
    }

    /// Latin letters (Vietnamese ones too), Latin-1 signs and typographic
    /// quotes and dashes: characters that are a Character of their own
    /// whatever stands next to them, and not white space.
    private static func isPlainCharacter(_ value: UInt32) -> Bool {
        (0xA1...0x2FF).contains(value) && value != 0xAD || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value)
    }

    /// Whether every Character of the text that the reader looks at is one
    /// byte, as `rows` needs (see above).
    private static func charactersAreBytes(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
        func isStructural(_ byte: UInt8) -> Bool { byte == quote || byte == delimiter || byte == newline || byte == space }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 && byte != newline && byte != delimiter || byte == 0x7F { return false }
                index += 1
                continue
            }
            var value = UInt32(byte)
            var length = 1
            if byte >= 0xF0 { (value, length) = (UInt32(byte & 0x07), 4) }
            else if byte >= 0xE0 { (value, length) = (UInt32(byte & 0x0F), 3) }
            else if byte >= 0xC0 { (value, length) = (UInt32(byte & 0x1F), 2) }
            guard length > 1, index + length <= bytes.count else { return false }
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            if value == 0x85 || value == 0x2028 || value == 0x2029 { return false }
            if !isPlainCharacter(value) {
                let before = index == 0 || isStructural(bytes[index - 1])
                let after = index + length < bytes.count && isStructural(bytes[index + length])
                if before || after { return false }
            }
            index += length
        }
        return true
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
