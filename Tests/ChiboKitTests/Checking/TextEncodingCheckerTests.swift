import Foundation
import Testing
@testable import ChiboKit

/// `text.encoding` for legacy-encoded blocks: pages made by encoding real
/// sentences of `content/guidance/` in TCVN3, VNI and Windows-1258 (with
/// the encoders below, written apart from the decoders), one finding per
/// block with the sentence as its fix; and not one finding on real text.
struct TextEncodingCheckerTests {
    /// Sentences of the guidance pages without a digit: what a page typed
    /// in an old office looks like when no citation gives it away.
    static let sentences: [String] = {
        let folder = Fixtures.content + "/guidance"
        var found: [String] = []
        for path in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() where path.hasSuffix(".md") {
            guard let text = try? String(contentsOfFile: folder + "/" + path, encoding: .utf8) else { continue }
            let body = text.components(separatedBy: "\n---\n").dropFirst().joined()
            for line in body.split(separator: "\n") {
                let sentence = line.trimmingCharacters(in: CharacterSet(charactersIn: "-* "))
                guard sentence.unicodeScalars.count > 40, !sentence.contains(where: \.isNumber),
                      !"#|>[".contains(sentence.first!), !sentence.contains("*"), !sentence.contains("["),
                      // TCVN3 has no capitals with tones: `Ủy` would come back `ủy`.
                      sentence.unicodeScalars.allSatisfy({ !$0.properties.isUppercase || $0.isASCII || "ĂÂÊÔƠƯĐ".unicodeScalars.contains($0) })
                else { continue }
                found.append(sentence)
            }
        }
        return found
    }()

    /// A page holding `title`, a summary, a heading, a paragraph, list
    /// items, a quote, a table's cells and a footnote, each in `encode`.
    static func page(_ encode: (String) -> String) -> (text: String, blocks: [String]) {
        let s = sentences
        let blocks = ["Hướng dẫn sinh hoạt chi bộ cơ quan xã, phường", "Nội dung chủ yếu của buổi sinh hoạt chi bộ thường kỳ",
                      "Mục đích và yêu cầu của việc sinh hoạt", s[0], s[1], s[2], s[3],
                      "Nội dung", "Người thực hiện", "Thông báo tình hình thời sự", "Bí thư chi bộ",
                      "Đánh giá kết quả thực hiện nhiệm vụ", s[4]]
        let e = blocks.map(encode)
        let text = """
            ---
            title: "\(e[0])"
            summary: "\(e[1])"
            ---

            ## \(e[2])

            \(e[3])

            - \(e[4])
            - **\(e[5])**

            > \(e[6])

            | \(e[7]) | \(e[8]) |
            |---|---|
            | \(e[9]) | \(e[10]) |

            \(e[11])[^a].

            [^a]: \(e[12])

            """
        return (text, blocks)
    }

    static func diagnostics(_ text: String, at path: String = "guidance/x.md") -> [Diagnostic] {
        let (source, problems) = SourceFile.decode(Data(text.utf8), relativePath: path, displayPath: "content/" + path)
        guard !source.isBinary else { return problems }
        return ContentLoader.page(from: source, problems: problems).1.map { $0.columnsAsWritten(in: source) }
    }

    static func legacyFindings(_ text: String, at path: String = "guidance/x.md") -> [Diagnostic] {
        diagnostics(text, at: path).filter { $0.code == .textEncoding && $0.message.description.contains("old ") }
    }

    @Test(arguments: [LegacyEncoder.tcvn3, .vni, .cp1258])
    func everyBlockOfAPageWithoutDigitsIsReportedOnceWithItsDecodedText(_ encoder: LegacyEncoder) throws {
        let (text, blocks) = Self.page(encoder.encode)
        #expect(!text.contains { "0123456789".contains($0) })
        let found = Self.legacyFindings(text)
        #expect(found.count == blocks.count)
        #expect(found.allSatisfy { $0.message.description.contains(encoder.kind.rawValue) })
        // Each fix is its block as written with the encoding's scalars decoded: the markup stays.
        var fixer = FileFixer(text: text)
        fixer.apply(SourceEdit.certain(in: found))
        #expect(fixer.skipped.isEmpty)
        #expect(fixer.text == Self.page { $0 }.text)
    }

