import Foundation

/// `chibo import`: one file read by the reader its kind needs, its
/// structure rebuilt, and the page and report made; nothing is written here.
public enum Importer {
    /// A file imported: the page's Markdown, where it goes, and the report.
    public struct Result: Sendable {
        /// Relative to the content folder: `guidance/de-an-03-da-tu-….md`.
        public let relativePath: String
        public let markdown: String
        /// What the import recognised, mended and decided.
        let reportText: ImportReportText
        /// The facts the page states, for `--register` and tests.
        public let title: String
        public let symbol: String?
        /// `--register`: the registry entries to write with the page, by
        /// their path in the content folder.
        public var entries: [(relativePath: String, contents: String)] = []
        /// `--register`: what the entries leave out, and why.
        public var registerNotes: [Message] = []

        /// The report for the editor, in `language`.
        public func report(in language: Language) -> String { reportText.text(in: language) }

        /// The report in English.
        public var report: String { report(in: .en) }

        /// The report as one JSON object: the same facts as the text, the
        /// entries `--register` writes, and the page itself when asked.
        /// Messages are in `language`; the keys stay as they are.
        public func json(withMarkdown: Bool, language: Language = .en) -> String {
            var fields = reportText.jsonFields(in: language)
            fields.append("\"entries\": [\(entries.map { JSONText.string($0.relativePath) }.joined(separator: ", "))]")
            fields.append("\"registerNotes\": [\(registerNotes.map { JSONText.string($0.text(in: language)) }.joined(separator: ", "))]")
            if withMarkdown { fields.append("\"markdown\": \(JSONText.string(markdown))") }
            return "{" + fields.joined(separator: ", ") + "}"
        }
    }

    public struct Failure: Error, Sendable {
        public let message: Message
        /// A program chibo needs is missing: the command could not run (exit 2).
        public let isMissingTool: Bool
    }

    /// Reads and structures `path` for the folder `folder` of the content.
    /// `registry`: the content whose registry `--register` completes.
    public static func run(file path: String, folder: String, registry: ScaffoldContent? = nil) throws(Failure) -> Result {
        let document: SourceDocument
        do {
            document = try read(path)
        } catch {
            throw Failure(message: error.message, isMissingTool: error.isMissingTool)
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let page = PageStructure.page(from: document, fileName: name)
        let relativePath = folder + "/" + fileStem(page.facts) + ".md"
        let report = ImportReportText(page: page, file: path, destination: relativePath)
        var result = Result(relativePath: relativePath, markdown: page.markdown, reportText: report,
                            title: page.facts.title?.value ?? "", symbol: page.facts.symbol?.value)
        if let registry {
            let cited = CitedDirectiveEntries(texts: page.texts, ownSymbol: page.facts.symbol?.value, registry: registry.registry)
            var taken = Set<String>()
            for entry in cited.entries {
                let slug = Slug.make(entry.symbol)
                let dated = entry.date.map { "directives/\(slug)-\($0.value.description.replacingOccurrences(of: "-", with: "")).md" }
                guard let path = ["directives/\(slug).md", dated].compactMap({ $0 }).first(where: { !registry.fileExists($0) && !taken.contains($0) })
                else {
                    result.registerNotes.append(Message(ImportMessages.registerFileNameTaken, ["symbol": entry.symbol]))
                    continue
                }
                taken.insert(path)
                result.entries.append((path, entry.frontMatter))
            }
            result.registerNotes += cited.disagreements
        }
        return result
    }

    static func read(_ path: String) throws(ImportProblem) -> SourceDocument {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportProblem(Message(ImportMessages.noSuchFile, ["path": path]))
        }
        guard !isDirectory.boolValue else { throw ImportProblem(Message(ImportMessages.isAFolder, ["path": path])) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= ImportedText.byteLimit else {
            throw ImportProblem(Message(ImportMessages.fileTooLarge, ["size": size >> 20, "limit": ImportedText.byteLimit >> 20]))
        }
        let fileExtension = url.pathExtension.lowercased()
        switch fileExtension {
        case "txt", "md", "markdown", "text", "":
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ImportProblem(Message(ImportMessages.cannotReadFile, ["path": path]))
            }
            return try TextReader.read(Array(data), isMarkdown: fileExtension == "md" || fileExtension == "markdown")
        case "docx":
            return try WordReader.read(fileAt: url)
        case "doc":
            return try WordReader.convertingDoc(at: url)
        case "pdf":
            return try PDFReader.read(fileAt: url)
        default:
            throw ImportProblem(Message(ImportMessages.unsupportedFormat, ["file": url.lastPathComponent]))
        }
    }

    /// The page's file name by the slug rule: the symbol, then the title.
    static func fileStem(_ facts: DocumentFacts) -> String {
        var words = ""
        if let symbol = facts.symbol?.value { words += symbol + " " }
        words += facts.title?.value ?? "trang-nhap"
        var slug = Slug.make(words)
        if slug.count > 80 {
            slug = String(slug.prefix(80))
            if let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        }
        return slug.isEmpty ? "trang-nhap" : slug
    }
}
