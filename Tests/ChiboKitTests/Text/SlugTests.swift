import Foundation
import Testing
@testable import ChiboKit

struct SlugTests {
    @Test(arguments: [
        ("50-CT/TW", "50-ct-tw"),
        ("03-ĐA/TU", "03-da-tu"),
        ("Mục tiêu cụ thể", "muc-tieu-cu-the"),
        ("114/2003/NĐ-CP", "114-2003-nd-cp"),
        ("  --Phần thứ nhất — SỰ CẦN THIẾT!  ", "phan-thu-nhat-su-can-thiet"),
        ("đảng ủy Đảng Uỷ", "dang-uy-dang-uy"),
        ("Ð lookalike", "d-lookalike"),
        ("Nghị quyết số 10", "nghi-quyet-so-10"),
        ("", ""),
        ("—…", ""),
    ])
    func slugRule(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func decomposedInputGivesTheSameSlug() {
        let nfd = "Mục tiêu cụ thể".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count != "Mục tiêu cụ thể".unicodeScalars.count)
        #expect(Slug.make(nfd) == "muc-tieu-cu-the")
    }
}

struct VietnameseTextTests {
    @Test(arguments: [
        ("Tổng Cột", "Tông Cọt"),
        ("hoà", "hòa"),
        ("Uỷ ban", "ủy ban"),
        ("Cản Yên", "Càn Yên"),
    ])
    func foldingMatchesVariants(a: String, b: String) {
        #expect(VietnameseText.fold(a) == VietnameseText.fold(b))
    }

    /// Folding goes straight to bytes when every letter folds to ASCII and
    /// scalar by scalar otherwise: both ways must give the same text.
    @Test func foldingInBytesMatchesFoldingThroughScalars() {
        var texts = ["", " ", "Tổng cộng:", "  BAN  Chấp\thành\n", "Mo\u{0323}\u{0302}t", "Ðảng ĐẢNG đảng",
                     "Ƣu tiên", "Straße", "Ωmega İstanbul", "ﬁ ligature", "Hà\u{00A0}Nội", "  ", "Chi bộ 3 – Xã A"]
        // Mixed texts from a pool with letters inside and outside the tables.
        let pool = Array("aĂâđĐêƠưỹỴ ÀÉ\tZzÞøİß Ω-1:\u{0301}\u{00A0}")
        var seed: UInt64 = 7
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<12 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text.append(pool[Int(seed >> 33) % pool.count])
            }
            texts.append(text)
        }
        for text in texts {
            #expect(VietnameseText.fold(text) == VietnameseText.foldThroughScalars(text), "\(text.debugDescription)")
        }
    }

    @Test func foldingKeepsDifferentWordsApart() {
        #expect(VietnameseText.fold("Hưng Đạo") != VietnameseText.fold("Hưng Đức"))
    }

    /// The ASCII shortcut answers as Unicode's White_Space property does.
    @Test func whitespaceShortcutAgreesWithTheProperty() {
        for value in Array(0..<0x300) + [0x1680, 0x2000, 0x200B, 0x2028, 0x3000, 0xFEFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        #expect(" \tĐảng\u{00A0}\n".trimmed == "Đảng")
    }

    @Test func nfcQuickCheckNeverPassesTextThatNeedsNormalising() {
        #expect(VietnameseText.isCertainlyNFC("Đảng bộ xã Hưng Đạo – 2.590 chi bộ, 18,96% “có”"))
        #expect(!VietnameseText.isCertainlyNFC("Mục".decomposedStringWithCanonicalMapping))
        #expect(!VietnameseText.isCertainlyNFC("e\u{0301}"))
        #expect(!VietnameseText.isCertainlyNFC("\u{212B}"))  // Angstrom sign: NFC is U+00C5
        // A combining mark after any run of ASCII (read eight bytes at a time).
        for place in 0..<20 {
            #expect(!VietnameseText.isCertainlyNFC(String(repeating: "a", count: place) + "e\u{0301}" + String(repeating: "b", count: 9)))
        }
        // Whatever the quick check passes is already NFC.
        for text in ["Tổng Cột", "ƯƠ ươ", "Ð", "\u{2013}\u{201C}\u{20AB}"] where VietnameseText.isCertainlyNFC(text) {
            #expect(VietnameseText.nfc(text).unicodeScalars.elementsEqual(text.unicodeScalars))
        }
    }
}

/// `YYYY-MM-DD` and nothing else, read as bytes.
struct CalendarDateISOTests {
    @Test(arguments: [
        ("2026-12-03", true), ("2024-02-29", true), ("2023-02-29", false), ("2026-13-01", false),
        ("2026-1-03", false), ("26-12-03", false), ("2026/12/03", false), ("2026-12-0３", false),
        ("2026-12-03 ", false), ("", false), ("０２026-12-03", false), ("2026-12-00", false),
    ])
    func readsOnlyTheISOForm(text: String, valid: Bool) {
        let date = CalendarDate(iso: text)
        #expect((date != nil) == valid, "\(text)")
        if let date { #expect(date.description == text) }
    }
}
