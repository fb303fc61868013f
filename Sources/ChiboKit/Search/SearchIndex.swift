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
///   headings with anchors, and the text the result's snippet is cut from
///   (a directive's subject line, which is shown whole).
public struct SearchIndex: Sendable {
    public static let folder = "search"
    /// Few documents per shard: a query loads the shards of its first
    /// results only.
    static let documentsPerShard = 8
    /// Longest text kept per document for snippets.
    static let snippetSourceLength = 2000

    /// Where a word is written, as flags above a posting's count of
    /// occurrences (0–15): search.js scores a word in the title, a
    /// directive's subject line or among a directive's symbols or an
    /// organisation's names far above one in the text, however often the
    /// text repeats it. A word of the title also carries the title's length
    /// in terms (up to 15), times `titleLength`: search.js ranks a page
    /// whose whole title the query names ("chi bộ hợp tác xã", the cell
    /// type's page) above pages whose longer titles hold the same words.
    enum Field: Int {
        case text = 0, heading = 16, title = 32, keyword = 64, subject = 128
    }

    static let titleLength = 256

    /// One term's postings, written as they are met in the digits its entry
    /// holds (`PostingDigits`): about three bytes a posting, where holding
    /// them as numbers took twelve and more. There is one posting per word
    /// per document of the site.
    struct EncodedPostings {
        var digits: [UInt8] = []
        var previous = 0
        /// Spelling bits are written only for a term with more than one
        /// spelling; until its second appears, every posting's bits are 1.
        var marksSpellings = false

        mutating func append(document: Int, weight: Int, spellings: Int) {
            PostingDigits.append(document - previous, to: &digits)
            previous = document
            PostingDigits.append(weight, to: &digits)
            if marksSpellings { PostingDigits.append(spellings, to: &digits) }
        }

        /// The term's second spelling is met: the postings so far, all in
        /// its first, get their bits.
        mutating func startMarkingSpellings() {
            guard !marksSpellings else { return }
            let numbers = PostingDigits.decode(digits)
            digits = []
            digits.reserveCapacity(numbers.count * 2)
            for pair in stride(from: 0, to: numbers.count, by: 2) {
                PostingDigits.append(numbers[pair], to: &digits)
                PostingDigits.append(numbers[pair + 1], to: &digits)
                PostingDigits.append(1, to: &digits)
            }
            marksSpellings = true
        }
    }

    /// Every file of the index, path and contents, manifest first.
    public private(set) var files: [(path: String, contents: String)] = []
    public var byteCount: Int { files.reduce(0) { $0 + $1.contents.utf8.count } }

    /// The index held in memory, for tests and tools that read it back.
    public init(documents: [SearchDocument], jobs: Int) {
        var files: [(path: String, contents: String)] = []
        Self.write(documents: documents, jobs: jobs) { path, contents in
            files.append((path, String(decoding: contents, as: UTF8.self)))
        }
        self.files = [files[files.count - 1]] + files.dropLast()
    }

    /// Makes the index and hands each file to `write` as soon as it is made,
    /// the manifest last (it holds the others' sizes): a national site's
    /// index is a quarter of a gigabyte, which the build need not hold.
    /// Returns the index's size in bytes.
    @discardableResult
    public static func write(documents: [SearchDocument], jobs: Int,
                             to write: (_ path: String, _ contents: [UInt8]) throws -> Void) rethrows -> Int {
        var bytes = 0
        func emit(_ path: String, _ contents: [UInt8]) throws {
            bytes += contents.count
            try write(path, contents)
        }
        func emit(_ path: String, _ contents: String) throws { try emit(path, Array(contents.utf8)) }
        var termSizes: [String] = []
        // A scope of its own: the terms' entries are let go before the
        // documents' shards are made.
        do {
            let entries = termEntries(of: documents, jobs: jobs)
            let termShards = shards(of: Array(entries.keys)) { entries[$0]!.utf8.count }
            try Parallel.mapInBatches(termShards.count, jobs: jobs, { number in
                let (key, terms) = termShards[number]
                return termShard(key: key, terms: terms) { entries[$0]! }
            }, then: { number, contents in
                let key = termShards[number].key
                termSizes.append(termSize(key: key, bytes: contents.utf8.count))
                try emit(termShardPath(key), contents)
            })
        }
        var documentSizes: [String] = []
        // Shards are made on every core, a batch at a time (memory stays
        // bounded), and written in order.
        let shardCount = (documents.count + documentsPerShard - 1) / documentsPerShard
        try Parallel.mapInBatches(shardCount, jobs: jobs, { documentShard($0, of: documents) }, then: { number, contents in
            documentSizes.append(String(contents.count))
            try emit(documentShardPath(number), contents)
        })
        try emit(manifestPath, manifest(documentCount: documents.count, termSizes: termSizes, documentSizes: documentSizes))
        return bytes
    }

