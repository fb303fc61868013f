import Foundation

/// Reads a scanned PDF's pages with tesseract: poppler's `pdftoppm` draws
/// each page at 300 dpi into a private temporary folder, tesseract reads
/// each picture in Vietnamese and says where every word stands (its TSV
/// output), and the words become runs of text in pdftohtml's units, so
/// that the same layout finds the lines, gaps and centring.
enum PDFOCR {
    static let dotsPerInch = 300.0
    /// pdftohtml's units are points × 1.5: 108 per inch.
    static let scale = 108 / dotsPerInch

    static func read(_ url: URL, pageCount: Int, tools: PDFTools) throws(ImportProblem) -> [PDFPageText] {
        let tesseract = try vietnameseTesseract(tools)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-ocr-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ImportProblem("chibo could not make a temporary folder to read this scanned PDF in: check that the disk is not full.")
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        var drawingTools = tools
        drawingTools.timeout = max(tools.timeout, Double(pageCount) * 5)
        let drawn = try drawingTools.runPoppler("pdftoppm", ["-r", "\(Int(dotsPerInch))", "-png", url.path, folder.appendingPathComponent("page").path])
        let pictures = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".png") }.sorted()
        guard drawn.status == 0, !pictures.isEmpty else {
            throw ImportProblem("The pages of this scanned PDF could not be drawn for OCR: the file may be damaged. "
                + "Open it, print it again to a new PDF, and import that copy.")
        }
        var pages: [PDFPageText] = []
        for (index, picture) in pictures.enumerated() {
            let path = folder.appendingPathComponent(picture).path
            let output: ToolProcess.Output
            do {
                output = try ToolProcess.run(tesseract, [path, "-", "-l", "vie", "tsv"], timeout: tools.timeout)
            } catch {
                throw ImportProblem("OCR of page \(index + 1) of this scanned PDF took longer than \(Int(tools.timeout)) seconds and was stopped. "
                    + "Try a copy scanned at a lower resolution, or type the page in.")
            }
            guard output.status == 0 else {
                throw ImportProblem("tesseract could not read page \(index + 1) of this scanned PDF (it said: "
                    + "\(output.standardError.split(separator: "\n").first ?? "nothing")). Check that tesseract works, then import again.")
            }
            pages.append(page(number: index + 1, tsv: String(decoding: output.standardOutput, as: UTF8.self)))
        }
        return pages
    }

    /// tesseract's path when it is installed with its Vietnamese language.
    static func vietnameseTesseract(_ tools: PDFTools) throws(ImportProblem) -> String {
        let advice = "Or ask the sender for the Word file, or a PDF saved from Word rather than scanned."
        guard let tesseract = tools.path(of: "tesseract") else {
            throw ImportProblem("This PDF is a scan (pictures of pages, no text), so its words can only be read by OCR, "
                + "which needs tesseract with its Vietnamese language: install them with `sudo apt install tesseract-ocr tesseract-ocr-vie` "
                + "(on a Mac: `brew install tesseract tesseract-lang`), then import again. " + advice, isMissingTool: true)
        }
        let languages = try? ToolProcess.run(tesseract, ["--list-langs"], timeout: tools.timeout)
        let listed = String(decoding: languages?.standardOutput ?? Data(), as: UTF8.self).split(separator: "\n")
        guard listed.contains("vie") else {
            throw ImportProblem("This PDF is a scan (pictures of pages, no text), so its words can only be read by OCR. "
                + "tesseract is installed without its Vietnamese language: install it with `sudo apt install tesseract-ocr-vie` "
                + "(on a Mac: `brew install tesseract-lang`), then import again. " + advice, isMissingTool: true)
        }
        return tesseract
    }

    /// A page from tesseract's TSV: one row per block, paragraph, line and
    /// word (`level 5`), with its box in pixels. Each word becomes a run the
    /// height of its line, so a line's words stay together and its size
    /// (the line's height) stands for the font's.
    static func page(number: Int, tsv: String) -> PDFPageText {
        var page = PDFPageText(number: number, width: 0, height: 0)
        var lineBox: (top: Double, height: Double) = (0, 0)
        for row in tsv.split(separator: "\n").dropFirst() {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 12, let level = Int(columns[0]) else { continue }
            let box = columns[6...9].map { (Double($0) ?? 0) * scale }
            switch level {
            case 1:
                page.width = box[2]
                page.height = box[3]
            case 4:
                lineBox = (box[1], box[3])
            case 5:
                let word = columns[11...].joined(separator: "\t").trimmingCharacters(in: .whitespaces)
                guard !word.isEmpty else { continue }
                // A trailing space: OCR's words are always apart.
                page.fragments.append(PDFFragment(text: word + " ", top: lineBox.top, left: box[0], width: box[2],
                                                  height: lineBox.height, size: (lineBox.height * 0.75).rounded()))
            default:
                break
            }
        }
        return page
    }
}
