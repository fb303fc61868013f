/// A paragraph's text made from its pieces: legacy fonts decoded, Word's
/// capitals applied, hidden text dropped; and the facts of its look.
struct WordParagraphText {
    var text = ""
    var isBold = false
    var isItalic = false
    /// The size most of its characters have, in half-points.
    var dominantHalfPoints: Int?
    /// Words decoded, by each legacy font that had any.
    var decodedWords: [String: (encoding: WordFontEncoding, words: Int)] = [:]

    init(_ pieces: [(text: String, look: WordRunLook?)]) {
        let visible = pieces.filter { $0.look?.isHidden != true }
        // The look of the runs that show something; chibo's own text (a
        // number, a marker) and spaces say nothing of it.
        let lookOfText = visible.filter { $0.text.contains { !$0.isWhitespace } }
            .compactMap { piece in piece.look.map { (characters: piece.text.count, look: $0) } }
        isBold = !lookOfText.isEmpty && lookOfText.allSatisfy { $0.look.isBold == true }
        isItalic = !lookOfText.isEmpty && lookOfText.allSatisfy { $0.look.isItalic == true }
        var charactersBySize: [Int: Int] = [:]
        for run in lookOfText {
            if let size = run.look.halfPoints { charactersBySize[size, default: 0] += run.characters }
        }
        // The size of most characters; of two as common, the smaller.
        dominantHalfPoints = charactersBySize.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key

        // Neighbouring runs in one font are decoded together, so that a
        // VNI mark split from its vowel by a change of bold still joins it.
        var index = 0
        while index < visible.count {
            guard let look = visible[index].look else {
                text += visible[index].text
                index += 1
                continue
            }
            let font = look.font?.name
            let encoding = font.map(WordFontEncoding.init(fontNamed:)) ?? .unicode
            var end = index + 1
            var joined = visible[index].text
            while end < visible.count, let next = visible[end].look, next.font?.name == font, next.isCaps == look.isCaps {
                joined += visible[end].text
                end += 1
            }
            let (decoded, words) = encoding.decoded(joined)
            if let font, words > 0 {
                decodedWords[font, default: (encoding, 0)].words += words
            }
            text += look.isCaps == true ? decoded.uppercased() : decoded
            index = end
        }
    }
}
