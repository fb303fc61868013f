import Foundation
import Testing
@testable import ChiboKit

/// The writer: all or nothing, never over a file, never outside the
/// content folder.
struct ScaffoldWriterTests {
    static func writer(_ folder: TemporaryFolder) -> ScaffoldWriter {
        ScaffoldWriter(contentDirectory: folder.path + "/content", displayRoot: "content")
    }

    @Test(arguments: ["../x.md", "/tmp/x.md", "packs/../../x.md", "packs//x.md", "", "packs/.", "a\\b.md", "a/\n.md", ".git/x"])
    func refusesAPathThatLeavesTheContentFolder(_ path: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/keep.md", "x")
        let before = snapshot(of: folder.path)
        #expect(throws: ScaffoldError.self) {
            try Self.writer(folder).write(Scaffold(files: [Scaffold.File(relativePath: "ok/a.md", contents: "a"),
                                                           Scaffold.File(relativePath: path, contents: "b")]))
        }
        #expect(snapshot(of: folder.path) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/content/ok"))
    }

    @Test func refusesToWriteThroughALinkOutOfTheContentFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/keep.md", "x")
        try FileManager.default.createDirectory(atPath: folder.path + "/outside", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/content/packs", withDestinationPath: folder.path + "/outside")
        #expect(throws: ScaffoldError.self) {
            try Self.writer(folder).write(Scaffold(files: [Scaffold.File(relativePath: "packs/2027-02/chung.md", contents: "a")]))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/outside").isEmpty)
    }

    /// A dangling symbolic link is something at the path too.
    @Test func neverWritesOverAnythingAndWritesNothingThen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/b.md", "mine")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/content/c.md", withDestinationPath: folder.path + "/nowhere")
        for taken in ["b.md", "c.md"] {
            let error = #expect(throws: ScaffoldError.self) {
                try Self.writer(folder).write(Scaffold(files: [Scaffold.File(relativePath: "new/a.md", contents: "a"),
                                                               Scaffold.File(relativePath: taken, contents: "b")]))
            }
            #expect(error?.message.description.contains("content/\(taken)") == true)
        }
        #expect(ScaffoldFixture.read(folder, "b.md") == "mine")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/nowhere"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/content/new"))
        let written = try Self.writer(folder).write(Scaffold(files: [Scaffold.File(relativePath: "new/a.md", contents: "a")]))
        #expect(written == ["content/new/a.md"])
        #expect(ScaffoldFixture.read(folder, "new/a.md") == "a")
    }
}

/// Values written into scaffolded YAML, and the front matter they end in.
struct ScaffoldYAMLTests {
    @Test(arguments: ["Chi bộ xóm \"Một\"", "a\\b", "# không phải chú thích", "x: y", "---", "dòng 1\ndòng 2",
                      "tab\there", "\u{85}nel", "ls\u{2028}ps\u{2029}", "ctl\u{1}\u{7F}", "'", "- a", "[a]",
                      "Nghị quyết Trung ương 4 khóa XII", "ho\u{0300}a"])
    func aQuotedValueReadsBackAsItWas(_ text: String) throws {
        let yaml = "title: " + YAMLScalar.quoted(text) + "\n"
        let (value, problem) = YAMLReader(file: "x.md", firstLine: 2).read(yaml)
        #expect(problem == nil)
        guard case .mapping(let entries)? = value?.kind else {
            Issue.record("not a mapping")
            return
        }
        #expect(entries.count == 1)
        #expect(entries.first?.value.string == VietnameseText.nfc(text))
    }

    /// libyaml drops a byte-order mark even escaped; it is written escaped
    /// all the same, so the file holds none.
    @Test func aByteOrderMarkIsEscaped() {
        #expect(YAMLScalar.quoted("\u{FEFF}a") == "\"\\uFEFFa\"")
    }

    @Test func aCommentLineHoldsNoLineBreak() {
        #expect(YAMLScalar.commentLine("a\nb\u{2028}c\rd") == "a b c d")
    }

    /// Front matter that ends in comment lines (the reminder) reads as it
    /// would without them, with no problem; FlatYAML leaves it to Yams.
    @Test func frontMatterEndingInCommentsReadsAsWithout() throws {
        let plain = "---\ntitle: \"Tháng 02/2027\"\nmonth: 2027-02\ntype: xom\nkind: dinh-ky\n---\nx\n"
        let commented = "---\ntitle: \"Tháng 02/2027\"\nmonth: 2027-02\ntype: xom\nkind: dinh-ky\n# Nhắc việc\n#     - Chỉ thị số 50-CT/TW, ngày 23/7/2025\n---\nx\n"
        let (a, aProblems) = page(plain, at: "packs/2027-02/xom.md")
        let (b, bProblems) = page(commented, at: "packs/2027-02/xom.md")
        #expect(aProblems.isEmpty && bProblems.isEmpty)
        #expect(a.metadata.title == b.metadata.title)
        #expect(a.metadata.month == b.metadata.month)
        #expect(a.metadata.packType == b.metadata.packType)
        #expect(a.metadata.kind == b.metadata.kind)
        #expect(TextRunExtractor.runs(of: b).allSatisfy { !String(String.UnicodeScalarView($0.scalars)).contains("50-CT") })
    }

    /// Archetypes are text: `{{x}}` is not HTML-escaped there, while the
    /// theme's page templates still escape it.
    @Test func archetypesAreNotHTMLEscaped() throws {
        let theme = try TemporaryFolder()
        defer { theme.remove() }
        try theme.write("archetypes/org.yml", "id: {{id}}\nname: {{{name}}}\n")
        let archetypes = try Archetypes.load(["org.yml"], themeDirectory: theme.path)
        var fields = ArchetypeFields()
        fields[.id] = .text("a<b>&")
        fields[.name] = .text("\"x\" & y")
        #expect(archetypes.render("org.yml", fields) == "id: a<b>&\nname: \"x\" & y\n")
        var escaping = TemplateLibrary()
        escaping.templates["t"] = try Template(parsing: "{{id}}")
        #expect(escaping.render(fields, template: "t").string == "a&lt;b&gt;&amp;")
    }
}
