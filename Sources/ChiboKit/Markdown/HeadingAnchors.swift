import Foundation

/// A heading of a page, with the anchor chibo gives it.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
    /// Line in the parsed Markdown (add the front matter's lines for the file line).
    public var line: Int
}

/// Gives every heading an anchor by the slug rule of content-model.md; a
/// repeated heading gets `-1`, `-2`, ….
public enum HeadingAnchors {
    public static func assign(in document: MarkdownNode) -> [Heading] {
        var headings: [Heading] = []
        var used = Set<String>()
        document.forEach(tagged: .heading) { node in
            guard case .heading(let level) = node.kind else { return }
            let text = node.plainText.trimmed
            var base = Slug.make(text)
            if base.isEmpty { base = "muc" }
            var anchor = base
            var n = 0
            while used.contains(anchor) {
                n += 1
                anchor = "\(base)-\(n)"
            }
            used.insert(anchor)
            headings.append(Heading(level: level, text: text, anchor: anchor, line: node.startLine))
        }
        return headings
    }
}

/// The table of contents a long page shows: its level-2 and level-3 headings.
public struct TableOfContents: Sendable {
    public struct Entry: Sendable {
        public var text: String
        public var anchor: String
        public var children: [Entry]
    }

    public var entries: [Entry]

    /// Pages with fewer headings than this read well without a contents list.
    public static let minimumHeadings = 3

    public init?(headings: [Heading]) {
        let shown = headings.filter { $0.level == 2 || $0.level == 3 }
        guard shown.count >= TableOfContents.minimumHeadings else { return nil }
        var entries: [Entry] = []
        let top = shown.contains { $0.level == 2 } ? 2 : 3
        for heading in shown {
            let entry = Entry(text: heading.text, anchor: heading.anchor, children: [])
            if heading.level > top, !entries.isEmpty {
                entries[entries.count - 1].children.append(entry)
            } else {
                entries.append(entry)
            }
        }
        self.entries = entries
    }
}
