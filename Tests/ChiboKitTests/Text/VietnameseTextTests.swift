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
}
