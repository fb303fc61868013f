/// One file of the search index: its path in the site and its bytes.
public struct SearchIndexFile: Sendable, Equatable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// What an update of a `LiveSearchIndex` did to the index's files: the
/// files whose bytes changed or that are new, and those that are gone (a
/// term shard that a group's regrouping no longer makes). No path is in both.
public struct SearchIndexChanges: Sendable {
    public var written: [SearchIndexFile] = []
    public var deleted: [String] = []

    public var isEmpty: Bool { written.isEmpty && deleted.isEmpty }
}

/// The search index of a site that is served and edited: made whole once,
/// as `SearchIndex.write` makes it, and then kept up to date as documents
/// change, each update making only the files the change reaches. Its files
/// are always exactly those a full write of the current documents makes.
///
/// It keeps what a full write lets go: every term's postings, both as
/// numbers (to find and change one) and as the digits written (a changed
/// posting's digits are spliced in: encoding every posting of the hundreds
/// of terms a rewritten page changes, some in every document, was three
/// quarters of such an update), the terms each document uses (to find the
/// postings a changed document leaves), every document's part of its
/// shard (to remake a shard when one of its eight changes), and the sizes
/// of all shards (the manifest's).
public struct LiveSearchIndex: Sendable {
    /// One document's use of a term.
    struct Posting: Sendable, Equatable {
        var document: Int32
        var weight: Int32
        /// The spellings the document writes the term in: a number into its
        /// term's `spellingSets`.
        var spellings: Int32
    }

    /// A term's postings in document order and the spellings they use.
    struct Term: Sendable {
        let name: String
        var postings: [Posting] = []
        /// Spellings numbered as this index met them. A full write numbers
        /// a term's forms by the first document that uses each, which an
        /// edit can change; that order is worked out whenever its postings
        /// are written (`writtenForms`). A spelling no document uses any
        /// more stays here unused, as does a set.
        var spellings: [String] = []
        /// The sets of spellings (numbers into `spellings`) that documents
        /// use, each ordered by spelling, the order a full write meets a
        /// document's several spellings in. Nearly every term has one set.
        var spellingSets: [[Int32]] = []
        /// Its forms and its postings' digits as written; empty when it
        /// has no postings.
        var forms: [String] = []
        var digits: [UInt8] = []

        init(name: String) { self.name = name }

        /// The number of a set of spellings, given ordered by spelling.
        mutating func spellingSet(_ ordered: [String]) -> Int32 {
            let set = ordered.map { spelling in
                if let known = spellings.firstIndex(of: spelling) { return Int32(known) }
                spellings.append(spelling)
                return Int32(spellings.count - 1)
            }
            if let known = spellingSets.firstIndex(of: set) { return Int32(known) }
            spellingSets.append(set)
            return Int32(spellingSets.count - 1)
        }

        /// Where the posting of `document` is, or would be inserted.
        func place(of document: Int32) -> (index: Int, found: Bool) {
            var low = 0, high = postings.count
            while low < high {
                let middle = (low + high) / 2
                if postings[middle].document < document { low = middle + 1 } else { high = middle }
            }
            return (low, low < postings.count && postings[low].document == document)
        }

        /// Puts the document's posting in place; nil if it was there already.
        mutating func set(_ posting: Posting) -> PostingEdit? {
            let (index, found) = place(of: posting.document)
            if found {
                if postings[index] == posting { return nil }
                postings[index] = posting
                return .changed(at: index)
            }
            postings.insert(posting, at: index)
            return .inserted(at: index)
        }

        mutating func remove(document: Int32) -> PostingEdit? {
            let (index, found) = place(of: document)
            guard found else { return nil }
            postings.remove(at: index)
            return .removed(at: index)
        }

        var entry: String { SearchIndex.entry(term: name, forms: forms, postings: .init(digits: digits)) }
        var entrySize: Int { SearchIndex.entrySize(term: name, forms: forms, digitCount: digits.count) }

