/// The measures of a document's body text that its lines are judged by:
/// the usual font size, the usual distance from one line to the next, and
/// the left and right edges of the text. Found over the whole document,
/// after page furniture is gone, since Word lays out every page alike.
struct PDFTextGeometry: Equatable {
    var bodySize: Double
    /// Baseline to baseline, between two lines of body text.
    var lineSpacing: Double
    var leftMargin: Double
    var rightMargin: Double
    /// Where most paragraphs' first lines start, when they are indented.
    var indentedLeft: Double?

    var middle: Double { (leftMargin + rightMargin) / 2 }
    var width: Double { rightMargin - leftMargin }

    init(pages: [[PDFLine]]) {
        let lines = pages.joined()
        var lengths: [Double: Int] = [:]
        for fragment in lines.flatMap(\.fragments) { lengths[fragment.size, default: 0] += fragment.visibleLength }
        bodySize = lengths.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 12
        let size = bodySize
        let body = lines.filter { abs($0.size - size) <= size * 0.1 }

        var spacings: [Double: Int] = [:]
        for page in pages {
            for (above, below) in zip(page, page.dropFirst())
            where abs(above.size - size) <= size * 0.1 && abs(below.size - size) <= size * 0.1 {
                let spacing = (below.baseline - above.baseline).rounded()
                if spacing > 0, spacing < size * 3 { spacings[spacing, default: 0] += 1 }
            }
        }
        lineSpacing = spacings.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? size * 1.3

        // The edges most lines reach: the leftmost left shared by two lines
        // (a first-line indent is further in; one odd line further out does
        // not count), the rightmost right likewise (justified lines end there).
        // Lines of every size count: a page's foot reaches the margins too.
        let lefts = lines.map(\.left).sorted(), rights = lines.map(\.right).sorted()
        leftMargin = Self.shared(lefts).first ?? lefts.first ?? 0
        rightMargin = Self.shared(rights).last ?? rights.last ?? 0

        let margin = leftMargin
        var indentedLefts: [Double: Int] = [:]
        for left in body.map(\.left) where left - margin >= size * 0.8 && left - margin <= size * 6 {
            indentedLefts[left.rounded(), default: 0] += 1
        }
        indentedLeft = indentedLefts.filter { $0.value >= 2 }.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The values, sorted, that another value lies within 3 units of.
    private static func shared(_ sorted: [Double]) -> [Double] {
        sorted.indices.filter { index in
            (index > 0 && sorted[index] - sorted[index - 1] <= 3)
                || (index + 1 < sorted.count && sorted[index + 1] - sorted[index] <= 3)
        }.map { sorted[$0] }
    }
}
