import Foundation

/// One content file as chibo reads it: decoded, NFC, LF line ends, no BOM,
/// with a line table that turns cmark-gfm's byte columns into the
/// Unicode-scalar columns diagnostics report.
public struct SourceFile: Sendable {
    /// Path inside the content folder, `/`-separated: `guidance/x.md`.
    public let relativePath: String
    /// Path shown in diagnostics: `content/guidance/x.md`.
    public let displayPath: String
    /// The text, whose UTF-8 bytes are also what positions count: it is
    /// kept once (a native string is its bytes), not beside a byte copy.
    public let text: String
    /// The byte offset where each line starts.
    private let lineStarts: [Int]
    /// For lines that were not NFC as written: the written column of each
    /// column of the NFC text chibo reads (one more for the line's end), so
    /// that diagnostics count scalars as the file has them.
    private(set) var writtenColumns: [Int: [Int]] = [:]
    /// A file that is not text at all (it holds NUL bytes): left out.
    public internal(set) var isBinary = false
    /// Whether the text may hold legacy-encoded words (`TextScreen`): the
    /// pages without any skip `TextEncodingChecker`.
    let mayHoldLegacyText: Bool

    public init(relativePath: String, displayPath: String, text: String) {
        self.init(relativePath: relativePath, displayPath: displayPath, text: text, screen: TextScreen(text))
    }

    /// `screen`: the text's, read already (`decode` reads it for NFC).
    init(relativePath: String, displayPath: String, text: String, screen: TextScreen) {
        mayHoldLegacyText = screen.mayHoldLegacyText
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
        var text = text
        self.lineStarts = text.withUTF8 { bytes in
            var starts = [0]
            guard let base = bytes.baseAddress else { return starts }
            // memchr from line end to line end, where a test of every byte cost a percent of a build.
            var offset = 0
            while offset < bytes.count, let newline = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
            return starts
        }
    }

    /// The same file without its text: what a report still needs (paths,
    /// columns as written) once the site is rendered.
    func withoutText() -> SourceFile {
        var source = SourceFile(relativePath: relativePath, displayPath: displayPath, text: "")
        source.writtenColumns = writtenColumns
        source.isBinary = isBinary
        return source
    }

    /// About how much memory the text and its line table hold.
    var approximateByteCount: Int { 64 + text.utf8.count + lineStarts.count * MemoryLayout<Int>.stride }

