import Foundation
import Testing
@testable import ChiboKit

/// Renders Markdown the way the site does, without links rewritten.
private func html(_ markdown: String, rawHTML: Bool = false) -> String {
    let document = MarkdownParser.parse(markdown)
    var renderer = HTMLRenderer()
    renderer.allowRawHTML = rawHTML
    renderer.headingAnchors = HeadingAnchors.assign(in: document).map(\.anchor)
    return renderer.render(document).string
}

struct SafeModeTests {
    @Test func scriptInMarkdownIsNotRendered() {
        let output = html("Hello <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>\n")
        #expect(!output.contains("<script"))
        #expect(output.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLOptInStillFiltersScript() {
        let output = html("<div class=\"x\">ok</div>\n\n<script>alert(1)</script>\n", rawHTML: true)
        #expect(output.contains("<div class=\"x\">ok</div>"))
        #expect(!output.contains("<script"))
        #expect(output.contains("&lt;script>"))
    }

    @Test func dangerousLinkTargetsAreDropped() {
        let output = html("[x](javascript:alert(1)) ![i](data:text/html;base64,AAA)")
        #expect(!output.contains("javascript:"))
        #expect(!output.contains("data:text"))
        #expect(output.contains("<a href=\"\">x</a>"))
    }

    @Test func textIsEscaped() {
        #expect(html("a < b & \"c\"").contains("a &lt; b &amp; &quot;c&quot;"))
    }
}

struct GFMTests {
    @Test func tablesStrikethroughAutolinksAndFootnotes() {
        let output = html("""
            | Đơn vị | Số |
            |---|--:|
            | Xã | 12 |

            ~~cũ~~ https://example.org

            Câu[^a] và câu khác[^b], lại[^a].

            [^b]: Chú thích hai.
            [^a]: Chú thích một.
            """)
        #expect(output.contains("<table>"))
        #expect(output.contains("<th class=\"align-right\">Số</th>"))
        #expect(output.contains("<del>cũ</del>"))
        #expect(output.contains("<a href=\"https://example.org\" class=\"external\">https://example.org</a>"))
        // Numbered in order of first reference, whatever the definitions' order.
        #expect(output.contains("<a href=\"#fn:1\" id=\"fnref:1\">1</a>"))
        #expect(output.contains("<a href=\"#fn:2\" id=\"fnref:2\">2</a>"))
        #expect(output.contains("<a href=\"#fn:1\" id=\"fnref:1-2\">1</a>"))
        let one = output.range(of: "Chú thích một")!, two = output.range(of: "Chú thích hai")!
        #expect(one.lowerBound < two.lowerBound)
        #expect(output.contains("<li id=\"fn:1\">"))
    }
}

struct HeadingAnchorTests {
    @Test func repeatedHeadingsGetNumberedAnchors() {
        let document = MarkdownParser.parse("## Mục tiêu\n\n## Mục tiêu\n\n### Mục  tiêu!\n\n## Nội dung `x`\n")
        let anchors = HeadingAnchors.assign(in: document).map(\.anchor)
        #expect(anchors == ["muc-tieu", "muc-tieu-1", "muc-tieu-2", "noi-dung-x"])
    }

    @Test func headingsAreRenderedWithTheirAnchors() {
        let output = html("## Phần thứ hai\n")
        #expect(output.contains("<h2 id=\"phan-thu-hai\">Phần thứ hai <a class=\"heading-anchor\" href=\"#phan-thu-hai\""))
    }

    @Test func longPagesGetATableOfContents() {
        let document = MarkdownParser.parse("## A\n### A1\n## B\n## C\n")
        let toc = TableOfContents(headings: HeadingAnchors.assign(in: document))
        #expect(toc?.entries.map(\.text) == ["A", "B", "C"])
        #expect(toc?.entries.first?.children.map(\.anchor) == ["a1"])
        #expect(TableOfContents(headings: HeadingAnchors.assign(in: MarkdownParser.parse("## A\n## B\n"))) == nil)
    }
}

struct SourcePositionTests {
    @Test func linkPositionIsInFileLinesAndScalarColumns() {
        let (page, _) = page("---\ntitle: T\n---\n\nTheo Đề án số [đề án](a.md).\n")
        var found: (Int, Int)?
        page.document.forEach { node in
            if case .link = node.kind { found = (node.startLine, node.startColumn) }
        }
        let location = page.fileLocation(line: found!.0, byteColumn: found!.1)
        #expect(location == SourceLocation(line: 5, column: 15))
    }
}

struct ConcurrencyTests {
    /// cmark-gfm is not thread-safe (style.md): parses from many threads at
    /// once must still all see their extensions.
    @Test func concurrentParsesKeepTheirSyntax() async {
        let markdown = "~~gạch~~ và | a | b |\n|---|---|\n| 1 | 2 |\n"
        let expected = html(markdown)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<400 { group.addTask { html(markdown) } }
            var all: [String] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.contains("<del>"))
    }
}

