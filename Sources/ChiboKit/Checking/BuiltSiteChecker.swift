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
        return (problems.flatMap { $0 }.sorted(), files.map { displayRoot + "/" + $0 })
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
        func report(_ code: DiagnosticCode, _ message: String) -> Diagnostic {
            Diagnostic(file: display, at: reference.location, code: code, message: message, subject: value)
        }
        if value.isEmpty { return report(.linkBroken, "empty \(reference.attribute)") }
        if LinkResolver.hasScheme(value) || value.hasPrefix("//") { return nil }
        let (path, fragment) = SitePath.splitLink(value)
        let target: String
        if path.isEmpty {
            target = file
        } else {
            guard let resolved = SitePath.resolve(path, from: SitePath.directory(of: file)) else {
                return report(.linkBroken, "`\(value)` leads outside the site")
            }
            target = resolved
            if target.isEmpty || tree.folders.contains(target) {
                return report(.linkBroken, "`\(value)` leads to the folder `\(target.isEmpty ? "." : target)`, not a file: opened from disk it shows a listing")
            }
            guard tree.files.contains(target) else {
                return report(.linkBroken, "`\(value)` leads to `\(target)`, which does not exist")
            }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html") {
            guard let targetIDs = ids[target], targetIDs.contains(fragment) else {
                return report(.linkAnchor, "`\(value)`: `\(target)` has no element with id `\(fragment)`")
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
                        references.append(Reference(attribute: name, value: value, location: SourceLocation(line: line, column: column)))
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