    @Test(arguments: [LegacyEncoder.tcvn3, .vni, .cp1258])
    func checkFixDecodesThePageAndASecondRunChangesNothing(_ encoder: LegacyEncoder) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/guidance/a.md", Self.page(encoder.encode).text)
        let options = BuildOptions(contentDirectory: folder.path + "/content", jobs: 2)
        let report = try ContentFixer.fix(options)
        #expect(report.applied.count == 13)
        #expect(try String(contentsOfFile: folder.path + "/content/guidance/a.md", encoding: .utf8) == Self.page { $0 }.text)
        #expect(!report.remaining.diagnostics.contains { $0.code == .textEncoding })
        #expect(try ContentFixer.fix(options).applied.isEmpty)
    }

    @Test func aBlockOfCapitalsInAVnTimeHFontDecodesToCapitals() {
        let text = "---\ntitle: \"Trang\"\n---\n\n# CHØ THÞ VÒ VIÖC Tæ CHøC\n"
        var fixer = FileFixer(text: text)
        fixer.apply(SourceEdit.certain(in: Self.legacyFindings(text)))
        #expect(fixer.text == "---\ntitle: \"Trang\"\n---\n\n# CHỈ THỊ VỀ VIỆC TỔ CHỨC\n")
    }

    @Test func aCitationInALegacyBlockIsReportedOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/directives/76.md", "---\nsymbol: \"76-QĐ/TW\"\ndate: 2000-06-15\nkind: \"Quy định\"\nissuer: \"Bộ Chính trị\"\n---\n")
        try folder.write("content/guidance/a.md", "---\ntitle: \"Trang\"\n---\n\n"
                         + LegacyEncoder.tcvn3.encode("Theo Quy định số 76-QĐ/TW của Bộ Chính trị về việc sinh hoạt chi bộ.") + "\n")
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        let found = report.diagnostics.filter { $0.code == .textEncoding }
        #expect(found.count == 1, "\(found.map(\.message))")
    }

    // MARK: No false alarms

    @Test func realTextIsNeverReported() throws {
        var pages: [(String, String)] = []
        func add(folder: String, wrap: Bool) {
            for path in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() {
                guard path.hasSuffix(".md") || path.hasSuffix(".txt"),
                      let text = try? String(contentsOfFile: folder + "/" + path, encoding: .utf8) else { continue }
                pages.append((folder + "/" + path, wrap ? "---\ntitle: \"Trang\"\n---\n\n" + text : text))
            }
        }
        add(folder: Fixtures.content, wrap: false)
        add(folder: "/work/shared/seeds", wrap: true)
        add(folder: Fixtures.path(""), wrap: false)
        #expect(pages.count > 100)
        for (path, text) in pages where !path.contains("/legacy-encoding/") {
            let found = Self.legacyFindings(text)
            #expect(found.isEmpty, "\(path): \(found.map(\.message))")
        }
    }

    static let otherLanguages = [
        "« Le père de Noël a dû s'arrêter à l'hôtel près du château ; où est-il ? » demanda-t-elle, déçue, à François.",
        "Ça coûte cher : l'œuvre complète, reliée en cuir, coûte à peu près deux cents euros à la librairie « Gallimard ».",
        "Für die Straße benötigen wir größere Räder; Müller fährt über die Brücke nach Köln und Düsseldorf.",
        "Não é possível pôr a questão assim: as mães e os irmãos estão à espera na estação de São Paulo.",
        "Þetta er íslenska: Ég heiti Guðrún og bý í Reykjavík, ðað er gaman að læra.",
        "Nhiệt độ 25 °C ± 0,5 °C; § 3 khoản ½; © 2024 ®; 5 µm × 3 µm ÷ 2; giá 100 € · ¶ 4 « trích ».",
        "¿Qué día es hoy? Mañana iremos a la playa con los niños; ¡qué alegría, señor Muñoz!",
        "Về việc ủy quyền: hòa giải, thuở ấy, khuya khoắt, nguyễn, quốc, giữa, gìn giữ, thủy lợi, hoà bình.",
    ]

    @Test(arguments: otherLanguages)
    func frenchGermanAndSymbolTextIsNotLegacy(_ sentence: String) {
        for block in ["# \(sentence)", sentence, "- \(sentence)", "| \(sentence) | x |\n|---|---|\n| a | b |"] {
            #expect(Self.legacyFindings("---\ntitle: \"\(sentence.prefix(30))\"\n---\n\n\(block)\n").isEmpty)
        }
        // A page of them together is not legacy either.
        let all = Self.otherLanguages.joined(separator: "\n\n")
        #expect(Self.legacyFindings("---\ntitle: \"Trang\"\n---\n\n\(all)\n").isEmpty)
    }

    @Test func decomposedVietnameseIsAnNFCFindingOnly() {
        let text = Self.sentences.prefix(5).joined(separator: "\n\n").decomposedStringWithCanonicalMapping
        let found = Self.diagnostics("---\ntitle: \"Trang\"\n---\n\n\(text)\n").filter { $0.code == .textEncoding }
        #expect(found.count == 1)
        #expect(found.first?.message.description.contains("NFC") == true)
    }

    @Test func shortTokensAloneAreNotReported() {
        for text in ["µm", "Sè", "cã", "«»", "Ø", "ðó", "®", "vµ"] {
            #expect(Self.legacyFindings("---\ntitle: \"Trang\"\n---\n\n\(text)\n").isEmpty, "\(text)")
        }
    }
}

