import Foundation

/// `chibo import`'s reader of Word documents (`.docx`, and `.doc` through
/// LibreOffice): every paragraph as a whole line with the look Word gives
/// it, tables as tables, list numbers and footnote markers written into
/// the text as Word shows them, and text typed in the old Vietnamese
/// fonts (TCVN3, VNI) decoded by its font.
enum WordReader {
    static let readAs = "Word (.docx)"

    static func read(fileAt url: URL) throws(ImportProblem) -> SourceDocument {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= WordPackage.byteLimit else {
            throw ImportProblem("the file is \(size >> 20) MB; chibo imports Word files up to \(WordPackage.byteLimit >> 20) MB. "
                + "If its pictures make it large, save a copy without them (the text is what is imported)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportProblem("chibo could not open \(url.lastPathComponent): check that the file exists and that you may read it")
        }
        return try read(data)
    }

    static func read(_ data: Data) throws(ImportProblem) -> SourceDocument {
        let package = try WordPackage(data)
        var document = SourceDocument(readAs: readAs)

        var styles = WordStyles()
        if let data = package.styles {
            if let read = WordStyles(data) { styles = read } else { document.notes.append(damaged("styles", losing: "headings and bold text")) }
        }
        var numbering = WordNumbering()
        if let data = package.numbering {
            if let read = WordNumbering(data) { numbering = read } else { document.notes.append(damaged("numbering", losing: "list numbers")) }
        }

        let body = WordBodyReader(styles: styles, numbering: numbering, part: .document)
        guard WordXML.parse(package.document, into: body) else {
            throw ImportProblem("the Word file is damaged: the part that holds its text (word/document.xml) cannot be read. "
                + "Open it in Word, which offers to repair it, save it again as .docx, and import the saved file")
        }
        document.blocks = body.blocks
        document.repairs = body.repairs

        var noteBodies: [String: [String]] = [:]
        // Fonts met in the notes have no place to show: their paragraphs are the notes part's.
        var legacyFonts: [(font: WordBodyReader.LegacyFont, place: SourcePlace?)] = body.legacyFonts.map { ($0, $0.place) }
        for (data, name) in [(package.footnotes, "footnotes"), (package.endnotes, "endnotes")] {
            guard let data, !body.references.isEmpty else { continue }
            let notes = WordBodyReader(styles: styles, numbering: numbering, part: .notes)
            guard WordXML.parse(data, into: notes) else {
                document.notes.append(damaged(name, losing: "the \(name)' text"))
                continue
            }
            noteBodies.merge(notes.noteBodies) { $1 }
            document.repairs.merge(notes.repairs, uniquingKeysWith: +)
            for font in notes.legacyFonts where !legacyFonts.contains(where: { $0.font.name == font.name }) {
                legacyFonts.append((font, nil))
            }
        }
        document.footnotes = body.references.map { reference in
            SourceFootnote(label: "\(reference.label)", text: (noteBodies[reference.note] ?? []).joined(separator: " "),
                           place: reference.place)
        }

        for (font, place) in legacyFonts {
            let kind = font.encoding.legacyKind?.rawValue ?? ""
            let capitals = font.encoding == .tcvn3(capitals: true) ? " capitals" : ""
            document.notes.append(SourceNote(message: "text in the font \(font.name) was read as \(kind)\(capitals)", place: place))
        }
        for paragraph in body.imageParagraphs {
            document.notes.append(SourceNote(message: "an image at paragraph \(paragraph) was left out", place: .paragraph(paragraph)))
        }
        return document
    }

    /// A note that a part other than the text could not be read, and what goes missing.
    private static func damaged(_ part: String, losing: String) -> SourceNote {
        SourceNote(message: "the document's \(part) could not be read (that part of the file is damaged), "
            + "so \(losing) may be missing: check them against the document in Word")
    }
}