/// The parsed tree as an outline: kind, first line and UTF-8 byte column
/// (cmark-gfm's), children indented below; what every later stage walks.
private func outline(_ node: MarkdownNode, depth: Int = 0) -> String {
    var line = String(repeating: "  ", count: depth) + "\(node.kind) \(node.startLine):\(node.startColumn)\n"
    for child in node.children { line += outline(child, depth: depth + 1) }
    return line
}

struct MarkdownTreeTests {
    /// Every node keeps its kind, payload, place and children in order,
    /// nested and side by side, through the flat storage the tree uses.
    @Test func theTreeKeepsKindsPlacesAndOrder() {
        let markdown = """
        # Tiêu đề

        1. một *nghiêng*[^b]
           - [liên kết](x.md "tên")
        2. hai[^a]

        | A | B |
        |:--|--:|
        | `c` | ~~d~~ |

        ```swift
        mã
        ```

        [^a]: chú thích a
        [^b]: chú thích b
        """
        let expected = """
        document 1:1
          heading(level: 1) 1:1
            text("Tiêu đề") 1:3
          list(ordered: true, start: 1, tight: true) 3:1
            item 3:1
              paragraph 3:4
                text("một ") 3:4
                emphasis 3:10
                  text("nghiêng") 3:11
                footnoteReference(label: "1") 3:20
              list(ordered: false, start: 0, tight: true) 4:4
                item 4:4
                  paragraph 4:6
                    link(destination: "x.md", title: "tên") 4:6
                      text("liên kết") 4:7
            item 5:1
              paragraph 5:4
                text("hai") 5:4
                footnoteReference(label: "2") 5:7
          table(alignments: [ChiboKit.MarkdownNode.TableAlignment.left, ChiboKit.MarkdownNode.TableAlignment.right]) 7:1
            tableRow(isHeader: true) 7:1
              tableCell 7:2
                text("A") 7:3
              tableCell 7:6
                text("B") 7:7
            tableRow(isHeader: false) 9:1
              tableCell 9:2
                code("c") 9:4
              tableCell 9:8
                strikethrough 9:9
                  text("d") 9:11
          codeBlock(info: "swift", literal: "mã\\n") 11:1
          footnoteDefinition(label: "1") 16:7
            paragraph 16:7
              text("chú thích b") 16:7
          footnoteDefinition(label: "2") 15:7
            paragraph 15:7
              text("chú thích a") 15:7

        """
        #expect(outline(MarkdownParser.parse(markdown)) == expected)
    }

    /// Past `maximumDepth` the containers go and their text is lifted to
    /// the deepest level kept: nothing the reader wrote is lost.
    @Test func nestingPastTheLimitIsFlattenedWithoutLosingText() {
        let depth = MarkdownParser.maximumDepth + 20
        let markdown = String(repeating: "> ", count: depth) + "sâu\n"
        let (document, flattenedAt) = MarkdownParser.parseWithDepthCheck(markdown)
        #expect(flattenedAt == 1)
        var quotes = 0
        var node = document
        while let child = node.children.first, case .blockQuote = child.kind {
            quotes += 1
            node = child
        }
        #expect(quotes == MarkdownParser.maximumDepth - 1)
        #expect(document.plainText == "sâu")
    }

    /// A document's plain text is read in one loop over its stored nodes;
    /// it is what the walk over its children reads.
    @Test(arguments: [
        "# Tiêu đề *nhấn* `mã`\n\nĐoạn một\ndòng hai  \ndòng ba<br>[liên kết](a.md \"t\") ![ảnh **đậm**](b.png)[^1]\n\n"
            + "- mục ~~gạch~~\n  > trích <span>x</span>\n\n```\nkhối mã\n```\n\n<div>html</div>\n\n"
            + "| A | B |\n|---|---|\n| 1 | **2** |\n\n[^1]: Chú thích *một*.\n[^2]: Không dùng.\n",
        String(repeating: "> ", count: MarkdownParser.maximumDepth + 5) + "sâu *lắm*\n\nhết\n",
        "",
    ])
    func documentPlainTextIsTheWalkOverItsChildren(_ markdown: String) {
        let document = MarkdownParser.parseWithDepthCheck(markdown).0
        // Blocks meet at a space, so no word runs from one into the next.
        #expect(document.plainText == document.children.map(\.plainText).filter { !$0.isEmpty }.joined(separator: " "))
    }

    @Test func anEmptyDocumentHasNoChildren() {
        #expect(MarkdownParser.parse("").children.isEmpty)
        #expect(MarkdownNode.emptyDocument.children.isEmpty)
    }
}
