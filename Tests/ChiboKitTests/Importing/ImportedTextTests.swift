import Foundation
import Testing
@testable import ChiboKit

/// The text `chibo import` reads from a text file's bytes: its encoding
/// found, never guessed; the damage copying leaves mended and counted.
struct ImportedTextTests {
    static let sentences = """
        Chi bộ là hạt nhân chính trị của Đảng ở cơ sở, lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị.
        Đảng viên phải tham gia đầy đủ các buổi sinh hoạt chi bộ định kỳ hằng tháng.
        Cấp ủy cấp trên thường xuyên kiểm tra, hướng dẫn việc tổ chức sinh hoạt.
        """

    @Test func unicodeTextIsReadAsItIs() throws {
        for (bytes, encoding) in [(Array(Self.sentences.utf8), ImportedText.Encoding.utf8),
                                  ([0xEF, 0xBB, 0xBF] + Array(Self.sentences.utf8), .utf8),
                                  ([0xFF, 0xFE] + Array(Self.sentences.data(using: .utf16LittleEndian)!), .utf16),
                                  ([0xFE, 0xFF] + Array(Self.sentences.data(using: .utf16BigEndian)!), .utf16)] {
            let imported = try ImportedText.read(bytes)
            #expect(imported.text == Self.sentences)
            #expect(imported.encoding == encoding)
            #expect(imported.repairs.isEmpty)
        }
    }

    @Test(arguments: [LegacyEncoder.tcvn3, .vni, .cp1258])
    func anEightBitLegacyFileIsDecoded(_ encoder: LegacyEncoder) throws {
        let bytes = encoder.encode(Self.sentences).unicodeScalars.map { UInt8($0.value) }
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let imported = try ImportedText.read(bytes)
        #expect(imported.text == Self.sentences)
        #expect(imported.encoding.rawValue == encoder.kind.rawValue)
        #expect((imported.repairs[.legacyWords] ?? 0) > 20)
    }

    @Test func legacyTextPastedIntoAUnicodeFileIsDecodedToo() throws {
        let pasted = "Tiêu đề trong Unicode\n" + LegacyEncoder.tcvn3.encode(Self.sentences)
        let imported = try ImportedText.read(Array(pasted.utf8))
        #expect(imported.text == "Tiêu đề trong Unicode\n" + Self.sentences)
        #expect(imported.encoding == .utf8)
    }

    @Test(arguments: [
        "Ærø og Guðrún á Íslandi. Þórður fór heim.",
        "Prix: 25 € ± 2 °C; « voilà » ½ × ÷ µ § ©",
    ])
    func eightBitTextThatIsNoVietnameseEncodingIsRefused(_ text: String) {
        let bytes = text.unicodeScalars.compactMap { $0.value < 0x100 ? UInt8($0.value) : nil }
        #expect(throws: ImportedText.Problem.unknownEncoding) { try ImportedText.read(bytes) }
    }

    @Test func copyingDamageIsMendedAndCounted() throws {
        let damaged = "Trƣờng học\u{00A0}của Ðảng, Guðrún; chi\u{00AD}bộ\u{200B} và " + "Nghị quyết".decomposedStringWithCanonicalMapping
        let imported = try ImportedText.read(Array(damaged.utf8))
        #expect(imported.text == "Trường học của Đảng, Guðrún; chibộ và Nghị quyết")
        #expect(imported.repairs == [.lookAlikeLetters: 2, .noBreakSpaces: 1, .invisibleCharacters: 2, .nfc: 1])
    }

    @Test func badInputIsRefusedInPlainWords() {
        #expect(throws: ImportedText.Problem.empty) { try ImportedText.read([]) }
        #expect(throws: ImportedText.Problem.empty) { try ImportedText.read(Array(" \n\r\n\t".utf8)) }
        #expect(throws: ImportedText.Problem.binary) { try ImportedText.read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]) }
        let large = [UInt8](repeating: 0x41, count: ImportedText.byteLimit + 1)
        #expect(throws: ImportedText.Problem.tooLarge(bytes: large.count)) { try ImportedText.read(large) }
        #expect(ImportedText.Problem.binary.message.description.contains("not a text file"))
    }

