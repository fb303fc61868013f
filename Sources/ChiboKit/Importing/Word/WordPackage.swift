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
            throw ImportProblem(Message(ImportMessages.zipButNotWord))
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
            throw ImportProblem(Message(ImportMessages.wordPartDamaged, ["part": path]))
        }
        return data
    }

    private struct PartOverflow: Error {}

    private static func partTooLarge(_ path: String) -> ImportProblem {
        ImportProblem(Message(ImportMessages.wordPartTooLarge, ["part": path, "limit": byteLimit >> 20]))
    }

    private static func tooLarge(_ bytes: Int) -> ImportProblem {
        ImportProblem(Message(ImportMessages.wordFileTooLarge, ["size": bytes >> 20, "limit": byteLimit >> 20]))
    }

    private static let notADocx = ImportProblem(Message(ImportMessages.notADocx))

    /// Files often named `.docx` or `.doc` that are something else, each
    /// told apart by its first bytes so the editor hears what to do.
    private static func recognisedOtherFormat(_ data: Data) -> ImportProblem? {
        let head = Array(data.prefix(8))
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            // Both old .doc files and password-protected .docx files are
            // stored as one of these compound files.
            return ImportProblem(Message(ImportMessages.docOrProtectedDocx))
        }
        if head.starts(with: Array("{\\rtf".utf8)) {
            return ImportProblem(Message(ImportMessages.rtfWithWordName))
        }
        if head.starts(with: Array("%PDF".utf8)) {
            return ImportProblem(Message(ImportMessages.pdfWithWordName))
        }
        return nil
    }
}
