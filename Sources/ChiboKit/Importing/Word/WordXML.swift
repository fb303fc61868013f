import Foundation
#if canImport(FoundationXML)
// On Linux the XML parser is a module of its own.
import FoundationXML
#endif

/// One element's start in a Word part. WordprocessingML's elements are
/// named without their prefix (`w:p` is `p`, whatever prefix the program
/// that wrote the file chose); other vocabularies' keep theirs (`a:p`, a
/// drawing's paragraph, is not Word's `p`; `mc:Fallback`).
struct WordElement {
    let name: String
    /// The name without any prefix (`Fallback`, `blip`).
    var localName: String { WordXML.localName(name) }
    /// Attributes by their names without prefix; `w:` wins over another
    /// prefix of the same name (`w:id` over `r:id`).
    let attributes: [String: String]

    subscript(_ name: String) -> String? { attributes[name] }

    /// `w:val`, read as Word reads an on/off property: absent means on.
    var isOn: Bool {
        guard let value = attributes["val"] else { return true }
        return !["false", "0", "off", "none"].contains(value)
    }

    func integer(_ name: String) -> Int? { attributes[name].flatMap { Int($0) } }
}

/// What reads a part: the events of Foundation's SAX parser, with names
/// already stripped of their prefixes.
protocol WordXMLHandler: AnyObject {
    func start(_ element: WordElement)
    func end(_ name: String)
    func characters(_ text: String)
}

enum WordXML {
    /// Reads `data` into `handler`; false when the XML is not well formed.
    /// On Linux `parse()` returns true after an error, and a part cut off
    /// in the middle reports none: the relay watches for both.
    static func parse(_ data: Data, into handler: WordXMLHandler) -> Bool {
        // Word never writes a document type; one can only be there to make
        // entities that expand without end, so the part is refused unread.
        guard data.range(of: Data("<!DOCTYPE".utf8)) == nil else { return false }
        let parser = XMLParser(data: data)
        let relay = Relay(handler)
        parser.delegate = relay
        parser.shouldResolveExternalEntities = false
        return parser.parse() && !relay.failed && relay.sawRoot && relay.depth == 0
    }

    /// WordprocessingML's namespaces: transitional, as Word writes, and strict.
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private final class Relay: NSObject, XMLParserDelegate {
        let handler: WordXMLHandler
        var depth = 0
        var sawRoot = false
        var failed = false
        /// Prefixes bound to WordprocessingML: `w`, and any other a file declares.
        var wordPrefixes: Set<String> = ["w"]
        init(_ handler: WordXMLHandler) { self.handler = handler }

        /// A Word element's local name, another vocabulary's qualified one.
        func name(_ qualified: String) -> String {
            guard let colon = qualified.firstIndex(of: ":") else { return qualified }
            return wordPrefixes.contains(String(qualified[..<colon])) ? WordXML.localName(qualified) : qualified
        }

        /// libxml2's namespace errors (200–299: a prefix never declared)
        /// leave the elements readable by their names; any other error does not.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            let code = (parseError as NSError).code
            if !(200..<300).contains(code) { failed = true }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            var local: [String: String] = [:]
            for (name, value) in attributes where name.hasPrefix("xmlns:") && WordXML.wordNamespaces.contains(value) {
                wordPrefixes.insert(WordXML.localName(name))
            }
            for (name, value) in attributes {
                let key = WordXML.localName(name)
                if local[key] == nil || name.hasPrefix("w:") { local[key] = value }
            }
            depth += 1
            sawRoot = true
            handler.start(WordElement(name: name(elementName), attributes: local))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            handler.end(name(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.characters(string)
        }
    }
}
