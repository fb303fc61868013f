/// An editor's written acceptance of one finding on one page, from the
/// page's front matter:
///
/// ```yaml
/// accept:
///   - code: citation.issuer-mismatch
///     match: "10-HD/TCTW"
///     reason: "Bản gốc ghi 10-HD/TCTW; giữ nguyên văn bản."
/// ```
///
/// A faithful copy of a real source keeps the source's own mistakes; this
/// lets it do so on the record. The finding stays in every report, as a
/// note carrying the reason, and everything else stays an error.
public struct AcceptedFinding: Sendable, Hashable {
    public var code: String
    /// Text of the finding's subject as written (the cited symbol, the link
    /// target), compared with diacritics and case as written.
    public var match: String
    public var reason: String
    /// Where the item is written, for `accept.unused`.
    public var location: SourceLocation
    /// A record's acceptance names the record (its id) and must not cover
    /// another record whose id merely contains it.
    public var matchesWholeSubject = false

    public init(code: String, match: String, reason: String, location: SourceLocation, matchesWholeSubject: Bool = false) {
        self.code = code
        self.match = match
        self.reason = reason
        self.location = location
        self.matchesWholeSubject = matchesWholeSubject
    }

    /// True when this acceptance covers the diagnostic.
    func covers(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.code.rawValue == code, diagnostic.acceptedBecause == nil else { return false }
        // Without a subject the match is on the message, in either language.
        let subjects = diagnostic.subject.map { [$0] } ?? Language.allCases.map { diagnostic.message.text(in: $0) }
        return subjects.contains { matchesWholeSubject ? $0 == match : $0.contains(match) }
    }

    /// Why `code` cannot be accepted, if it cannot: it is no diagnostic
    /// code (with the nearest one), or it is about acceptances themselves.
    static func problem(withCode code: String, file: String, at location: SourceLocation) -> Diagnostic? {
        guard DiagnosticCode.all.contains(where: { $0.rawValue == code }) else {
            let near = NearestMatch.find(code, in: DiagnosticCode.all.map(\.rawValue))
            return Diagnostic(file: file, at: location, code: .frontMatterInvalid,
                              message: Message(AcceptMessages.notACode, ["code": code]),
                              suggestion: near.map { Suggestion.didYouMean($0) })
        }
        if code.hasPrefix("accept.") {
            return Diagnostic(file: file, at: location, code: .frontMatterInvalid,
                              message: Message(AcceptMessages.cannotBeAccepted, ["code": code]))
        }
        return nil
    }
}

/// Turns the findings editors accepted into notes, and reports acceptances
/// that match nothing.
struct AcceptedFindings {
    /// Acceptances by the display path of the page that writes them.
    let byFile: [String: [AcceptedFinding]]

    init(pages: [Page], records: [OrganisationRecord] = []) {
        var byFile: [String: [AcceptedFinding]] = [:]
        pages.forEachInPlace { _, page in
            if !page.pointee.metadata.acceptedFindings.isEmpty { byFile[page.pointee.source.displayPath] = page.pointee.metadata.acceptedFindings }
        }
        for record in records where !record.acceptances.isEmpty {
            byFile[record.file, default: []] += record.acceptances
        }
        self.byFile = byFile
    }

    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !byFile.isEmpty else { return diagnostics }
        var used = Set<AcceptedFinding>()
        var result = diagnostics.map { diagnostic -> Diagnostic in
            guard let acceptance = byFile[diagnostic.file]?.first(where: { $0.covers(diagnostic) }) else { return diagnostic }
            used.insert(acceptance)
            var accepted = diagnostic
            accepted.severity = .note
            accepted.acceptedBecause = acceptance.reason
            return accepted
        }
        for (file, acceptances) in byFile {
            for acceptance in acceptances where !used.contains(acceptance) {
                result.append(Diagnostic(
                    file: file, at: acceptance.location, code: .acceptUnused,
                    message: Message(acceptance.matchesWholeSubject ? AcceptMessages.unusedOnRecord : .unusedOnPage,
                                     ["code": acceptance.code, "match": acceptance.match])))
            }
        }
        return result.sorted()
    }
}
