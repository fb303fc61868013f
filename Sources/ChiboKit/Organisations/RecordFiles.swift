import Foundation

/// The data files of content-model.md as read from disk: types.yml,
/// stats.yml, rules.yml and every file under orgs/, each checked on its own.
/// How they fit together is `Organisations.assemble`'s job.
public struct RecordFiles: Sendable {
    public var types: [CellType] = []
    public var hasTypeList = false
    public var records: [OrganisationRecord] = []
    public var stats = StatsCatalogue()
    public var rules: [RecordRule] = []
    /// Record ids written in what could not be read (`UnreadIDs`).
    public var unreadRecordIDs: Set<String> = []
    /// Type ids written in a types.yml that could not be read whole.
    public var unreadTypeIDs: Set<String> = []

    static func isRecordFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return path.hasPrefix("orgs/") && (lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") || lower.hasSuffix(".csv"))
    }

    /// Reads them, on several threads when there are many record files.
    static func load(_ entries: [ContentEntry], jobs: Int, read: @Sendable (ContentEntry) -> (SourceFile?, [Diagnostic]))
        -> (RecordFiles, [Diagnostic]) {
        var files = RecordFiles()
        var diagnostics: [Diagnostic] = []
        func single(_ names: [String]) -> SourceFile? {
            guard let entry = entries.first(where: { names.contains($0.relativePath) }) else { return nil }
            let (source, problems) = read(entry)
            diagnostics += problems
            return source
        }
        if let source = single(["types.yml", "types.yaml"]) {
            let (types, problems) = CellTypeCatalogue.read(source)
            files.types = types
            files.hasTypeList = true
            if problems.contains(where: { $0.severity == .error }) {
                files.unreadTypeIDs = UnreadIDs.inYAML(source.text).subtracting(types.map(\.id))
            }
            diagnostics += problems
        }
        if let source = single(["stats.yml", "stats.yaml"]) {
            let (stats, problems) = StatsCatalogue.read(source)
            files.stats = stats
            diagnostics += problems
        }
        if let source = single(["rules.yml", "rules.yaml"]) {
            let (rules, problems) = RecordRules.read(source)
            files.rules = rules
            diagnostics += problems
        }
        let recordFiles = entries.filter { isRecordFile($0.relativePath) }
        let results = Parallel.map(recordFiles.count, jobs: jobs) { index -> ([OrganisationRecord], [Diagnostic], Set<String>) in
            let (source, problems) = read(recordFiles[index])
            guard let source else { return ([], problems, []) }
            let isCSV = source.relativePath.lowercased().hasSuffix(".csv")
            let (raw, readProblems) = isCSV ? CSVRecordReader(source: source).read() : YAMLRecordReader(source: source).read()
            var reader = RecordReader()
            let records = raw.compactMap { reader.read($0) }
            let fileProblems = problems + readProblems + reader.diagnostics
            var unread = Set<String>()
            if fileProblems.contains(where: { $0.severity == .error }) {
                unread = isCSV ? CSVRecordReader(source: source).writtenIDs() : UnreadIDs.inYAML(source.text)
            }
            return (records, fileProblems, unread)
        }
        for (records, problems, unread) in results {
            files.records += records
            diagnostics += problems
            files.unreadRecordIDs.formUnion(unread)
        }
        files.unreadRecordIDs.subtract(files.records.map(\.id))
        if files.stats.isDeclared {
            for record in files.records {
                for key in record.stats.keys.sorted() where !files.stats.isKnown(key) {
                    let near = NearestMatch.find(key, in: files.stats.stats.map(\.key))
                    diagnostics.append(Diagnostic(
                        file: record.file, at: record.location(of: "stats." + key), code: .frontMatterUnknownKey,
                        message: Message(StatsMessages.undeclaredStat, ["key": key]),
                        suggestion: near.map { Suggestion.didYouMean($0) },
                        subject: record.id))
                }
            }
        }
        diagnostics += files.stats.totalProblems(in: files.records)
        return (files, diagnostics)
    }
}
