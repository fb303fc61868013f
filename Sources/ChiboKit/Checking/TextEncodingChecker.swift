/// `text.encoding` for text typed in an old Vietnamese encoding and pasted
/// into a Unicode file: TCVN3 (`ChØ thÞ`), VNI (`Chæ thò`) or Windows-1258
/// read as Latin-1 (`Chiò thiò`). Every block a reader sees is judged (the
/// title, the summary, each heading, paragraph, list item, table cell and
/// footnote), each once, and a legacy block gets its decoded text as a
/// certain fix that replaces only the scalars the encoding changed.
///
/// A block is judged by its words, never by one character: a word counts
/// for an encoding when it is no Vietnamese syllable as written and is one
/// decoded (`c¸c` → `các`), and against it when decoding breaks a real
/// syllable (`hòa` → `hũa`) or the word holds a letter only Unicode has
/// (`ạ`, `ơ`, `đ`). French, German and symbols (`°`, `±`, `«»`, `µ`) decode
/// to no syllable, and one-letter words count neither way.
struct TextEncodingChecker {
    /// A page whose words, together, read as one encoding lets a block with
    /// a single such word (a table cell `Sè`) be decoded too.
    static let pageWords = 3
    /// A block judged alone needs this many words for the encoding.
    static let blockWords = 2
    /// Words for an encoding must outnumber the words against it this many times.
    static let ratio = 4

    /// The page's legacy blocks: a finding for each, and where each block
    /// runs, from its first scalar to its last (a citation in one is not
    /// reported for its encoding again).
    func findings(of page: Page, document: MarkdownNode) -> (diagnostics: [Diagnostic], blocks: [SourceRange]) {
        guard page.source.mayHoldLegacyText else { return ([], []) }
        let runs = TextRunExtractor.runs(of: page, document: document)
        let readings = BlockReading.readings(of: runs)
        let pageKind = BlockReading.commonKind(of: readings, minimum: Self.pageWords)

        var problems: [Diagnostic] = []
        var blocks: [SourceRange] = []
        for (run, blockReadings) in zip(runs, readings) {
            let reading: BlockReading? = if let pageKind, blockReadings[pageKind].evidence.isLegacyOnLegacyPage {
                blockReadings[pageKind]
            } else {
                blockReadings.filter { $0.evidence.isLegacy(minimum: Self.blockWords) }.max { $0.evidence.forWords < $1.evidence.forWords }
            }
            guard let reading, let problem = diagnostic(for: reading, run: run, page: page) else { continue }
            problems.append(problem)
            blocks.append(SourceRange(start: run.location(at: 0), end: run.location(at: run.scalars.count - 1)))
        }
        return (problems, blocks)
    }

    private func diagnostic(for reading: BlockReading, run: TextRun, page: Page) -> Diagnostic? {
        guard !reading.changes.isEmpty else { return nil }
        let source = page.source
        var places: [SourceLocation: [Unicode.Scalar]] = [:]
        var isAligned = true
        for (offset, piece) in reading.changes {
            let location = run.location(at: offset)
            places[location] = piece
            if scalar(at: location, in: source) != run.scalars[offset] { isAligned = false }
        }
        let start = places.keys.min()!, end = places.keys.max()!
        let range = SourceRange(start: start, end: end)
        let replacement = isAligned ? replaced(range, with: places, in: source) : nil

        let text = reading.decoded(run)
        let what = blockName(of: run, page: page)
        return Diagnostic(
            file: source.displayPath, range: range, code: .textEncoding,
            message: Message(TextEncodingMessages.legacyBlock, [
                "block": Message(what), "encoding": Message(TextEncodingMessages.encoding(reading.kind)),
                "text": Self.start(of: text)]),
            suggestion: Suggestion(message: Message(replacement == nil ? TextEncodingMessages.retypeOrConvert : .fixWritesDecoded),
                                   replacement: replacement, range: replacement == nil ? nil : range, isCertain: replacement != nil))
    }

    /// `the title`, `the summary`, `this heading`, `this table cell`…
    private func blockName(of run: TextRun, page: Page) -> TextEncodingMessages {
        guard run.isFrontMatter, !run.isEmpty else { return TextEncodingMessages.block(run.block) }
        let line = run.location(at: 0).line
        if page.metadata.keyLocations["title"]?.line == line { return .title }
        if page.metadata.keyLocations["summary"]?.line == line { return .summary }
        return .frontMatterText
    }