    /// The text's bytes, without copying them.
    private func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }

    /// The byte offsets of a 1-based line from a 1-based byte column to the
    /// line's end.
    private func byteRange(ofLine line: Int, fromByteColumn column: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return 0..<0 }
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : text.utf8.count
        let start = min(lineStarts[line - 1] + max(column - 1, 0), lineEnd)
        return start..<lineEnd
    }

    /// The bytes of a 1-based line from a 1-based byte column to the line's
    /// end, indexed from 0, for as long as `body` runs.
    public func withBytes<R>(onLine line: Int, fromByteColumn column: Int = 1,
                             _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = byteRange(ofLine: line, fromByteColumn: column)
        return withUTF8 { bytes in body(UnsafeBufferPointer(rebasing: bytes[range])) }
    }

    /// The text of a 1-based line from a 1-based byte column to the line's end.
    public func line(_ line: Int, fromByteColumn column: Int = 1) -> Substring {
        let range = byteRange(ofLine: line, fromByteColumn: column)
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }

    public var lineCount: Int { lineStarts.count }

    /// True when some line was written in another normalisation form.
    public var wasNormalised: Bool { !writtenColumns.isEmpty }

    /// A location in the NFC text as the file writes it.
    public func written(_ location: SourceLocation) -> SourceLocation {
        guard let columns = writtenColumns[location.line] else { return location }
        let index = location.column - 1
        guard index >= 0 else { return location }
        let column = index < columns.count ? columns[index] : columns[columns.count - 1] + (index - columns.count + 1)
        return SourceLocation(line: location.line, column: column)
    }

    /// A range in the NFC text as the file writes it. Its end is inclusive:
    /// the last written scalar of the character it ends on (`ả` written as
    /// `a` and a combining mark ends at the mark).
    public func written(_ range: SourceRange) -> SourceRange {
        var end = written(range.end)
        if let columns = writtenColumns[range.end.line], range.end.column >= 1, range.end.column < columns.count {
            end.column = max(end.column, columns[range.end.column] - 1)
        }
        return SourceRange(start: written(range.start), end: end)
    }

    /// Columns of each NFC line that differs from the line as written:
    /// every NFC scalar maps into the written character it comes from.
    static func writtenColumns(written: String, normalised: String) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        let writtenLines = written.split(separator: "\n", omittingEmptySubsequences: false)
        let normalisedLines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
        guard writtenLines.count == normalisedLines.count else { return [:] }
        for (index, (before, after)) in zip(writtenLines, normalisedLines).enumerated()
        where !before.unicodeScalars.elementsEqual(after.unicodeScalars) {
            var columns: [Int] = []
            var column = 1
            for character in before {
                let writtenCount = character.unicodeScalars.count
                let nfcCount = VietnameseText.nfc(String(character)).unicodeScalars.count
                for k in 0..<nfcCount { columns.append(column + min(k, writtenCount - 1)) }
                column += writtenCount
            }
            // Only when character by character adds up to the whole line.
            guard columns.count == after.unicodeScalars.count else { continue }
            columns.append(column)
            result[index + 1] = columns
        }
        return result
    }

    /// The scalar column of a 1-based byte column on a 1-based line.
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else {
            return SourceLocation(line: max(line, 1), column: max(byteColumn, 1))
        }
        let start = lineStarts[line - 1]
        let scalars = withUTF8 { utf8 in
            let end = min(start + max(byteColumn - 1, 0), utf8.count)
            var scalars = 0
            for offset in start..<max(start, end) where utf8[offset] & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        return SourceLocation(line: line, column: scalars + 1)
    }
}

extension SourceFile {
    /// Decodes raw bytes the way editors' files arrive: strips a UTF-8 BOM,
    /// turns CRLF and lone CR into LF, normalises to NFC, and reports bytes
    /// that are not UTF-8 and text that was not NFC (`text.encoding`).
    public static func decode(_ data: Data, relativePath: String, displayPath: String) -> (SourceFile, [Diagnostic]) {
        var bytes = [UInt8](data)
        var diagnostics: [Diagnostic] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }

