import Foundation

/// Reads the running text of a document into `TextRun`s, each character
/// carrying the line and column where it is written in the file: the
/// recogniser works on what cmark-gfm parsed, yet reports places as written.
public enum TextRunExtractor {
    /// The runs of a page: its `title` and `summary`, then every paragraph,
    /// heading and table cell of the body, footnotes included (those the
    /// renderer shows: defined and referenced).
    public static func runs(of page: Page) -> [TextRun] { runs(of: page, document: page.document) }

    /// The runs of a page whose body was parsed into `document`. Given a
    /// `screen`, a body run that can hold none of its citations is not made
    /// (the placing of every character is most of a run's cost).
    static func runs(of page: Page, document: MarkdownNode,
                     screen: CitationRecognizer? = nil) -> [TextRun] {
        var runs = frontMatterRuns(source: page.source, metadata: page.metadata, screen: screen)
        var walker = Walker(source: page.source, lineOffset: page.bodyFirstLine - 1, shownFootnotes: page.shownFootnoteLabels)
        walker.screen = screen
        walker.walk(document)
        runs.append(contentsOf: walker.runs)
        return runs
    }

    /// The runs of a plain-text file: one per paragraph (lines up to a blank line).
    public static func plainTextRuns(of source: SourceFile) -> [TextRun] {
        var runs: [TextRun] = []
        var run = TextRun()
        for line in 1...max(source.lineCount, 1) {
            let text = source.line(line)
            if text.allSatisfy({ $0.isWhitespace }) {
                if !run.isEmpty { runs.append(run) }
                run = TextRun()
                continue
            }
            if !run.isEmpty { run.appendSeparator(" ") }
            run.append(text.unicodeScalars, at: SourceLocation(line: line, column: 1))
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// Front-matter strings a reader sees, each character at the place it is
    /// written: on the key's line, or over several lines for a folded (`>`),
    /// literal (`|`) or multi-line plain value. Given a `screen`, a string
    /// that can hold none of its citations is left out.
    static func frontMatterRuns(source: SourceFile, metadata: PageMetadata,
                                screen: CitationRecognizer? = nil) -> [TextRun] {
        var runs: [TextRun] = []
        for (key, value) in [("title", metadata.title), ("summary", metadata.summary)] {
            guard let value, let keyLocation = metadata.keyLocations[key] else { continue }
            if let screen, !screen.mayCite(value) { continue }
            var aligner = SourceAligner(source: source, line: keyLocation.line,
                                        column: keyLocation.column + key.unicodeScalars.count)
            var run = TextRun()
            run.isFrontMatter = true
            let scalars = Array(value.unicodeScalars)
            // Nearly always the value is written whole on its key's line.
            if let column = aligner.columnOfWhole(scalars) {
                run.append(scalars, at: SourceLocation(line: keyLocation.line, column: column))
                runs.append(run)
                continue
            }
            var segment: (start: Int, location: SourceLocation)?
            for (index, scalar) in scalars.enumerated() {
                let location = aligner.locate(scalar)
                if let open = segment, location.line == open.location.line,
                   location.column == open.location.column + (index - open.start) { continue }
                if let open = segment { run.append(scalars[open.start..<index], at: open.location) }
                segment = (index, location)
            }
            if let open = segment { run.append(scalars[open.start...], at: open.location) }
            runs.append(run)
        }
        return runs
    }

    /// Finds, in order, where each character of a YAML value is written:
    /// YAML drops quotes, block indicators, indentation and line breaks, so
    /// each character is looked for a little ahead of the last one found.
    struct SourceAligner {
        let source: SourceFile
        var line: Int
        var scalars: [Unicode.Scalar]
        var index: Int
        /// How far ahead a character may be (a quote, an escape, the next
        /// line's indentation): a bound, so a value YAML rewrote (`\u00e0`)
        /// costs little and places the rest near where it belongs.
        static let window = 160

        init(source: SourceFile, line: Int, column: Int) {
            self.source = source
            self.line = line
            scalars = Array(source.line(line).unicodeScalars)
            index = min(max(column - 1, 0), scalars.count)
        }

        var location: SourceLocation { SourceLocation(line: line, column: index + 1) }

        /// The column where `value` stands whole on the current line, if it does.
        func columnOfWhole(_ value: [Unicode.Scalar]) -> Int? {
            guard let first = value.first, scalars.count - index >= value.count else { return nil }
            for start in index...(scalars.count - value.count) where scalars[start] == first {
                if scalars[start..<(start + value.count)].elementsEqual(value) { return start + 1 }
            }
            return nil
        }

        mutating func locate(_ scalar: Unicode.Scalar) -> SourceLocation {
            if scalar.isWhitespace {
                let here = location
                if index < scalars.count, scalars[index].isWhitespace {
                    index += 1
                } else if index >= scalars.count, line < source.lineCount {
                    // A line break that YAML folded into a space.
                    nextLine()
                }
                return here
            }
            var probe = self
            for _ in 0..<Self.window {
                if probe.index >= probe.scalars.count {
                    guard probe.line < source.lineCount else { break }
                    probe.nextLine()
                    continue
                }
                if probe.scalars[probe.index] == scalar {
                    let found = probe.location
                    probe.index += 1
                    self = probe
                    return found
                }
                probe.index += 1
            }
            return location
        }

        private mutating func nextLine() {
            line += 1
            scalars = Array(source.line(line).unicodeScalars)
            index = 0
        }
    }

    private struct Walker {
        let source: SourceFile
        let lineOffset: Int
        let renderedFootnotes: Set<String>
        var runs: [TextRun] = []
        var current = TextRun()
        var section: String?
        /// What a paragraph met now is part of: a list item, a footnote…
        var container: TextRun.Block = .paragraph
        var seenFootnotes = Set<String>()
        var screen: CitationRecognizer?

        init(source: SourceFile, lineOffset: Int, shownFootnotes: Set<String>) {
            self.source = source
            self.lineOffset = lineOffset
            self.renderedFootnotes = shownFootnotes
        }

        mutating func walk(_ node: MarkdownNode) {
            switch node.kind {
            case .paragraph, .tableCell:
                guard passesScreen(node) else { return }
                beginRun(node.isTableCell ? .tableCell : container)
                walkInlines(node)
                endRun()
            case .heading:
                if passesScreen(node) {
                    beginRun(.heading)
                    walkInlines(node)
                    endRun()
                }
                section = node.plainText
            case .footnoteDefinition(let label):
                // Only the first definition of a referenced label is shown.
                guard renderedFootnotes.contains(label), seenFootnotes.insert(label).inserted else { return }
                walkChildren(of: node, in: .footnote)
            case .item:
                walkChildren(of: node, in: container == .footnote ? .footnote : .listItem)
            case .blockQuote:
                walkChildren(of: node, in: .quotation)
            case .codeBlock, .htmlBlock, .thematicBreak:
                return
            default:
                for child in node.children { walk(child) }
            }
        }

        /// Whether the screen takes the run `node` makes (`mayCite`): a
        /// digit in any literal is enough, read on UTF-8 without gathering.
        /// Otherwise its scalars, as `walkInlines` appends them, go through
        /// an `AliasScreen`, and only if that finds a word an alias may
        /// start with are they gathered (without their places) and matched.
        func passesScreen(_ node: MarkdownNode) -> Bool {
            guard let screen else { return true }
            if Self.hasDigit(node) { return true }
            guard screen.readsAliases else { return false }
            var aliasScreen = AliasScreen(screen.aliases)
            Self.screen(node, with: &aliasScreen)
            guard aliasScreen.mayNameAlias() else { return false }
            var scalars: [Unicode.Scalar] = []
            Self.forEachScalar(of: node) { scalars.append($0) }
            return screen.mayCiteByAlias(scalars)
        }

        /// Reads the run `node` makes into the alias screen.
        private static func screen(_ node: MarkdownNode, with aliasScreen: inout AliasScreen) {
            for child in node.children {
                switch Reading(child) {
                case .literal(let literal): aliasScreen.read(literal)
                case .space: aliasScreen.read(" " as Unicode.Scalar)
                case .children: screen(child, with: &aliasScreen)
                }
            }
        }

        /// The scalars of the run `node` makes, without their places.
        private static func forEachScalar(of node: MarkdownNode, _ body: (Unicode.Scalar) -> Void) {
            for child in node.children {
                switch Reading(child) {
                case .literal(let literal): for scalar in literal.unicodeScalars { body(scalar) }
                case .space: body(" ")
                case .children: forEachScalar(of: child, body)
                }
            }
        }

        /// An ASCII digit in a literal the run would read.
        private static func hasDigit(_ node: MarkdownNode) -> Bool {
            for child in node.children {
                switch Reading(child) {
                case .literal(var literal):
                    if literal.withUTF8({ $0.contains { $0 &- 0x30 < 10 } }) { return true }
                case .space: continue
                case .children: if hasDigit(child) { return true }
                }
            }
            return false
        }

        /// How running text reads an inline node: its literal, a space for
        /// markup that stands between words (a break, code, a footnote
        /// marker, raw HTML, an image), or what its children read.
        private enum Reading {
            case literal(String), space, children

            /// By the node's stored tag: its `kind` would be made, and its
            /// strings retained, for every inline node read.
            init(_ node: MarkdownNode) {
                let stored = node.stored
                switch stored.tag {
                case .text: self = .literal(node.tree.strings[Int(stored.first)])
                case .softBreak, .lineBreak, .code, .footnoteReference, .htmlInline, .image: self = .space
                default: self = .children
                }
            }
        }

        mutating func walkChildren(of node: MarkdownNode, in block: TextRun.Block) {
            let outer = container
            container = block
            for child in node.children { walk(child) }
            container = outer
        }

        mutating func beginRun(_ block: TextRun.Block) {
            current = TextRun()
            current.section = section
            current.block = block
        }

        mutating func endRun() {
            if !current.isEmpty { runs.append(current) }
            current = TextRun()
        }

        mutating func walkInlines(_ node: MarkdownNode) {
            for child in node.children {
                switch Reading(child) {
                case .literal(let literal): appendText(literal, node: child)
                case .space: current.appendSeparator(" ")
                case .children: walkInlines(child)
                }
            }
        }

        /// Appends a text node, aligning its literal with the file so that
        /// escapes (`\*`) and entities (`&amp;`) do not shift the columns.
        mutating func appendText(_ literal: String, node: MarkdownNode) {
            guard node.startLine > 0 else {
                // No position (a bare autolink's text): readable, but the
                // renderer cannot find the node again, so it is not marked.
                let location = current.scalars.isEmpty ? SourceLocation(line: lineOffset + 1, column: 1)
                    : current.location(at: current.scalars.count - 1)
                current.append(literal, at: location)
                return
            }
            let start = current.scalars.count
            defer { current.markNode(node.positionKey, from: start) }
            let line = node.startLine + lineOffset
            let startLocation = source.location(line: line, byteColumn: node.startColumn)
            source.withBytes(onLine: line, fromByteColumn: node.startColumn) { bytes in
                TextRunExtractor.appendAligned(literal, source: bytes, line: line, column: startLocation.column, to: &current)
            }
        }
    }

    /// The bytes begin with the literal's UTF-8.
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: String) -> Bool {
        var literal = literal
        return literal.withUTF8 { text in
            guard text.count <= bytes.count else { return false }
            guard let a = text.baseAddress, let b = bytes.baseAddress else { return text.isEmpty }
            return memcmp(a, b, text.count) == 0
        }
    }

    /// Appends `literal`, matching it scalar by scalar against the file's
    /// bytes from (`line`, `column`): a new origin starts wherever the file
    /// holds something the literal does not (a backslash, an entity).
    static func appendAligned(_ literal: String, source: UnsafeBufferPointer<UInt8>, line: Int, column: Int, to run: inout TextRun) {
        // Nearly every text node is written exactly as its literal.
        if startsWith(source, literal) {
            run.append(literal, at: SourceLocation(line: line, column: column))
            return
        }
        var position = source.startIndex
        var column = column
        var chunk: [Unicode.Scalar] = []
        var chunkColumn = column

        func flush(_ run: inout TextRun) {
            if !chunk.isEmpty { run.append(chunk, at: SourceLocation(line: line, column: chunkColumn)) }
            chunk.removeAll(keepingCapacity: true)
        }
        func matches(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
            var ok = true
            var offset = index
            UTF8.encode(scalar) { byte in
                if ok, offset < source.endIndex, source[offset] == byte { offset += 1 } else { ok = false }
            }
            return ok
        }
        func scalarLength(at index: Int) -> Int {
            let lead = source[index]
            switch lead {
            case 0..<0x80: return 1
            case 0xC0..<0xE0: return 2
            case 0xE0..<0xF0: return 3
            default: return 4
            }
        }

        for scalar in literal.unicodeScalars {
            let length = UTF8.width(scalar)
            if position < source.endIndex, matches(scalar, at: position) {
                if chunk.isEmpty { chunkColumn = column }
                chunk.append(scalar)
                position += length
                column += 1
                continue
            }
            flush(&run)
            if position < source.endIndex, source[position] == UInt8(ascii: "&"),
               let semicolon = source[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) {
                // An entity stands for this scalar; place it at the `&`.
                chunkColumn = column
                chunk.append(scalar)
                flush(&run)
                column += semicolon - position + 1
                position = semicolon + 1
                continue
            }
            // Skip what the literal leaves out (a backslash, a marker), a few scalars at most.
            var probe = position
            var probeColumn = column
            var found = false
            for _ in 0..<8 where probe < source.endIndex {
                probe += scalarLength(at: probe)
                probeColumn += 1
                if probe < source.endIndex, matches(scalar, at: probe) {
                    found = true
                    break
                }
            }
            if found {
                position = probe
                column = probeColumn
                chunkColumn = column
                chunk.append(scalar)
                position += length
                column += 1
            } else {
                chunkColumn = column
                chunk.append(scalar)
                flush(&run)
            }
        }
        flush(&run)
    }
}

private extension MarkdownNode {
    var isTableCell: Bool {
        if case .tableCell = kind { return true }
        return false
    }
}
