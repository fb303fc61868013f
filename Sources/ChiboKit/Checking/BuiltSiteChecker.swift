import Foundation

/// Verifies a generated site as a browser opened from disk would see it:
/// every `href` and `src` of every HTML file must lead to an existing file
/// (not a folder, which `file://` shows as a listing) and, with a fragment,
/// to an element with that `id`. A theme bug cannot ship past it.
public struct BuiltSiteChecker: Sendable {
    public var root: String
    public var displayRoot: String

    public init(root: String, displayRoot: String? = nil) {
        self.root = root
        self.displayRoot = displayRoot ?? root
    }

    /// One attribute value found in a file, with its position.
    struct Reference {
        var attribute: String
        var value: String
        var location: SourceLocation
        /// The element, lower-case: `a`, `img`, `link`, `script`.
        var element: String = ""
    }

    public func check() -> [Diagnostic] { checkAll(jobs: 1).diagnostics }

    /// Every problem of the site, and the HTML files checked (display paths).
    public func checkAll(jobs: Int) -> (diagnostics: [Diagnostic], files: [String]) {
        let tree = SiteTree(root: root)
        let files = tree.files.filter { $0.hasSuffix(".html") }.sorted()
        let scans = Parallel.map(files.count, jobs: jobs) { index -> (ids: Set<String>, references: [Reference]) in
            guard let data = FileManager.default.contents(atPath: root + "/" + files[index]) else { return ([], []) }
            return Self.scan(String(decoding: data, as: UTF8.self))
        }
        let idsByFile = Dictionary(uniqueKeysWithValues: zip(files, scans.map(\.ids)))
        let problems = Parallel.map(files.count, jobs: jobs) { index in
            scans[index].references.compactMap { problem(with: $0, in: files[index], ids: idsByFile, tree: tree) }
        }
        let stylesheets = tree.files.filter { $0.lowercased().hasSuffix(".css") }.sorted()
        let styleProblems = stylesheets.flatMap { file -> [Diagnostic] in
            guard let data = FileManager.default.contents(atPath: root + "/" + file) else { return [] }
            return Self.remoteImports(inStylesheet: String(decoding: data, as: UTF8.self), file: displayRoot + "/" + file)
        }
        return ((problems.flatMap { $0 } + styleProblems).sorted(), files.map { displayRoot + "/" + $0 })
    }

