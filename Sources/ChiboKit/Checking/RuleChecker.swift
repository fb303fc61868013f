/// A record that breaks a rule, with the rule's basis as a page of the site.
public struct RuleBreach: Sendable {
    public var rule: RecordRule
    /// What the record shows: "members_on_site is 2, below 3".
    public var finding: Message
    /// The figure the record states (or its count of matching children).
    public var value: Int
    /// Site path of the basis (`directives/50-ct-tw.html`,
    /// `guidance/x.html#anchor`), nil when it resolves to nothing.
    public var basisPath: String?
    /// The basis as readers know it: the directive's name or the page's title.
    public var basisTitle: String
}

/// Judges every record against rules.yml (`org.rule`), and resolves each
/// rule's basis to the page that states it.
struct RuleChecker {
    let site: Site

    func breaches(into diagnostics: inout [Diagnostic]) -> [String: [RuleBreach]] {
        let organisations = site.organisations
        var result: [String: [RuleBreach]] = [:]
        for rule in organisations.rules {
            let (basisPath, basisTitle) = resolveBasis(of: rule, into: &diagnostics)
            for (index, record) in organisations.records.enumerated() where rule.filter.matches(record) {
                let value: Int?
                switch rule.measure {
                case .field(let field): value = record.figure(field)
                case .children(let filter):
                    value = organisations.children(of: index).filter { filter.matches(organisations.records[$0]) }.count
                }
                // A record that does not state the figure is not judged.
                guard let value, let finding = rule.breach(by: value) else { continue }
                result[record.id, default: []].append(RuleBreach(rule: rule, finding: finding, value: value, basisPath: basisPath, basisTitle: basisTitle ?? rule.basis))
                diagnostics.append(breachDiagnostic(record, rule: rule, finding: finding, basisPath: basisPath))
            }
            // A duplicate's own figures are judged too; it has no children
            // of its own (they belong to the kept record) and no page to
            // show a breach on.
            guard case .field(let field) = rule.measure else { continue }
            for record in organisations.duplicates where rule.filter.matches(record) {
                guard let value = record.figure(field), let finding = rule.breach(by: value) else { continue }
                diagnostics.append(breachDiagnostic(record, rule: rule, finding: finding, basisPath: basisPath))
            }
        }
        return result
    }

    private func breachDiagnostic(_ record: OrganisationRecord, rule: RecordRule, finding: Message, basisPath: String?) -> Diagnostic {
        let field: String
        switch rule.measure {
        case .field(let name): field = name
        case .children: field = "id"
        }
        return Diagnostic(
            file: record.file, at: record.location(of: field), code: .orgRule,
            message: Message(RuleMessages.breach, ["id": record.id, "message": rule.message, "finding": finding, "rule": rule.id]),
            suggestion: Suggestion(message: basisPath.map { Message(RuleMessages.basisAt, ["basis": rule.basis, "path": $0]) }
                ?? Message(RuleMessages.basis, ["basis": rule.basis])),
            subject: record.id)
    }

    /// The site path of a rule's basis: a directive by symbol (and date), or
    /// a content page with an optional anchor.
    private func resolveBasis(of rule: RecordRule, into diagnostics: inout [Diagnostic]) -> (path: String?, title: String?) {
        let basis = rule.basis
        if basis.lowercased().contains(".md") {
            let parts = basis.split(separator: "#", maxSplits: 1).map(String.init)
            let source = parts[0].hasPrefix("/") ? String(parts[0].dropFirst()) : parts[0]
            guard let index = site.index(ofSource: source) else {
                diagnostics.append(Diagnostic(file: rule.file, at: rule.basisLocation, code: .linkBroken,
                                              message: Message(RuleMessages.basisNoPage, ["rule": rule.id, "source": source]),
                                              suggestion: site.sourceNames.nearest(to: source).map {
                                                  Suggestion.didYouMean($0) }))
                return (nil, nil)
            }
            let page = site.pages[index]
            guard parts.count == 2 else { return (page.outputPath, page.title) }
            guard site.anchors(ofPageAt: index).contains(parts[1]) else {
                diagnostics.append(Diagnostic(file: rule.file, at: rule.basisLocation, code: .linkAnchor,
                                              message: Message(RuleMessages.basisNoAnchor, ["rule": rule.id, "source": source, "anchor": parts[1]])))
                return (page.outputPath, page.title)
            }
            return (page.outputPath + "#" + parts[1], page.title)
        }
        guard let reference = DirectiveReference(basis),
              case .resolved(let entry) = site.registry.resolve(symbolKey: reference.symbol.key, date: reference.date,
                                                                 exactDate: reference.date != nil) else {
            diagnostics.append(Diagnostic(file: rule.file, at: rule.basisLocation, code: .registryDangling,
                                          message: Message(RuleMessages.basisNoDirective, ["rule": rule.id, "basis": basis])))
            return (nil, nil)
        }
        let target = site.registry.entries[entry]
        // Shown on the organisation's page, in the site's words.
        return (target.outputPath, target.date.map { PageWords.of(site)(.nameDated, ["name": target.name, "date": $0.vietnamese]) }
            ?? target.name)
    }
}
