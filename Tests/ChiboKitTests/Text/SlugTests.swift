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

    @Test func foldingKeepsDifferentWordsApart() {
        #expect(VietnameseText.fold("Hưng Đạo") != VietnameseText.fold("Hưng Đức"))
    }
}