    /// `@import` and `url()` in a stylesheet that name another host (web
    /// fonts, CDN stylesheets): `link.remote`.
    static func remoteImports(inStylesheet css: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (number, line) in css.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lower = line.lowercased()
            for marker in ["url(", "@import"] {
                var search = lower.startIndex
                while let found = lower.range(of: marker, range: search..<lower.endIndex) {
                    let rest = lower[found.upperBound...].drop { " \"'(".contains($0) }
                    if rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("//") {
                        let column = lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex,
                                                                   to: found.lowerBound.samePosition(in: lower.unicodeScalars)!) + 1
                        diagnostics.append(Diagnostic(file: file, at: SourceLocation(line: number + 1, column: column), code: .linkRemote,
                                                      message: Message(LinkMessages.remoteImport, ["marker": marker])))
                    }
                    search = found.upperBound
                }
            }
        }
        return diagnostics
    }

    /// The site's files and folders, listed once so that checking a link
    /// never touches the disk.
    struct SiteTree {
        var files = Set<String>()
        var folders = Set<String>()

        init(root: String) {
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
            for case let path as String in enumerator {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                    folders.insert(path)
                } else {
                    files.insert(path)
                }
            }
        }
    }

    private func problem(with reference: Reference, in file: String, ids: [String: Set<String>], tree: SiteTree) -> Diagnostic? {
        let value = reference.value
        let display = displayRoot + "/" + file
        func report(_ code: DiagnosticCode, _ message: Message) -> Diagnostic {
            Diagnostic(file: display, at: reference.location, code: code, message: message, subject: value)
        }
        if value.isEmpty { return report(.linkBroken, Message(LinkMessages.emptyAttribute, ["attribute": reference.attribute])) }
        if LinkResolver.hasScheme(value) || value.hasPrefix("//") {
            // A link to the web is a link; anything the page itself loads
            // from another host fails on a PC without Internet.
            let lower = value.lowercased()
            let isRemote = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
            let isLoaded = reference.attribute == "src" || (reference.element != "a" && reference.element != "area")
            return isRemote && isLoaded
                ? report(.linkRemote, Message(LinkMessages.remoteLoad,
                                              ["element": reference.element, "attribute": reference.attribute, "value": value]))
                : nil
        }
        let (path, fragment) = SitePath.splitLink(value)
        let target: String
        if path.isEmpty {
            target = file
        } else {
            guard let resolved = SitePath.resolve(path, from: SitePath.directory(of: file)) else {
                return report(.linkBroken, Message(LinkMessages.outsideSite, ["target": value]))
            }
            target = resolved
            if target.isEmpty || tree.folders.contains(target) {
                return report(.linkBroken, Message(LinkMessages.leadsToFolder, ["target": value, "folder": target.isEmpty ? "." : target]))
            }
            guard tree.files.contains(target) else {
                return report(.linkBroken, Message(LinkMessages.leadsToNothing, ["target": value, "path": target]))
            }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html") {
            guard let targetIDs = ids[target], targetIDs.contains(fragment) else {
                return report(.linkAnchor, Message(LinkMessages.noSuchID, ["target": value, "path": target, "id": fragment]))
            }
        }
        return nil
    }

    /// Finds `id`, `href` and `src` attributes in HTML that chibo or a theme
    /// wrote. Comments are skipped; values are entity-decoded.
    static func scan(_ html: String) -> (ids: Set<String>, references: [Reference]) {
        let bytes = Array(html.utf8)
        var ids = Set<String>()
        var references: [Reference] = []
        var line = 1
        var lineStart = 0
        var inTag = false
        var element = ""
        var i = 0
        func matches(_ word: String, at index: Int) -> Bool {
            let w = Array(word.utf8)
            guard index + w.count <= bytes.count else { return false }
            for k in 0..<w.count where bytes[index + k] | 0x20 != w[k] | 0x20 { return false }
            return true
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            if !inTag {
                if byte == UInt8(ascii: "<") {
                    if matches("<!--", at: i) {
                        // Skip the comment, counting its lines.
                        var j = i + 4
                        while j + 2 < bytes.count, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) {
                            if bytes[j] == UInt8(ascii: "\n") { line += 1; lineStart = j + 1 }
                            j += 1
                        }
                        i = j + 3
                        continue
                    }
                    inTag = true
                    var j = i + 1
                    while j < bytes.count, bytes[j].isASCIILetter || bytes[j].isASCIIDigit { j += 1 }
                    element = String(decoding: bytes[(i + 1)..<j].map { $0 | 0x20 }, as: UTF8.self)
                }
                i += 1
                continue
            }
            if byte == UInt8(ascii: ">") {
                inTag = false
                i += 1
                continue
            }
            let previous = i > 0 ? bytes[i - 1] : 0
            let atAttributeStart = previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n") || previous == UInt8(ascii: "\t")
            if atAttributeStart {
                for name in ["href", "src", "id"] where matches(name + "=\"", at: i) {
                    let valueStart = i + name.utf8.count + 2
                    var j = valueStart
                    while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += 1 }
                    let value = decodeEntities(String(decoding: bytes[valueStart..<j], as: UTF8.self))
                    if name == "id" {
                        ids.insert(value)
                    } else {
                        let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                        references.append(Reference(attribute: name, value: value, location: SourceLocation(line: line, column: column),
                                                    element: element))
                    }
                    i = j
                    break
                }
            }
            i += 1
        }
        return (ids, references)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
