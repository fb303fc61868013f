/// A kind of directive (`Chỉ thị`, `Hướng dẫn`, …) with the codes its
/// symbols carry (`CT`, `HD`, …). Quy định is coded both `QĐ` and `QĐi`, and
/// `QĐ` is shared with Quyết định, so the relation is many-to-many.
public struct DirectiveKind: Sendable, Hashable {
    /// The kind word as editors write it: `Chỉ thị`.
    public let word: String
    /// Symbol codes, canonical spelling first: `["QĐ", "QĐi"]`.
    public let codes: [String]

    /// The kind words chibo knows, longest first so that `Thông tư liên tịch`
    /// wins over `Thông tư` when matching.
    public static let all: [DirectiveKind] = [
        DirectiveKind(word: "Nghị quyết liên tịch", codes: ["NQLT"]),
        DirectiveKind(word: "Thông tư liên tịch", codes: ["TTLT"]),
        DirectiveKind(word: "Chỉ thị", codes: ["CT"]),
        DirectiveKind(word: "Nghị quyết", codes: ["NQ"]),
        DirectiveKind(word: "Quy định", codes: ["QĐ", "QĐi"]),
        DirectiveKind(word: "Quyết định", codes: ["QĐ"]),
        DirectiveKind(word: "Kết luận", codes: ["KL"]),
        DirectiveKind(word: "Hướng dẫn", codes: ["HD"]),
        DirectiveKind(word: "Kế hoạch", codes: ["KH"]),
        DirectiveKind(word: "Đề án", codes: ["ĐA"]),
        DirectiveKind(word: "Thông tri", codes: ["TT"]),
        DirectiveKind(word: "Thông báo", codes: ["TB"]),
        DirectiveKind(word: "Chương trình", codes: ["CTr"]),
        DirectiveKind(word: "Báo cáo", codes: ["BC"]),
        DirectiveKind(word: "Tờ trình", codes: ["TTr"]),
        DirectiveKind(word: "Công văn", codes: ["CV"]),
        DirectiveKind(word: "Quy chế", codes: ["QC", "QCh"]),
        DirectiveKind(word: "Nghị định", codes: ["NĐ"]),
        DirectiveKind(word: "Thông tư", codes: ["TT"]),
        DirectiveKind(word: "Pháp lệnh", codes: ["PL"]),
        DirectiveKind(word: "Luật", codes: []),
        DirectiveKind(word: "Hiến pháp", codes: []),
        DirectiveKind(word: "Điều lệ", codes: []),
    ]

    /// Every code by its folded spelling (`QD`, `QDI`): folded because PDF
    /// text writes `QD` or `Qđ` for `QĐ` (citations.md).
    static let canonicalCodeByFolded: [String: String] = {
        var result: [String: String] = [:]
        for kind in all {
            for code in kind.codes { result[foldCode(code)] = code }
        }
        return result
    }()

    /// The kinds a code may stand for: `QĐ` → Quy định and Quyết định.
    private static let kindsByFoldedCode: [String: [DirectiveKind]] = {
        var result: [String: [DirectiveKind]] = [:]
        for kind in all {
            for code in kind.codes { result[foldCode(code), default: []].append(kind) }
        }
        return result
    }()

    /// The kinds a symbol's code may stand for: `QĐ` → Quy định and Quyết định.
    public static func kinds(ofCode code: String) -> [DirectiveKind] {
        kindsByFoldedCode[foldCode(code)] ?? []
    }

    /// True when this kind is written with `code` (`QD` and `Qđ` count as `QĐ`).
    public func names(code: String) -> Bool {
        let folded = DirectiveKind.foldCode(code)
        return codes.contains { DirectiveKind.foldCode($0) == folded }
    }

    /// The kind a written word names, matched with diacritics and case
    /// folded: `chỉ thị`, `CHỈ THỊ`, `Chỉ thi` all name Chỉ thị.
    public static func named(_ word: String) -> DirectiveKind? {
        byFoldedWord[VietnameseText.fold(word)]
    }

    private static let byFoldedWord: [String: DirectiveKind] = Dictionary(
        all.map { (VietnameseText.fold($0.word), $0) }, uniquingKeysWith: { first, _ in first })

    /// Upper-case ASCII with `Đ` read as `D`: the spelling codes are compared in.
    static func foldCode(_ code: String) -> String {
        // Symbols are ASCII but for `Đ`: fold those directly, the rest in full.
        var out = String.UnicodeScalarView()
        for scalar in code.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: out.append(Unicode.Scalar(scalar.value - 32)!)
            case 0x00...0x7F: out.append(scalar)
            case 0x0110, 0x0111, 0x00D0, 0x00F0: out.append("D")
            default:
                return String(String.UnicodeScalarView(VietnameseText.baseLetters(of: code))).uppercased()
            }
        }
        return String(out)
    }
}
