import Testing
@testable import ChiboKit

/// One pass over a file's bytes says whether it is certainly NFC and
/// whether it may hold PDF look-alikes or legacy-encoded text.
struct TextScreenTests {
    @Test func theBitSetsAreTheLetters() {
        var latin1: UInt64 = 0
        for scalar in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".unicodeScalars { latin1 |= 1 << UInt64(scalar.value - 0xC0) }
        #expect(latin1 == TextScreen.vietnameseLatin1)
        var vowels: UInt64 = 0
        for byte in "aeiouyAEIOUY".utf8 { vowels |= 1 << UInt64(byte - 0x40) }
        #expect(vowels == TextScreen.asciiVowels)
    }

    @Test(arguments: [
        // text, certainly NFC, PDF look-alikes, legacy
        ("Nghị quyết của Đảng về công tác xây dựng chi bộ.", true, false, false),
        ("Nghị quyết".decomposedStringWithCanonicalMapping, false, false, false),
        ("Trƣờng học", true, true, false),
        ("Ðảng", true, true, true),
        ("ChØ thÞ sè 05", true, false, true),
        ("Chiò thiò", true, false, true),
        ("Café à la française, 25 °C ± 2", true, false, true),
        ("Hòa bình, mùa thu", true, false, false),
        ("日本語のテキスト", false, false, false),
    ])
    func readsWhatTheTextHolds(_ text: String, _ nfc: Bool, _ pdf: Bool, _ legacy: Bool) {
        let screen = TextScreen(text)
        #expect(screen.isCertainlyNFC == nfc)
        #expect(screen.mayHoldPDFLookAlikes == pdf)
        #expect(screen.mayHoldLegacyText == legacy)
    }
}
