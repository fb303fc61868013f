/// Front matter as nearly every page writes it, read without libyaml: one
/// `key: value` per line, each value a double-quoted string without
/// escapes, a plain one-line scalar, or a flow list of such strings
/// (`implements: ["50-CT/TW@2025-07-23"]`). Yams made a Swift string for
/// every event, tag and mark of even two lines of YAML, 65,000
/// instructions a page. Anything else (nesting, comments, blank lines,
/// block scalars, escapes, anchors, a key written twice, characters YAML
/// treats specially) is left to Yams: `read` returns nil. A test holds the
/// two readers to the same values and places for every shape read here.
enum FlatYAML {
    /// The mapping `yaml` holds, with places as Yams gives them (lines from
    /// `firstLine`, columns in characters); nil to leave the text to Yams.
    static func read(_ yaml: String, firstLine: Int) -> YAMLValue? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> YAMLValue? in
            guard !bytes.isEmpty, !containsSpecialCharacter(bytes) else { return nil }
            var entries: [YAMLEntry] = []
            var keys = Set<Substring>()
            var lineStart = 0
            var line = firstLine
            while lineStart < bytes.count {
                // A text past Yams' budget of values is Yams' to refuse.
                guard entries.count * 2 < YAMLReader.valueBudget else { return nil }
                let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
                let text = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                guard let entry = self.entry(text, line: line) else { return nil }
                guard keys.insert(Substring(entry.key)).inserted else { return nil }
                entries.append(entry)
                lineStart = lineEnd + 1
                line += 1
            }
            return YAMLValue(kind: .mapping(entries), location: SourceLocation(line: firstLine, column: 1))
        }
    }

    private static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), quote = UInt8(ascii: "\"")

    /// One `key: value` line, or nil for any other line.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>, line number: Int) -> YAMLEntry? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0, isKeyStart(line[0]),
              line[1..<colon].allSatisfy(isKeyByte) else { return nil }
        var start = colon + 1
        guard start < line.count, line[start] == space else { return nil }
        while start < line.count, line[start] == space { start += 1 }
        guard start < line.count else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)
        let keyLocation = SourceLocation(line: number, column: 1)
        // Everything before the value is ASCII: its column is its byte's.
        let location = SourceLocation(line: number, column: start + 1)
        let value: YAMLValue
        switch line[start] {
        case quote:
            guard let (text, end) = quoted(line, at: start), isBlank(line[end...]) else { return nil }
            value = YAMLValue(kind: .scalar(text, plain: false), location: location)
        case UInt8(ascii: "["):
            guard let items = flowList(line, at: start, line: number) else { return nil }
            value = YAMLValue(kind: .sequence(items), location: location)
        default:
            guard let text = plain(UnsafeBufferPointer(rebasing: line[start...])) else { return nil }
            value = YAMLValue(kind: .scalar(text, plain: true), location: location)
        }
        return YAMLEntry(key: key, keyLocation: keyLocation, value: value)
    }

    /// `"…"` at `start` with no escape in it: its text and the index after it.
    private static func quoted(_ line: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < line.count, line[end] != quote {
            if line[end] == UInt8(ascii: "\\") { return nil }
            end += 1
        }
        guard end < line.count else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: line[(start + 1)..<end]), as: UTF8.self), end + 1)
    }

    /// `["a", "b"]` (or `[]`) at `start`, quoted items only, nothing after it.
    private static func flowList(_ line: UnsafeBufferPointer<UInt8>, at start: Int, line number: Int) -> [YAMLValue]? {
        var items: [YAMLValue] = []
        var index = skipSpaces(line, from: start + 1)
        if index < line.count, line[index] == UInt8(ascii: "]") { return isBlank(line[(index + 1)...]) ? items : nil }
        while index < line.count, line[index] == quote {
            guard let (text, end) = quoted(line, at: index) else { return nil }
            items.append(YAMLValue(kind: .scalar(text, plain: false),
                                   location: SourceLocation(line: number, column: characterCount(line[..<index]) + 1)))
            index = skipSpaces(line, from: end)
            guard index < line.count else { return nil }
            if line[index] == UInt8(ascii: "]") { return isBlank(line[(index + 1)...]) ? items : nil }
            guard line[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpaces(line, from: index + 1)
        }
        return nil
    }

    /// A plain scalar: starts with a letter or digit, has no `: ` or ` #`
    /// (a key, a comment) and does not end in `:`; trailing spaces dropped.
    private static func plain(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        var end = value.count
        while end > 0, value[end - 1] == space { end -= 1 }
        guard end > 0 else { return nil }
        let first = value[0]
        guard first >= 0x80 || first &- 0x30 < 10 || (first | 0x20) &- 0x61 < 26, value[end - 1] != UInt8(ascii: ":") else { return nil }
        for index in 0..<(end - 1) {
            if value[index] == UInt8(ascii: ":"), value[index + 1] == space { return nil }
            if value[index] == space, value[index + 1] == UInt8(ascii: "#") { return nil }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: value[..<end]), as: UTF8.self)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte &- 0x30 < 10 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func skipSpaces(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < line.count, line[index] == space { index += 1 }
        return index
    }

    private static func isBlank(_ rest: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { rest.allSatisfy { $0 == space } }

    /// Characters (UTF-8 lead bytes), which is how libyaml counts columns.
    private static func characterCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// A character libyaml treats as other than text: a control character
    /// (a tab or CR included), a byte-order mark, a non-character, or one of
    /// its line breaks other than `\n` (NEL, U+2028, U+2029).
    private static func containsSpecialCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 && byte != newline || byte == 0x7F { return true }
            guard byte >= 0xC2 else { continue }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            if byte == 0xC2, next < 0xA0 { return true }
            if byte == 0xE2, next == 0x80, third == 0xA8 || third == 0xA9 { return true }
            if byte == 0xEF, next == 0xBB && third == 0xBF || next == 0xBF && third >= 0xBE { return true }
        }
        return false
    }
}
