import Testing
@testable import ChiboKit

/// A registry from inline pages.
private func registry(_ files: [String: String]) -> (DirectiveRegistry, [Diagnostic], [Page]) {
    let pages = files.keys.sorted().map { page(files[$0]!, at: $0).0 }
    var diagnostics: [Diagnostic] = []
    let registry = DirectiveRegistry(pages: pages, diagnostics: &diagnostics)
    return (registry, diagnostics, pages)
}

private func citation(_ text: String) -> Citation {
    var run = TextRun()
    run.append(text.unicodeScalars, at: SourceLocation(line: 1, column: 1))
    return CitationRecognizer().citations(in: run)[0]
}

struct DirectiveRegistryTests {
    @Test(arguments: [
        ("50-CT/TW", "50-CT/TW"), ("10- HD/BTCTW", "10-HD/BTCTW"), ("31 - HD/BTCTW", "31-HD/BTCTW"),
        ("84 QĐ/TWĐTN", "84-QĐ/TWĐTN"), ("03-\u{00D0}A/TU", "03-ĐA/TU"), ("10-NQ/đUK", "10-NQ/ĐUK"),
        ("114/2003/NÐ-CP", "114/2003/NĐ-CP"), ("22/2019/QH14", "22/2019/QH14"), ("08-QĐi/TW", "08-QĐi/TW"),
    ])
    func symbolsNormalise(written: String, normalised: String) {
        #expect(DirectiveSymbol(written)?.text == normalised)
    }

    @Test func symbolsThatAreNotSymbols() {
        #expect(DirectiveSymbol("Chỉ thị") == nil)
        #expect(DirectiveSymbol("50-CT/TW và thêm") == nil)
        #expect(DirectiveReference("50-CT/TW@2025-02-30") == nil)
    }

    @Test func leadingZerosAndDWithStrokeDoNotSplitKeys() {
        #expect(DirectiveSymbol("01-HD/TU")?.key == DirectiveSymbol("1-HD/TU")?.key)
        #expect(DirectiveSymbol("03-ĐA/TU")?.key == DirectiveSymbol("03-DA/TU")?.key)
    }

    let twoProvinces = [
        "directives/01-hd-tu.md": "---\nsymbol: 01-HD/TU\ndate: 2025-11-13\nissuer: Ban Thường vụ Tỉnh ủy Cao Bằng\n---\n",
        "directives/01-hd-tu-b.md": "---\nsymbol: 01-HD/TU\ndate: 2021-03-02\n---\n",
        "directives/76.md": "---\nsymbol: 76-QĐ/TW\ndate: 2000-06-15\nkind: Quy định\naliases: [\"Quy định về đảng viên nơi cư trú\"]\n---\n",
        "directives/10.md": "---\nsymbol: 10-HD/BTCTW\ndate: 2007-10-10\n---\n",
        "guidance/2014.md": "---\ntitle: Hướng dẫn 2014\ndate: 2014-10-10\nreplaces: [\"10-HD/BTCTW@2007-10-10\"]\nimplements: [\"76-QĐ/TW\"]\n---\n",
    ]

    @Test func resolvesBySymbolAndDate() {
        let (registry, diagnostics, pages) = registry(twoProvinces)
        #expect(diagnostics.isEmpty)
        func resolved(_ text: String) -> String? {
            guard case .resolved(let entry) = registry.resolve(citation(text)) else { return nil }
            return pages[registry.entries[entry].page].source.relativePath
        }
        #expect(resolved("Hướng dẫn số 01-HD/TU, ngày 13/11/2025") == "directives/01-hd-tu.md")
        #expect(resolved("Hướng dẫn số 1-HD/TU, ngày 02/3/2021") == "directives/01-hd-tu-b.md")
        #expect(registry.resolve(citation("Hướng dẫn số 01-HD/TU của Tỉnh ủy")) == .ambiguous([0, 1]))
        #expect(registry.resolve(citation("Hướng dẫn số 99-HD/TU")) == .unknown)
        // A single entry still resolves when the date is wrong: the checker reports the date.
        #expect(resolved("Hướng dẫn số 10-HD/BTCTW, ngày 11/10/2007") == "directives/10.md")
        #expect(resolved("Quy định số 76 của Bộ Chính trị") == "directives/76.md")
    }

    @Test func relationsAreDerivedBothWays() throws {
        let (registry, _, pages) = registry(twoProvinces)
        let old = try #require(registry.entries.firstIndex { $0.symbol.text == "10-HD/BTCTW" })
        let incoming = registry.relations(toEntry: old)
        #expect(incoming.map(\.kind) == [.replaces])
        #expect(pages[incoming[0].fromPage].source.relativePath == "guidance/2014.md")
        let guidance = try #require(pages.firstIndex { $0.source.relativePath == "guidance/2014.md" })
        #expect(registry.relations(fromPage: guidance).map(\.kind) == [.replaces, .implements])
        #expect(registry.aliases.map(\.symbol) == ["76-QĐ/TW"])
    }

    @Test func registryProblemsAreReportedWhereWritten() {
        let (_, diagnostics, _) = registry([
            "directives/a.md": "---\nsymbol: 50-CT/TW\ndate: 2025-07-23\n---\n",
            "directives/b.md": "---\nsymbol: \"50 - CT/TW\"\ndate: 2025-07-23\n---\n",
            "directives/c.md": "---\nsymbol: 05-QĐ/TW\ndate: 2020-01-01\nreplaces: [\"06-QĐ/TW\"]\n---\n",
            "directives/d.md": "---\nsymbol: 06-QĐ/TW\ndate: 2021-01-01\nreplaces: [\"05-QĐ/TW@2020-01-01\"]\n---\n",
            "directives/e.md": "---\nsymbol: 07-QĐ/TW\ndate: 2019-01-01\nreplaces: [\"99-QĐ/TW\", \"06-QĐ/TW\"]\n---\n",
            "directives/f.md": "---\nsymbol: Chỉ thị năm mươi\n---\n",
        ])
        let summary = diagnostics.sorted().map { "\($0.file):\($0.range.start.line) \($0.code)" }
        #expect(summary == [
            "content/directives/b.md:2 registry.duplicate",
            "content/directives/c.md:4 registry.cycle",
            "content/directives/c.md:4 registry.order",
            "content/directives/d.md:4 registry.cycle",
            "content/directives/e.md:4 registry.dangling",
            "content/directives/e.md:4 registry.order",
            "content/directives/f.md:2 frontmatter.invalid",
        ])
    }
}
