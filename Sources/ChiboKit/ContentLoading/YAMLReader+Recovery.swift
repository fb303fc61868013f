import Foundation

/// Front matter that libyaml refuses is read again key by key, so that one
/// broken line hides no other: the keys that read are kept, each broken
/// key's own problem is reported at its line, and the keys that are
/// written but unreadable are known, so that no "missing key" is reported
/// for them.
struct RecoveredYAML {
    /// The readable keys as one mapping; nil when none could be read.
    var root: YAMLValue?
    var problems: [Diagnostic]
    /// Keys written at the margin whose values could not be read.
    var unreadableKeys: [String: SourceLocation]
    /// What such a key's line holds after the colon, quotes and spaces
    /// trimmed: a guess at its value, never used as the value, but enough
    /// to know which directive a page with an unreadable `symbol` is.
    var unreadableText: [String: String] = [:]
}

extension YAMLReader {
    /// `read`, and when the text does not read as one map of keys, each
    /// top-level key read with the lines below it on its own.
    func readRecovering(_ yaml: String) -> RecoveredYAML {
        let (value, problem, isSyntax) = readTellingSyntax(yaml)
        if problem == nil, value.map({ $0.isNull || $0.isMapping }) ?? true {
            return RecoveredYAML(root: value, problems: [], unreadableKeys: [:])
        }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let repeated = repeatedKeys(lines)
        if let problem, !isSyntax, repeated.isEmpty {
            // The whole text's problem: its keys are not read one by one
            // (an alias read alone names an anchor it cannot see), but
            // they are written.
            var written: [String: SourceLocation] = [:]
            for (index, line) in lines.enumerated() {
                if let key = Self.writtenKey(line), written[key] == nil { written[key] = SourceLocation(line: firstLine + index, column: 1) }
            }
            return RecoveredYAML(root: nil, problems: [problem], unreadableKeys: written)
        }
        var entries: [YAMLEntry] = []
        var seen = Set<String>()
        var blockProblems: [Diagnostic] = []
        var unreadableKeys: [String: SourceLocation] = [:]
        var unreadableText: [String: String] = [:]
        for block in Self.keyBlocks(lines) {
            let blockLine = firstLine + block.lowerBound
            let reader = YAMLReader(file: file, firstLine: blockLine)
            let (read, problem) = reader.read(lines[block].joined(separator: "\n"))
            if let read, case .mapping(let list) = read.kind, problem == nil {
                for entry in list where seen.insert(entry.key).inserted { entries.append(entry) }
                continue
            }
            if problem == nil, read?.isNull ?? true { continue }
            if let key = Self.writtenKey(lines[block.lowerBound]) {
                unreadableKeys[key] = unreadableKeys[key] ?? SourceLocation(line: blockLine, column: 1)
                unreadableText[key] = unreadableText[key] ?? Self.guessedValue(lines[block.lowerBound])
            }
            if let problem {
                blockProblems.append(problem)
            } else if let mistake = YAMLMistake.find(in: Array(lines[block]), candidates: Array(0..<block.count), firstLine: blockLine) {
                blockProblems.append(mistake.diagnostic(file: file))
            } else {
                blockProblems.append(Diagnostic(
                    file: file, at: SourceLocation(line: blockLine, column: 1), code: .frontMatterInvalid,
                    message: Message(FrontMatterMessages.lineNotKeyValue)))
            }
        }
        // A key written twice is read at its first line, as the editor reads
        // it top down; any other problem only the whole text has is its own.
        let problems = repeated.isEmpty && blockProblems.isEmpty ? problem.map { [$0] } ?? [] : repeated + blockProblems
        let root = entries.isEmpty ? nil : YAMLValue(kind: .mapping(entries), location: SourceLocation(line: firstLine, column: 1))
        return RecoveredYAML(root: root, problems: problems, unreadableKeys: unreadableKeys, unreadableText: unreadableText)
    }

    /// A key set again at the margin: reported at its second line, where
    /// the editor deletes one of the two.
    private func repeatedKeys(_ lines: [Substring]) -> [Diagnostic] {
        var first: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (index, line) in lines.enumerated() {
            guard let key = Self.writtenKey(line) else { continue }
            guard let earlier = first[key] else { first[key] = index; continue }
            problems.append(Diagnostic(
                file: file, at: SourceLocation(line: firstLine + index, column: 1), code: .frontMatterInvalid,
                message: Message(FrontMatterMessages.keyWrittenTwice, ["key": key, "line": firstLine + earlier]),
                suggestion: Suggestion(message: Message(FrontMatterMessages.deleteUnwantedLine)), subject: key))
        }
        return problems
    }

    /// The line ranges of each top-level key with the lines below it (items,
    /// indented lines, blank lines and comments); lines before the first key
    /// are a block of their own.
    static func keyBlocks(_ lines: [Substring]) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start = 0
        for index in lines.indices.dropFirst() {
            guard let first = lines[index].first, first != " ", first != "\t", first != "-", first != "#" else { continue }
            blocks.append(start..<index)
            start = index
        }
        if !lines.isEmpty { blocks.append(start..<lines.count) }
        return blocks
    }

    /// `05-CT/TW` in `symbol: "05-CT/TW` (a quote never closed).
    static func guessedValue(_ line: Substring) -> String {
        guard let colon = line.firstIndex(of: ":") else { return "" }
        return line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }

    /// The key a line at the margin sets, `title` in `title: …` (or in
    /// `title:…`, a space forgotten).
    static func writtenKey(_ line: Substring) -> String? {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
              line.first.map({ $0.isASCII && $0.isLetter }) == true,
              line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") })
        else { return nil }
        return String(line[..<colon])
    }
}

extension YAMLValue {
    var isMapping: Bool {
        if case .mapping = kind { return true }
        return false
    }
}