    static let manifestPath = "\(folder)/index.js"
    static func termShardPath(_ key: String) -> String { "\(folder)/t-\(key).js" }
    static func documentShardPath(_ number: Int) -> String { "\(folder)/d-\(number).js" }

    /// A shard of terms: each term with its entry, in the order given.
    static func termShard(key: String, terms: [String], entry: (String) -> String) -> String {
        let body = terms.map { JSONText.string($0) + ":" + entry($0) }.joined(separator: ",")
        return "chiboSearch.terms(\(JSONText.string(key)),{\(body)});\n"
    }

    /// A term shard's line in the manifest: its key and size.
    static func termSize(key: String, bytes: Int) -> String { JSONText.string(key) + ":" + String(bytes) }

    /// The manifest, from the term shards' lines (`termSize`) in shard order
    /// and the document shards' sizes in bytes.
    static func manifest(documentCount: Int, termSizes: [String], documentSizes: [String]) -> String {
        "chiboSearch.manifest({\"documents\":\(documentCount),\"documentsPerShard\":\(documentsPerShard),"
            + "\"terms\":{\(termSizes.joined(separator: ","))},"
            + "\"documentShards\":[\(documentSizes.joined(separator: ","))]});\n"
    }

    /// The file of documents shard `number` lists.
    /// Written into one buffer of UTF-8, which goes to the file as it is:
    /// made of joined strings, each document's several copies of its text
    /// were half of writing them, and making a String of the buffer would
    /// check every byte again.
    private static func documentShard(_ number: Int, of documents: [SearchDocument]) -> [UInt8] {
        let start = number * documentsPerShard
        let shard = documents[start..<min(start + documentsPerShard, documents.count)]
        var out: [UInt8] = []
        out.reserveCapacity(shard.reduce(64) { $0 + min($1.text.utf8.count, 4 * snippetSourceLength) + 512 })
        out.append(contentsOf: documentShardStart(number).utf8)
        for (position, document) in shard.enumerated() {
            if position > 0 { out.append(contentsOf: documentSeparator.utf8) }
            appendDocument(document, to: &out)
        }
        out.append(contentsOf: documentShardEnd.utf8)
        return out
    }

    static func documentShardStart(_ number: Int) -> String { "chiboSearch.documents(\(number),[\n" }
    static let documentSeparator = ",\n"
    static let documentShardEnd = "]);\n"

