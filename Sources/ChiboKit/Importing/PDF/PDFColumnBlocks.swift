/// Two blocks of text side by side, which Vietnamese documents set in a
/// borderless table: the header (the issuing body and the document's
/// number on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ
/// NGHĨA VIỆT NAM" and the place and date on the right, at the top of the
/// first page), and the signature block at the end ("Nơi nhận:" on the left;
/// "T/M BAN THƯỜNG VỤ", the title and the name on the right).
///
/// Their lines are handed over column by column: the left column's lines
/// top to bottom, then the right's, each line the text of its own column
/// (not a borderless table), so that the structure stage reads the front
/// matter from lines whichever reader they came from. Both keep the line
/// number of the row they were printed on.
enum PDFColumnBlocks {
    /// Where a block's lines are among the page's reordered lines.
    struct Block {
        var lines: Range<Int>
        var rightColumnStart: Int
    }

    /// A page's lines in reading order, and where the blocks in columns are among them.
    static func reorder(_ lines: [PDFLine], geometry: PDFTextGeometry) -> (lines: [PDFLine], blocks: [Block]) {
        var ordered: [PDFLine] = []
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            guard let found = columns(from: index, in: lines, geometry: geometry) else {
                ordered.append(lines[index])
                index += 1
                continue
            }
            blocks.append(Block(lines: ordered.count..<(ordered.count + found.left.count + found.right.count),
                                rightColumnStart: ordered.count + found.left.count))
            ordered += found.left + found.right
            index = found.end
        }
        return (ordered, blocks)
    }

    /// The block in columns that begins at the line given, if one does.
    private static func columns(from start: Int, in lines: [PDFLine], geometry: PDFTextGeometry)
        -> (left: [PDFLine], right: [PDFLine], end: Int)? {
        let textMiddle = geometry.middle
        func side(_ segment: [PDFFragment]) -> Int? {
            let left = segment.first?.left ?? 0, right = segment.map(\.right).max() ?? 0
            return right <= textMiddle ? 0 : left >= textMiddle ? 1 : nil
        }

        // Rows of one segment in either half of the text (two in one half
        // make a table's row, `PDFTableFinder`'s): the first a
        // row with both halves, or one close above it; up to the last row
        // with both, each a line or two below the one before.
        var rows: [(line: PDFLine, sides: [Int])] = []
        var isApart: [Bool] = []
        for line in lines[start...] {
            let sides = line.segments.compactMap(side)
            guard sides.count == line.segments.count, Set(sides).count == sides.count else { break }
            // Room for a signature: the name stands three or four lines below.
            let spacing = rows.last.map { line.baseline - $0.line.baseline } ?? 0
            if spacing > geometry.lineSpacing * 6 { break }
            isApart.append(spacing > geometry.lineSpacing * 2.5)
            rows.append((line, sides))
        }
        let isShared = rows.map { Set($0.sides).count == 2 }
        guard let firstShared = isShared.firstIndex(of: true), firstShared <= 1 else { return nil }
        let together = isApart.indices.dropFirst().first { isApart[$0] } ?? rows.count
        guard let lastShared = isShared[..<together].lastIndex(of: true) else { return nil }

        // After the last row with both columns, a row still belongs to the
        // block only if it stands under its column as such blocks are set,
        // centred under it or starting where it starts: a short body line
        // at the left margin does not.
        func middle(of segment: [PDFFragment]) -> Double {
            ((segment.first?.left ?? 0) + (segment.map(\.right).max() ?? 0)) / 2
        }
        func segments(on side: Int) -> [[PDFFragment]] {
            rows[...lastShared].flatMap { row in zip(row.line.segments, row.sides).filter { $0.1 == side }.map(\.0) }
        }
        let columnMiddles = [0, 1].map { side in
            let middles = segments(on: side).map(middle(of:))
            return middles.reduce(0, +) / Double(max(middles.count, 1))
        }
        let columnLefts = [0, 1].map { segments(on: $0).compactMap { $0.first?.left }.min() ?? 0 }
        func isUnderItsColumn(_ row: (line: PDFLine, sides: [Int])) -> Bool {
            zip(row.line.segments, row.sides).allSatisfy { segment, side in
                abs(middle(of: segment) - columnMiddles[side]) <= geometry.bodySize * 2
                    || abs((segment.first?.left ?? 0) - columnLefts[side]) <= geometry.bodySize / 2
            }
        }
        var blockRows = lastShared + 1
        while blockRows < rows.count, isUnderItsColumn(rows[blockRows]) { blockRows += 1 }

        func column(_ side: Int) -> [PDFLine] {
            rows[..<blockRows].compactMap { row in
                let segments = zip(row.line.segments, row.sides).filter { $0.1 == side }.map(\.0)
                return segments.isEmpty ? nil : PDFLine(segments: segments, number: row.line.number)
            }
        }
        return (column(0), column(1), start + blockRows)
    }
}