        /// Writes an edit of its postings into its digits. Only the edited
        /// posting's digits and, when one is added or taken away, the next
        /// one's (its step from the previous document) change, unless the
        /// forms do: then every posting's spelling bits may, and all are
        /// encoded anew.
        mutating func write(_ edit: PostingEdit) {
            let (forms, bitsOfSet) = writtenForms()
            guard forms == self.forms, !forms.isEmpty, let spans = edit.spans else {
                encode()
                return
            }
            let index = spans.index
            let countBefore = postings.count - spans.after + spans.before
            let numbersPerPosting = forms.count > 1 ? 3 : 2
            let start = PostingDigits.end(ofNumbers: index * numbersPerPosting, in: digits, from: 0)
            let end = PostingDigits.end(ofNumbers: (min(index + spans.before, countBefore) - index) * numbersPerPosting,
                                        in: digits, from: start)
            var encoded = SearchIndex.EncodedPostings(previous: index > 0 ? Int(postings[index - 1].document) : 0,
                                                      marksSpellings: forms.count > 1)
            for posting in postings[index..<min(index + spans.after, postings.count)] {
                encoded.append(document: Int(posting.document), weight: Int(posting.weight),
                               spellings: bitsOfSet[Int(posting.spellings)])
            }
            digits.replaceSubrange(start..<end, with: encoded.digits)
        }

        /// Encodes every posting anew.
        mutating func encode() {
            (forms, digits) = encoded()
        }

        /// Its forms and its postings' digits as a full write makes them.
        func encoded() -> (forms: [String], digits: [UInt8]) {
            let (forms, bitsOfSet) = writtenForms()
            var encoded = SearchIndex.EncodedPostings()
            encoded.marksSpellings = forms.count > 1
            encoded.digits.reserveCapacity(postings.count * 3)
            for posting in postings {
                encoded.append(document: Int(posting.document), weight: Int(posting.weight),
                               spellings: bitsOfSet[Int(posting.spellings)])
            }
            return (forms, encoded.digits)
        }

        /// Its forms as a full write numbers them, as first met in document
        /// order (a document's several in spelling order), and the bits each
        /// set of spellings is written as.
        func writtenForms() -> (forms: [String], bitsOfSet: [Int]) {
            // Nearly every term is met in one set of spellings: no postings
            // to read to find which comes first.
            if spellingSets.count == 1, !postings.isEmpty {
                let set = spellingSets[0]
                return (set.map { spellings[Int($0)] }, [set.indices.reduce(0) { $1 < 31 ? $0 | 1 << $1 : $0 }])
            }
            var formOfSpelling = [Int](repeating: -1, count: spellings.count)
            var forms: [String] = []
            var setSeen = [Bool](repeating: false, count: spellingSets.count)
            for posting in postings where !setSeen[Int(posting.spellings)] {
                setSeen[Int(posting.spellings)] = true
                for spelling in spellingSets[Int(posting.spellings)] where formOfSpelling[Int(spelling)] < 0 {
                    formOfSpelling[Int(spelling)] = forms.count
                    forms.append(spellings[Int(spelling)])
                }
            }
            // As a full write does: only 31 bits fit a JavaScript number.
            let bitsOfSet = spellingSets.map { set in
                set.reduce(0) { bits, spelling in
                    let form = formOfSpelling[Int(spelling)]
                    return form >= 0 && form < 31 ? bits | 1 << form : bits
                }
            }
            return (forms, bitsOfSet)
        }
    }

    /// What an update did to one term's postings, at which place.
    enum PostingEdit {
        case changed(at: Int), inserted(at: Int), removed(at: Int)
        /// More than one document's posting: the term is encoded anew.
        case several

        /// The place and how many postings from it had their digits
        /// changed before and after the edit: the edited one, and the next
        /// when the document before that one is another (its step is from it).
        var spans: (index: Int, before: Int, after: Int)? {
            switch self {
            case .changed(let index): (index, 1, 1)
            case .inserted(let index): (index, 1, 2)
            case .removed(let index): (index, 2, 1)
            case .several: nil
            }
        }
    }

    private struct Encoding: Sendable {
        var forms: [String]
        var digits: [UInt8]

        init(_ encoded: (forms: [String], digits: [UInt8])) { (forms, digits) = encoded }
    }

    /// The terms of one two-letter key and the shards they are cut into.
    struct TermGroup: Sendable {
        var members: Set<Int32> = []
        var shards: [TermShard] = []
    }

    struct TermShard: Sendable {
        var key: String
        var terms: [Int32]
        var size: Int
    }

    public private(set) var documentCount: Int
    private var terms: [Term] = []
    private var termNumbers: [String: Int32] = [:]
    /// Per document, the terms it uses: the forward index.
    private var documentTerms: [[Int32]] = []
    /// Per document, its part of its shard (`SearchIndex.appendDocument`).
    private var documentParts: [[UInt8]] = []
    private var documentShardSizes: [Int] = []
    private var groups: [String: TermGroup] = [:]
    /// The groups' keys, sorted: the order of their shards in the manifest.
    private var groupKeys: [String] = []
    private var manifest: [UInt8] = []
    private let jobs: Int

