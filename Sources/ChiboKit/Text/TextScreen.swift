/// What a text's UTF-8 holds, read in one pass when a file is decoded, so
/// that the checks for rare damage cost nothing on the pages without it:
///
/// - `isCertainlyNFC`: every scalar lies in a block whose characters are
///   all NFC-stable and never combine with what follows (ASCII, Latin-1,
///   Latin Extended-A/B, Vietnamese precomposed letters, general
///   punctuation, currency); anything else, a combining mark above all,
///   sends the text through full normalisation;
/// - `mayHoldPDFLookAlikes`: `Ƣ ƣ` (C6 A2/A3) or `Ð ð` (C3 90/B0);
/// - `mayHoldLegacyText`: a Latin-1 character Vietnamese in Unicode never
///   writes (`¸ Ø ø ð Þ`…), or a Windows-1258 tone `Ì ì Ò ò` right after a
///   vowel (`TextEncodingChecker` then reads the page's words).
struct TextScreen {
    private(set) var isCertainlyNFC = true
    private(set) var mayHoldPDFLookAlikes = false
    private(set) var mayHoldLegacyText = false

    init(_ text: String) {
        var text = text
        text.withUTF8 { read($0) }
    }

    // The NFC ranges as UTF-8 byte patterns: U+0000–U+024F are ASCII or
    // C2–C8 xx or C9 80–8F; U+1E00–U+1EFF are E1 B8–BB xx; U+2010–U+206F
    // are E2 80 90–BF or E2 81 80–AF; U+20A0–U+20BF are E2 82 A0–BF.
    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight ASCII bytes at a time.
            if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard i + 1 < count else { isCertainlyNFC = false; return }
            let second = bytes[i + 1]
            if lead >= 0xC2 && lead <= 0xC8 {
                if lead <= 0xC3 { screenLatin1(lead, second, at: i, in: bytes) }
                if lead == 0xC6, second == 0xA2 || second == 0xA3 { mayHoldPDFLookAlikes = true }
                i += 2
            } else if lead == 0xC9 {
                if second > 0x8F { isCertainlyNFC = false }
                i += 2
            } else if lead == 0xE1 {
                if !(0xB8...0xBB).contains(second) { isCertainlyNFC = false }
                i += 3
            } else if lead == 0xE2, i + 2 < count {
                let third = bytes[i + 2]
                if !((second == 0x80 && third >= 0x90) || (second == 0x81 && third <= 0xAF) || (second == 0x82 && third >= 0xA0)) {
                    isCertainlyNFC = false
                }
                i += 3
            } else {
                isCertainlyNFC = false
                i += 1
            }
        }
    }

    /// A Latin-1 character, `lead second` (C2 or C3 and the next byte).
    private mutating func screenLatin1(_ lead: UInt8, _ second: UInt8, at i: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let value = Int(lead & 0x1F) << 6 | Int(second & 0x3F)
        if value == 0xD0 || value == 0xF0 { mayHoldPDFLookAlikes = true }
        if value >= 0xA1, !Self.isVietnameseLatin1(value) { mayHoldLegacyText = true }
        if value == 0xCC || value == 0xEC || value == 0xD2 || value == 0xF2, i > 0 {
            // A Windows-1258 tone right after a vowel: `aì`, `ôò`.
            let before = bytes[i - 1]
            if before >= 0x40 && before < 0x80 && Self.asciiVowels >> UInt64(before - 0x40) & 1 == 1 { mayHoldLegacyText = true }
            if i >= 2, bytes[i - 2] == 0xC3, Self.isVietnameseLatin1(0xC0 | Int(before & 0x3F)) { mayHoldLegacyText = true }
        }
    }

    private static func isVietnameseLatin1(_ value: Int) -> Bool {
        value >= 0xC0 && value < 0x100 && vietnameseLatin1 >> UInt64(value - 0xC0) & 1 == 1
    }

    /// The Latin-1 letters Vietnamese in Unicode uses (`àáâãèéêìíòóôõùúý`
    /// and their capitals), one bit per value from U+00C0: a constant,
    /// since the loop meets one at every other letter of a Vietnamese page.
    /// `TextScreenTests` checks it against the letters.
    static var vietnameseLatin1: UInt64 { 0x263c_370f_263c_370f }

    /// `aeiouyAEIOUY`, one bit per byte from 0x40.
    static var asciiVowels: UInt64 { 0x0220_8222_0220_8222 }
}
