import Foundation

/// Reads a PDF for `chibo import` with poppler's command-line programs: the
/// text of every page with each line's position and look, page numbers and
/// running headers removed; a scan (pictures of pages) with tesseract's OCR
/// when it is installed. Only reads: what the lines are (headings,
/// footnotes, front matter) the structure stage decides.
enum PDFReader {
    /// The largest file read; a larger one is refused, not read in part.
    static let byteLimit = 64 << 20

    static func read(fileAt url: URL) throws(ImportProblem) -> SourceDocument {
        try read(fileAt: url, tools: .standard)
    }

    static func read(fileAt url: URL, tools: PDFTools) throws(ImportProblem) -> SourceDocument {
        try checkIsPDF(url)
        let info = try information(url, tools: tools)
        // One run for the whole document: `-xml` for positions and fonts,
        // `-i` to leave images out, `-hidden` for the invisible text layer a
        // scanner's own OCR lays over its pictures, which is the only text
        // such a PDF has.
        let output = try tools.runPoppler("pdftohtml", ["-xml", "-i", "-hidden", "-stdout", url.path])
        guard output.status == 0, let pages = PDFTextLayer.parse(Self.withoutControlCharacters(output.standardOutput)) else {
            if output.standardError.contains("Copying of text") { throw noCopying }
            throw damaged(output.standardError)
        }
        // A scan: fewer than one page in ten has text (a typed cover sheet
        // on a scanned document is no reason to leave the rest unread).
        let pagesWithText = pages.count { $0.letterCount >= minimumLetters }
        if !pages.isEmpty, pagesWithText * 10 < pages.count {
            var document = layOut(try PDFOCR.read(url, pageCount: max(info.pageCount, pages.count), tools: tools))
            document.readAs = Message(ImportMessages.readAsOCR)
            document.isOCR = true
            document.notes.insert(SourceNote(message: Message(ImportMessages.scannedPDFNote), place: nil), at: 0)
            return document
        }
        var document = layOut(pages)
        let textless = pages.filter { $0.letterCount < minimumLetters }.map(\.number)
        if !textless.isEmpty, textless.count < pages.count {
            document.notes.append(SourceNote(message: Message(textless.count == 1 ? ImportMessages.pageWithoutText : .pagesWithoutText,
                                                              ["pages": textless]), place: nil))
        }
        return document
    }

    /// A page with fewer letters than this has no text layer worth the name:
    /// a scan's page with a stamped page number is no text page.
    static let minimumLetters = 20

    /// Lays out pages of text (from poppler, or from OCR) into a document.
    static func layOut(_ pages: [PDFPageText]) -> SourceDocument {
        var lines = pages.map(PDFLineBuilder.lines(of:))
        let bodySize = PDFTextGeometry(pages: lines).bodySize
        let furniture = PDFPageFurniture.remove(from: &lines, bodySize: bodySize)
        let geometry = PDFTextGeometry(pages: lines)
        var writer = PDFBlockWriter(geometry: geometry)
        for (index, page) in lines.enumerated() {
            let ordered = PDFColumnBlocks.reorder(page, geometry: geometry)
            writer.write(page: index + 1, lines: ordered.lines, columnBlocks: ordered.blocks)
        }
        var document = SourceDocument(blocks: writer.blocks, repairs: writer.repairs, readAs: Message(ImportMessages.readAsPDF),
                                      notes: furniture)
        document.marksParagraphs = true
        return document
    }

    // MARK: - Refusals, in the editor's words

    private static func checkIsPDF(_ url: URL) throws(ImportProblem) {
        let size: Int
        let start: Data
        do {
            size = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            start = try handle.read(upToCount: 1024) ?? Data()
        } catch {
            throw ImportProblem(Message(ImportMessages.pdfCannotBeOpened, ["file": url.lastPathComponent]))
        }
        guard size > 0 else { throw ImportProblem(Message(ImportMessages.pdfEmpty, ["file": url.lastPathComponent])) }
        guard size <= byteLimit else {
            throw ImportProblem(Message(ImportMessages.pdfTooLarge, ["size": size >> 20, "limit": byteLimit >> 20]))
        }
        // PDF readers accept the header anywhere in the first kilobyte.
        guard start.range(of: Data("%PDF-".utf8)) != nil else {
            throw ImportProblem(Message(ImportMessages.notAPDF, ["file": url.lastPathComponent]))
        }
    }

    private static func information(_ url: URL, tools: PDFTools) throws(ImportProblem) -> PDFInfo {
        let output = try tools.runPoppler("pdfinfo", [url.path])
        if PDFInfo.needsPassword(output.standardError) {
            throw ImportProblem(Message(ImportMessages.pdfPasswordProtected))
        }
        guard output.status == 0 else { throw damaged(output.standardError) }
        let info = PDFInfo.parse(String(decoding: output.standardOutput, as: UTF8.self))
        if info.isEncrypted, !info.allowsCopying { throw noCopying }
        return info
    }

    private static let noCopying = ImportProblem(Message(ImportMessages.pdfCopyProtected))

    private static func damaged(_ popplerSaid: String) -> ImportProblem {
        // What poppler said is its own words, passed on as they are.
        let said = popplerSaid.split(separator: "\n").first
        return ImportProblem(said.map { Message(ImportMessages.pdfDamagedPopplerSaid, ["said": $0]) }
                             ?? Message(ImportMessages.pdfDamaged))
    }

    /// poppler writes some PDFs' control characters into its XML as they
    /// are, which XML forbids; as spaces they cost nothing.
    private static func withoutControlCharacters(_ xml: Data) -> Data {
        guard xml.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return xml }
        return Data(xml.map { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D ? 0x20 : $0 })
    }
}
