/// Problems a citation shows on its own, without a registry: a date that
/// does not exist, and look-alike characters read through.
enum CitationDiagnostics {
    static func textProblems(of citation: Citation, file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let range = SourceRange(start: citation.start, end: citation.end)
        if let invalid = citation.invalidDate {
            result.append(Diagnostic(
                file: file, range: range, code: .citationInvalidDate,
                message: Message(CitationMessages.invalidDate, ["date": invalid, "citation": citation.symbol ?? citation.text])))
        }
        if let encoding = citation.damage.first, LegacyEncoding.Kind(rawValue: encoding) != nil {
            let message = citation.symbol.map {
                Message(CitationMessages.legacyEncoding, ["encoding": encoding, "symbol": $0])
            } ?? Message(CitationMessages.legacyEncodingReadAsWritten, ["encoding": encoding])
            result.append(Diagnostic(
                file: file, range: range, code: .textEncoding, message: message,
                suggestion: Suggestion(message: Message(CitationMessages.convertToUnicode))))
        } else if !citation.damage.isEmpty {
            let damage = citation.damage.map(described)
            let message = citation.symbol.map {
                Message(CitationMessages.lookAlikeCharacters, ["citation": citation.text, "damage": damage, "symbol": $0])
            } ?? Message(CitationMessages.lookAlikeCharactersReadAsWritten, ["citation": citation.text, "damage": damage])
            result.append(Diagnostic(
                file: file, range: range, code: .textEncoding, message: message,
                suggestion: citation.repairedText.map {
                    Suggestion(message: Message(CitationMessages.writeInPlainCharacters, ["text": $0]), replacement: $0,
                               range: range, isCertain: true)
                } ?? Suggestion(message: Message(CitationMessages.retypeInPlainCharacters))))
        }
        return result
    }

    /// One piece of damage in the words of the message: chibo's own for a
    /// `D` written for `Đ`; a character's code and Unicode name as they are.
    private static func described(_ damage: String) -> Message {
        damage == Citation.dForDWithStroke ? Message(CitationMessages.dForDWithStroke) : Message(verbatim: damage)
    }
}
