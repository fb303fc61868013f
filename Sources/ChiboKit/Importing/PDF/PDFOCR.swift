import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a scanned PDF's pages with tesseract: poppler's `pdftoppm` draws
/// each page at 300 dpi into a private temporary folder, tesseract reads
/// each picture in Vietnamese and says where every line and word stands
/// (its hOCR output), and the words become runs of text in pdftohtml's units, so
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
            throw ImportProblem(Message(ImportMessages.ocrNoTemporaryFolder))
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        var drawingTools = tools
        drawingTools.timeout = max(tools.timeout, Double(pageCount) * 5)
        let drawn = try drawingTools.runPoppler("pdftoppm", ["-r", "\(Int(dotsPerInch))", "-png", url.path, folder.appendingPathComponent("page").path])
        let pictures = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".png") }.sorted()
        guard drawn.status == 0, !pictures.isEmpty else {
            throw ImportProblem(Message(ImportMessages.ocrPagesNotDrawn))
        }
        var pages: [PDFPageText] = []
        for (index, picture) in pictures.enumerated() {
            let path = folder.appendingPathComponent(picture).path
            let output: ToolProcess.Output
            do {
                output = try ToolProcess.run(tesseract, [path, "-", "-l", "vie", "hocr"], timeout: tools.timeout)
            } catch {
                throw ImportProblem(Message(ImportMessages.ocrTimedOut, ["page": index + 1, "seconds": Int(tools.timeout)]))
            }
            guard output.status == 0 else {
                // What tesseract said is its own words, passed on as they are.
                throw ImportProblem(output.standardError.split(separator: "\n").first.map {
                    Message(ImportMessages.tesseractFailed, ["page": index + 1, "said": $0])
                } ?? Message(ImportMessages.tesseractFailedSilently, ["page": index + 1]))
            }
            pages.append(page(number: index + 1, hocr: output.standardOutput))
        }
        return pages
    }

    /// tesseract's path when it is installed with its Vietnamese language.
    static func vietnameseTesseract(_ tools: PDFTools) throws(ImportProblem) -> String {
        guard let tesseract = tools.path(of: "tesseract") else {
            throw ImportProblem(Message(ImportMessages.missingTesseract), isMissingTool: true)
        }
        let languages = try? ToolProcess.run(tesseract, ["--list-langs"], timeout: tools.timeout)
        let listed = String(decoding: languages?.standardOutput ?? Data(), as: UTF8.self).split(separator: "\n")
        guard listed.contains("vie") else {
            throw ImportProblem(Message(ImportMessages.missingTesseractVietnamese), isMissingTool: true)
        }
        return tesseract
    }

    /// A page from tesseract's hOCR: each line's box, baseline and
    /// estimated letter size (`x_size`), each word's box and text. Each word
    /// becomes a run standing on its line's baseline, the line's size tall,
    /// so that lines are spaced and sized as type, not as the letters that
    /// happen to be on them (a line of capitals has no descenders).
    static func page(number: Int, hocr: Data) -> PDFPageText {
        let reading = HOCRReading(number: number)
        let parser = XMLParser(data: hocr)
        parser.delegate = reading
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        return reading.page
    }
}

private final class HOCRReading: NSObject, XMLParserDelegate {
    var page: PDFPageText
    private var line: (baseline: Double, size: Double)?
    private var word: (left: Double, width: Double)?
    private var text = ""

    init(number: Int) {
        page = PDFPageText(number: number, width: 0, height: 0)
    }

    /// `bbox 475 249 2244 338; baseline 0.001 -18; x_size 88` as numbers by key.
    private func properties(_ title: String?) -> [String: [Double]] {
        var properties: [String: [Double]] = [:]
        for property in (title ?? "").split(separator: ";") {
            let words = property.split(separator: " ")
            guard let key = words.first else { continue }
            properties[String(key)] = words.dropFirst().compactMap { Double($0) }
        }
        return properties
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let kind = attributes["class"] ?? ""
        let title = properties(attributes["title"])
        guard let box = title["bbox"], box.count == 4 else { return }
        switch kind {
        case "ocr_page":
            page.width = box[2] * PDFOCR.scale
            page.height = box[3] * PDFOCR.scale
        case "ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat":
            // The baseline is given as a slope and an offset from the box's bottom.
            let offset = title["baseline"].flatMap { $0.count == 2 ? $0[1] : nil } ?? 0
            let size = title["x_size"]?.first ?? (box[3] - box[1])
            line = ((box[3] + offset) * PDFOCR.scale, size * PDFOCR.scale)
        case "ocrx_word":
            word = (box[0] * PDFOCR.scale, (box[2] - box[0]) * PDFOCR.scale)
            text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if word != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard name == "span", let word, let line else { return }
        self.word = nil
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        // A trailing space: OCR's words are always apart.
        page.fragments.append(PDFFragment(text: trimmed + " ", top: line.baseline - line.size * 0.8, left: word.left, width: word.width,
                                          height: line.size, size: line.size.rounded()))
    }
}
