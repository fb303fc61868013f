/// `name.variant`: two spellings of a name, of one record or of records
/// with the same parent, that differ only in diacritics: the sources'
/// `Tông Cọt` and `Tổng Cột`. Where the tone mark sits (`Hoà`/`Hòa`) and
/// letter case are conventions, not different names.
enum NameVariants {
    static func problems(in records: [OrganisationRecord], childrenByIndex: [Int: [Int]], roots: [Int]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for group in [roots] + childrenByIndex.keys.sorted().map({ childrenByIndex[$0]! }) {
            // Spellings by their folded form, first written first.
            var byFold: [String: [(spelling: String, record: Int, field: String)]] = [:]
            for index in group {
                let record = records[index]
                for (position, spelling) in record.spellings.enumerated() {
                    byFold[VietnameseText.fold(spelling), default: []].append((spelling, index, position == 0 ? "name" : "aliases"))
                }
            }
            for fold in byFold.keys.sorted() {
                let spellings = byFold[fold]!
                // A spelling alone under its fold differs from none: its key is not made.
                guard spellings.count > 1 else { continue }
                let first = spellings[0]
                var seenKeys: Set<String> = [spellingKey(first.spelling)]
                for spelling in spellings.dropFirst() where seenKeys.insert(spellingKey(spelling.spelling)).inserted {
                    let other = records[first.record], record = records[spelling.record]
                    let message = first.record == spelling.record
                        ? Message(RecordMessages.nameVariant, ["spelling": spelling.spelling, "id": record.id, "first": first.spelling])
                        : Message(RecordMessages.nameVariantOfOther, [
                            "spelling": spelling.spelling, "id": record.id, "first": first.spelling,
                            "otherID": other.id, "file": other.file, "line": other.location.line])
                    diagnostics.append(Diagnostic(
                        file: record.file, at: record.location(of: spelling.field), code: .nameVariant,
                        message: message,
                        subject: record.id))
                }
            }
        }
        return diagnostics
    }

    /// The name's words, each spelt with its syllable's tone wherever the
    /// mark sits: equal for `hoà` and `hòa`, different for `tông` and `tổng`.
    static func spellingKey(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).map { VietnameseText.spelling(of: String($0)) }.joined(separator: " ")
    }
}
