import Foundation
import FuzzSupport
@testable import ChiboKit

/// `chibo import` on any bytes: read as a text file (and as Markdown) and
/// as a .docx, the structure rebuilt and the page written. Besides crashes
/// it checks what every imported page must be: every footnote the page
/// defines is marked in its text, no raw HTML gets through (a `<` in the
/// text is always escaped), and the front matter is one block of quoted
/// values.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : size))
    for isMarkdown in [false, true] {
        guard let document = try? TextReader.read(input, isMarkdown: isMarkdown) else { continue }
        check(PageStructure.page(from: document, fileName: "fuzz.txt"))
    }
    if input.starts(with: [0x50, 0x4B]), let document = try? WordReader.read(Data(input)) {
        check(PageStructure.page(from: document, fileName: "fuzz.docx"))
    }
    return 0
}

private func check(_ page: ImportedPage) {
    let markdown = page.markdown
    for note in page.footnotes where !markdown.contains("[^\(note.label)]:") || !markdown.contains("[^\(note.label)]") {
        FuzzSupport.fail("footnote \(note.label) is not written with its marker")
    }
    let body = markdown.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "---" }.dropFirst()
        .drop { $0 != "---" }.dropFirst()
    for line in body {
        var previous: Character = " "
        for character in line {
            if character == "<", previous != "\\" { FuzzSupport.fail("an unescaped `<` in “\(line)”") }
            previous = character
        }
    }
    let frontMatter = markdown.split(separator: "\n").dropFirst().prefix { $0 != "---" }
    for line in frontMatter where !line.contains(": ") {
        FuzzSupport.fail("a front-matter line without a key: “\(line)”")
    }
}

// Last, after every global above is set: libFuzzer takes over.
FuzzSupport.run(fuzz)