        // A binary file (an image, a Word document) named like text.
        if Self.contains(0, in: bytes, limit: 8192) {
            var source = SourceFile(relativePath: relativePath, displayPath: displayPath, text: "")
            source.isBinary = true
            return (source, [Diagnostic(
                file: displayPath, at: SourceLocation(line: 1, column: 1), code: .textEncoding,
                message: Message(ContentFileMessages.binaryFile),
                suggestion: Suggestion(message: Message(ContentFileMessages.saveAsTextOrRename)))])
        }
        var text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            let badOffset = firstInvalidUTF8Offset(bytes) ?? 0
            let line = bytes[..<badOffset].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            // Files from old offices: TCVN3 (ABC) or VNI text saved in an
            // 8-bit code page reads, byte for byte, as Latin-1.
            let asLatin1 = bytes.map { Unicode.Scalar($0) }
            let legacy = LegacyEncoding.decoded(asLatin1)?.kind
            diagnostics.append(Diagnostic(
                file: displayPath, at: SourceLocation(line: line, column: 1), code: .textEncoding,
                message: legacy.map { Message(ContentFileMessages.legacyCodePage, ["encoding": $0.rawValue]) }
                    ?? Message(ContentFileMessages.notUTF8),
                suggestion: Suggestion(message: Message(legacy == nil ? ContentFileMessages.saveAsUTF8 : .convertToUnicode))))
            text = String(decoding: bytes, as: UTF8.self)
        }
        let hasCarriageReturn = Self.contains(UInt8(ascii: "\r"), in: bytes)
        if hasCarriageReturn, let lone = firstLoneCarriageReturnLine(bytes) {
            diagnostics.append(Diagnostic(
                file: displayPath, at: SourceLocation(line: lone, column: 1), code: .textEncoding,
                message: Message(ContentFileMessages.loneCarriageReturn),
                suggestion: Suggestion(message: Message(ContentFileMessages.saveWithLineEnds))))
        }
        if hasCarriageReturn {
            text = lineFeedsOnly(text)
        }
        var normalised = text
        var changed = false
        var screen = TextScreen(text)
        if !screen.isCertainlyNFC {
            normalised = text.precomposedStringWithCanonicalMapping
            screen = TextScreen(normalised)
            if !normalised.unicodeScalars.elementsEqual(text.unicodeScalars) {
                changed = true
                let span = differingLines(text, normalised)
                diagnostics.append(Diagnostic(
                    file: displayPath, at: SourceLocation(line: span.range.start.line, column: 1), code: .textEncoding,
                    message: Message(ContentFileMessages.notNFC),
                    suggestion: Suggestion(message: Message(ContentFileMessages.resaveAsNFC),
                                           replacement: span.normalised, range: span.range, isCertain: true)))
            }
        }
        if screen.mayHoldPDFLookAlikes { diagnostics += PDFLookAlikes.diagnostics(in: normalised, file: displayPath) }
        var source = SourceFile(relativePath: relativePath, displayPath: displayPath, text: normalised, screen: screen)
        if changed {
            source.writtenColumns = writtenColumns(written: text, normalised: normalised)
        }
        return (source, diagnostics)
    }

    /// Whether `byte` is among the first `limit` bytes: `memchr`, where a
    /// generic `contains` was a fifth of decoding a file.
    private static func contains(_ byte: UInt8, in bytes: [UInt8], limit: Int = .max) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), min(buffer.count, limit)) != nil
        }
    }

    /// CRLF and lone CR turned into LF, on UTF-8 bytes: Foundation's
    /// `replacingOccurrences` twice over a province's CSV of cells was a
    /// fifth of reading the organisation records.
    private static func lineFeedsOnly(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var written = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\r") {
                        if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                        out[written] = UInt8(ascii: "\n")
                    } else {
                        out[written] = byte
                    }
                    written += 1
                }
                return written
            }
        }
    }

    /// The line of the first CR not followed by LF, if any.
    private static func firstLoneCarriageReturnLine(_ bytes: [UInt8]) -> Int? {
        var line = 1
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\r") {
                if index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { return line }
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
        }
        return nil
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        // Decode scalar by scalar; on error report where the bad sequence begins.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// The lines from the first to the last that NFC changes (`end`
    /// inclusive, in the NFC text's columns like every diagnostic until
    /// `columnsAsWritten`), and their NFC text: the fix of the whole file.
    private static func differingLines(_ written: String, _ normalised: String)
        -> (range: SourceRange, normalised: String) {
        let before = written.split(separator: "\n", omittingEmptySubsequences: false)
        let after = normalised.split(separator: "\n", omittingEmptySubsequences: false)
        let differing = zip(before, after).enumerated()
            .filter { !$0.element.0.unicodeScalars.elementsEqual($0.element.1.unicodeScalars) }.map(\.offset)
        let first = differing.first ?? 0, last = differing.last ?? 0
        let range = SourceRange(start: SourceLocation(line: first + 1, column: 1),
                                end: SourceLocation(line: last + 1, column: max(1, after[last].unicodeScalars.count)))
        return (range, after[first...last].joined(separator: "\n"))
    }
}

extension Diagnostic {
    /// The diagnostic with its columns counted as `source` is written, for a
    /// file that was not NFC.
    func columnsAsWritten(in source: SourceFile) -> Diagnostic {
        guard source.wasNormalised else { return self }
        var result = self
        result.range = source.written(range)
        if let range = suggestion?.range { result.suggestion?.range = source.written(range) }
        return result
    }
}