    public init(documents: [SearchDocument], jobs: Int) {
        self.init(documents: documents, jobs: jobs) { _, _ in }
    }

    /// Makes the index and hands each file to `write`, as `SearchIndex.write`
    /// does (the same files, the manifest last).
    public init(documents: [SearchDocument], jobs: Int,
                write: (_ path: String, _ contents: [UInt8]) throws -> Void) rethrows {
        self.jobs = max(1, jobs)
        documentCount = documents.count
        readTerms(of: documents)
        try makeFiles(documentParts: Parallel.map(documents.count, jobs: self.jobs) { number in
            var part: [UInt8] = []
            SearchIndex.appendDocument(documents[number], to: &part)
            return part
        }, write: write)
    }

    /// Every file of the index as it stands, made anew from what it keeps.
    public func files() -> [SearchIndexFile] {
        var files: [SearchIndexFile] = []
        for key in groupKeys {
            for shard in groups[key]!.shards {
                files.append(SearchIndexFile(path: SearchIndex.termShardPath(shard.key), contents: termShard(shard)))
            }
        }
        for number in documentShardSizes.indices {
            files.append(SearchIndexFile(path: SearchIndex.documentShardPath(number), contents: documentShard(number)))
        }
        files.append(SearchIndexFile(path: SearchIndex.manifestPath, contents: manifest))
        return files
    }

    /// About the bytes it holds: the elements of its arrays (postings,
    /// each document's terms and part of its shard) and its strings, not
    /// the arrays' headers or the allocator's rounding.
    public var heldBytes: Int {
        let postings = terms.reduce(0) { total, term in
            total + term.postings.capacity * MemoryLayout<Posting>.stride + term.name.utf8.count + term.digits.capacity
                + term.spellings.reduce(0) { $0 + $1.utf8.count + 16 } + term.spellingSets.reduce(0) { $0 + $1.count * 4 + 32 }
        }
        let documents = documentTerms.reduce(0) { $0 + $1.capacity * 4 } + documentParts.reduce(0) { $0 + $1.capacity }
        return postings + documents + manifest.count
    }

    /// The paths of every file of the index.
    public var paths: [String] {
        groupKeys.flatMap { groups[$0]!.shards.map { SearchIndex.termShardPath($0.key) } }
            + documentShardSizes.indices.map(SearchIndex.documentShardPath) + [SearchIndex.manifestPath]
    }

    /// A site whose documents changed in number is indexed whole again:
    /// every file is written, and those no longer made are deleted.
    public mutating func replacingAll(with documents: [SearchDocument]) -> SearchIndexChanges {
        let before = paths
        var changes = SearchIndexChanges()
        self = LiveSearchIndex(documents: documents, jobs: jobs) { path, contents in
            changes.written.append(SearchIndexFile(path: path, contents: contents))
        }
        let now = Set(changes.written.map(\.path))
        changes.deleted = before.filter { !now.contains($0) }
        return changes
    }

    /// Replaces the documents numbered by the keys (their count and order
    /// stay) and returns the files that changed: the changed documents'
    /// shards, the shards of the terms whose postings changed (and of
    /// their neighbours when a group is cut differently), and the manifest.
    public mutating func update(replacing changed: [Int: SearchDocument]) -> SearchIndexChanges {
        var changes = SearchIndexChanges()
        var edits: [Int32: PostingEdit] = [:]
        var changedDocumentShards = Set<Int>()
        for (document, source) in changed {
            precondition(documentParts.indices.contains(document), "document \(document) is not in the index")
            var part: [UInt8] = []
            SearchIndex.appendDocument(source, to: &part)
            if part != documentParts[document] {
                documentParts[document] = part
                changedDocumentShards.insert(document / SearchIndex.documentsPerShard)
            }
            for (term, edit) in replaceTerms(of: document, with: source) {
                edits[term] = edits[term] == nil ? edit : .several
            }
        }
        let changedTerms = Set(edits.keys)

        var changedGroups = Set<String>()
        for (term, edit) in edits {
            let key = Self.groupKey(of: terms[Int(term)].name)
            changedGroups.insert(key)
            if terms[Int(term)].postings.isEmpty {
                terms[Int(term)].forms = []
                terms[Int(term)].digits = []
                groups[key]?.members.remove(term)
            } else {
                terms[Int(term)].write(edit)
                if groups[key] == nil {
                    groups[key] = TermGroup()
                    groupKeys.insert(key, at: groupKeys.firstIndex { $0 > key } ?? groupKeys.count)
                }
                groups[key]!.members.insert(term)
            }
        }
        for key in changedGroups.sorted() {
            regroup(key, changedTerms: changedTerms, into: &changes)
        }

        for number in changedDocumentShards.sorted() {
            let contents = documentShard(number)
            documentShardSizes[number] = contents.count
            changes.written.append(SearchIndexFile(path: SearchIndex.documentShardPath(number), contents: contents))
        }
        let newManifest = makeManifest()
        if newManifest != manifest {
            manifest = newManifest
            changes.written.append(SearchIndexFile(path: SearchIndex.manifestPath, contents: manifest))
        }
        return changes
    }

