/// Problems a citation shows on its own, without a registry: a date that
/// does not exist, and look-alike characters read through.
enum CitationDiagnostics {
    static func textProblems(of citation: Citation, file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        if let invalid = citation.invalidDate {
            result.append(Diagnostic(
                file: file, range: SourceRange(start: citation.start, end: citation.end), code: .citationInvalidDate,
                message: "the date `\(invalid)` of \(citation.symbol ?? citation.text) does not exist"))
        }
        if let encoding = citation.damage.first, LegacyEncoding.Kind(rawValue: encoding) != nil {
            result.append(Diagnostic(
                file: file, range: SourceRange(start: citation.start, end: citation.end), code: .textEncoding,
                message: "this text is in the old \(encoding) encoding; the citation was read as \(citation.symbol ?? "written")",
                suggestion: Suggestion(message: "convert the text to Unicode (for example with UniKey's converter)")))
        } else if !citation.damage.isEmpty {
            result.append(Diagnostic(
                file: file, range: SourceRange(start: citation.start, end: citation.end), code: .textEncoding,
                message: "the citation `\(citation.text)` is written with look-alike, invisible or mistyped characters "
                    + "(\(citation.damage.joined(separator: ", "))); read as \(citation.symbol ?? "written")",
                suggestion: citation.repairedText.map {
                    Suggestion(message: "write it in plain characters: `\($0)`", replacement: $0,
                               range: SourceRange(start: citation.start, end: citation.end), isCertain: true)
                } ?? Suggestion(message: "retype the citation in plain characters")))
        }
        return result
    }
}