    /// One document as its shard lists it: address, title, kind, headings
    /// with anchors, and the text its snippets are cut from.
    static func appendDocument(_ document: SearchDocument, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for field in [document.url, document.title, document.section] {
            JSONText.append(field, to: &out)
            out.append(UInt8(ascii: ","))
        }
        out.append(UInt8(ascii: "["))
        for (index, heading) in document.headings.enumerated() {
            out.append(contentsOf: index > 0 ? ",[".utf8 : "[".utf8)
            JSONText.append(heading.text, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.append(heading.anchor, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "],".utf8)
        JSONText.append(document.snippet ?? snippetSource(of: document.text), to: &out)
        out.append(UInt8(ascii: "]"))
    }

    /// The first `snippetSourceLength` characters of a text. Counting
    /// characters means finding grapheme boundaries; where every scalar is
    /// a character of its own (no combining marks, no CR), scalars are
    /// counted instead, which is the same and much faster.
    static func snippetSource(of text: String) -> String {
        if text.utf8.count <= snippetSourceLength { return text }
        guard VietnameseText.isCertainlyNFC(text), !text.utf8.contains(UInt8(ascii: "\r")) else {
            return String(text.prefix(snippetSourceLength))
        }
        let scalars = text.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: snippetSourceLength, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[..<end])
    }

    /// A shard's budget: a shard of two-letter terms larger than this is
    /// split by three letters, and so on up to four.
    static let shardBytes = 48_000

    /// Terms grouped by their first two letters, groups over budget split by
    /// a longer prefix; a term stays in the group of its own length when it
    /// is shorter. search.js picks the longest key that exists. A group's
    /// shards depend on its own terms only (`LiveSearchIndex` regroups one
    /// two-letter group at a time).
    static func shards(of terms: [String], entrySize: (String) -> Int) -> [(key: String, terms: [String])] {
        var result: [(String, [String])] = []
        func group(_ terms: [String], length: Int) {
            var byKey: [String: [String]] = [:]
            for term in terms { byKey[shardKey(of: term, length: length), default: []].append(term) }
            for key in byKey.keys.sorted() {
                let members = byKey[key]!.sorted()
                let size = members.reduce(0) { $0 + $1.utf8.count + entrySize($1) + 4 }
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
        group(terms, length: 2)
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
    static func entry(term: String, forms: [String], postings: EncodedPostings) -> String {
        "[" + entrySpellings(term: term, forms: forms) + ",\"" + String(decoding: postings.digits, as: UTF8.self) + "\"]"
    }

    /// The bytes of an entry with `digitCount` digits, without making it.
    static func entrySize(term: String, forms: [String], digitCount: Int) -> Int {
        "[,\"\"]".utf8.count + entrySpellings(term: term, forms: forms).utf8.count + digitCount
    }

    private static func entrySpellings(term: String, forms allForms: [String]) -> String {
        let forms = Array(allForms.prefix(31))
        return forms == [term] ? "0" : "[" + forms.map(JSONText.string).joined(separator: ",") + "]"
    }

    /// Every term's entry, built from runs of documents read on all cores,
    /// each run with its own vocabulary, then merged in document order so
    /// that spellings are numbered as they are first met.
    private static func termEntries(of documents: [SearchDocument], jobs: Int) -> [String: String] {
        let runLength = max(64, documents.count / max(1, jobs * 8))
        let runs = stride(from: 0, to: documents.count, by: runLength).map { $0..<min($0 + runLength, documents.count) }

        var termNames: [String] = []
        var termNumbers: [String: Int] = [:]
        var postings: [EncodedPostings] = []
        var forms: [[String]] = []
        var formNumbers: [[String: Int]] = []
        var document = 0
        // Runs are read `jobs` at a time and each is let go once merged: the
        // index never holds the site's words twice over, only this batch's
        // runs and the next's. The next batch is read while this one is
        // merged: the merge is one thread's work (about half the index's
        // time at 100,000 pages), and the other cores used to wait for it.
        let width = max(1, jobs)
        func readBatch(from first: Int) -> Background<[TermUses]> {
            let batch = first..<min(first + width, runs.count)
            return Background { Parallel.map(batch.count, jobs: width) { TermUses(documents[runs[batch.lowerBound + $0]]) } }
        }
        var read: [TermUses] = []
        var nextBatch: Background<[TermUses]>?
        for runIndex in runs.indices {
            if runIndex % width == 0 {
                read = (nextBatch ?? readBatch(from: runIndex)).value
                nextBatch = runIndex + width < runs.count ? readBatch(from: runIndex + width) : nil
            }
            let run = read[runIndex % width]
            read[runIndex % width] = TermUses()
            let vocabulary = run.vocabulary
            var globalTerm = [Int](repeating: -1, count: vocabulary.terms.count)
            var globalForm = [Int](repeating: -1, count: vocabulary.wordTerm.count)
            for uses in run.documents {
                for use in uses.uses {
                    let local = Int(vocabulary.wordTerm[Int(use.word)])
                    var term = globalTerm[local]
                    if term < 0 {
                        let name = vocabulary.terms[local]
                        if let known = termNumbers[name] {
                            term = known
                        } else {
                            term = termNames.count
                            termNames.append(name)
                            termNumbers[name] = term
                            postings.append(EncodedPostings())
                            forms.append([])
                            formNumbers.append([:])
                        }
                        globalTerm[local] = term
                    }
                    // The bit of a word's spelling among its term's forms,
                    // numbered in the order they are first met.
                    func spellingBit(_ word: Int32) -> Int {
                        var form = globalForm[Int(word)]
                        if form < 0 {
                            let spelling = vocabulary.spelling(ofWord: word)
                            if let known = formNumbers[term][spelling] {
                                form = known
                            } else {
                                form = forms[term].count
                                forms[term].append(spelling)
                                formNumbers[term][spelling] = form
                            }
                            globalForm[Int(word)] = form
                        }
                        return form < 31 ? 1 << form : 0
                    }
                    var bits = 0
                    if use.more < 0 {
                        // Nearly every use is one spelling: no list to make.
                        bits = spellingBit(use.word)
                    } else {
                        for word in run.wordsBySpelling(of: use, in: uses) { bits |= spellingBit(word) }
                    }
                    if forms[term].count > 1 { postings[term].startMarkingSpellings() }
                    postings[term].append(document: document, weight: Int(use.weight), spellings: bits)
                }
                document += 1
            }
        }
        // Each term's postings are let go as its entry is made.
        var entries: [String: String] = [:]
        entries.reserveCapacity(termNames.count)
        for term in termNames.indices {
            entries[termNames[term]] = entry(term: termNames[term], forms: forms[term], postings: postings[term])
            postings[term] = EncodedPostings()
        }
        return entries
    }

    /// The terms each document of a run uses: per term its weight and the
    /// words (one per spelling) it is written as.
    struct TermUses {
        struct Use {
            /// The first word met of this term: names the term too.
            var word: Int32
            var weight: Int32
            /// The first of the words of other spellings in `extras`, or -1.
            var more: Int32
        }

        struct Document {
            var uses: [Use] = []
            var extras: [(word: Int32, next: Int32)] = []
        }

        let vocabulary: SearchVocabulary
        let documents: [Document]

        init() {
            vocabulary = SearchVocabulary()
            documents = []
        }

        init(_ run: ArraySlice<SearchDocument>) {
            var reader = Reader()
            var documents: [Document] = []
            documents.reserveCapacity(run.count)
            for source in run { documents.append(reader.read(source)) }
            vocabulary = reader.vocabulary
            self.documents = documents
        }

        /// The term `use` names.
        func term(of use: Use) -> String { vocabulary.terms[Int(vocabulary.wordTerm[Int(use.word)])] }

        /// The words of a use written in several spellings, ordered by
        /// spelling: the order in which a term's forms are numbered when one
        /// document is the first to use more than one.
        func wordsBySpelling(of use: Use, in document: Document) -> [Int32] {
            var words = [use.word]
            var extra = use.more
            while extra >= 0 {
                words.append(document.extras[Int(extra)].word)
                extra = document.extras[Int(extra)].next
            }
            words.sort { vocabulary.spelling(ofWord: $0) < vocabulary.spelling(ofWord: $1) }
            return words
        }

        /// Reads documents one after another into one vocabulary. Its state
        /// is a value the word closure updates in place (`inout self`), so
        /// no captured variable is boxed and checked at run time per word.
        private struct Reader {
            let vocabulary = SearchVocabulary()
            /// Per term, its use's slot in the document being read, or -1.
            var slotOfTerm: [Int32] = []
            var document = Document()

            mutating func read(_ source: SearchDocument) -> Document {
                document = Document()
                add(source.title, .title)
                // The title's length in terms, not counting the date terms
                // its words add (`5/3/2026`: the only terms with a `/`).
                let titleTerms = min(document.uses.count { !vocabulary.term(ofWord: $0.word).utf8.contains(UInt8(ascii: "/")) }, 15)
                for slot in document.uses.indices {
                    document.uses[slot].weight |= Int32(titleTerms * SearchIndex.titleLength)
                }
                for keyword in source.keywords { add(keyword, .keyword) }
                if let subject = source.subject { add(subject, .subject) }
                for heading in source.headings { add(heading.text, .heading) }
                add(source.text, .text)
                for use in document.uses { slotOfTerm[Int(vocabulary.wordTerm[Int(use.word)])] = -1 }
                return document
            }

            /// Adds a text's words and the terms of its dates.
            private mutating func add(_ text: String, _ field: Field) {
                var dates = SearchDates()
                SearchTokens.forEachWordAndSeparator(in: text) { bytes, separator in
                    let word = addWord(bytes, field)
                    guard word >= 0 else { return }
                    let role = vocabulary.wordDateRole[Int(word)]
                    // Every word moves the reader on; only a year can end a date.
                    guard let found = dates.read(role: role, after: SearchDates.link(of: separator)) else { return }
                    for term in found.terms {
                        var term = term
                        term.withUTF8 { _ = addWord($0, field) }
                    }
                }
            }

            /// Adds a word to the document; returns its number, or -1 for a
            /// word that folds to nothing.
            @discardableResult
            private mutating func addWord(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> Int32 {
                let word = vocabulary.word(bytes)
                let term = Int(vocabulary.wordTerm[Int(word)])
                guard term >= 0 else { return -1 }
                if term >= slotOfTerm.count {
                    slotOfTerm += repeatElement(-1, count: max(term + 1 - slotOfTerm.count, slotOfTerm.count))
                }
                let slot = Int(slotOfTerm[term])
                guard slot >= 0 else {
                    slotOfTerm[term] = Int32(document.uses.count)
                    document.uses.append(Use(word: word, weight: Int32(field.rawValue | 1), more: -1))
                    return word
                }
                let weight = Int(document.uses[slot].weight)
                let count = min((weight & 15) + 1, 15)
                document.uses[slot].weight = Int32((weight & ~15) | field.rawValue | count)
                TermUses.recordSpelling(of: word, at: slot, in: &document, vocabulary: vocabulary)
                return word
            }
        }

        /// Adds the word to its term's spellings in this document unless a
        /// word of the same spelling is there already.
        private static func recordSpelling(of word: Int32, at slot: Int, in document: inout Document,
                                           vocabulary: SearchVocabulary) {
            let spelling = vocabulary.wordSpelling[Int(word)]
            let use = document.uses[slot]
            if use.word == word || vocabulary.wordSpelling[Int(use.word)] == spelling { return }
            var last: Int32 = -1
            var extra = use.more
            while extra >= 0 {
                let known = document.extras[Int(extra)].word
                if known == word || vocabulary.wordSpelling[Int(known)] == spelling { return }
                last = extra
                extra = document.extras[Int(extra)].next
            }
            let added = Int32(document.extras.count)
            document.extras.append((word, -1))
            if last < 0 { document.uses[slot].more = added } else { document.extras[Int(last)].next = added }
        }
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
        for number in numbers { append(number, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one number: its base-32 digits, most significant first, the
    /// last from `last` and the others from `more`.
    static func append(_ number: Int, to bytes: inout [UInt8]) {
        precondition(number >= 0, "postings are steps, weights and bits: never negative")
        var shift = 0
        while number >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            bytes.append(more[(number >> shift) & 31])
            shift -= 5
        }
        bytes.append(last[number & 31])
    }

    static func decode(_ text: String) -> [Int] { decode(Array(text.utf8)) }

    /// Where, after `start`, the bytes of `count` more numbers end: each
    /// number ends at its one `last` digit.
    static func end(ofNumbers count: Int, in bytes: [UInt8], from start: Int) -> Int {
        var remaining = count
        var at = start
        while remaining > 0 {
            let byte = bytes[at]
            if (0x61...0x7A).contains(byte) || (0x30...0x35).contains(byte) { remaining -= 1 }
            at += 1
        }
        return at
    }

    static func decode(_ bytes: [UInt8]) -> [Int] {
        var numbers: [Int] = []
        var value = 0
        for byte in bytes {
            let digit = Int(digitValues[Int(byte)])
            if digit >= 32 {
                numbers.append(value * 32 + digit - 32)
                value = 0
            } else if digit >= 0 {
                value = value * 32 + digit
            }
        }
        return numbers
    }

    /// Per byte: its value as a `more` digit, 32 plus it as a `last` one, or -1.
    private static let digitValues: [Int8] = {
        var values = [Int8](repeating: -1, count: 256)
        for (value, byte) in more.enumerated() { values[Int(byte)] = Int8(value) }
        for (value, byte) in last.enumerated() { values[Int(byte)] = Int8(value + 32) }
        return values
    }()
}
