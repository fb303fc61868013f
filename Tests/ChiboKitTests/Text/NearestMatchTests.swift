import Testing
@testable import ChiboKit

struct NearestMatchTests {
    /// Prefix first, then every word held (folded, numbers by value), then
    /// a typo; nothing at all when nothing is near.
    @Test func ranksPrefixThenWordsThenTypos() {
        let anchors = ["phan-thu-nhat", "nhiem-vu-va-giai-phap-chu-yeu", "phan-thu-tu-to-chuc", "phan-thu-ba"]
        #expect(NearestMatch.ranked("phan-thu-tu", in: anchors).names == ["phan-thu-tu-to-chuc", "phan-thu-ba"])
        #expect(NearestMatch.ranked("phan-thu-tu", in: anchors).isClearlyRight)
        #expect(NearestMatch.ranked("giai-phap-nhiem-vu", in: anchors).names == ["nhiem-vu-va-giai-phap-chu-yeu"])
        #expect(NearestMatch.ranked("Đề án 3", in: ["de-an-so-03", "de-an-so-04"]).names == ["de-an-so-03"])
        #expect(NearestMatch.ranked("kinh-phi", in: anchors).names.isEmpty)
        #expect(NearestMatch.ranked("c", in: ["a", "b"]).names.isEmpty)
        #expect(!NearestMatch.ranked("phan-thu", in: anchors).isClearlyRight)
        #expect(NearestMatch.ranked("phan", in: anchors, limit: 3).names.count == 3)
    }

    /// A written name that says more than the real one never adds a number.
    @Test func extraNumberIsAnotherDocument() {
        #expect(NearestMatch.ranked("de-an-04", in: ["de-an"]).names.isEmpty)
        #expect(NearestMatch.ranked("muc-tieu-cu-the-chung", in: ["muc-tieu-cu-the"]).names == ["muc-tieu-cu-the"])
    }

    @Test func oneSlipIsOneEdit() {
        func slip(_ a: String, _ b: String) -> Bool {
            CitationChecker.isOneSlip(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(slip("51-CT/TW", "50-CT/TW"))
        #expect(slip("5-CT/TW", "50-CT/TW"))
        #expect(slip("50-CT/T", "50-CT/TW"))
        #expect(slip("67-QĐ/TW", "76-QĐ/TW"))
        #expect(!slip("05-CT/TW", "10-CT/TW"))
        #expect(!slip("567-QĐ/TW", "765-QĐ/TW"))
        #expect(!slip("50-CT/TW", "50-CT/TW"))
    }
}
