/// cmark-gfm numbers footnotes itself: after parsing, each reference's label
/// is its footnote's number (in order of first reference), the definitions
/// that are referenced sit at the end of the document in that order, and the
/// others are gone. Its API gives definitions no label, so each definition
/// is labelled with its position, which is the number its references carry.
enum FootnoteNumbers {
    static func label(_ document: inout MarkdownNode) {
        var next = 0
        number(&document, next: &next)
    }

    private static func number(_ node: inout MarkdownNode, next: inout Int) {
        if case .footnoteDefinition = node.kind {
            next += 1
            node.kind = .footnoteDefinition(label: String(next))
        }
        for index in node.children.indices { number(&node.children[index], next: &next) }
    }
}
