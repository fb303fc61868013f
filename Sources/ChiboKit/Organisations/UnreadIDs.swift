import Foundation

/// Ids written in a data file that chibo could not read whole: a records
/// file with a YAML syntax error, a CSV row SwiftCSV refuses, a record
/// dropped for a bad `level`, a types.yml entry left out. The read error is
/// reported where it is; a record naming one of these ids as its parent, or
/// a pack or record naming such a type, is not also told that the id does
/// not exist: that would be an error the first one invented.
///
/// Read line by line, leniently, only from files that had a problem: a
/// superset of the ids really written is harmless (it only keeps back an
/// "unknown id" that may be false), a missing one is not.
enum UnreadIDs {
    /// `id: value` and `- id: value` lines of a YAML text.
    static func inYAML(_ text: String) -> Set<String> {
        var ids = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("-") { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
            guard rest.hasPrefix("id"), let colon = rest.firstIndex(of: ":"),
                  rest[rest.startIndex..<colon].trimmingCharacters(in: .whitespaces) == "id" else { continue }
            var value = rest[rest.index(after: colon)...]
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let id = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !id.isEmpty { ids.insert(id) }
        }
        return ids
    }

    /// The cells of the `id` column of a CSV text, each line split at the
    /// delimiter without regard to quotes.
    static func inCSV(_ text: String, delimiter: Character) -> Set<String> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        guard let header = lines.next(),
              let column = header.split(separator: delimiter, omittingEmptySubsequences: false)
                .firstIndex(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"\u{FEFF}"))) == "id" })
        else { return [] }
        var ids = Set<String>()
        while let line = lines.next() {
            let cells = line.split(separator: delimiter, omittingEmptySubsequences: false)
            guard column < cells.count else { continue }
            let id = cells[column].trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"")))
            if !id.isEmpty { ids.insert(id) }
        }
        return ids
    }
}
