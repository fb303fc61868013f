import Foundation

/// Number-and-symbol of a directive (số và ký hiệu): `50-CT/TW`,
/// `84-QĐ/TWĐTN`, `114/2003/NĐ-CP`. Parsed with the recogniser's own grammar,
/// so a symbol in front matter and one in running text normalise alike.
public struct DirectiveSymbol: Sendable, Hashable {
    /// Normalised: no spaces, ASCII hyphen and slash, `Đ` as U+0110.
    public var text: String
    public var number: String
    /// The kind code (`CT`, `QĐ`, `NĐ`); nil for a law's `22/2019/QH14`.
    public var kindCode: String?
    /// The issuer code (`TW`, `BTCTW`, `CP`, `QH14`).
    public var issuerCode: String
    /// The year of a state document's symbol (`2003` in `114/2003/NĐ-CP`).
    public var year: String?

    /// Parses a symbol written on its own (front matter, a reference).
    public init?(_ written: String) {
        let scalars = Array(VietnameseText.nfc(written.trimmingCharacters(in: .whitespaces)).unicodeScalars)
        let folded = FoldedText(scalars)
        guard let first = folded.bytes.firstIndex(where: { $0 != 0x20 }),
              let match = SymbolGrammar(folded: folded, scalars: scalars).symbol(at: first),
              folded.bytes[match.end...].allSatisfy({ $0 == 0x20 }) else { return nil }
        self = match.symbol
    }

    init(text: String, number: String, kindCode: String?, issuerCode: String, year: String?) {
        self.text = text
        self.number = number
        self.kindCode = kindCode
        self.issuerCode = issuerCode
        self.year = year
    }

    /// The spelling symbols are looked up by: `Đ` read as `D`, upper case,
    /// no leading zeros in the number (`01-HD/TU` is `1-HD/TU`).
    public var key: String { DirectiveSymbol.key(text) }

    public static func key(_ normalised: String) -> String {
        var folded = DirectiveKind.foldCode(normalised)
        while folded.hasPrefix("0"), folded.count > 1,
              let next = folded.dropFirst().first, next.isNumber {
            folded.removeFirst()
        }
        return folded
    }
}
