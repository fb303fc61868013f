/// The directives last month's packs cited, recognised and resolved as
/// `chibo cite --content` does, for the reminder at the end of a new
/// pack's front matter: so the editor sees what the cells were last told
/// to follow, and can carry it on or say what replaced it.
struct CitedLastMonth {
    let month: CalendarMonth
    let content: ScaffoldContent
    private let recognizer: CitationRecognizer

    init(month: CalendarMonth, content: ScaffoldContent) {
        self.month = month
        self.content = content
        recognizer = CitationRecognizer(aliases: content.registry.aliases)
    }

    private var folder: String { "packs/" + month.description }

    /// The reminder's lines (without the `# `), naming files by their path
    /// in the content folder (the file is committed; where the folder was
    /// when it was made means nothing later): for `chung.md`, what last
    /// month's `chung.md` cited; for a type, that and the type's own pack,
    /// since a type's pack is read with the common part.
    func reminder(type: String?) -> [String] {
        var lines = ["Nhắc việc (không xuất bản): văn bản các tài liệu tháng \(month.numeric) đã trích dẫn"]
        guard content.fileExists(folder) else {
            lines.append("  tháng \(month.numeric) chưa có tài liệu sinh hoạt (\(folder)/ không có), nên không có văn bản nào để nhắc lại")
            return lines
        }
        for file in ["chung.md"] + (type.map { [$0 + ".md"] } ?? []) {
            let path = folder + "/" + file
            guard let source = content.source(at: path) else {
                lines.append("  \(path): chưa có tệp này")
                continue
            }
            let cited = directives(citedIn: source)
            lines.append("  \(path):" + (cited.isEmpty ? " không trích dẫn văn bản nào" : ""))
            lines += cited.map { "    - " + $0 }
        }
        return lines
    }

    /// Each directive the file cites, once, in the order first cited:
    /// `Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư: về …` from the
    /// registry, or what the text wrote when the registry has no one entry.
    func directives(citedIn source: SourceFile) -> [String] {
        let registry = content.registry
        var seen = Set<String>()
        var result: [String] = []
        for citation in CiteAction.citations(in: source, recognizer: recognizer) {
            let resolution = registry.resolve(citation)
            let line: String
            let key: String
            switch resolution {
            case .resolved(let index):
                key = "entry \(index)"
                line = Self.describe(registry.entries[index])
            case .ambiguous:
                let written = citation.symbol ?? citation.text
                key = "ambiguous " + written
                line = "\(written): nhiều văn bản cùng số, ký hiệu; trích dẫn không ghi ngày"
            case .unknown:
                let written = citation.symbol ?? citation.text
                key = "unknown " + written
                line = "\(written): không có trong danh mục văn bản (directives/)"
            }
            if seen.insert(key).inserted { result.append(line) }
        }
        return result
    }

    /// `Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư: Tiếp tục …`
    static func describe(_ entry: DirectiveRegistry.Entry) -> String {
        var text = entry.kind.map { "\($0) số " } ?? ""
        text += entry.symbol.text
        if let date = entry.date { text += ", ngày \(date.vietnamese)" }
        if let issuer = entry.issuer { text += " của \(issuer)" }
        if let title = entry.title { text += ": \(title)" }
        return text
    }
}