/// Unicode text written as the legacy encodings write it, read as Latin-1.
struct LegacyEncoder: Sendable, CustomTestStringConvertible {
    let kind: LegacyEncoding.Kind
    var testDescription: String { kind.rawValue }

    static let tcvn3 = LegacyEncoder(kind: .tcvn3)
    static let vni = LegacyEncoder(kind: .vni)
    static let cp1258 = LegacyEncoder(kind: .cp1258)

    func encode(_ text: String) -> String {
        var out = ""
        for character in text.precomposedStringWithCanonicalMapping {
            let letter = String(character)
            switch kind {
            case .tcvn3: out += Self.tcvn3(letter)
            case .vni: out += Self.vni(letter)
            case .cp1258: out += Self.cp1258(letter)
            }
        }
        return out
    }

    /// TCVN3 writes each small letter as one byte; capitals with a tone
    /// borrow the small letter's byte (the `.VnTimeH` way).
    private static let tcvn3Bytes: [String: Unicode.Scalar] = {
        var bytes: [String: Unicode.Scalar] = [:]
        for (byte, letter) in LegacyEncoding.tcvn3 { bytes[String(letter)] = Unicode.Scalar(byte)! }
        return bytes
    }()

    private static func tcvn3(_ letter: String) -> String {
        if let byte = tcvn3Bytes[letter] ?? tcvn3Bytes[letter.lowercased()] { return String(byte) }
        return letter
    }

    /// The letter's base, its circumflex, breve or horn, and its tone.
    private static func parts(_ letter: String) -> (base: Character, modifier: UInt32?, tone: UInt32?) {
        let scalars = Array(letter.decomposedStringWithCanonicalMapping.unicodeScalars)
        var modifier: UInt32?, tone: UInt32?
        for mark in scalars.dropFirst() {
            if [0x302, 0x306, 0x31B].contains(mark.value) { modifier = mark.value } else { tone = mark.value }
        }
        return (Character(scalars[0]), modifier, tone)
    }

    /// VNI: a base letter, then one Latin-1 character for its marks.
    private static func vni(_ letter: String) -> String {
        let upper = letter != letter.lowercased()
        let small = letter.lowercased()
        let (base, modifier, tone) = parts(small)
        func cased(_ text: String) -> String {
            guard upper else { return text }
            return String(text.unicodeScalars.map { scalar -> Character in
                scalar.value >= 0xE0 ? Character(Unicode.Scalar(scalar.value - 0x20)!) : Character(String(scalar).uppercased())
            })
        }
        if small == "đ" { return cased("ñ") }
        guard modifier != nil || tone != nil else { return letter }
        let toneMark: [UInt32: String] = [0x301: "ù", 0x300: "ø", 0x309: "û", 0x303: "õ", 0x323: "ï"]
        if base == "i", modifier == nil, let tone {
            return cased([0x301: "í", 0x300: "ì", 0x309: "æ", 0x303: "ó", 0x323: "ò"][tone]!)
        }
        if base == "y", modifier == nil, tone == 0x323 { return cased("yî") }
        switch modifier {
        case 0x31B: return cased((base == "o" ? "ô" : "ö") + (tone.map { toneMark[$0]! } ?? ""))
        case 0x302: return cased(String(base) + [nil: "â", 0x301: "á", 0x300: "à", 0x309: "å", 0x303: "ã", 0x323: "ä"][tone]!)
        case 0x306: return cased(String(base) + [nil: "ê", 0x301: "é", 0x300: "è", 0x309: "ú", 0x303: "ü", 0x323: "ë"][tone]!)
        default: return cased(String(base) + toneMark[tone!]!)
        }
    }

    /// Windows-1258: letters it has as one byte, else the letter without
    /// its tone and the tone as a combining byte; each byte read as Latin-1.
    private static func cp1258(_ letter: String) -> String {
        let single: [String: Unicode.Scalar] = ["Ă": "\u{C3}", "ă": "\u{E3}", "Đ": "\u{D0}", "đ": "\u{F0}", "Ơ": "\u{D5}",
                                                "ơ": "\u{F5}", "Ư": "\u{DD}", "ư": "\u{FD}"]
        let tones: [UInt32: String] = [0x300: "\u{CC}", 0x301: "\u{EC}", 0x309: "\u{D2}", 0x303: "\u{DE}", 0x323: "\u{F2}"]
        if let byte = single[letter] { return String(byte) }
        if let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1, scalar.value < 0x100,
           ![0xC3, 0xCC, 0xD0, 0xD2, 0xD5, 0xDD, 0xDE, 0xE3, 0xEC, 0xF0, 0xF2, 0xF5, 0xFD, 0xFE].contains(scalar.value) {
            return letter
        }
        let (_, _, tone) = parts(letter)
        guard let tone else { return letter }
        let toneless = letter.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.value != tone }
        let base = String(String.UnicodeScalarView(toneless)).precomposedStringWithCanonicalMapping
        return cp1258(base) + tones[tone]!
    }
}
