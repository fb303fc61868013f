/// The guide's page of one diagnostic code, written from the catalogue
/// (its summary, meaning and fix) and an example taken from the check
/// cases: the file as written, and what chibo says of it. Like rustc's
/// error index, the pages are generated, so they never drift from what
/// chibo prints.
public struct CodeGuidePage: Sendable {
    /// A case that raises the code.
    public struct Example: Sendable {
        /// The file as the report names it, e.g. `content/guidance/x.md`.
        public var file: String
        /// What the reader is shown of the file: its text, or a sentence
        /// when it has none worth showing (a symbolic link).
        public var excerpt: Excerpt
        /// The finding as `chibo check` prints it, in Vietnamese.
        public var report: String
        /// Where the case is kept in the repository.
        public var caseFolder: String

        public init(file: String, excerpt: Excerpt, report: String, caseFolder: String) {
            self.file = file
            self.excerpt = excerpt
            self.report = report
            self.caseFolder = caseFolder
        }
    }

    public enum Excerpt: Sendable {
        /// Lines of the file, the first of them numbered `firstLine`.
        case lines([String], firstLine: Int)
        case symbolicLink(target: String)
    }

    public var code: DiagnosticCode
    public var example: Example?

    public init(code: DiagnosticCode, example: Example?) {
        self.code = code
        self.example = example
    }

    /// The page's file in the guide's folder.
    public var fileName: String { "\(code.rawValue).md" }

    public var markdown: String {
        var page = "---\n"
        page += "title: \(YAMLScalar.quoted(code.rawValue))\n"
        page += "summary: \(YAMLScalar.quoted(summary))\n"
        page += "---\n\n"
        page += "Mã lỗi `\(code.rawValue)` · \(severityLine)\n\n"
        page += "## Ý nghĩa\n\n\(code.meaning?.vietnamese ?? summary)\n\n"
        if let example {
            page += "## Ví dụ\n\n" + exampleSection(example) + "\n"
        }
        page += "## Cách sửa\n\n\(code.howToFix?.vietnamese ?? summary)\n\n"
        page += "Xem thêm: [các mã lỗi khác](index.md), [khi có lỗi](../khi-co-loi.md).\n"
        return page
    }

    /// The folder introduction listing every code with its summary.
    public static func index(of codes: [DiagnosticCode]) -> String {
        var page = "---\ntitle: Mã lỗi\n---\n\n"
        page += "Mỗi vấn đề chibo nêu có một mã lỗi, viết trong ngoặc vuông ở cuối dòng, ví dụ `[citation.unknown]`. "
        page += "Mỗi mã có một trang dưới đây: ý nghĩa, một ví dụ và cách sửa. "
        page += "Lỗi làm `chibo build` dừng lại; cảnh báo chỉ làm `chibo check --strict` báo thất bại.\n\n"
        page += "| mã lỗi | mức | ý nghĩa |\n|---|---|---|\n"
        for code in codes {
            let level = Message(ReportMessages.severity(code.defaultSeverity)).text(in: .vi)
            page += "| [`\(code.rawValue)`](\(code.rawValue).md) | \(level) | \(CodeGuidePage(code: code, example: nil).summary) |\n"
        }
        return page
    }

    private var summary: String { code.summary?.text(in: .vi) ?? code.rawValue }

    private var severityLine: String {
        switch code.defaultSeverity {
        case .error: "mức **lỗi**: `chibo build` không tạo trang web, `chibo check` báo thất bại."
        case .warning: "mức **cảnh báo**: trang web vẫn được tạo; `chibo check --strict` báo thất bại."
        case .note: "mức ghi nhận."
        }
    }

    private func exampleSection(_ example: Example) -> String {
        var text = "Trong bộ ví dụ kiểm thử `\(example.caseFolder)`, tệp `\(example.file)`"
        switch example.excerpt {
        case .symbolicLink(let target):
            text += " là một lối tắt (symlink) trỏ tới `\(target)`, ra ngoài thư mục nội dung.\n\n"
        case .lines(let lines, let firstLine):
            let body = lines.joined(separator: "\n")
            text += firstLine == 1 ? ":\n\n" : ", từ dòng \(firstLine):\n\n"
            text += Self.fenced(body, language: Self.language(of: example.file))
        }
        text += "chibo báo:\n\n" + Self.fenced(example.report, language: "text")
        return text
    }

    /// A fence longer than any run of backticks in the text.
    private static func fenced(_ text: String, language: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)\(language)\n\(text)\n\(fence)\n\n"
    }

    private static func language(of file: String) -> String {
        switch file.split(separator: ".").last?.lowercased() {
        case "md": "markdown"
        case "yml", "yaml": "yaml"
        case "csv": "csv"
        case "html", "mustache": "html"
        default: "text"
        }
    }
}
