import Foundation

/// A reference to a registry entry in front matter: `SYMBOL` or
/// `SYMBOL@YYYY-MM-DD` (`replaces: ["10-HD/BTCTW@2007-10-10"]`).
public struct DirectiveReference: Sendable, Hashable, CustomStringConvertible {
    public var symbol: DirectiveSymbol
    public var date: CalendarDate?

    /// Nil when the symbol or the date cannot be read.
    public init?(_ written: String) {
        let parts = written.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let symbol = DirectiveSymbol(String(parts[0])) else { return nil }
        self.symbol = symbol
        if parts.count == 2 {
            guard let date = CalendarDate(iso: parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            self.date = date
        }
    }

    public var description: String { date.map { "\(symbol.text)@\($0)" } ?? symbol.text }
}
