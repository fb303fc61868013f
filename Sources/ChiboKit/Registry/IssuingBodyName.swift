/// An issuing body's name reduced to the words that identify the body, so
/// that spelling variants agree and different bodies do not.
///
/// Sources name one body many ways: `Ban Chấp hành Trung ương Đảng khoá XIII`,
/// `BCH Trung ương`, `Ban Thường vụ Tỉnh uỷ`, `Tỉnh ủy Cao Bằng`. Folding
/// takes away diacritics, tone-mark placement and case; the usual
/// abbreviations are expanded; the term (`khóa …`) and a place name after a
/// committee (`Tỉnh ủy Cao Bằng`) is kept apart. Two names then agree when
/// the words of one run inside the other (`Ban Bí thư` and `Ban Bí thư Trung
/// ương Đảng`, `Tỉnh ủy` and `Ban Thường vụ Tỉnh ủy`) and they do not name
/// two different places; they disagree when they name different bodies
/// (`Bộ Chính trị` and `Ban Bí thư`) or places (`Tỉnh ủy Cao Bằng` and
/// `Tỉnh ủy Bắc Giang`).
public struct IssuingBodyName: Sendable, Hashable {
    public let words: [String]
    /// The place after the body, if written: `cao bang`.
    public let place: [String]

    public init(_ written: String) {
        var words: [String] = []
        for raw in VietnameseText.fold(written).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let word = String(raw)
            if word == "khoa" { break }
            words.append(contentsOf: Self.abbreviations[word] ?? [word])
        }
        let body = Self.canonical(Self.droppingTrailingParty(words))
        let bodyEnd = Self.placeStart(body)
        self.words = Array(body[..<bodyEnd])
        self.place = Array(body[bodyEnd...])
    }

    /// True when the two names can be the same body.
    public func agrees(with other: IssuingBodyName) -> Bool {
        guard !words.isEmpty, !other.words.isEmpty else { return true }
        // `của Trung ương` names the centre loosely: any of its bodies.
        if words == ["trung", "uong"] || other.words == ["trung", "uong"] {
            let central: Set<[String]> = [["bo", "chinh", "tri"], ["ban", "bi", "thu"], ["trung", "uong"]]
            if central.contains(words) || central.contains(other.words) { return true }
        }
        // `Cao Bằng` and `Cao Bằng lần thứ XX` are one place; `Bắc Giang` another.
        let shared = min(place.count, other.place.count)
        if place.prefix(shared) != other.place.prefix(shared) { return false }
        return Self.contains(words, other.words) || Self.contains(other.words, words)
    }

    public static func agree(_ a: String, _ b: String) -> Bool {
        IssuingBodyName(a).agrees(with: IssuingBodyName(b))
    }

    private static let abbreviations: [String: [String]] = [
        "bch": ["ban", "chap", "hanh"], "tw": ["trung", "uong"], "tu": ["tinh", "uy"],
        "bct": ["bo", "chinh", "tri"], "bbt": ["ban", "bi", "thu"], "btv": ["ban", "thuong", "vu"],
        "btc": ["ban", "to", "chuc"], "ubnd": ["uy", "ban", "nhan", "dan"], "ubkt": ["uy", "ban", "kiem", "tra"],
        "hdnd": ["hoi", "dong", "nhan", "dan"], "btctw": ["ban", "to", "chuc", "trung", "uong"],
    ]

    /// One name for one body: `Hội nghị Trung ương 4` is a meeting of the
    /// Central Committee; `Ban Chấp hành Đảng bộ tỉnh` is the `Tỉnh ủy`.
    private static func canonical(_ words: [String]) -> [String] {
        var result = words.filter { !$0.allSatisfy(\.isNumber) }
        if result.starts(with: ["hoi", "nghi"]) { result.removeFirst(2) }
        let committee = ["ban", "chap", "hanh", "dang", "bo"]
        if let start = result.indices.first(where: { result[$0...].starts(with: committee) }) {
            let level = result.index(start, offsetBy: committee.count)
            let named: [String: [String]] = ["tinh": ["tinh", "uy"], "huyen": ["huyen", "uy"], "quan": ["quan", "uy"]]
            if level < result.count, let replacement = named[result[level]] {
                result.replaceSubrange(start...level, with: replacement)
            }
        }
        return result
    }

    /// `… Trung ương Đảng`, `… Đảng Cộng sản Việt Nam`: the party is implied.
    private static func droppingTrailingParty(_ words: [String]) -> [String] {
        if let index = words.firstIndex(of: "dang"), words.count > index + 1, words[index + 1] == "cong" {
            return Array(words[..<index])
        }
        if words.count > 1, words.last == "dang" { return Array(words.dropLast()) }
        return words
    }

    /// Where the place starts: `Tỉnh ủy | Cao Bằng`, `Ủy ban nhân dân tỉnh |
    /// Bắc Giang`; the end when no place is written.
    private static func placeStart(_ words: [String]) -> Int {
        let levels: Set<String> = ["tinh", "huyen", "xa", "phuong", "quan", "thi", "thanh"]
        for (index, word) in words.enumerated() where levels.contains(word) {
            let next = index + 1 < words.count ? words[index + 1] : nil
            // `Quân ủy Trung ương` is one body, not a district's committee.
            if next == "uy", index + 2 < words.count, words[index + 2] == "trung" { return words.count }
            if next == "uy" || (word == "thanh" && next == "pho") || (word == "thi" && (next == "xa" || next == "tran")) {
                return index + 2
            }
            if word != "thanh" && word != "thi" && word != "quan" { return index + 1 }
        }
        return words.count
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return true
        }
        return false
    }
}
