import Foundation
import Testing
@testable import ChiboKit

/// Words, terms and spellings (the rules search.js repeats), and the index
/// as written: every term in the one shard search.js will look in, with
/// postings that decode back to the documents that hold it.
struct SearchIndexTests {
    static func terms(_ text: String) -> [String] { SearchTokens.words(in: text).map(\.term) }

    @Test func symbolsAndKindWordsAreWordsWhateverTheirPunctuation() {
        #expect(Self.terms("50-CT/TW") == ["50", "ct", "tw"])
        #expect(Self.terms("50 ct tw") == ["50", "ct", "tw"])
        #expect(Self.terms("Chỉ thị 50") == ["chi", "thi", "50"])
        #expect(Self.terms("Đảng ủy xã") == ["dang", "uy", "xa"])
    }

    @Test func nfdAndNfcAndToneMarkPlacementGiveOneTermAndSpelling() {
        let nfc = "sinh hoạt chi bộ, hoà, uỷ ban"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(SearchTokens.words(in: nfc) == SearchTokens.words(in: nfd))
        #expect(VietnameseText.spelling(of: "hoà") == VietnameseText.spelling(of: "hòa"))
        #expect(VietnameseText.spelling(of: "uỷ") == VietnameseText.spelling(of: "ủy"))
        #expect(VietnameseText.spelling(of: "Tông") != VietnameseText.spelling(of: "Tổng"))
        #expect(VietnameseText.spelling(of: "hoat") != VietnameseText.spelling(of: "hoạt"))
        #expect(Self.terms("hoạt") == Self.terms("hoat"))
    }

    /// Reads the index files back the way search.js does.
    struct ReadIndex {
        var termShards: [String: Int] = [:]
        var entries: [String: (forms: [String], numbers: [Int])] = [:]
        var shardOfTerm: [String: String] = [:]
        var documents: [[Any]] = []

        init(_ index: SearchIndex) throws {
            for file in index.files {
                let text = file.contents
                let open = try #require(text.firstIndex(of: "("))
                let body = String(text[text.index(after: open)..<text.lastIndex(of: ")")!])
                if file.path == "search/index.js" {
                    let manifest = try JSONSerialization.jsonObject(with: Data(body.utf8)) as! [String: Any]
                    termShards = manifest["terms"] as! [String: Int]
                } else if file.path.hasPrefix("search/t-") {
                    let comma = body.firstIndex(of: ",")!
                    let key = try JSONSerialization.jsonObject(with: Data(body[..<comma].utf8), options: .fragmentsAllowed) as! String
                    let table = try JSONSerialization.jsonObject(with: Data(body[body.index(after: comma)...].utf8)) as! [String: [Any]]
                    #expect(termShards[key] == file.contents.utf8.count, "manifest size of \(key)")
                    for (term, entry) in table {
                        entries[term] = ((entry[0] as? [String]) ?? [], PostingDigits.decode(entry[1] as! String))
                        shardOfTerm[term] = key
                    }
                } else {
                    let comma = body.firstIndex(of: ",")!
                    documents += try JSONSerialization.jsonObject(with: Data(body[body.index(after: comma)...].utf8)) as! [[Any]]
                }
            }
        }

        /// search.js's rule: the longest of the term's first 4, 3, 2, 1
        /// letters that names a shard.
        func shardKey(_ term: String) -> String {
            let plain = String(term.unicodeScalars.map { ("a"..."z").contains(Character($0)) || ("0"..."9").contains(Character($0)) ? Character($0) : "_" })
            for length in stride(from: min(4, plain.count), through: 1, by: -1) where termShards[String(plain.prefix(length))] != nil {
                return String(plain.prefix(length))
            }
            return String(plain.prefix(2))
        }

        func postings(_ term: String) -> [(document: Int, weight: Int)] {
            guard let entry = entries[term] else { return [] }
            let step = entry.forms.count > 1 ? 3 : 2
            var result: [(Int, Int)] = []
            var at = 0
            for i in stride(from: 0, to: entry.numbers.count, by: step) {
                at += entry.numbers[i]
                result.append((at, entry.numbers[i + 1]))
            }
            return result
        }
    }

