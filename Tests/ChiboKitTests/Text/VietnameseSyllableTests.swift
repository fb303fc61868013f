import Testing
@testable import ChiboKit

/// The spelling rule legacy-encoding detection leans on.
struct VietnameseSyllableTests {
    @Test(arguments: ["các", "Nghị", "quyết", "của", "Đảng", "gì", "giữa", "thuở", "khuya", "nguyễn", "hoà", "hòa",
                      "thường", "ỦY", "xoong", "yêu", "oái", "ích", "anh", "uống", "việc", "tổ", "chức", "ưu"])
    func realSyllablesAreValid(_ word: String) {
        #expect(VietnameseSyllable.isValid(word))
    }

    /// Legacy bytes as Latin-1, other languages, a stop final under a
    /// falling tone (`tàc`), `ă` without a final, abbreviations.
    @Test(arguments: ["c¸c", "père", "für", "Straße", "été", "café", "ChØ", "thÞ", "chæ", "xă", "tàc", "ain",
                      "cata", "Guðrún", "TW", "BTCTW", "đ"])
    func otherWordsAreNot(_ word: String) {
        #expect(!VietnameseSyllable.isValid(word))
    }
}
