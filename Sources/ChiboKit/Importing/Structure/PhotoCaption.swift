/// A photo's caption that text extraction glued to the paragraph after the
/// photo: `Một buổi sinh hoạt của chi bộ xã Song Mai (thành phố Bắc Giang).
/// Sau hai năm …`. Only press articles carry photos, so only a document that
/// states no kind is read for them; and only a paragraph's first sentence,
/// short, ending in what a Vietnamese caption ends in (the place shown or
/// the photo's credit, in brackets), with more sentences after it. A place
/// in brackets ends ordinary sentences too (`… là nơi làm điểm (huyện Hòa
/// An).`), so such a sentence must also read as a caption does: a scene
/// named without the words that make a clause of it (`là`, `đã`, `được`…).
enum PhotoCaption {
    /// The caption and the paragraph's own text, or nil when the paragraph
    /// does not open with a caption.
    static func split(_ paragraph: String) -> (caption: String, rest: String)? {
        guard let match = paragraph.firstMatch(of: ImportPatterns.captionEnd) else { return nil }
        let caption = String(paragraph[..<match.range.upperBound]).trimmed
        let rest = String(paragraph[match.range.upperBound...]).trimmed
        let captionWords = caption.split(separator: " ").count
        guard (3...25).contains(captionWords), let first = rest.first, first.isUppercase,
              rest.split(separator: " ").count > captionWords
        else { return nil }
        let isCredit = caption.firstMatch(of: ImportPatterns.photoCredit) != nil
        let words = Set(caption.split(separator: " ").map { String($0.filter(\.isLetter)).lowercased() })
        guard isCredit || words.isDisjoint(with: clauseWords) else { return nil }
        return (caption, rest)
    }

    /// Words that make a sentence a clause rather than the naming of a
    /// scene: the copula, tense and voice markers, modals, conjunctions.
    /// Not folded: `đang` and `Đảng` fold alike.
    private static let clauseWords: Set<String> = [
        "là", "đã", "đang", "sẽ", "được", "bị", "cần", "phải", "có", "nên", "vì", "nhưng", "nếu", "thì", "mà", "vẫn", "cũng", "đều",
    ]
}
