import Foundation

/// `chibo cite FILE... [--content DIR]`: the citations of any Markdown or
/// plain-text files, resolved against a content folder's registry if given.
public enum CiteAction {
    public struct FileResult: Sendable {
        public var file: String
        public var citations: [Citation]
        /// The output path of the entry each citation resolves to (nil when
        /// no content was given, or it does not resolve).
        public var resolved: [String?]
    }

    public struct Report: Sendable {
        public var files: [FileResult]
        public var diagnostics: [Diagnostic]

        /// 1 when a cited date does not exist (the text has an error), else 0.
        public var exitCode: Int32 { diagnostics.contains { $0.severity == .error } ? 1 : 0 }
    }

    public static func run(files: [String], contentDirectory: String?, jobs: Int? = nil) throws -> Report {
        var diagnostics: [Diagnostic] = []
        let registry = try contentDirectory.map { try self.registry(contentDirectory: $0, jobs: jobs) } ?? DirectiveRegistry()
        let recognizer = CitationRecognizer(aliases: registry.aliases)
        var results: [FileResult] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw EnvironmentError(Message(CiteMessages.cannotRead, ["file": file]))
            }
            let (source, problems) = SourceFile.decode(data, relativePath: file, displayPath: file)
            diagnostics.append(contentsOf: problems)
            let citations = citations(in: source, recognizer: recognizer)
            for citation in citations {
                diagnostics.append(contentsOf: CitationDiagnostics.textProblems(of: citation, file: file))
            }
            let resolved = citations.map { registry.resolve($0).entry.map { registry.entries[$0].outputPath } }
            results.append(FileResult(file: file, citations: citations, resolved: resolved))
        }
        return Report(files: results, diagnostics: diagnostics.sorted())
    }

    /// The registry of a content folder (its own problems are `check`'s to report).
    public static func registry(contentDirectory: String, jobs: Int? = nil) throws -> DirectiveRegistry {
        let options = BuildOptions(contentDirectory: contentDirectory, jobs: jobs)
        try SitePipeline.checkFolders(options, writing: false)
        return SitePipeline.modelBeforeCitations(options, diagnostics: DiagnosticEngine()).0.registry
    }

    /// Markdown files are parsed (citations in front matter and body);
    /// anything else is read as plain text, paragraph by paragraph.
    static func citations(in source: SourceFile, recognizer: CitationRecognizer) -> [Citation] {
        let lower = source.relativePath.lowercased()
        let runs: [TextRun]
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            let (page, _) = ContentLoader.page(from: source)
            runs = page.map(TextRunExtractor.runs(of:)) ?? TextRunExtractor.plainTextRuns(of: source)
        } else {
            runs = TextRunExtractor.plainTextRuns(of: source)
        }
        return runs.flatMap { recognizer.citations(in: $0) }.sorted { $0.start < $1.start }
            .map { $0.locatedAsWritten(in: source) }
    }

    /// interfaces.md's JSON: one array, one object per citation, in file order.
    public static func json(_ report: Report) -> String {
        var objects: [String] = []
        for file in report.files {
            for (citation, resolved) in zip(file.citations, file.resolved) {
                objects.append(JSONText.object([
                    ("file", JSONText.string(file.file)),
                    ("line", String(citation.start.line)),
                    ("column", String(citation.start.column)),
                    ("text", JSONText.string(citation.text)),
                    ("symbol", JSONText.optional(citation.symbol)),
                    ("kind", JSONText.optional(citation.kindCode)),
                    ("number", JSONText.optional(citation.number)),
                    ("issuer", JSONText.optional(citation.issuerCode)),
                    ("date", JSONText.optional(citation.date?.description)),
                    ("issuing_body", JSONText.optional(citation.issuingBody)),
                    ("resolved", JSONText.optional(resolved)),
                ]))
            }
        }
        return objects.isEmpty ? "[]" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]"
    }

    /// One line per citation: `file:line:col: SYMBOL DATE "text" → page`.
    public static func text(_ report: Report) -> String {
        var lines: [String] = []
        for file in report.files {
            for (citation, resolved) in zip(file.citations, file.resolved) {
                let name = citation.symbol ?? [citation.kindWord, citation.number].compactMap { $0 }.joined(separator: " ")
                var line = "\(file.file):\(citation.start.line):\(citation.start.column): \(name)"
                if let date = citation.date { line += " \(date)" }
                line += " \"\(citation.text)\""
                if let resolved { line += " → \(resolved)" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
