import Foundation

/// A text file copied out of Word or a PDF, read into lines: each line as
/// written (leading spaces dropped, tabs kept: they separate table cells),
/// a blank line marking a gap before the next, a form feed a page break.
enum TextReader {
    /// `isMarkdown`: a `.md` file, whose headings, tables and footnotes
    /// are read as Markdown writes them.
    static func read(_ bytes: [UInt8], isMarkdown: Bool = false) throws(ImportProblem) -> SourceDocument {
        let imported: ImportedText
        do {
            imported = try ImportedText.read(bytes)
        } catch {
            throw ImportProblem(error.message)
        }
        if isMarkdown {
            guard !imported.text.hasPrefix("---\n") else {
                throw ImportProblem(Message(ImportMessages.markdownHasFrontMatter))
            }
            return MarkdownReader.read(imported)
        }
        var document = SourceDocument(readAs: Message(ImportMessages.readAsText, ["encoding": imported.encoding.rawValue]))
        document.repairs = imported.repairs
        if imported.encoding != .utf8, imported.encoding != .utf16 {
            document.notes.append(SourceNote(message: Message(ImportMessages.legacyFileDecoded, ["encoding": imported.encoding.rawValue])))
        }
        var gap = false
        for (index, rawLine) in imported.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            while line.contains("\u{0C}") {
                let cut = line.firstIndex(of: "\u{0C}")!
                if !document.blocks.isEmpty { document.blocks.append(.pageBreak) }
                line = line[line.index(after: cut)...]
            }
            let text = String(line).trimmingTrailingSpaces().trimmingLeadingSpaces()
            guard text.contains(where: { !$0.isWhitespace }) else {
                gap = true
                continue
            }
            var sourceLine = SourceLine(text, place: .line(index + 1))
            sourceLine.gapBefore = gap
            document.blocks.append(.line(sourceLine))
            gap = false
        }
        return document
    }
}

extension String {
    /// Spaces (not tabs, which separate table cells) dropped from the start.
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\u{A0}" })
    }

    func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
