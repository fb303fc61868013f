/// The search index, written as scripts the search page adds with
/// `<script>` elements: a page opened from disk (`file://`) cannot `fetch()`
/// a JSON file, but it can load a script. The index is cut into shards
/// (terms by their first two letters, documents in groups) so that a query
/// loads only the few it needs:
///
/// - `search/index.js`: the manifest, with every shard's size in bytes;
/// - `search/t-<key>.js`: the terms starting with `<key>`, each with the
///   spellings it was written in and its postings (document, weight, and a
///   bit per spelling the document uses); a large group is split by three
///   or four letters;
/// - `search/d-<n>.js`: documents `n × 8 …`: address, title, kind,
///   headings with anchors, and text for the result's snippet.
public struct SearchIndex: Sendable {
    public static let folder = "search"
    /// Few documents per shard: a query loads the shards of its first
    /// results only.
    static let documentsPerShard = 8
    /// Longest text kept per document for snippets.
    static let snippetSourceLength = 2000

    /// Where a word is written, as flags above a posting's count of
    /// occurrences (0–15): search.js scores a word in the title or among a
    /// directive's symbols or an organisation's names far above one in the
    /// text, however often the text repeats it.
    enum Field: Int {
        case text = 0, heading = 16, title = 32, keyword = 64
    }

    private struct Posting {
        var document: Int
        var weight: Int
        /// A bit per spelling of the term this document uses (the first 31).
        var spellings: Int
    }

    /// Every file of the index, path and contents.
    public private(set) var files: [(path: String, contents: String)] = []
    public var byteCount: Int { files.reduce(0) { $0 + $1.contents.utf8.count } }

    public init(documents: [SearchDocument], jobs: Int) {
        // Each document's terms with their weight and spellings, on all cores.
        let perDocument = Parallel.map(documents.count, jobs: jobs) { Self.terms(of: documents[$0]) }
        var postings: [String: [Posting]] = [:]
        var spellings: [String: [String]] = [:]
        var spellingIndex: [String: [String: Int]] = [:]
        for (document, terms) in perDocument.enumerated() {
            for (term, entry) in terms {
                var bits = 0
                for spelling in entry.spellings.sorted() {
                    let index: Int
                    if let known = spellingIndex[term]?[spelling] {
                        index = known
                    } else {
                        index = spellings[term, default: []].count
                        spellings[term, default: []].append(spelling)
                        spellingIndex[term, default: [:]][spelling] = index
                    }
                    if index < 31 { bits |= 1 << index }
                }
                postings[term, default: []].append(Posting(document: document, weight: entry.weight, spellings: bits))
            }
        }
        var entries: [String: String] = [:]
        for term in postings.keys {
            entries[term] = Self.entry(term: term, forms: spellings[term] ?? [], postings: postings[term]!)
        }
        var termFiles: [(String, String)] = []
        for (key, terms) in Self.shards(of: entries) {
            let body = terms.map { JSONText.string($0) + ":" + entries[$0]! }.joined(separator: ",")
            termFiles.append(("\(Self.folder)/t-\(key).js", "chiboSearch.terms(\(JSONText.string(key)),{\(body)});\n"))
        }
        var documentFiles: [(String, String)] = []
        for start in stride(from: 0, to: documents.count, by: Self.documentsPerShard) {
            let group = documents[start..<min(start + Self.documentsPerShard, documents.count)]
            let items = group.map { document in
                let headings = document.headings.map { "[" + JSONText.string($0.text) + "," + JSONText.string($0.anchor) + "]" }
                return "[" + [JSONText.string(document.url), JSONText.string(document.title), JSONText.string(document.section),
                              "[" + headings.joined(separator: ",") + "]",
                              JSONText.string(String(document.text.prefix(Self.snippetSourceLength)))].joined(separator: ",") + "]"
            }
            documentFiles.append(("\(Self.folder)/d-\(start / Self.documentsPerShard).js",
                                  "chiboSearch.documents(\(start / Self.documentsPerShard),[\n\(items.joined(separator: ",\n"))]);\n"))
        }
        let termSizes = termFiles.map { file in
            JSONText.string(String(file.0.dropFirst("\(Self.folder)/t-".count).dropLast(3))) + ":" + String(file.1.utf8.count)
        }
        let manifest = "chiboSearch.manifest({\"documents\":\(documents.count),\"documentsPerShard\":\(Self.documentsPerShard),"
            + "\"terms\":{\(termSizes.joined(separator: ","))},"
            + "\"documentShards\":[\(documentFiles.map { String($0.1.utf8.count) }.joined(separator: ","))]});\n"
        files = [("\(Self.folder)/index.js", manifest)] + termFiles + documentFiles
    }

