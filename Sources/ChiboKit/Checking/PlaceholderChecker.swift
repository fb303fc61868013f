import Foundation

/// `pack.placeholder`: a pack that `chibo new pack` made and nobody wrote
/// must not be published, nor any page whose title, summary or issuer is
/// still a placeholder (`…`). Such a pack still has the title or summary
/// the scaffold wrote (which say only the month and the type), or a section
/// with nothing under its heading. A warning while the editor works (`check`,
/// `serve`), an error where the site is published (`build`) and in
/// `check --strict`: the severity is `BuildOptions.unfinishedWork`.
struct PlaceholderChecker {
    let organisations: Organisations
    let severity: Severity

    func diagnostics(of page: Page) -> [Diagnostic] {
        let file = page.source.displayPath
        let left = leftPlaceholders(of: page)
        guard page.kind == .pack else { return left }
        var problems: [Diagnostic] = left
        var placeholderKeys: [String] = []
        if let month = page.metadata.month, let placeholder = placeholder(of: page, month: month) {
            // The common part's scaffolded title (`Định hướng chung sinh hoạt chi bộ
            // tháng 12/2026`) is the title such a page has: only its summary says nothing yet.
            let title = placeholder.isCommonPart ? nil : placeholder.title
            for (key, written, scaffolded) in [("title", page.metadata.title, title),
                                               ("summary", page.metadata.summary, placeholder.summary)] {
                guard let written, let scaffolded, VietnameseText.fold(written) == VietnameseText.fold(scaffolded) else { continue }
                placeholderKeys.append(key)
                problems.append(Diagnostic(
                    file: file, at: page.metadata.keyLocations[key] ?? SourceLocation(line: 1, column: 1), severity: severity,
                    code: .packPlaceholder,
                    message: Message(key == "title" ? PackMessages.titleStillScaffold : .summaryStillScaffold, ["written": written]),
                    subject: key))
            }
        }
        let empty = page.bodyFacts.emptySections
        // A pack nobody has begun is one problem, not one per heading.
        if !placeholderKeys.isEmpty, !empty.isEmpty, empty.count == page.headings.count {
            let first = problems[left.count]
            let what = placeholderKeys.map { Message($0 == "title" ? PackMessages.itsTitle : .itsSummary) }
            return left + [Diagnostic(
                file: file, at: first.range.start, severity: severity, code: .packPlaceholder,
                message: Message(PackMessages.notBegun, ["what": what, "count": empty.count]),
                suggestion: Suggestion(message: Message(PackMessages.notBegunHelp)),
                subject: "pack")]
        }
        for heading in empty {
            problems.append(Diagnostic(
                file: file, at: SourceLocation(line: heading.line + page.bodyFirstLine - 1, column: 1), severity: severity,
                code: .packPlaceholder,
                message: Message(PackMessages.emptySection, ["heading": heading.text]),
                subject: heading.anchor))
        }
        return problems
    }

    /// Any page's values that are still a scaffold's `…` (the directive
    /// scaffold comments `# title: "…"` out for the editor to fill in; a
    /// key uncommented but not written would publish "…" as the title).
    private func leftPlaceholders(of page: Page) -> [Diagnostic] {
        let metadata = page.metadata
        var problems: [Diagnostic] = []
        let keys: [(String, String?, PackMessages)] = [("title", metadata.title, .title), ("summary", metadata.summary, .summary),
                                                       ("issuer", metadata.issuer, .issuer)]
        for (key, value, word) in keys {
            guard let value, Self.isPlaceholder(value) else { continue }
            problems.append(Diagnostic(
                file: page.source.displayPath, at: metadata.keyLocations[key] ?? SourceLocation(line: 1, column: 1),
                severity: severity, code: .packPlaceholder,
                message: Message(PackMessages.leftPlaceholder, ["key": key, "value": value, "what": Message(word)]),
                suggestion: Suggestion(message: Message(PackMessages.writeOrDeleteLine, ["what": Message(word)])),
                subject: key))
        }
        return problems
    }

    /// `…`, `...`, `xxx`, `TODO`: text that stands for what is to be written.
    /// Every page's title passes here: a real one is longer than any placeholder.
    static func mayBePlaceholder(_ value: String) -> Bool { value.utf8.count <= 16 }

    static func isPlaceholder(_ value: String) -> Bool {
        guard mayBePlaceholder(value) else { return false }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ $0 == "…" || $0 == "." || $0 == " " }) { return true }
        let folded = VietnameseText.fold(trimmed)
        return ["todo", "tbd", "xxx", "..."].contains(folded)
    }

    /// What the scaffold wrote for this pack's month and type; nil for a
    /// type that types.yml does not know (`pack.type` says so).
    private func placeholder(of page: Page, month: CalendarMonth) -> PackPlaceholder? {
        let isCommonPart = SitePath.fileName(of: page.source.relativePath) == "chung.md"
        if isCommonPart { return PackPlaceholder(month: month, type: nil) }
        guard let typeID = page.metadata.packType, let type = organisations.type(id: typeID) else { return nil }
        return PackPlaceholder(month: month, type: type)
    }

    /// Headings at the top of a document with nothing under them before
    /// the next heading of their level or above, or the end.
    static func emptySections(of document: MarkdownNode, headings: [Heading]) -> [Heading] {
        let blocks = Array(document.children)
        var empty: [Heading] = []
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level) = block.kind else { continue }
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            if let next, case .heading(let nextLevel) = next.kind, nextLevel > level { continue }
            if let next, !next.isHeading { continue }
            if let heading = headings.first(where: { $0.line == block.startLine }) { empty.append(heading) }
        }
        return empty
    }
}

private extension MarkdownNode {
    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}
