import Foundation

/// The YAML mistakes editors make most, found on the line itself and
/// said in plain words with what to write instead: libyaml's own words
/// ("mapping values are not allowed in this context") say what the
/// parser met, not what the editor should do. The corrected line is given
/// as a certain fix only where there is one right answer.
struct YAMLMistake {
    /// The line's number in the file.
    var line: Int
    /// Where on the line the mistake is (a column in Unicode scalars).
    var column: Int
    var message: Message
    var suggestion: Suggestion

    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(file: file, at: SourceLocation(line: line, column: column), code: .frontMatterInvalid,
                   message: message, suggestion: suggestion)
    }

    /// The first mistake found among `candidates` (indexes into `lines`,
    /// most likely first); `firstLine` is the file line of `lines[0]`.
    static func find(in lines: [Substring], candidates: [Int], firstLine: Int) -> YAMLMistake? {
        for index in candidates where lines.indices.contains(index) {
            if let mistake = explain(lines, at: index, fileLine: firstLine + index) { return mistake }
        }
        return nil
    }

    private static func explain(_ lines: [Substring], at index: Int, fileLine: Int) -> YAMLMistake? {
        let text = lines[index]
        return tabIndentation(text, line: fileLine)
            ?? listItemUnderValue(lines, at: index, fileLine: fileLine)
            ?? missingSpaceAfterColon(text, line: fileLine)
            ?? unclosedQuote(text, line: fileLine)
            ?? quotesInsideQuotes(text, line: fileLine)
            ?? colonInPlainValue(text, line: fileLine)
    }

    /// `key: value` split at its first `:`: the indentation, the key and
    /// the value with the spaces around it dropped.
    private struct KeyLine {
        var indent: Substring
        var key: Substring
        var value: Substring
        /// The column where the value starts.
        var valueColumn: Int

        init?(_ line: Substring) {
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            guard let colon = rest.firstIndex(of: ":"), colon > rest.startIndex,
                  rest[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }),
                  rest.first.map({ $0.isASCII && $0.isLetter }) == true else { return nil }
            self.indent = indent
            key = rest[..<colon]
            let afterColon = rest[rest.index(after: colon)...]
            var value = afterColon.drop { $0 == " " }
            while value.last == " " { value = value.dropLast() }
            self.value = value
            valueColumn = line[..<value.startIndex].unicodeScalars.count + 1
        }
    }

    private static func wholeLine(_ text: Substring, line: Int, by corrected: String, certain: Bool,
                                  _ message: FrontMatterMessages) -> Suggestion {
        let end = SourceLocation(line: line, column: max(1, text.unicodeScalars.count))
        return Suggestion(message: Message(message, ["line": corrected]), replacement: corrected,
                          range: SourceRange(start: SourceLocation(line: line, column: 1), end: end), isCertain: certain)
    }

    /// A tab in the indentation: YAML indents with spaces only.
    private static func tabIndentation(_ text: Substring, line: Int) -> YAMLMistake? {
        let indentation = text.prefix { $0 == " " || $0 == "\t" }
        guard let tab = indentation.firstIndex(of: "\t") else { return nil }
        return YAMLMistake(line: line, column: text[..<tab].unicodeScalars.count + 1,
                           message: Message(FrontMatterMessages.tabIndentation),
                           suggestion: Suggestion(message: Message(FrontMatterMessages.replaceTab)))
    }

    /// `date:2024-01-01`: with no space after the colon YAML reads the line
    /// as one word, not a key and its value.
    private static func missingSpaceAfterColon(_ text: Substring, line: Int) -> YAMLMistake? {
        let indent = text.prefix { $0 == " " }
        let rest = text.dropFirst(indent.count)
        guard let colon = rest.firstIndex(of: ":"), colon > rest.startIndex,
              rest.first.map({ $0.isASCII && $0.isLetter }) == true,
              rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }) else { return nil }
        let after = rest[rest.index(after: colon)...]
        guard let next = after.first, next != " ", next != ":", next != "/" else { return nil }
        let key = rest[..<colon]
        let corrected = "\(indent)\(key): \(after)"
        return YAMLMistake(line: line, column: text[..<colon].unicodeScalars.count + 1,
                           message: Message(FrontMatterMessages.missingSpaceAfterColon, ["key": key]),
                           suggestion: wholeLine(text, line: line, by: corrected, certain: true, .writeLine))
    }

    /// `symbol: "05-CT/TW`: a quote opened and never closed; YAML reads on
    /// into the next lines looking for its end.
    private static func unclosedQuote(_ text: Substring, line: Int) -> YAMLMistake? {
        guard let entry = KeyLine(text), let quote = entry.value.first, quote == "\"" || quote == "'" else { return nil }
        let rest = entry.value.dropFirst()
        guard !rest.contains(quote) else { return nil }
        let name = Message(quote == "\"" ? FrontMatterMessages.doubleQuote : .singleQuote)
        let corrected = "\(entry.indent)\(entry.key): \(quote)\(rest)\(quote)"
        return YAMLMistake(
            line: line, column: entry.valueColumn,
            message: Message(FrontMatterMessages.unclosedQuote, ["key": entry.key, "quote": name]),
            suggestion: wholeLine(text, line: line, by: corrected, certain: !rest.contains("\\") && !rest.isEmpty,
                                  .endWithSameQuote))
    }

    /// `title: "Nghị quyết "Về đảng" số 1"`: the second `"` ends the value.
    private static func quotesInsideQuotes(_ text: Substring, line: Int) -> YAMLMistake? {
        guard let entry = KeyLine(text), entry.value.first == "\"", entry.value.count > 1, entry.value.last == "\"" else { return nil }
        let inner = entry.value.dropFirst().dropLast()
        let quotes = inner.indices.filter { inner[$0] == "\"" }
        guard !quotes.isEmpty, !inner.contains("\\") else { return nil }
        // Paired in order, opening then closing, as Vietnamese text writes “ ”.
        var fixed = ""
        var opening = true
        for character in inner {
            if character == "\"" {
                fixed.append(opening ? "“" : "”")
                opening.toggle()
            } else {
                fixed.append(character)
            }
        }
        let corrected = "\(entry.indent)\(entry.key): \"\(fixed)\""
        let column = text[..<quotes[0]].unicodeScalars.count + 1
        return YAMLMistake(
            line: line, column: column,
            message: Message(FrontMatterMessages.quotesInsideQuotes, ["key": entry.key, "column": column]),
            suggestion: wholeLine(text, line: line, by: corrected, certain: quotes.count % 2 == 0, .writeInnerQuotes))
    }

    /// `title: Hướng dẫn: sinh hoạt`: a plain value may not hold `: `,
    /// which YAML reads as the start of another key.
    private static func colonInPlainValue(_ text: Substring, line: Int) -> YAMLMistake? {
        guard let entry = KeyLine(text), let first = entry.value.first, !"\"'[{|>&*!%@`#".contains(first),
              let colon = entry.value.range(of: ": ") ?? (entry.value.hasSuffix(":") ? entry.value.range(of: ":", options: .backwards) : nil)
        else { return nil }
        // Quotes or a backslash inside would need escaping: then the help is a hint, not a fix.
        let certain = !entry.value.contains("\"") && !entry.value.contains("\\") && !entry.value.contains(" #")
        let corrected = "\(entry.indent)\(entry.key): \"\(entry.value.replacingOccurrences(of: "\"", with: "“"))\""
        return YAMLMistake(
            line: line, column: text[..<colon.lowerBound].unicodeScalars.count + 1,
            message: Message(FrontMatterMessages.colonInPlainValue, ["key": entry.key]),
            suggestion: wholeLine(text, line: line, by: corrected, certain: certain, .putInDoubleQuotes))
    }

    /// `- item` under a key that already has its value on its own line.
    private static func listItemUnderValue(_ lines: [Substring], at index: Int, fileLine: Int) -> YAMLMistake? {
        let text = lines[index]
        let indent = text.prefix { $0 == " " }.count
        guard text.dropFirst(indent).hasPrefix("- ") || text.dropFirst(indent) == "-" else { return nil }
        // The key above it, at the same indentation or less.
        var above = index - 1
        while above >= 0, lines[above].allSatisfy({ $0 == " " }) { above -= 1 }
        guard above >= 0, let entry = KeyLine(lines[above]), entry.indent.count <= indent, !entry.value.isEmpty else { return nil }
        return YAMLMistake(
            line: fileLine, column: indent + 1,
            message: Message(FrontMatterMessages.listItemUnderValue, ["key": entry.key, "value": entry.value]),
            suggestion: Suggestion(message: Message(FrontMatterMessages.writeListBelowKey, ["key": entry.key])))
    }
}
