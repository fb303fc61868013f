/// JSON written by hand so that keys keep the order interfaces.md shows
/// (Foundation's encoder sorts or scrambles them).
enum JSONText {
    static func string(_ value: String) -> String {
        // Works on UTF-8 bytes: the search index quotes megabytes of page
        // text, and nearly all of it needs no escape at all.
        var utf8 = value
        return utf8.withUTF8 { bytes in
            guard mayNeedEscape(bytes) else {
                return "\"" + value + "\""
            }
            var out: [UInt8] = [UInt8(ascii: "\"")]
            out.reserveCapacity(bytes.count + 16)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0..<0x20:
                    out += Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 15)]
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029 end a line inside a JavaScript string.
                    out += Array("\\u202".utf8) + [bytes[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                    i += 2
                default:
                    out.append(byte)
                }
                i += 1
            }
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends `value` quoted, as `string` writes it, to UTF-8 being made.
    static func append(_ value: String, to out: inout [UInt8]) {
        var utf8 = value
        utf8.withUTF8 { bytes in
            if mayNeedEscape(bytes) {
                out.append(contentsOf: string(value).utf8)
            } else {
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
            }
        }
    }

    /// Whether any byte is escaped, or U+2028 or U+2029 is there: one pass,
    /// eight bytes at a time, where two passes by byte were a third of
    /// writing the search index's documents.
    static func mayNeedEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        func isLineSeparator(at i: Int) -> Bool {
            i + 2 < bytes.count && base[i] == 0xE2 && base[i + 1] == 0x80 && (base[i + 2] == 0xA8 || base[i + 2] == 0xA9)
        }
        var i = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if ByteWord.lanes(of: word, below: 0x20) | ByteWord.lanes(of: word, equalTo: 0x22)
                | ByteWord.lanes(of: word, equalTo: 0x5C) != 0 { return true }
            // `E2` starts dashes and quotes too: only U+2028 and U+2029 count.
            if ByteWord.lanes(of: word, equalTo: 0xE2) != 0, (i..<(i + 8)).contains(where: isLineSeparator) { return true }
            i += 8
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isLineSeparator(at: i) { return true }
            i += 1
        }
        return false
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    static func optional(_ value: String?) -> String { value.map(string) ?? "null" }

    /// An object from ordered (key, already-encoded value) pairs.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}

/// A JSON document whose objects keep their keys in the order written,
/// printed with two-space indentation like `json.dumps(indent=2)`: reports
/// read well in a terminal and diff well as golden files.
indirect enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        let closing = String(repeating: " ", count: indent)
        switch self {
        case .string(let value): return JSONText.string(value)
        case .int(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 2) }.joined(separator: ",\n") + "\n" + closing + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { pad + JSONText.string($0.0) + ": " + $0.1.rendered(indent: indent + 2) }
                .joined(separator: ",\n") + "\n" + closing + "}"
        }
    }
}