    /// A shard's budget: a shard of two-letter terms larger than this is
    /// split by three letters, and so on up to four.
    static let shardBytes = 48_000

    /// Terms grouped by their first two letters, groups over budget split by
    /// a longer prefix; a term stays in the group of its own length when it
    /// is shorter. search.js picks the longest key that exists.
    static func shards(of entries: [String: String]) -> [(key: String, terms: [String])] {
        var result: [(String, [String])] = []
        func group(_ terms: [String], length: Int) {
            var byKey: [String: [String]] = [:]
            for term in terms { byKey[shardKey(of: term, length: length), default: []].append(term) }
            for key in byKey.keys.sorted() {
                let members = byKey[key]!.sorted()
                let size = members.reduce(0) { $0 + $1.utf8.count + entries[$1]!.utf8.count + 4 }
                let longer = members.filter { $0.unicodeScalars.count > length }
                if size > shardBytes, length < 4, !longer.isEmpty {
                    let short = members.filter { $0.unicodeScalars.count <= length }
                    if !short.isEmpty { result.append((key, short)) }
                    group(longer, length: length + 1)
                } else {
                    result.append((key, members))
                }
            }
        }
        group(Array(entries.keys), length: 2)
        return result
    }

    /// The first `length` letters of a term, `_` for anything outside a–z
    /// and 0–9 (file names stay plain ASCII).
    static func shardKey(of term: String, length: Int) -> String {
        var key = ""
        for scalar in term.unicodeScalars.prefix(length) {
            let isPlain = (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value)
            key.append(isPlain ? Character(scalar) : "_")
        }
        return key
    }

    /// One term's entry: the spellings it is written in (`0` when only as
    /// itself, `50`, `chi`), then its postings as numbers: the document
    /// (as a step from the previous one), the weight, and a bit per
    /// spelling when there are several (31 fit a JavaScript number). The
    /// numbers are written as one string of digits (`PostingDigits`): a
    /// browser loads a string literal at once, where it parses an array of
    /// numbers one by one, and the shard is half the size.
    private static func entry(term: String, forms allForms: [String], postings: [Posting]) -> String {
        let forms = Array(allForms.prefix(31))
        let marksSpellings = forms.count > 1
        var numbers: [Int] = []
        numbers.reserveCapacity(postings.count * 3)
        var previous = 0
        for posting in postings {
            numbers.append(posting.document - previous)
            previous = posting.document
            numbers.append(posting.weight)
            if marksSpellings { numbers.append(posting.spellings) }
        }
        let spellings = forms == [term] ? "0" : "[" + forms.map(JSONText.string).joined(separator: ",") + "]"
        return "[" + spellings + ",\"" + PostingDigits.encode(numbers) + "\"]"
    }

    private static func terms(of document: SearchDocument) -> [String: (weight: Int, spellings: Set<String>)] {
        var terms: [String: (weight: Int, spellings: Set<String>)] = [:]
        var cache: [String: SearchTokens.Word] = [:]
        func add(_ text: String, _ field: Field) {
            for word in SearchTokens.words(in: text, cache: &cache) {
                var entry = terms[word.term] ?? (0, [])
                let count = min((entry.weight & 15) + 1, 15)
                entry.weight = (entry.weight & ~15) | field.rawValue | count
                entry.spellings.insert(word.spelling)
                terms[word.term] = entry
            }
        }
        add(document.title, .title)
        for keyword in document.keywords { add(keyword, .keyword) }
        for heading in document.headings { add(heading.text, .heading) }
        add(document.text, .text)
        return terms
    }
}

/// Whole numbers as base-32 digits in one JSON-safe string, as search.js
/// reads them: a number's higher digits are `A`–`Z`, `6`–`9`, `+`, `/`, its
/// last digit `a`–`z`, `0`–`5`. Steps between documents and weights are
/// mostly below 32: one character each, where `65,` took three.
enum PostingDigits {
    static let last = Array("abcdefghijklmnopqrstuvwxyz012345".utf8)
    static let more = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ6789+/".utf8)

    static func encode(_ numbers: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(numbers.count * 2)
        var digits: [UInt8] = []
        for number in numbers {
            precondition(number >= 0, "postings are steps, weights and bits: never negative")
            var rest = number
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(rest & 31))
                rest >>= 5
            } while rest > 0
            for digit in digits.dropFirst().reversed() { bytes.append(more[Int(digit)]) }
            bytes.append(last[Int(digits[0])])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func decode(_ text: String) -> [Int] {
        var numbers: [Int] = []
        var value = 0
        for byte in text.utf8 {
            if let digit = more.firstIndex(of: byte) {
                value = value * 32 + digit
            } else if let digit = last.firstIndex(of: byte) {
                numbers.append(value * 32 + digit)
                value = 0
            }
        }
        return numbers
    }
}