    /// The four seeds are UTF-8 text and come through unchanged but for NFC
    /// and the damage they hold.
    @Test func theSeedsReadAsUnicode() throws {
        let seeds = Fixtures.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds))?.filter { $0.hasSuffix(".txt") } ?? []
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: seeds + "/" + file)))
            let imported = try ImportedText.read(bytes)
            #expect(imported.encoding == .utf8, "\(file)")
            #expect(imported.repairs[.legacyWords] == nil, "\(file)")
        }
    }
}

/// An 8-bit file saved from Word in the TCVN3 fonts, as an editor receives it.
struct EightBitTCVN3Tests {
    static func bytes(_ text: String) -> [UInt8] {
        LegacyEncoder.tcvn3.encode(text).unicodeScalars.map { scalar in
            // Word saves typographic punctuation as Windows bytes.
            switch scalar {
            case "“": 0x93
            case "”": 0x94
            case "…": 0x85
            case "–": 0x96
            default: UInt8(scalar.value)
            }
        }
    }

    @Test func aTitleInCapitalsIsDecodedInCapitals() throws {
        let source = "SỰ CẦN THIẾT VÀ CƠ SỞ CHÍNH TRỊ, PHÁP LÝ\n" + ImportedTextTests.sentences
        let imported = try ImportedText.read(Self.bytes(source))
        #expect(imported.text.hasPrefix("SỰ CẦN THIẾT VÀ CƠ SỞ CHÍNH TRỊ, PHÁP LÝ\n"))
    }

    @Test func abbreviationsBesideASmallWordStayAsWritten() throws {
        // `Vụ` between two abbreviations is not a title in capitals.
        let source = ImportedTextTests.sentences + "\n- Lưu VP, Vụ CSĐ.\n"
        let imported = try ImportedText.read(Self.bytes(source))
        #expect(imported.text.hasSuffix("- Lưu VP, Vụ CSĐ.\n"))
    }

    @Test func everyLineOfAnEightBitFileIsDecodedHoweverShort() throws {
        // A line of few words gives little evidence, but an 8-bit file holds no Unicode.
        let source = ImportedTextTests.sentences + "\nVụ.\n"
        let imported = try ImportedText.read(Self.bytes(source))
        #expect(imported.text.hasSuffix("\nVụ.\n"))
    }

    @Test func windowsPunctuationIsReadAsPunctuation() throws {
        let source = ImportedTextTests.sentences + "\nCuộc vận động “Học tập và làm theo” – thực hiện…\n"
        let imported = try ImportedText.read(Self.bytes(source))
        #expect(imported.text.hasSuffix("Cuộc vận động “Học tập và làm theo” – thực hiện…\n"))
    }

    @Test func aSentenceStartsWithTheCapitalTCVN3CannotWrite() throws {
        let source = ImportedTextTests.sentences + "\nỦy ban nhân dân xã chỉ đạo. Ủy ban Kiểm tra giám sát.\n"
        let imported = try ImportedText.read(Self.bytes(source))
        #expect(imported.text.hasSuffix("Ủy ban nhân dân xã chỉ đạo. Ủy ban Kiểm tra giám sát.\n"))
    }

    @Test func aBodysNameMidSentenceGetsTheCapitalTCVN3CannotWrite() throws {
        // `Ủ` is lost mid-sentence as well; `đ` has its capital in TCVN3, so
        // `đảng ủy` was typed small; a bare `ủy ban` names no body.
        let source = ImportedTextTests.sentences + "\nCán bộ thuộc Ủy ban nhân dân và đảng ủy xã, các ủy ban của Quốc hội.\n"
        let imported = try ImportedText.read(Self.bytes(source))
        #expect(imported.text.hasSuffix("Cán bộ thuộc Ủy ban nhân dân và đảng ủy xã, các ủy ban của Quốc hội.\n"))
    }
}
