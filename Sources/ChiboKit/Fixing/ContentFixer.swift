import Foundation

/// `chibo check --fix`: checks the content, applies every certain fix,
/// and checks again, until a round changes nothing (as `cargo fix` does):
/// a fix can only be found once the text around it is right (a citation
/// read through legacy encoding, then its date). A second run then changes
/// nothing. Each file is written whole and atomically (a temporary file
/// beside it, renamed over it); a file that cannot be written is reported
/// and left exactly as it was.
public enum ContentFixer {
    public struct Report: Sendable {
        /// Every edit made, in the order made.
        public var applied: [AppliedEdit] = []
        /// Files that could not be fixed, and why.
        public var refused: [(file: String, reason: Message)] = []
        /// The check after the last round: what is left for the editor.
        public var remaining: BuildReport
    }

    /// The most rounds of check and fix; each round but the last changed something.
    public static let maximumRounds = 4

    public static func fix(_ options: BuildOptions) throws -> Report {
        var check = try SitePipeline.check(options)
        var report = Report(remaining: check)
        var refusedFiles = Set<String>()
        for _ in 0..<maximumRounds {
            let edits = SourceEdit.certain(in: check.diagnostics).filter { !refusedFiles.contains($0.file) }
            guard !edits.isEmpty else { break }
            var changedAny = false
            for (file, fileEdits) in Dictionary(grouping: edits, by: \.file).sorted(by: { $0.key < $1.key }) {
                switch fixFile(file, edits: fileEdits, contentRoot: options.contentDisplayRoot) {
                case .fixed(let applied):
                    report.applied += applied
                    changedAny = changedAny || !applied.isEmpty
                case .refused(let reason):
                    refusedFiles.insert(file)
                    report.refused.append((file, reason))
                }
            }
            guard changedAny else { break }
            check = try SitePipeline.check(options)
        }
        report.remaining = check
        return report
    }

    /// `--fix --dry-run`: the same rounds on a copy of the content folder;
    /// returns a unified diff of every file they would change, and the
    /// report with the content's own paths. Nothing of the content is written.
    public static func preview(_ options: BuildOptions) throws -> (diff: String, report: Report) {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("chibo-fix-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent("content").path
        do {
            try FileManager.default.copyItem(atPath: options.contentDirectory, toPath: copy)
        } catch {
            throw EnvironmentError(Message(BuildMessages.cannotCopyContent,
                                           ["content": options.contentDisplayRoot, "reason": Message(verbatim: error.localizedDescription)]))
        }
        var scratchOptions = options
        scratchOptions.contentDirectory = copy
        var report = try fix(scratchOptions)
        let root = options.contentDisplayRoot
        func shown(_ path: String) -> String { path.hasPrefix(copy) ? root + path.dropFirst(copy.count) : path }
        var diff = ""
        for file in Set(report.applied.map(\.file)).sorted() {
            let before = (try? String(contentsOfFile: shown(file), encoding: .utf8)) ?? ""
            let after = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            diff += UnifiedDiff.make(old: before, new: after, oldLabel: "a/" + shown(file), newLabel: "b/" + shown(file))
        }
        report.applied = report.applied.map { var edit = $0; edit.file = shown(edit.file); return edit }
        report.refused = report.refused.map { (shown($0.file), $0.reason) }
        report.remaining.diagnostics = report.remaining.diagnostics.map { diagnostic in
            var shownDiagnostic = diagnostic
            shownDiagnostic.file = shown(diagnostic.file)
            // Messages name files too (`there is no content/x.md`).
            shownDiagnostic.message = diagnostic.message.replacingValues(of: copy, with: root)
            shownDiagnostic.suggestion?.message = diagnostic.suggestion?.message.replacingValues(of: copy, with: root)
                ?? Message(verbatim: "")
            return shownDiagnostic
        }
        report.remaining.files = report.remaining.files.map(shown)
        return (diff, report)
    }

    private enum Outcome {
        case fixed([AppliedEdit])
        case refused(Message)
    }

    private static func fixFile(_ file: String, edits: [SourceEdit], contentRoot: String) -> Outcome {
        // Only files of the content folder, where the file is really written.
        guard file.hasPrefix(contentRoot + "/") else { return .refused(Message(BuildMessages.notInContentFolder)) }
        let path = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        guard let data = FileManager.default.contents(atPath: path) else { return .refused(Message(BuildMessages.cannotBeRead)) }
        var bytes = [UInt8](data)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasBOM = bytes.starts(with: bom)
        if hasBOM { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .refused(Message(BuildMessages.notUTF8))
        }
        if text.unicodeScalars.indices.contains(where: { index in
            text.unicodeScalars[index] == "\r" && text.unicodeScalars.index(after: index) < text.unicodeScalars.endIndex
                && text.unicodeScalars[text.unicodeScalars.index(after: index)] != "\n"
        }) {
            return .refused(Message(BuildMessages.loneCarriageReturns))
        }
        var fixer = FileFixer(text: text)
        fixer.apply(edits)
        guard !fixer.applied.isEmpty else { return .fixed([]) }
        let out = (hasBOM ? bom : []) + Array(fixer.text.utf8)
        do {
            try AtomicFile.write(Data(out), to: path)
        } catch {
            // AtomicFile says why in chibo's words, or passes the system's on.
            let reason = (error as? EnvironmentError)?.message ?? Message(verbatim: error.localizedDescription)
            return .refused(Message(BuildMessages.cannotBeWritten, ["reason": reason]))
        }
        return .fixed(fixer.applied)
    }
}

/// Writes a file whole or not at all: into a temporary file in the same
/// folder (same file system), with the original's permissions, then
/// renamed over it.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).chibo-fix-\(ProcessInfo.processInfo.processIdentifier)")
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard FileManager.default.createFile(atPath: temporary.path, contents: data,
                                             attributes: attributes?[.posixPermissions].map { [.posixPermissions: $0] }) else {
            throw EnvironmentError(Message(BuildMessages.cannotCreateFileIn, ["folder": url.deletingLastPathComponent().path]))
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw EnvironmentError(Message(verbatim: reason))
        }
    }
}
