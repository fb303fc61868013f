import Foundation
import Testing
@testable import ChiboKit

/// The PDF reader: poppler's text of a page laid out into lines that say
/// what their position and look meant, on PDFs printed by Chromium from the
/// HTML beside them (`Fixtures/import-pdf/make.sh`).
struct PDFReaderTests {
    static func fixture(_ path: String) -> URL { URL(fileURLWithPath: Fixtures.path("import-pdf/\(path)")) }

    static func read(_ path: String, tools: PDFTools = .standard) throws -> SourceDocument {
        try PDFReader.read(fileAt: fixture(path), tools: tools)
    }

    /// One block a line: `page:line`, the flags set, the text.
    static func dump(_ document: SourceDocument) -> String {
        document.blocks.map { block in
            switch block {
            case .pageBreak: return "---"
            case .table(let table):
                return "table \(table.place) header \(table.headerRows)\n" + table.rows.map { "| " + $0.map(\.text).joined(separator: " | ") + " |" }.joined(separator: "\n")
            case .line(let line):
                guard case .page(let page, let number) = line.place else { return "?" }
                var flags: [String] = []
                if line.gapBefore { flags.append("gap") }
                if line.isBold { flags.append("bold") }
                if line.isItalic { flags.append("italic") }
                if line.isCentered { flags.append("centred") }
                if line.isPageFoot { flags.append("foot") }
                if let size = line.relativeSize, abs(size - 1) > 0.05 { flags.append("size \(size)") }
                return "\(page):\(number) [\(flags.joined(separator: " "))] \(line.text)"
            }
        }.joined(separator: "\n")
    }

    @Test(arguments: ["header-columns", "heading", "furniture", "page-break", "footnote", "table"])
    func show(_ name: String) throws {
        let document = try Self.read("\(name)/document.pdf")
        print("=== \(name)\n" + Self.dump(document) + "\n" + document.notes.map(\.message).joined(separator: "\n"))
    }
}
