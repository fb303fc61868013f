import Foundation
import ZIPFoundation

/// A `.docx` made in memory from the XML of its parts, so that each test
/// shows its document at a glance: `body` is what goes inside `w:body`;
/// `styles`, `numbering` and `footnotes` what goes inside those parts'
/// root elements, when given.
struct DocxFixture {
    var body: String
    var styles: String?
    var numbering: String?
    var footnotes: String?
    var endnotes: String?

    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml"
        """

    init(body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil, endnotes: String? = nil) {
        self.body = body
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes
        self.endnotes = endnotes
    }

    var parts: [(path: String, text: String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("word/document.xml", Self.part("document", "<w:body>\(body)</w:body>")),
        ]
        if let styles { parts.append(("word/styles.xml", Self.part("styles", styles))) }
        if let numbering { parts.append(("word/numbering.xml", Self.part("numbering", numbering))) }
        if let footnotes { parts.append(("word/footnotes.xml", Self.part("footnotes", footnotes))) }
        if let endnotes { parts.append(("word/endnotes.xml", Self.part("endnotes", endnotes))) }
        return parts
    }

    var data: Data { get throws { try Self.zip(parts) } }

    static func part(_ root: String, _ content: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "<w:\(root) \(namespaces)>\(content)</w:\(root)>"
    }

    /// A zip holding `parts` as they are given (any name, any text).
    static func zip(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    // MARK: Shorthands for the XML of a test's body

    /// A paragraph of runs, with paragraph properties (`w:pPr`'s content).
    static func p(_ runs: String..., properties: String = "") -> String {
        "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs.joined() + "</w:p>"
    }

    /// A run of text, with run properties (`w:rPr`'s content).
    static func r(_ text: String, _ properties: String = "") -> String {
        "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + #"<w:t xml:space="preserve">\#(escaped(text))</w:t></w:r>"#
    }

    static func font(_ name: String) -> String { #"<w:rFonts w:ascii="\#(name)" w:hAnsi="\#(name)"/>"# }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