    // MARK: Reading documents

    /// The postings of every document and each document's terms, from runs
    /// of documents read on all cores and merged in document order.
    private mutating func readTerms(of documents: [SearchDocument]) {
        let runLength = max(64, documents.count / (jobs * 8))
        let runs = stride(from: 0, to: documents.count, by: runLength).map { $0..<min($0 + runLength, documents.count) }
        var read = Parallel.map(runs.count, jobs: jobs) { SearchIndex.TermUses(documents[runs[$0]]) }
        documentTerms.reserveCapacity(documents.count)
        for runNumber in read.indices {
            let run = read[runNumber]
            read[runNumber] = SearchIndex.TermUses()
            let vocabulary = run.vocabulary
            var globalTerm = [Int32](repeating: -1, count: vocabulary.terms.count)
            // Per word of one spelling, its term's set of just that spelling.
            var singleSet = [Int32](repeating: -1, count: vocabulary.wordTerm.count)
            for uses in run.documents {
                var used: [Int32] = []
                used.reserveCapacity(uses.uses.count)
                for use in uses.uses {
                    let local = Int(vocabulary.wordTerm[Int(use.word)])
                    if globalTerm[local] < 0 { globalTerm[local] = number(ofTerm: vocabulary.terms[local]) }
                    let term = globalTerm[local]
                    let set: Int32
                    if use.more < 0 {
                        if singleSet[Int(use.word)] < 0 {
                            singleSet[Int(use.word)] = terms[Int(term)].spellingSet([vocabulary.spelling(ofWord: use.word)])
                        }
                        set = singleSet[Int(use.word)]
                    } else {
                        set = terms[Int(term)].spellingSet(run.wordsBySpelling(of: use, in: uses).map(vocabulary.spelling(ofWord:)))
                    }
                    terms[Int(term)].postings.append(Posting(document: Int32(documentTerms.count), weight: use.weight, spellings: set))
                    used.append(term)
                }
                documentTerms.append(used)
            }
        }
    }

    private mutating func number(ofTerm name: String) -> Int32 {
        if let known = termNumbers[name] { return known }
        let number = Int32(terms.count)
        terms.append(Term(name: name))
        termNumbers[name] = number
        return number
    }

    /// Reads the document's terms anew, sets its postings, removes those of
    /// the terms it no longer uses; returns the terms whose postings changed.
    private mutating func replaceTerms(of document: Int, with source: SearchDocument) -> [(Int32, PostingEdit)] {
        let read = SearchIndex.TermUses([source][...])
        let vocabulary = read.vocabulary
        let uses = read.documents[0]
        var now: [Int32] = []
        now.reserveCapacity(uses.uses.count)
        var changed: [(Int32, PostingEdit)] = []
        for use in uses.uses {
            let term = number(ofTerm: read.term(of: use))
            let spellings = use.more < 0
                ? [vocabulary.spelling(ofWord: use.word)]
                : read.wordsBySpelling(of: use, in: uses).map(vocabulary.spelling(ofWord:))
            let set = terms[Int(term)].spellingSet(spellings)
            if let edit = terms[Int(term)].set(Posting(document: Int32(document), weight: use.weight, spellings: set)) {
                changed.append((term, edit))
            }
            now.append(term)
        }
        let kept = Set(now)
        for term in documentTerms[document] where !kept.contains(term) {
            if let edit = terms[Int(term)].remove(document: Int32(document)) { changed.append((term, edit)) }
        }
        documentTerms[document] = now
        return changed
    }

    // MARK: Files

    /// The group a term's shards belong to: its first two letters' key.
    private static func groupKey(of term: String) -> String { SearchIndex.shardKey(of: term, length: 2) }