    @Test func everyTermIsInTheShardSearchLooksInAndItsPostingsDecode() throws {
        var documents: [SearchDocument] = []
        for n in 0..<40 {
            var document = SearchDocument(url: "p\(n).html", title: "Trang \(n) về chi bộ", section: "Trang")
            // Many terms sharing a prefix push their shard over budget.
            document.text = (0..<300).map { "chuyende\(n * 300 + $0)" }.joined(separator: " ") + " sinh hoạt"
            documents.append(document)
        }
        var directive = SearchDocument(url: "directives/50-ct-tw.html", title: "Chỉ thị 50-CT/TW", section: "Văn bản")
        directive.keywords = ["Chỉ thị 50-CT/TW"]
        directive.text = "Hoà bình, hòa hợp."
        documents.append(directive)
        let index = SearchIndex(documents: documents, jobs: 2)
        let read = try ReadIndex(index)
        #expect(read.documents.count == 41)
        #expect(read.termShards.keys.contains { $0.count > 2 }, "the crowded `ch` group is split")
        for (term, shard) in read.shardOfTerm {
            #expect(read.shardKey(term) == shard, "\(term) is in \(shard)")
        }
        #expect(read.postings("chuyende305").map(\.document) == [1])
        #expect(read.postings("sinh").count == 40)
        // The title and the symbol mark their words (flags 32 and 64).
        let fifty = try #require(read.postings("50").first { $0.document == 40 })
        #expect(fifty.weight & 32 != 0 && fifty.weight & 64 != 0)
        // `hoà` and `hòa` are one spelling: the term lists one form.
        #expect(read.entries["hoa"]?.forms == [VietnameseText.spelling(of: "hòa")])
        #expect(index.byteCount == index.files.reduce(0) { $0 + $1.contents.utf8.count })
    }

    /// Large sites read documents in runs, a few runs at a time: however
    /// the work is cut, the index is the same, and the streamed files are
    /// the ones held in memory, manifest included.
    @Test func theIndexDoesNotDependOnHowTheWorkIsCut() throws {
        var documents: [SearchDocument] = []
        for n in 0..<700 {
            var document = SearchDocument(url: "p\(n).html", title: "Trang \(n) về chi bộ", section: "Trang")
            // 700 × 15 distinct words: many runs' vocabularies to merge.
            document.text = (0..<15).map { "tu\(n * 15 + $0)" }.joined(separator: " ") + " Hoà bình hòa hợp \(n % 7)"
            documents.append(document)
        }
        let one = SearchIndex(documents: documents, jobs: 1)
        let three = SearchIndex(documents: documents, jobs: 3)
        #expect(one.files.map(\.path) == three.files.map(\.path))
        #expect(one.files.map(\.contents) == three.files.map(\.contents))
        var streamed: [String: String] = [:]
        let bytes = SearchIndex.write(documents: documents, jobs: 2) { path, contents in
            streamed[path] = String(decoding: contents, as: UTF8.self)
        }
        #expect(bytes == one.byteCount)
        #expect(streamed == Dictionary(uniqueKeysWithValues: one.files.map { ($0.path, $0.contents) }))
        let read = try ReadIndex(three)
        #expect(read.documents.count == 700)
        #expect(read.postings("tu10499").map(\.document) == [699])
        #expect(read.postings("hoa").count == 700)
        #expect(read.entries.count > 8192)
    }

    /// Postings are written as they are met; a term's spelling bits begin
    /// only when its second spelling does, and the postings before it are
    /// given the bit of the first.
    @Test func spellingBitsCoverPostingsMetBeforeTheSecondSpelling() throws {
        let texts = ["chi bộ", "chi bộ", "chi bộ", "chỉ thị", "chi bộ và chỉ thị", "chi"]
        let documents = texts.enumerated().map { n, text in
            var document = SearchDocument(url: "p\(n).html", title: "Trang", section: "Trang")
            document.text = text
            return document
        }
        let read = try ReadIndex(SearchIndex(documents: documents, jobs: 1))
        let entry = try #require(read.entries["chi"])
        #expect(entry.forms == [VietnameseText.spelling(of: "chi"), VietnameseText.spelling(of: "chỉ")])
        let triples = stride(from: 0, to: entry.numbers.count, by: 3).map { Array(entry.numbers[$0..<$0 + 3]) }
        #expect(triples.map { $0[0] } == [0, 1, 1, 1, 1, 1], "document steps")
        #expect(triples.map { $0[2] } == [1, 1, 1, 2, 3, 1], "spelling bits")
        #expect(read.postings("bo").count == 4)
    }

    /// Postings travel as base-32 digits in a string: every number comes
    /// back, and the string never needs escaping inside JSON.
    @Test func postingDigitsRoundTrip() {
        let numbers = [0, 1, 31, 32, 33, 65, 1023, 1024, 32_767, 1 << 20, (1 << 31) - 1, 7, 0]
        let written = PostingDigits.encode(numbers)
        #expect(PostingDigits.decode(written) == numbers)
        #expect(PostingDigits.encode([1, 65, 2, 1]) == "bCbcb")
        #expect(!written.contains("\"") && !written.contains("\\") && written.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F })
    }
}

/// The snippet text kept per document: the first characters, counted as
/// `String.prefix` counts them, whatever way is taken to count.
struct SnippetSourceTests {
    @Test(arguments: [
        String(repeating: "Sinh hoạt chi bộ định kỳ. ", count: 120),
        String(repeating: "e\u{0301}a", count: 1500),
        String(repeating: "ab\r\ncd", count: 600),
        String(repeating: "x", count: 1999) + "🇻🇳🇻🇳",
        "ngắn",
    ])
    func keepsThePrefixOfCharacters(text: String) {
        #expect(SearchIndex.snippetSource(of: text) == String(text.prefix(SearchIndex.snippetSourceLength)))
    }
}
