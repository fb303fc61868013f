import Testing
@testable import ChiboKit

/// Spelling variants of one body agree; different bodies and places do not.
struct IssuingBodyNameTests {
    @Test(arguments: [
        ("Ban Bí thư", "Ban Bí thư Trung ương Đảng khoá XIII"),
        ("Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy Cao Bằng"),
        ("Tỉnh ủy Cao Bằng", "Ban Thường vụ Tỉnh ủy"),
        ("BCH Trung ương", "Ban Chấp hành Trung ương Đảng"),
        ("BCT", "Bộ Chính trị"),
        ("BAN TỔ CHỨC TRUNG ƯƠNG", "Ban Tổ chức Trung ương"),
        ("Ban To\u{0302}\u{0309} chức Trung ương", "Ban Tổ chức Trung ương"),
        ("Đại hội đại biểu Đảng bộ tỉnh Cao Bằng", "Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX"),
        ("Trung ương", "Ban Chấp hành Trung ương"),
        ("Trung ương", "Ban Bí thư"),
        ("Hội nghị Trung ương 4 khóa XIII", "Ban Chấp hành Trung ương"),
        ("Ban Chấp hành Đảng bộ tỉnh Cao Bằng", "Tỉnh ủy Cao Bằng"),
        ("Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy"),
    ])
    func agree(_ a: String, _ b: String) {
        #expect(IssuingBodyName.agree(a, b))
        #expect(IssuingBodyName.agree(b, a))
    }

    @Test(arguments: [
        ("Bộ Chính trị", "Ban Bí thư"),
        ("Ban Tổ chức Trung ương", "Ban Chấp hành Trung ương"),
        ("Tỉnh ủy Cao Bằng", "Tỉnh ủy Bắc Giang"),
        ("Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ])
    func disagree(_ a: String, _ b: String) {
        #expect(!IssuingBodyName.agree(a, b))
        #expect(!IssuingBodyName.agree(b, a))
    }
}
