/// A stretch of running text as a reader sees it (one paragraph, heading,
/// table cell or front-matter string), with the place in the file of each
/// character. Markup is gone: `*của* Ban` reads `của Ban`, a soft line break
/// reads as a space, so a citation broken over two lines is one citation.
public struct TextRun: Sendable {
    public private(set) var scalars: [Unicode.Scalar] = []
    /// Where scalars come from, by run offset: from `offset` on, scalars are
    /// consecutive in the file starting at `location` (until the next origin).
    private(set) var origins: [Origin] = []
    /// The Markdown text nodes the run was read from, by run offset, so the
    /// renderer can turn a citation into a link inside those nodes.
    private(set) var nodes: [NodePiece] = []
    /// Offsets of the scalars that stand for markup (`appendSeparator`).
    private(set) var separators: [Int] = []
    /// The nearest heading above this run, for listing where a directive is cited.
    public var section: String?
    /// A front-matter string (`title`, `summary`), which the body does not show.
    public var isFrontMatter = false
    /// The block the run is read from, to name it in a message.
    public var block: Block = .paragraph

    /// The kinds of block a reader tells apart.
    public enum Block: String, Sendable {
        case paragraph, heading, listItem = "list item", tableCell = "table cell", footnote, quotation
    }

    struct Origin: Sendable {
        var offset: Int
        var location: SourceLocation
    }

    /// One Markdown text node's literal inside the run.
    public struct NodePiece: Sendable, Hashable {
        /// Run offset of the node's first scalar.
        public var offset: Int
        public var length: Int
        /// The node's key (`MarkdownNode.positionKey`).
        public var node: Int
    }

    public init() {}

    public var isEmpty: Bool { scalars.isEmpty }

    /// Appends text that is written consecutively in the file from `location`.
    public mutating func append<S: Sequence>(_ text: S, at location: SourceLocation) where S.Element == Unicode.Scalar {
        origins.append(Origin(offset: scalars.count, location: location))
        scalars.append(contentsOf: text)
    }

    /// Appends a string written consecutively in the file from `location`,
    /// decoded from its UTF-8 straight into room made for one scalar per
    /// byte: appending `unicodeScalars` as a sequence counted them first,
    /// then copied them, and appending them one by one checked the array
    /// at each (a tenth of a build's citation reading either way). The
    /// room is made by `append(contentsOf:)`, which grows the array by
    /// doubling; `reserveCapacity` grows it to the exact size asked, which
    /// for a run of many pieces would copy the run again each time.
    public mutating func append(_ text: String, at location: SourceLocation) {
        let start = scalars.count
        origins.append(Origin(offset: start, location: location))
        var text = text
        text.withUTF8 { bytes in
            scalars.append(contentsOf: repeatElement(Unicode.Scalar(0), count: bytes.count))
            let end = scalars.withUnsafeMutableBufferPointer { room in
                var written = start
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    var value = UInt32(lead)
                    if lead < 0x80 {
                        index += 1
                    } else if lead < 0xE0 {
                        value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    // A String's UTF-8 is valid: every value decoded is a scalar.
                    room[written] = Unicode.Scalar(value)!
                    written += 1
                }
                return written
            }
            scalars.removeLast(scalars.count - end)
        }
    }

    /// Appends a character that stands for markup (a soft break's space, a
    /// footnote marker's separator) and has no place of its own.
    public mutating func appendSeparator(_ scalar: Unicode.Scalar) {
        let location = origins.last.map { last in
            SourceLocation(line: last.location.line, column: last.location.column + scalars.count - last.offset)
        } ?? SourceLocation(line: 1, column: 1)
        origins.append(Origin(offset: scalars.count, location: location))
        separators.append(scalars.count)
        scalars.append(scalar)
    }

    mutating func markNode(_ key: Int, from offset: Int) {
        guard scalars.count > offset else { return }
        nodes.append(NodePiece(offset: offset, length: scalars.count - offset, node: key))
    }

    /// The place in the file of the scalar at `offset`.
    public func location(at offset: Int) -> SourceLocation {
        guard !origins.isEmpty else { return SourceLocation(line: 1, column: 1) }
        var low = 0
        var high = origins.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if origins[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let origin = origins[low]
        return SourceLocation(line: origin.location.line, column: origin.location.column + max(offset - origin.offset, 0))
    }

    /// Whether the scalars of `range` are written in the file one after
    /// another on one line, as they are here: no markup, line break or
    /// entity between them, so replacing that stretch of the line replaces
    /// exactly this text.
    func isWrittenAsIs(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        let first = location(at: range.lowerBound)
        for origin in origins where origin.offset > range.lowerBound && origin.offset < range.upperBound {
            let expected = SourceLocation(line: first.line, column: first.column + origin.offset - range.lowerBound)
            if origin.location != expected { return false }
        }
        // A separator continues its origin's columns but stands for markup:
        // the file holds a line break or a marker there, not this scalar.
        return !separators.contains { range.contains($0) }
    }

    /// The text of a range, as written (markup and line breaks read as above).
    public func text(_ range: Range<Int>) -> String {
        String(encoding: scalars[range.clamped(to: 0..<scalars.count)])
    }

    /// The parts of text nodes a range covers, as (node key, scalar range in
    /// the node's literal), in order.
    public func nodePieces(covering range: Range<Int>) -> [(node: Int, range: Range<Int>)] {
        var result: [(node: Int, range: Range<Int>)] = []
        for piece in nodes {
            let pieceRange = piece.offset..<(piece.offset + piece.length)
            let overlap = pieceRange.clamped(to: range)
            guard !overlap.isEmpty else { continue }
            result.append((piece.node, (overlap.lowerBound - piece.offset)..<(overlap.upperBound - piece.offset)))
        }
        return result
    }
}
