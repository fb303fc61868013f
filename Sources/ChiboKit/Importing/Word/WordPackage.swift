import Foundation
import ZIPFoundation

/// The parts of a `.docx` file chibo reads, taken out of its zip package
/// with every size checked first: a Word file is a zip of XML parts, and a
/// damaged or hostile one can claim a small part that unpacks to gigabytes.
struct WordPackage {
    /// `word/document.xml`: the text.
    var document: Data
    var styles: Data?
    var numbering: Data?
    var footnotes: Data?
    var endnotes: Data?

    /// The largest file, and the largest part once unpacked, chibo reads.
    static let byteLimit = 64 << 20

    init(_ data: Data) throws(ImportProblem) {
        guard data.count <= Self.byteLimit else { throw Self.tooLarge(data.count) }
        if let problem = Self.recognisedOtherFormat(data) { throw problem }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Self.notADocx
        }
        guard let document = try Self.part("word/document.xml", of: archive) else {
            throw ImportProblem("this file is a zip package but not a Word document (it holds no word/document.xml): "
                + "if it came from another program, open it in Word or LibreOffice and save it as a Word .docx document")
        }
        self.document = document
        styles = try Self.part("word/styles.xml", of: archive)
        numbering = try Self.part("word/numbering.xml", of: archive)
        footnotes = try Self.part("word/footnotes.xml", of: archive)
        endnotes = try Self.part("word/endnotes.xml", of: archive)
    }

    /// One part unpacked, or nil when the package has none of that name.
    /// A part larger than the limit is refused before it is unpacked, and
    /// again while it is if its header understated its size.
    private static func part(_ path: String, of archive: Archive) throws(ImportProblem) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(byteLimit) else { throw partTooLarge(path) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= byteLimit else { throw PartOverflow() }
                data.append(chunk)
            }
        } catch is PartOverflow {
            throw partTooLarge(path)
        } catch {
            throw ImportProblem("the Word file is damaged: its part \(path) cannot be unpacked. "
                + "Open it in Word (which offers to repair it) and save it again as .docx, then import the new file")
        }
        return data
    }

    private struct PartOverflow: Error {}

    private static func partTooLarge(_ path: String) -> ImportProblem {
        ImportProblem("the Word file's part \(path) would unpack to more than \(byteLimit >> 20) MB, "
            + "more than any real document holds, so chibo did not unpack it: the file is damaged or was made to cause harm. "
            + "Ask whoever sent it for the document again, or open it in Word and save a copy")
    }

    private static func tooLarge(_ bytes: Int) -> ImportProblem {
        ImportProblem("the file is \(bytes >> 20) MB; chibo imports Word files up to \(byteLimit >> 20) MB. "
            + "If its pictures make it large, save a copy without them (the text is what is imported)")
    }

    private static let notADocx = ImportProblem(
        "this file is not a Word .docx document (it is not the zip package a .docx is): "
            + "open it in Word or LibreOffice and save it as a Word document (.docx), then import that file")

    /// Files often named `.docx` or `.doc` that are something else, each
    /// told apart by its first bytes so the editor hears what to do.
    private static func recognisedOtherFormat(_ data: Data) -> ImportProblem? {
        let head = Array(data.prefix(8))
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            // Both old .doc files and password-protected .docx files are
            // stored as one of these compound files.
            return ImportProblem("this file is not an ordinary .docx document: it is either an old Word document (.doc) "
                + "renamed .docx, or a .docx protected by a password. Open it in Word: if it asks for a password, "
                + "remove the password (File › Info › Protect Document) and save it; otherwise use File › Save As "
                + "and choose Word Document (.docx). Then import the saved file")
        }
        if head.starts(with: Array("{\\rtf".utf8)) {
            return ImportProblem("this file is an RTF document with a Word name: open it in Word or LibreOffice, "
                + "save it as a Word document (.docx), and import that file")
        }
        if head.starts(with: Array("%PDF".utf8)) {
            return ImportProblem("this file is a PDF, not a Word document: give it a .pdf name and import it as a PDF")
        }
        return nil
    }
}