    /// The start of the decoded text, as a reader sees it: a footnote
    /// marker reads as a space in a run, which is dropped before punctuation.
    private static func start(of text: String) -> String {
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ".,;:!?)".unicodeScalars.contains(scalar), shown.last == " " { shown.removeLast() }
            shown.append(scalar)
        }
        let scalars = shown
        return scalars.count <= 60 ? String(shown) : String(String.UnicodeScalarView(scalars.prefix(59))) + "…"
    }

    private func scalar(at location: SourceLocation, in source: SourceFile) -> Unicode.Scalar? {
        guard location.line >= 1, location.line <= source.lineCount else { return nil }
        let line = source.line(location.line).unicodeScalars
        guard location.column >= 1, location.column <= line.count else { return nil }
        return line[line.index(line.startIndex, offsetBy: location.column - 1)]
    }

    /// The source text of `range` (end inclusive), with the scalars at
    /// `places` replaced and everything else (markup, line breaks) as written.
    private func replaced(_ range: SourceRange, with places: [SourceLocation: [Unicode.Scalar]], in source: SourceFile) -> String {
        var out = String.UnicodeScalarView()
        for line in range.start.line...range.end.line {
            if line > range.start.line { out.append("\n") }
            let scalars = Array(source.line(line).unicodeScalars)
            let first = line == range.start.line ? range.start.column : 1
            let last = line == range.end.line ? range.end.column : scalars.count
            guard first <= last else { continue }
            for column in first...last where column <= scalars.count {
                if let piece = places[SourceLocation(line: line, column: column)] {
                    out.append(contentsOf: piece)
                } else {
                    out.append(scalars[column - 1])
                }
            }
        }
        return String(out)
    }
}

/// How many words of a block speak for an encoding and against it.
struct Evidence {
    /// Words that are no syllable as written and one decoded.
    var forWords = 0
    /// Words that are syllables both ways (`Sè`, `cã`): no evidence, yet
    /// decoded on a page that is legacy-encoded.
    var bothWays = 0
    /// Words that decoding breaks, or that hold a letter only Unicode has
    /// (counted twice), and words that are syllables neither way.
    var against = 0

    mutating func add(_ other: Evidence) {
        forWords += other.forWords
        bothWays += other.bothWays
        against += other.against
    }

    func isLegacy(minimum: Int) -> Bool {
        forWords >= minimum && forWords >= TextEncodingChecker.ratio * against
    }

    var isLegacyOnLegacyPage: Bool {
        forWords + bothWays >= 1 && forWords >= TextEncodingChecker.ratio * against
    }
}

/// One block read in one encoding: its evidence, and what decoding changes
/// (run offset → the scalars written instead; empty for a joined mark).
struct BlockReading {
    let kind: LegacyEncoding.Kind
    var evidence = Evidence()
    var changes: [(offset: Int, piece: [Unicode.Scalar])] = []

    init(run: TextRun, kind: LegacyEncoding.Kind) {
        self.kind = kind
        let scalars = run.scalars
        // A heading typed in a `.VnTimeH` font.
        let inCapitals = LegacyEncoding.isWrittenInCapitals(scalars, atLeast: 4)
        var index = 0
        while index < scalars.count {
            guard LegacyEncoding.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, LegacyEncoding.isWordScalar(scalars[end]) { end += 1 }
            read(word: index..<end, of: scalars, inCapitals: inCapitals)
            index = end
        }
    }

    private mutating func read(word range: Range<Int>, of scalars: [Unicode.Scalar], inCapitals: Bool) {
        let word = scalars[range]
        if word.contains(where: { LegacyEncoding.isUnicodeOnlyLetter($0.value) }) {
            evidence.against += 2
            return
        }
        let decoded = LegacyEncoding.decodedWord(word, as: kind, inCapitals: inCapitals)
        let changed = decoded.changed
        guard !changed.isEmpty else { return }
        for offset in changed { changes.append((range.lowerBound + offset, decoded.pieces[offset])) }
        // A letter alone (`µ`, `«`, `à`) says nothing either way.
        guard word.count > 1 else { return }
        switch (VietnameseSyllable.isValid(decoded.writtenText), VietnameseSyllable.isValid(decoded.text)) {
        case (false, true): evidence.forWords += 1
        case (true, true): evidence.bothWays += 1
        case (true, false): evidence.against += 2
        case (false, false): evidence.against += 1
        }
    }

}

extension BlockReading {
    /// Every run read in every encoding: `[run][kind]`, the kinds in
    /// `LegacyEncoding.Kind.allCases` order.
    static func readings(of runs: [TextRun]) -> [[BlockReading]] {
        runs.map { run in LegacyEncoding.Kind.allCases.map { BlockReading(run: run, kind: $0) } }
    }

    /// The encoding runs read as together (a page's blocks, a file's
    /// lines), as an index into `readings`' kinds: the one with the most
    /// words for it, when they are at least `minimum` and outnumber the
    /// words against it.
    static func commonKind(of readings: [[BlockReading]], minimum: Int) -> Int? {
        LegacyEncoding.Kind.allCases.indices.map { kind in
            readings.reduce(into: Evidence()) { $0.add($1[kind].evidence) }
        }.enumerated().filter { $0.element.isLegacy(minimum: minimum) }
            .max { $0.element.forWords < $1.element.forWords }?.offset
    }

    /// The run's text with this reading's changes made.
    func decoded(_ run: TextRun) -> String {
        var pieces = run.scalars.map { [$0] }
        for (offset, piece) in changes { pieces[offset] = piece }
        return String(String.UnicodeScalarView(pieces.joined()))
    }
}
