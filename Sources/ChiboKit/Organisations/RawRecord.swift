/// One record as written, before its values are typed: the same shape
/// whether it came from a YAML map or a CSV row, so that one reader checks
/// both. Nested maps (`stats`, `ratings`) are flattened to `stats.KEY`,
/// the way CSV columns name them.
struct RawRecord: Sendable {
    var file: String
    /// The record's line: a CSV row's first line, a YAML record's `id:` key.
    var location: SourceLocation
    var fields: [RawField]
    var acceptances: [RawAcceptance] = []

    func field(_ key: String) -> RawField? { fields.first { $0.key == key } }
}

struct RawField: Sendable {
    enum Value: Sendable {
        case text(String)
        case list([String])
        /// A YAML value that is neither, and what it is instead: reported
        /// where it is read.
        case unreadable(shape: Message)
    }

    var key: String
    var value: Value
    /// Where the value is written (CSV: the cell; YAML: the value).
    var location: SourceLocation
    /// Where the key is written (CSV: the header cell).
    var keyLocation: SourceLocation
}

/// `accept` of a record: a finding of `code` on this record is known and
/// kept, for `reason`.
struct RawAcceptance: Sendable {
    var code: String
    var reason: String
    var location: SourceLocation
}
