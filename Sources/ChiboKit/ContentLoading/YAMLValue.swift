import Yams

/// A YAML value with the place it is written, copied out of Yams' node tree
/// so that it is a plain Sendable value and every later diagnostic can point
/// at the key or value in the file.
public struct YAMLValue: Sendable {
    public indirect enum Kind: Sendable {
        /// A scalar and whether it was written plain (unquoted): `2024` plain
        /// is a number, `"2024"` a string.
        case scalar(String, plain: Bool)
        case sequence([YAMLValue])
        case mapping([YAMLEntry])
    }

    public var kind: Kind
    public var location: SourceLocation

    public var string: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    public var isNull: Bool {
        if case .scalar(let s, let plain) = kind { return plain && (s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL") }
        return false
    }

    /// What the value is, for a message saying it should be something
    /// else: "a single value", "a list", "a map of keys".
    public var shape: Message {
        switch kind {
        case .scalar: Message(FrontMatterMessages.shapeSingleValue)
        case .sequence: Message(FrontMatterMessages.shapeList)
        case .mapping: Message(FrontMatterMessages.shapeMap)
        }
    }
}

public struct YAMLEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLValue
}

/// Parses YAML text into `YAMLValue`s, turning Yams' errors into
/// `frontmatter.invalid` diagnostics at the file line where libyaml stopped.
public struct YAMLReader: Sendable {
    /// The file line of the YAML text's first line.
    public var firstLine: Int
    public var file: String

    public init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    /// Made once: `Constructor.default` builds a new one at every call. It
    /// is never changed, so every thread may share it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    public func read(_ yaml: String) -> (YAMLValue?, Diagnostic?) {
        let (value, problem, _) = readTellingSyntax(yaml)
        return (value, problem)
    }

    /// `read`, saying whether its problem is one of syntax (libyaml's
    /// scanner or parser stopped at a line) rather than of the whole text
    /// (an alias, a key written twice, too many values): only a syntax
    /// problem is a line's own, which reading the other keys can go past.
    func readTellingSyntax(_ yaml: String) -> (YAMLValue?, Diagnostic?, isSyntax: Bool) {
        if let flat = FlatYAML.read(yaml, firstLine: firstLine) { return (flat, nil, false) }
        do {
            return try readWithYamsThrowingSyntax(yaml)
        } catch {
            return (nil, diagnostic(for: error, lines: yaml.split(separator: "\n", omittingEmptySubsequences: false)), true)
        }
    }

    /// `read` by Yams alone, whatever the text's shape.
    func readWithYams(_ yaml: String) -> (YAMLValue?, Diagnostic?) {
        do {
            let (value, problem, _) = try readWithYamsThrowingSyntax(yaml)
            return (value, problem)
        } catch {
            return (nil, diagnostic(for: error, lines: yaml.split(separator: "\n", omittingEmptySubsequences: false)))
        }
    }

    /// Yams' reading; throws libyaml's scanner and parser errors only.
    private func readWithYamsThrowingSyntax(_ yaml: String) throws(YamlError) -> (YAMLValue?, Diagnostic?, isSyntax: Bool) {
        do {
            // The encoding is given: Yams' default reads the process environment on every call.
            // The basic resolver: chibo reads every scalar as text and types it
            // itself, and the default one tries a regular expression per type
            // on every scalar (and again for every key, finding duplicates).
            guard let node = try Yams.compose(yaml: yaml, .basic, Self.constructor, .utf8) else { return (nil, nil, false) }
            // Aliases repeat what an anchor holds: nine levels of nine make
            // 387 million values ("billion laughs"). Front matter and records
            // are small; anything this large is refused, not expanded.
            var budget = Self.valueBudget
            let value = convert(node, depth: 0, budget: &budget)
            guard budget >= 0 else {
                return (nil, Diagnostic(file: file, at: location(node.mark), code: .frontMatterInvalid,
                                        message: Message(FrontMatterMessages.tooManyValues, ["limit": Self.valueBudget])), false)
            }
            return (value, nil, false)
        } catch let error as YamlError {
            switch error {
            case .scanner, .parser: throw error
            default: return (nil, diagnostic(for: error, lines: yaml.split(separator: "\n", omittingEmptySubsequences: false)), false)
            }
        } catch {
            return (nil, unreadable(error), false)
        }
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(line: firstLine, column: 1) }
        return SourceLocation(line: firstLine + mark.line - 1, column: mark.column)
    }

    /// The most values a YAML text may expand to.
    static let valueBudget = 200_000

    private func convert(_ node: Node, depth: Int, budget: inout Int) -> YAMLValue {
        budget -= 1
        guard budget >= 0 else { return YAMLValue(kind: .scalar("", plain: true), location: location(node.mark)) }
        switch node {
        case .scalar(let scalar):
            return YAMLValue(kind: .scalar(scalar.string, plain: scalar.style == .plain), location: location(scalar.mark))
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence where budget >= 0 { items.append(convert(item, depth: depth + 1, budget: &budget)) }
            return YAMLValue(kind: .sequence(items), location: location(sequence.mark))
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for pair in mapping where budget >= 0 {
                entries.append(YAMLEntry(key: pair.key.string ?? "\(pair.key)", keyLocation: location(pair.key.mark),
                                         value: convert(pair.value, depth: depth + 1, budget: &budget)))
            }
            return YAMLValue(kind: .mapping(entries), location: location(mapping.mark))
        case .alias(let alias):
            return YAMLValue(kind: .scalar("", plain: true), location: location(alias.mark))
        }
    }

    private func diagnostic(for error: any Error, lines: [Substring]) -> Diagnostic {
        guard let error = error as? YamlError else { return unreadable(error) }
        let yamlLineCount = lines.count
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // A mistake editors often make, on the line libyaml stopped at,
            // the line it began reading there, or the line before: said in plain words.
            let candidates = [mark.line - 1] + (context.map { [$0.mark.line - 1] } ?? []) + [mark.line - 2]
            if let mistake = YAMLMistake.find(in: lines, candidates: candidates, firstLine: firstLine) {
                return mistake.diagnostic(file: file)
            }
            let message = context.map {
                Message(FrontMatterMessages.cannotReadWithContext,
                        ["problem": LibYAMLWords.said(problem), "context": LibYAMLWords.said($0.text)])
            } ?? Message(FrontMatterMessages.cannotRead, ["problem": LibYAMLWords.said(problem)])
            // libyaml notices an unclosed `[`, `{` or quote only at the end of
            // the text; the place to fix is where it was opened.
            let atEnd = mark.line > yamlLineCount || (mark.line == yamlLineCount && mark.column == 1)
                || problem.contains("end of stream")
            let at = atEnd ? (context?.mark ?? mark) : mark
            return Diagnostic(file: file, at: location(at), code: .frontMatterInvalid, message: message,
                              suggestion: Suggestion(message: Message(FrontMatterMessages.writeKeyValue)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: file, at: location(context.mark), code: .frontMatterInvalid,
                              message: Message(FrontMatterMessages.keysWrittenTwiceInMap, ["keys": duplicates.map { "`\($0)`" }]),
                              suggestion: Suggestion(message: Message(FrontMatterMessages.keepOneLine)))
        default:
            return unreadable(error)
        }
    }

    /// An error no line is known for, in the reader's own words.
    private func unreadable(_ error: any Error) -> Diagnostic {
        Diagnostic(file: file, at: SourceLocation(line: firstLine, column: 1), code: .frontMatterInvalid,
                   message: Message(FrontMatterMessages.unreadable, ["problem": Message(verbatim: "\(error)")]))
    }
}
