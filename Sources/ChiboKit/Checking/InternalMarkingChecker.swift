/// A public edition leaves out what is marked `visibility: internal`; a
/// page whose own text says it is internal but that nobody marked would be
/// published all the same. That is how internal material leaks, so a public
/// edition refuses such a page until it is marked, or the finding accepted
/// with a reason (a page that only talks about internal material).
struct InternalMarkingChecker {
    /// `lưu hành nội bộ` folded: any case, diacritics, tone placement.
    static let phrase = Array("luu hanh noi bo".unicodeScalars)

    /// The pages' mentions were found at load, while their text was at
    /// hand (`BodyFacts.internalMarkingMention`).
    func diagnostics(of pages: [Page]) -> [Diagnostic] {
        pages.compactMap { page -> Diagnostic? in
            guard page.metadata.visibility != .internal, let location = page.bodyFacts.internalMarkingMention else { return nil }
            return Diagnostic(file: page.source.displayPath, at: location, code: .visibilityUnmarked,
                              message: Message(VisibilityMessages.unmarked),
                              suggestion: Suggestion(message: Message(VisibilityMessages.markOrAccept)),
                              subject: "lưu hành nội bộ")
        }
    }

    /// The front-matter lines of `accept:`, whose reasons may well say the
    /// phrase: they are the editor's words about the finding, not the page.
    static func acceptLines(of page: Page) -> Range<Int>? {
        guard let accept = page.metadata.keyLocations["accept"]?.line else { return nil }
        let next = page.metadata.keyLocations.values.map(\.line).filter { $0 > accept }.min() ?? page.bodyFirstLine - 1
        return accept..<max(next, accept + 1)
    }

    /// Where the phrase first starts, in scalars as the NFC text has them;
    /// a line break inside it is a space, as in a paragraph.
    static func firstMention(in text: String, skipping skipped: Range<Int>? = nil) -> SourceLocation? {
        guard mayMention(text) else { return nil }
        // One folded scalar per written one, so a match's start is a place.
        var folded: [Unicode.Scalar] = []
        var places: [SourceLocation] = []
        var line = 1, column = 0
        for scalar in text.unicodeScalars {
            column += 1
            let letter: Unicode.Scalar = scalar == "\n" || skipped?.contains(line) == true ? " "
                : VietnameseText.fold(String(scalar)).unicodeScalars.first ?? " "
            if !(letter == " " && folded.last == " ") {
                folded.append(letter)
                places.append(SourceLocation(line: line, column: column))
            }
            if scalar == "\n" { line += 1; column = 0 }
        }
        guard folded.count >= phrase.count else { return nil }
        for start in 0...(folded.count - phrase.count)
        where folded[start] == "l" && folded[start..<start + phrase.count].elementsEqual(phrase) {
            return places[start]
        }
        return nil
    }

    /// A cheap look at the bytes: the phrase needs `ộ`/`Ộ` or an unaccented
    /// `noi`/`NOI` written out.
    private static func mayMention<S: StringProtocol>(_ text: S) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            // ộ is E1 BB 99, Ộ is E1 BB 98.
            if previous == (0xE1, 0xBB) && (byte == 0x99 || byte == 0x98) { return true }
            // "oi" after n/N in any case.
            if (previous.0 | 0x20) == 0x6E && (previous.1 | 0x20) == 0x6F && (byte | 0x20) == 0x69 { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
