import Foundation

/// `chibo import`'s reader of Word documents (`.docx`, and `.doc` through
/// LibreOffice): every paragraph as a whole line with the look Word gives
/// it, tables as tables, list numbers and footnote markers written into
/// the text as Word shows them, and text typed in the old Vietnamese
/// fonts (TCVN3, VNI) decoded by its font.
enum WordReader {
    static let readAs = Message(ImportMessages.readAsDocx)

    static func read(fileAt url: URL) throws(ImportProblem) -> SourceDocument {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= WordPackage.byteLimit else {
            throw ImportProblem(Message(ImportMessages.wordFileTooLarge, ["size": size >> 20, "limit": WordPackage.byteLimit >> 20]))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportProblem(Message(ImportMessages.wordCannotBeOpened, ["file": url.lastPathComponent]))
        }
        return try read(data)
    }

    static func read(_ data: Data) throws(ImportProblem) -> SourceDocument {
        let package = try WordPackage(data)
        var document = SourceDocument(readAs: readAs)

        var styles = WordStyles()
        if let data = package.styles {
            if let read = WordStyles(data) { styles = read } else { document.notes.append(damaged(.stylesUnreadable)) }
        }
        var numbering = WordNumbering()
        if let data = package.numbering {
            if let read = WordNumbering(data) { numbering = read } else { document.notes.append(damaged(.numberingUnreadable)) }
        }

        let body = WordBodyReader(styles: styles, numbering: numbering, part: .document)
        guard WordXML.parse(package.document, into: body) else {
            throw ImportProblem(Message(ImportMessages.wordTextUnreadable))
        }
        document.blocks = body.blocks
        document.repairs = body.repairs

        var noteBodies: [String: [String]] = [:]
        // Fonts met in the notes have no place to show: their paragraphs are the notes part's.
        var legacyFonts: [(font: WordBodyReader.LegacyFont, place: SourcePlace?)] = body.legacyFonts.map { ($0, $0.place) }
        for (data, unreadable) in [(package.footnotes, ImportMessages.footnotesUnreadable), (package.endnotes, .endnotesUnreadable)] {
            guard let data, !body.references.isEmpty else { continue }
            let notes = WordBodyReader(styles: styles, numbering: numbering, part: .notes)
            guard WordXML.parse(data, into: notes) else {
                document.notes.append(damaged(unreadable))
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
            let readAs = font.encoding == .tcvn3(capitals: true) ? ImportMessages.fontReadAsCapitals : .fontReadAs
            document.notes.append(SourceNote(message: Message(readAs, ["font": font.name, "encoding": kind]), place: place))
        }
        for paragraph in body.imageParagraphs {
            document.notes.append(SourceNote(message: Message(ImportMessages.imageLeftOutAt, ["paragraph": paragraph]),
                                             place: .paragraph(paragraph)))
        }
        return document
    }

    /// A note that a part other than the text could not be read, and what goes missing.
    private static func damaged(_ part: ImportMessages) -> SourceNote {
        SourceNote(message: Message(part))
    }
}
