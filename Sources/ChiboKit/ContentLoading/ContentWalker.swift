import Foundation

/// A file found in the content folder.
public struct ContentEntry: Sendable, Hashable {
    /// NFC path inside the content folder, `/`-separated.
    public var relativePath: String
    /// The path on disk, as the file system spells it.
    public var absolutePath: String

    public var isMarkdown: Bool { relativePath.lowercased().hasSuffix(".md") }
    /// Data files (site.yml, records) are read by their stages, never copied.
    public var isData: Bool {
        let lower = relativePath.lowercased()
        return lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") || lower.hasSuffix(".csv")
    }
}

/// Lists every file under the content folder in a stable order, skipping
/// hidden names, following symlinks only while they stay inside the folder,
/// and never looping: a folder reached again through a link inside
/// its own subtree is reported, not walked.
public struct ContentWalker: Sendable {
    public var root: String
    public var displayRoot: String

    public init(root: String, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    public func walk() -> (entries: [ContentEntry], diagnostics: [Diagnostic]) {
        var entries: [ContentEntry] = []
        var diagnostics: [Diagnostic] = []
        guard let realRoot = Self.realPath(root) else { return ([], []) }
        // Each folder carries the real paths of the folders above it: a link
        // back to one of them is a loop, a link elsewhere in the tree is not.
        var pending: [(absolute: String, relative: String, ancestors: Set<String>)] = [(root, "", [realRoot])]
        let fm = FileManager.default
        while let (directory, relativeDirectory, ancestors) = pending.popLast() {
            guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
                diagnostics.append(refusal(relativeDirectory, .cannotReadFolder))
                continue
            }
            for name in names.sorted() {
                let absolute = directory + "/" + name
                let nfcName = VietnameseText.nfc(name)
                let relative = relativeDirectory.isEmpty ? nfcName : relativeDirectory + "/" + nfcName
                // Hidden names (`.git`, `.DS_Store`) are not content; a hidden
                // page, though, was most likely meant to be one: say so.
                if name.hasPrefix(".") {
                    if name.lowercased().hasSuffix(".md") {
                        diagnostics.append(Diagnostic(
                            file: displayRoot + "/" + relative, at: SourceLocation(line: 1, column: 1), code: .buildSkipped,
                            message: Message(ContentFileMessages.hiddenPage),
                            suggestion: Suggestion(message: Message(ContentFileMessages.renameWithoutDot))))
                    }
                    continue
                }
                var isDirectory: ObjCBool = false
                let isLink = (try? fm.destinationOfSymbolicLink(atPath: absolute)) != nil
                if isLink {
                    guard let real = Self.realPath(absolute) else {
                        diagnostics.append(refusal(relative, .symlinkToNothing, severity: .warning))
                        continue
                    }
                    guard real == realRoot || real.hasPrefix(realRoot + "/") else {
                        diagnostics.append(refusal(relative, .symlinkOutside, severity: .warning))
                        continue
                    }
                }
                guard fm.fileExists(atPath: absolute, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    let real = Self.realPath(absolute) ?? absolute
                    guard !ancestors.contains(real) else {
                        diagnostics.append(refusal(relative, .symlinkLoop, severity: .warning))
                        continue
                    }
                    pending.append((absolute, relative, ancestors.union([real])))
                } else {
                    entries.append(ContentEntry(relativePath: relative, absolutePath: absolute))
                }
            }
        }
        entries.sort { $0.relativePath < $1.relativePath }
        return (entries, diagnostics)
    }

    /// A refused symbolic link is a warning: what it points to is simply
    /// not part of the site, and the rest still builds.
    private func refusal(_ relative: String, _ message: ContentFileMessages, severity: Severity? = nil) -> Diagnostic {
        Diagnostic(file: displayRoot + "/" + relative, at: SourceLocation(line: 1, column: 1), severity: severity,
                   code: .buildUnreadable, message: Message(message))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
