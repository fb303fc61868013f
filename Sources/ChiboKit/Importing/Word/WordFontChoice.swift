/// A run's font as `w:rFonts` names it: a theme's font (Word's own fonts,
/// Unicode) or a named one, which may be a legacy Vietnamese font.
enum WordFontChoice: Equatable {
    case theme
    case named(String)

    init?(_ element: WordElement) {
        if element["asciiTheme"] != nil || element["hAnsiTheme"] != nil {
            self = .theme
            return
        }
        // Letters above ASCII are drawn in the hAnsi font, ASCII in the ascii
        // font; a legacy font in either decides, since its bytes are both.
        let names = [element["hAnsi"], element["ascii"]].compactMap { $0 }
        guard let name = names.first(where: { WordFontEncoding(fontNamed: $0) != .unicode }) ?? names.first else { return nil }
        self = .named(name)
    }

    var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}
