extension StringProtocol {
    /// The text without white space (and line ends) at either end. Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString, a measurable cost
    /// when every front-matter value and heading of 10,000 pages passes through.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