    /// Groups the terms, then writes every file, in the order a full write
    /// does. Postings are encoded on all cores.
    private mutating func makeFiles(documentParts: [[UInt8]],
                                    write: (_ path: String, _ contents: [UInt8]) throws -> Void) rethrows {
        let encoded = { [terms] in Parallel.map(terms.count, jobs: jobs) { Encoding(terms[$0].encoded()) } }()
        for (number, encoding) in encoded.enumerated() {
            (terms[number].forms, terms[number].digits) = (encoding.forms, encoding.digits)
            groups[Self.groupKey(of: terms[number].name), default: TermGroup()].members.insert(Int32(number))
        }
        groupKeys = groups.keys.sorted()
        for key in groupKeys {
            groups[key]!.shards = cut(groups[key]!.members)
            for number in groups[key]!.shards.indices {
                let contents = termShard(groups[key]!.shards[number])
                groups[key]!.shards[number].size = contents.count
                try write(SearchIndex.termShardPath(groups[key]!.shards[number].key), contents)
            }
        }
        self.documentParts = documentParts
        let shardCount = (documentCount + SearchIndex.documentsPerShard - 1) / SearchIndex.documentsPerShard
        documentShardSizes = [Int](repeating: 0, count: shardCount)
        for number in 0..<shardCount {
            let contents = documentShard(number)
            documentShardSizes[number] = contents.count
            try write(SearchIndex.documentShardPath(number), contents)
        }
        manifest = makeManifest()
        try write(SearchIndex.manifestPath, manifest)
    }

    /// A group's terms cut into shards as a full write cuts them (sizes
    /// not yet known are 0).
    private func cut(_ members: Set<Int32>) -> [TermShard] {
        SearchIndex.shards(of: members.map { terms[Int($0)].name }) { terms[Int(termNumbers[$0]!)].entrySize }
            .map { TermShard(key: $0.key, terms: $0.terms.map { termNumbers[$0]! }, size: 0) }
    }

    /// Cuts a group whose terms changed again and writes the shards that
    /// differ: those holding a changed term, or whose terms are not the
    /// ones the shard of that key held; deletes those no longer made.
    private mutating func regroup(_ key: String, changedTerms: Set<Int32>, into changes: inout SearchIndexChanges) {
        var before = Dictionary(uniqueKeysWithValues: (groups[key]?.shards ?? []).map { ($0.key, $0) })
        let members = groups[key]?.members ?? []
        var shards = members.isEmpty ? [] : cut(members)
        for number in shards.indices {
            let shard = shards[number]
            if let old = before.removeValue(forKey: shard.key), old.terms == shard.terms,
               !shard.terms.contains(where: changedTerms.contains) {
                shards[number].size = old.size
                continue
            }
            let contents = termShard(shard)
            shards[number].size = contents.count
            changes.written.append(SearchIndexFile(path: SearchIndex.termShardPath(shard.key), contents: contents))
        }
        changes.deleted += before.keys.sorted().map(SearchIndex.termShardPath)
        if shards.isEmpty {
            groups[key] = nil
            groupKeys.removeAll { $0 == key }
        } else {
            groups[key]!.shards = shards
        }
    }

    private func termShard(_ shard: TermShard) -> [UInt8] {
        Array(SearchIndex.termShard(key: shard.key, terms: shard.terms.map { terms[Int($0)].name }) {
            terms[Int(termNumbers[$0]!)].entry
        }.utf8)
    }

    private func documentShard(_ number: Int) -> [UInt8] {
        let start = number * SearchIndex.documentsPerShard
        let parts = documentParts[start..<min(start + SearchIndex.documentsPerShard, documentCount)]
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(64) { $0 + $1.count + 2 })
        out.append(contentsOf: SearchIndex.documentShardStart(number).utf8)
        for (position, part) in parts.enumerated() {
            if position > 0 { out.append(contentsOf: SearchIndex.documentSeparator.utf8) }
            out.append(contentsOf: part)
        }
        out.append(contentsOf: SearchIndex.documentShardEnd.utf8)
        return out
    }

    private func makeManifest() -> [UInt8] {
        let termSizes = groupKeys.flatMap { groups[$0]!.shards.map { SearchIndex.termSize(key: $0.key, bytes: $0.size) } }
        return Array(SearchIndex.manifest(documentCount: documentCount, termSizes: termSizes,
                                          documentSizes: documentShardSizes.map(String.init)).utf8)
    }
}
