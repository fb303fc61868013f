import Foundation
import Testing
@testable import ChiboKit

/// The table-driven base letters agree with Foundation's full
/// decomposition for every scalar of the Latin, combining and Vietnamese
/// blocks, alone and after a letter.
struct BaseLetterTableTests {
    static func byDecomposition(_ text: String) -> [Unicode.Scalar] {
        text.decomposedStringWithCanonicalMapping.unicodeScalars.compactMap(VietnameseText.LatinBase.reading)
    }

    @Test func tableAgreesWithDecomposition() {
        for value in UInt32(0x80)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar)
            #expect(VietnameseText.baseLetters(of: text) == Self.byDecomposition(text), "U+\(String(value, radix: 16))")
        }
    }

    /// The spelling table gives what Foundation's decomposition gives, for
    /// every letter it covers, alone and inside words of both cases.
    @Test func spellingTableAgreesWithDecomposition() {
        for value in Array(0x80...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let letter = String(scalar)
            for word in [letter, "Ng" + letter + "m", letter.uppercased() + "x"] {
                #expect(VietnameseText.spelling(of: word) == VietnameseText.spellingByDecomposition(word), "\(word)")
            }
        }
        #expect(VietnameseText.spelling(of: "ĐẢNG") == "đang3")
        #expect(VietnameseText.spelling(of: "hoà") == "hoa2")
        #expect(VietnameseText.spelling(of: "hoa\u{0300}") == "hoa2")
    }

    /// The byte-level quick check agrees with its rule, scalar by scalar:
    /// ASCII, Latin-1 and Latin Extended-A/B, Vietnamese precomposed
    /// letters, general punctuation and currency signs, nothing else.
    @Test func certainlyNFCMatchesItsRangesForEveryScalar() {
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = value <= 0x024F || (0x1E00...0x1EFF).contains(value) || (0x2010...0x206F).contains(value)
                || (0x20A0...0x20BF).contains(value)
            let text = "a" + String(scalar) + "b"
            if VietnameseText.isCertainlyNFC(text) != expected {
                Issue.record("U+\(String(value, radix: 16)): expected \(expected)")
            }
        }
        #expect(!VietnameseText.isCertainlyNFC("🙂"))
    }
}
