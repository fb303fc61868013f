/// The header of a Vietnamese document: the issuing body on the left (and
/// the document's number under it), "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA
/// XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the place and date on the right, side by
/// side at the top of the first page.
///
/// Its lines are handed over column by column: the left column's lines top
/// to bottom, then the right's, each line the text of its own column (not a
/// borderless table), so that the structure stage reads the front matter
/// from lines whichever reader they came from. Both keep the line number
/// of the row they were printed on.
enum PDFHeaderColumns {
    /// Where the header's lines are among the first page's reordered lines.
    struct Header {
        var lines: Range<Int>
        var rightColumnStart: Int?
    }

    /// The first page's lines in reading order, and where the header's
    /// lines are among them when there is a header in columns.
    static func reorder(_ lines: [PDFLine], geometry: PDFTextGeometry) -> (lines: [PDFLine], header: Header?) {
        let textMiddle = geometry.middle
        func side(_ segment: [PDFFragment]) -> Int? {
            let left = segment.first?.left ?? 0, right = segment.map(\.right).max() ?? 0
            return right <= textMiddle ? 0 : left >= textMiddle ? 1 : nil
        }

        // Rows from the top whose every segment keeps to one half of the text.
        var rows: [(line: PDFLine, sides: [Int])] = []
        for line in lines {
            let sides = line.segments.compactMap(side)
            guard sides.count == line.segments.count else { break }
            if let previous = rows.last?.line, line.baseline - previous.baseline > geometry.lineSpacing * 2.5 { break }
            rows.append((line, sides))
        }
        guard let lastShared = rows.lastIndex(where: { Set($0.sides).count == 2 }) else { return (lines, nil) }

        // After the last row with both columns, a row still belongs to the
        // header only if it is centred under its column, as headers are set:
        // a short body line at the left margin is not.
        func middle(of segment: [PDFFragment]) -> Double {
            ((segment.first?.left ?? 0) + (segment.map(\.right).max() ?? 0)) / 2
        }
        func columnMiddle(_ side: Int) -> Double {
            var middles: [Double] = []
            for row in rows[...lastShared] {
                for (segment, segmentSide) in zip(row.line.segments, row.sides) where segmentSide == side {
                    middles.append(middle(of: segment))
                }
            }
            return middles.reduce(0, +) / Double(max(middles.count, 1))
        }
        let columnMiddles = [columnMiddle(0), columnMiddle(1)]
        func isUnderItsColumn(_ row: (line: PDFLine, sides: [Int])) -> Bool {
            zip(row.line.segments, row.sides).allSatisfy { segment, side in
                abs(middle(of: segment) - columnMiddles[side]) <= geometry.bodySize * 2
            }
        }
        var headerRows = lastShared + 1
        while headerRows < rows.count, isUnderItsColumn(rows[headerRows]) { headerRows += 1 }

        func column(_ side: Int) -> [PDFLine] {
            rows[..<headerRows].compactMap { row in
                let segments = zip(row.line.segments, row.sides).filter { $0.1 == side }.map(\.0)
                guard !segments.isEmpty else { return nil }
                return PDFLine(segments: segments, number: row.line.number)
            }
        }
        let left = column(0), right = column(1)
        return (left + right + lines[headerRows...], Header(lines: 0..<(left.count + right.count), rightColumnStart: right.isEmpty ? nil : left.count))
    }
}
