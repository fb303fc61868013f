import SwiftCSV

/// Reads a CSV records file as editors export it from Excel: comma or
/// semicolon, quoted fields, one record per row after the header row.
/// (The BOM and CRLF line ends are gone already: `SourceFile` reads every
/// file that way.)
///
/// `BytewiseCSV`, or SwiftCSV where it must, reads the values. Neither says
/// where a row or cell starts, which every diagnostic needs, so
/// `CSVCellPositions` (for `BytewiseCSV`) or `SwiftCSVPositions` (for
/// SwiftCSV) finds that with the same rules; tests hold each pair to the
/// same rows (were they ever to differ, positions would fall back to the
/// file's first line).
struct CSVRecordReader {
    let source: SourceFile

    /// The column separating several aliases in one cell.
    static let listSeparator: Character = "|"

    /// Rows SwiftCSV refuses are skipped, each reported at the Character
    /// it stopped at; past this many, the file is not read further.
    static let mostRefusedRows = 50

    func read() -> ([RawRecord], [Diagnostic]) {
        let delimiter = CSVDelimiter.guessed(string: Self.headerLine(of: source.text))
        var diagnostics: [Diagnostic] = []
        let rows: [[String]]
        let positions: [CSVCellPositions.Row]
        if let read = BytewiseCSV.rows(of: source.text, delimiter: delimiter.rawValue) {
            rows = read
            positions = CSVCellPositions(text: source.text, delimiter: delimiter.rawValue).rows
        } else {
            (rows, positions) = readWithSwiftCSV(delimiter: delimiter, into: &diagnostics)
        }
        let positionsAgree = positions.count == rows.count
        func position(row: Int, cell: Int) -> SourceLocation {
            guard positionsAgree else { return SourceLocation(line: 1, column: 1) }
            let columns = positions[row].columns
            return SourceLocation(line: positions[row].line, column: cell < columns.count ? columns[cell] : columns[0])
        }

        guard let header = rows.first else { return ([], diagnostics) }
        let keys = header.map { $0.trimmed }
        // Columns are checked once, in the header row, not in every row.
        var ignored = Set<Int>()
        for (index, key) in keys.enumerated() {
            if key.isEmpty {
                ignored.insert(index)
                diagnostics.append(Diagnostic(file: source.displayPath, at: position(row: 0, cell: index), code: .frontMatterInvalid,
                                              message: Message(RecordMessages.unnamedColumn, ["number": index + 1])))
            } else if !RecordReader.isKnownColumn(key) {
                ignored.insert(index)
                diagnostics.append(Diagnostic(file: source.displayPath, at: position(row: 0, cell: index), code: .frontMatterUnknownKey,
                                              message: Message(RecordMessages.unknownColumn, ["key": key]),
                                              suggestion: NearestMatch.find(key, in: RecordReader.knownKeys).map {
                                                  Suggestion.didYouMean($0) }))
            }
        }
        var records: [RawRecord] = []
        for rowIndex in rows.indices.dropFirst() {
            let cells = rows[rowIndex]
            // Blank rows (Excel leaves some at the end) are not records.
            if cells.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            let rowLocation = position(row: rowIndex, cell: 0)
            var record = RawRecord(file: source.displayPath, location: rowLocation, fields: [])
            if cells.count > keys.count, cells[keys.count...].contains(where: { !$0.trimmed.isEmpty }) {
                diagnostics.append(Diagnostic(file: source.displayPath, at: position(row: rowIndex, cell: keys.count),
                                              code: .frontMatterInvalid,
                                              message: Message(RecordMessages.rowTooLong, ["cells": cells.count, "columns": keys.count])))
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

    /// The rows as SwiftCSV reads them, with their places found by its own
    /// rules (`SwiftCSVPositions`). A row it refuses (a quote out of place)
    /// is reported where it stopped and left out, its lines kept as blank
    /// ones so that every other row is read, at its own line.
    private func readWithSwiftCSV(delimiter: CSVDelimiter, into diagnostics: inout [Diagnostic])
        -> ([[String]], [CSVCellPositions.Row]) {
        var text = source.text
        for _ in 0...Self.mostRefusedRows {
            let positions = SwiftCSVPositions(text: text, delimiter: delimiter.rawValue)
            guard let failure = positions.failure else {
                var rows: [[String]] = []
                do {
                    // `rowLimit: 0`: the view reads no rows of its own, since
                    // `enumerateAsArray` reads them all (twice was a third of a build's records).
                    let csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false, rowLimit: 0)
                    try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { rows.append($0) }
                } catch {
                    // SwiftCSVPositions follows SwiftCSV's rules: not reached while they agree.
                    diagnostics.append(Diagnostic(file: source.displayPath, at: SourceLocation(line: 1, column: 1), code: .frontMatterInvalid,
                                                  message: Message(RecordMessages.csvUnreadable, ["reason": Message(verbatim: Self.describe(error))])))
                    return ([], [])
                }
                return (rows, positions.rows)
            }
            diagnostics.append(Diagnostic(
                file: source.displayPath, at: failure.at, code: .frontMatterInvalid,
                message: Message(RecordMessages.csvQuoteInCell)))
            let lineEnd = text[failure.index...].firstIndex(of: "\n") ?? text.endIndex
            let refusedLines = text[failure.rowStart..<lineEnd].unicodeScalars.filter { $0 == "\n" }.count
            text.replaceSubrange(failure.rowStart..<lineEnd, with: String(repeating: "\n", count: refusedLines))
        }
        diagnostics.append(Diagnostic(file: source.displayPath, at: SourceLocation(line: 1, column: 1), code: .frontMatterInvalid,
                                      message: Message(RecordMessages.csvTooManyRefusedRows, ["count": Self.mostRefusedRows])))
        return ([], [])
    }

    /// The ids written in the file's `id` column, read leniently
    /// (`UnreadIDs`), for a file some of whose rows could not be read.
    func writtenIDs() -> Set<String> {
        let delimiter = CSVDelimiter.guessed(string: Self.headerLine(of: source.text))
        return UnreadIDs.inCSV(source.text, delimiter: delimiter.rawValue)
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

/// Where each row and cell SwiftCSV reads starts, found by SwiftCSV's own
/// rules on the same Characters (`ParsingState`: `\n`, `\r` or `\r\n`
/// ends a row, white space of any kind before a cell is skipped,
/// a Character joining a quote to a mark is no quote), so that the two
/// always agree on the rows, and where SwiftCSV stops on a text it
/// refuses. `CSVCellPositions` reads scalars, which is right (and much
/// quicker) only for the texts `BytewiseCSV` reads. Lines count `\n`s and
/// columns Unicode scalars, as every diagnostic does. A test holds it to
/// SwiftCSV's rows.
struct SwiftCSVPositions {
    private(set) var rows: [CSVCellPositions.Row] = []
    /// The Character SwiftCSV throws at, and where its row starts.
    private(set) var failure: (at: SourceLocation, index: String.Index, rowStart: String.Index)?

    init(text: String, delimiter: Character) {
        var line = 1, column = 1
        var atStart = true, inField = false, inQuotes = false, afterQuote = false
        // SwiftCSV keeps a last row without a line end only when it has a cell or text.
        var rowHasContent = false
        var current = CSVCellPositions.Row(line: 1, columns: [1])
        var rowStart = text.startIndex
        var index = text.startIndex
        func endCell() { current.columns.append(column + 1) ; rowHasContent = true }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            var endsRow = false
            var fails = false
            if atStart {
                if character == "\"" {
                    (atStart, inQuotes) = (false, true)
                } else if character == delimiter {
                    endCell()
                } else if Self.endsRow(character) {
                    endsRow = true
                } else if !character.isWhitespace {
                    (inField, atStart, rowHasContent) = (true, false, true)
                }
            } else if inField {
                if afterQuote {
                    if character == "\"" { afterQuote = false } else { fails = true }
                } else if character == "\"" {
                    afterQuote = true
                } else if character == delimiter {
                    (atStart, inField) = (true, false)
                    endCell()
                } else if Self.endsRow(character) {
                    (atStart, inField) = (true, false)
                    endsRow = true
                } else {
                    rowHasContent = true
                }
            } else if inQuotes {
                if afterQuote {
                    if character == "\"" {
                        (afterQuote, rowHasContent) = (false, true)
                    } else if character == delimiter {
                        (atStart, inQuotes, afterQuote) = (true, false, false)
                        endCell()
                    } else if Self.endsRow(character) {
                        (atStart, inQuotes, afterQuote) = (true, false, false)
                        endsRow = true
                    } else if !character.isWhitespace {
                        fails = true
                    }
                } else if character == "\"" {
                    afterQuote = true
                } else {
                    rowHasContent = true
                }
            }
            if fails {
                failure = (SourceLocation(line: line, column: column), index, rowStart)
                return
            }
            // Where the next Character stands.
            let newlines = character.unicodeScalars.filter { $0 == "\n" }.count
            if newlines > 0 {
                line += newlines
                column = character.unicodeScalars.reversed().prefix { $0 != "\n" }.count + 1
            } else {
                column += character.unicodeScalars.count
            }
            if endsRow {
                rows.append(current)
                current = CSVCellPositions.Row(line: line, columns: [column])
                rowStart = next
                rowHasContent = false
            }
            index = next
        }
        if rowHasContent { rows.append(current) }
    }

    /// SwiftCSV's own `isNewline`, which is not the standard library's.
    private static func endsRow(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }
}
