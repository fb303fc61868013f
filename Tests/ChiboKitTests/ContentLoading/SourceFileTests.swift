import Testing
@testable import ChiboKit

/// A file's lines are its text split at every line feed.
struct SourceLinesTests {
    @Test(arguments: ["", "\n", "một", "một\n", "\nhai\n\nba", "a\n\n\n", String(repeating: "dòng dài ủy ban\n", count: 300) + "cuối"])
    func linesAreTheTextSplitAtLineFeeds(_ text: String) {
        let source = SourceFile(relativePath: "a.md", displayPath: "a.md", text: text)
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(source.lineCount == expected.count)
        #expect((1...source.lineCount).map { String(source.line($0)) } == expected)
    }
}
