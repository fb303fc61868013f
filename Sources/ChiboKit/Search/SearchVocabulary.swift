/// The words of a run of documents, each distinct word folded and spelled
/// once. Indexing reads every word of the site (millions at national
/// scale), so words are found by their UTF-8 bytes in a hash table of their
/// own, and the Strings that `fold` and `spelling` need are made only for
/// a word not seen before. A class: one run's reading updates it word by
/// word, and a struct of six arrays was copied at every look. One thread
/// owns it while it reads, and no access to a property overlaps another to
/// the same one, so the run-time exclusivity checks, a class property's
/// cost on every look (a tenth of indexing), are left out.
final class SearchVocabulary: @unchecked Sendable {
    @exclusivity(unchecked) private var table = ByteWordTable()
    /// Per word: its term and its spelling, as indexes into `terms` and
    /// `spellings`; -1 for a word that folds to nothing.
    @exclusivity(unchecked) private(set) var wordTerm: [Int32] = []
    @exclusivity(unchecked) private(set) var wordSpelling: [Int32] = []
    /// Per word: what it is to a date (`SearchDates.role(ofTerm:)`).
    @exclusivity(unchecked) private(set) var wordDateRole: [Int32] = []
    @exclusivity(unchecked) private(set) var terms: [String] = []
    @exclusivity(unchecked) private(set) var spellings: [String] = []
    @exclusivity(unchecked) private var termIDs: [String: Int32] = [:]
    @exclusivity(unchecked) private var spellingIDs: [String: Int32] = [:]

    /// The spelling a word is written in (valid for a word with a term).
    func spelling(ofWord word: Int32) -> String { spellings[Int(wordSpelling[Int(word)])] }

    /// The term a word folds to (valid for a word with a term).
    func term(ofWord word: Int32) -> String { terms[Int(wordTerm[Int(word)])] }

    /// The word's number, adding it (with its term and spelling) if new.
    func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (id, isNew) = table.insert(bytes)
        guard isNew else { return id }
        let text = String(decoding: bytes, as: UTF8.self)
        let term = SearchTokens.term(of: text)
        if term.isEmpty {
            wordTerm.append(-1)
            wordSpelling.append(-1)
            wordDateRole.append(SearchDates.other)
            return id
        }
        wordDateRole.append(SearchDates.role(ofTerm: term))
        wordTerm.append(Self.number(of: term, in: &terms, ids: &termIDs))
        wordSpelling.append(Self.number(of: SearchTokens.spelling(of: text), in: &spellings, ids: &spellingIDs))
        return id
    }

    private static func number(of value: String, in list: inout [String], ids: inout [String: Int32]) -> Int32 {
        if let known = ids[value] { return known }
        let id = Int32(list.count)
        list.append(value)
        ids[value] = id
        return id
    }
}

/// Byte strings to dense numbers 0, 1, 2… in the order first seen: open
/// addressing over one arena of bytes, so a lookup allocates nothing.
struct ByteWordTable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    /// Word number + 1 per slot, 0 for an empty slot; a power of two long.
    private var slots = [Int32](repeating: 0, count: 1024)

    var count: Int { starts.count }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(bytes)
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash && equals(id, bytes) { return (Int32(id), false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(starts.count)
        starts.append(Int32(arena.count))
        lengths.append(Int32(bytes.count))
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        slots[slot] = id + 1
        if starts.count * 2 > slots.count {
            grow()
            mask = slots.count - 1
        }
        return (id, true)
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(lengths[id])
        guard length == bytes.count else { return false }
        let start = Int(starts[id])
        for i in 0..<length where arena[start + i] != bytes[i] { return false }
        return true
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<starts.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id) + 1
        }
        slots = bigger
    }

    /// FNV-1a, its high bits folded in: a table index takes the low bits.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
