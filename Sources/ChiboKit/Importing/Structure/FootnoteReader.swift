/// Footnotes found in a document's lines: bodies (a number, or a
/// superscript number, leading a line at a page's foot or at the end) and
/// their markers in the text (a superscript digit, a digit glued to the word
/// before it, a number alone on a line), matched in order so that a marker is
/// only taken for one when that footnote's body proves it. Bodies are taken
/// out of the text; markers become `[^N]` at their exact place.
struct FootnoteReader {
    private(set) var footnotes: [PageFootnote] = []

    private struct Body {
        var label: Int
        var index: Int
        var text: String
        var place: SourcePlace
        var isCertain: Bool
    }

    private struct Position: Comparable {
        var block: Int
        var offset: Int
        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.block, lhs.offset) < (rhs.block, rhs.offset) }
    }

    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    static func superscript(_ number: Int) -> String {
        let table = Dictionary(uniqueKeysWithValues: superscripts.map { ($1, $0) })
        return String(String(number).map { table[$0]! })
    }

    /// Footnotes a reader knew (Word): their markers are already `[^label]`.
    mutating func takeKnown(_ known: [SourceFootnote], in blocks: inout [SourceBlock]) {
        let labels = Set(known.map(\.label))
        for index in blocks.indices {
            guard case .line(var line) = blocks[index], line.text.contains("[^") else { continue }
            for label in labels { line.text = line.text.replacingOccurrences(of: "[^\(label)]", with: MarkdownText.marker(label)) }
            blocks[index] = .line(line)
        }
        footnotes = known.map { PageFootnote(label: $0.label, text: $0.text) }
    }

    mutating func read(_ blocks: inout [SourceBlock], report: inout ImportReport) {
        var removed = Set<Int>()
        var expected = 1
        var searchFrom = Position(block: 0, offset: 0)
        var markers: [(Position, Int, lone: Bool, length: Int)] = []
        for index in blocks.indices {
            guard !removed.contains(index), case .line(let line) = blocks[index],
                  let start = Self.bodyStart(line) else { continue }
            guard start.label == expected || (start.isCertain && start.label > expected && start.label <= expected + 2) else { continue }
            continueBodyCutByPage(before: index, in: blocks, removed: &removed)
            // A superscript marker may follow its body when the page foot
            // cut the paragraph: it is looked for up to the next body.
            let nextBody = ((index + 1)..<blocks.count).first { i in
                if case .line(let other) = blocks[i], Self.bodyStart(other)?.isCertain == true { true } else { false }
            } ?? blocks.count
            let marker = findMarker(start.label, in: blocks, from: searchFrom, before: Position(block: index, offset: 0),
                                    superscriptBefore: Position(block: nextBody, offset: 0), skipping: removed)
            guard marker != nil || start.isCertain else { continue }
            // The body, with the lines that continue it.
            var text = start.text
            var bodyLines = [index]
            var next = index + 1
            // A printed web footnote goes on until its `↩`, whatever its stops.
            while next < blocks.count, case .line(let more) = blocks[next], Self.bodyStart(more) == nil,
                  start.needsReturnArrow ? !text.hasSuffix("↩") && bodyLines.count < 40
                  : more.isPageFoot || (!more.gapBefore && !line.isWholeParagraph && !LinePatterns.endsSentence(text)
                                        && HeadingNumbering(more.text) == nil && !more.text.contains("\t")) {
                let continued = more.text.trimmed
                text = BodyBuilder.joined(text, text, continued)
                bodyLines.append(next)
                next += 1
            }
            if start.needsReturnArrow {
                guard text.hasSuffix("↩") else { continue }
                text = String(text.dropLast()).trimmed
            }
            removed.formUnion(bodyLines)
            let label = String(start.label)
            footnotes.append(PageFootnote(label: label, text: text))
            if let marker {
                markers.append((marker.position, start.label, marker.isLone, marker.length))
                searchFrom = Position(block: marker.position.block, offset: marker.position.offset + 1)
                if marker.isLone {
                    report.decide(Message(ImportMessages.loneFootnoteMarker, ["label": String(start.label)]),
                                  at: blocks[marker.position.block].place)
                }
            } else {
                report.decide(Message(ImportMessages.footnoteWithoutMarker, ["label": String(start.label)]), at: line.place)
                if let before = (0..<index).last(where: { i in !removed.contains(i) && { if case .line = blocks[i] { true } else { false } }() }),
                   case .line(let previous) = blocks[before] {
                    markers.append((Position(block: before, offset: previous.text.count), start.label, false, 0))
                }
            }
            expected = start.label + 1
        }
        // Markers placed from the last to the first, so offsets stay true.
        for (position, label, lone, length) in markers.sorted(by: { $0.0 > $1.0 }) {
            guard case .line(var line) = blocks[position.block] else { continue }
            let characters = Array(line.text)
            if lone {
                removed.insert(position.block)
                if let before = (0..<position.block).last(where: { !removed.contains($0) }), case .line(var previous) = blocks[before] {
                    previous.text += MarkdownText.marker(String(label))
                    blocks[before] = .line(previous)
                }
                continue
            }
            line.text = String(characters[..<position.offset]) + MarkdownText.marker(String(label))
                + String(characters[(position.offset + length)...])
            blocks[position.block] = .line(line)
        }
        for index in removed.sorted(by: >) { blocks.remove(at: index) }
    }

    /// A footnote body a page break cut goes on at the next page's foot:
    /// in copied text that is the line just before the next body, between
    /// two halves of a paragraph the page break cut too.
    private mutating func continueBodyCutByPage(before index: Int, in blocks: [SourceBlock], removed: inout Set<Int>) {
        guard let last = footnotes.last, !LinePatterns.endsSentence(last.text), index >= 2,
              !removed.contains(index - 1), case .line(let candidate) = blocks[index - 1], case .line(let before) = blocks[index - 2],
              removed.contains(index - 2) || (!before.isWholeParagraph && !LinePatterns.endsSentence(before.text) && HeadingNumbering(before.text) == nil),
              HeadingNumbering(candidate.text) == nil, Self.bodyStart(candidate) == nil,
              candidate.text.firstMatch(of: ImportPatterns.listMark) == nil else { return }
        footnotes[footnotes.count - 1].text += " " + candidate.text.trimmed
        removed.insert(index - 1)
    }

    /// A line that starts a footnote body: `¹ text`, or `1 text` (certain
    /// only at a page's foot or in superscript).
    private static func bodyStart(_ line: SourceLine) -> (label: Int, text: String, isCertain: Bool, needsReturnArrow: Bool)? {
        let text = line.text.trimmed
        guard let first = text.first, first.isNumber || superscripts[first] != nil, !text.contains("\t") else { return nil }
        if let match = text.firstMatch(of: ImportPatterns.superscriptFootnote) {
            let digits = String(match.1.map { superscripts[$0]! })
            return Int(digits).map { ($0, String(match.2), true, false) }
        }
        if let match = text.firstMatch(of: ImportPatterns.numberedFootnote), let label = Int(match.1), label > 0 {
            return (label, String(match.2), line.isPageFoot, false)
        }
        // A web page's footnotes, printed: `1. text ↩` (the arrow leads back to the marker).
        if let match = text.firstMatch(of: ImportPatterns.returningFootnote), let label = Int(match.1), label > 0 {
            return (label, String(match.2), true, true)
        }
        return nil
    }

    /// The marker of footnote `label` between two positions: a superscript
    /// number, else digits glued to the word before them, else the number
    /// alone on a line.
    private func findMarker(_ label: Int, in blocks: [SourceBlock], from start: Position, before limit: Position,
                            superscriptBefore superscriptLimit: Position, skipping removed: Set<Int>) -> (position: Position, isLone: Bool, length: Int)? {
        let superscript = Array(Self.superscript(label))
        let digits = Array(String(label))
        var glued: Position?
        var lone: Position?
        for index in start.block..<min(max(limit.block, superscriptLimit.block), blocks.count) where !removed.contains(index) {
            guard case .line(let line) = blocks[index] else { continue }
            let characters = Array(line.text)
            let from = index == start.block ? start.offset : 0
            let beforeBody = index < limit.block
            if line.text.trimmed == String(label) {
                guard beforeBody else { continue }
                if lone == nil { lone = Position(block: index, offset: 0) }
                continue
            }
            var offset = from
            while offset < characters.count {
                if Self.matches(superscript, in: characters, at: offset), offset > 0, !characters[offset - 1].isWhitespace,
                   !Self.isSuperscriptDigit(characters, at: offset + superscript.count),
                   !Self.isSuperscriptDigit(characters, at: offset - 1) {
                    return (Position(block: index, offset: offset), false, superscript.count)
                }
                if glued == nil, beforeBody, Self.matches(digits, in: characters, at: offset), Self.isGlued(characters, at: offset, length: digits.count) {
                    glued = Position(block: index, offset: offset)
                }
                offset += 1
            }
        }
        if let glued { return (glued, false, digits.count) }
        if let lone { return (lone, true, 0) }
        return nil
    }

    private static func matches(_ pattern: [Character], in characters: [Character], at offset: Int) -> Bool {
        offset + pattern.count <= characters.count && Array(characters[offset..<offset + pattern.count]) == pattern
    }

    private static func isSuperscriptDigit(_ characters: [Character], at offset: Int) -> Bool {
        offset >= 0 && offset < characters.count && superscripts[characters[offset]] != nil
    }

    /// Digits glued to the word or closing bracket before them and followed
    /// by a space, punctuation or the line's end: `viên)1.`, `rộng2;`.
    private static func isGlued(_ characters: [Character], at offset: Int, length: Int) -> Bool {
        guard offset > 0 else { return false }
        let before = characters[offset - 1]
        guard before.isLetter || ")”\"'.,;:…]".contains(before) else { return false }
        if offset >= 2, characters[offset - 2].isNumber { return false }
        if before == "." || before == ",", offset >= 2, !characters[offset - 2].isLetter, characters[offset - 2] != ")" { return false }
        let end = offset + length
        guard end < characters.count else { return true }
        let after = characters[end]
        return !after.isNumber && !after.isLetter && after != "/" && after != "-"
    }

}
