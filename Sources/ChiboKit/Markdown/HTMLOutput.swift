/// A piece of HTML that is safe to write as it is (rendered Markdown, a
/// rendered template), held as the UTF-8 bytes it will be written as: a
/// page goes from its body through the templates to its file without being
/// made into a `String` (validating a page's UTF-8 each time cost as much
/// as writing it).
public struct HTML: Sendable, Hashable {
    public let utf8: [UInt8]

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// HTML written by chibo's own code (`<p>…</p>` around escaped text).
    init(trusted html: String) {
        utf8 = Array(html.utf8)
    }

    public static let empty = HTML(utf8: [])

    public var isEmpty: Bool { utf8.isEmpty }

    public var string: String { String(decoding: utf8, as: UTF8.self) }
}

/// HTML being written, as UTF-8 bytes: the body renderer and the templates
/// append to one of these and make a `String` once at the end. Appending
/// to a `String` went through the standard library's general append
/// (capacity, ASCII and breadcrumb bookkeeping, some 350 instructions a
/// piece): a tenth of a build, for pages made of many short pieces.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    /// The HTML written so far.
    var html: HTML { HTML(utf8: bytes) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Markup written in the source: copied from the binary's own bytes,
    /// where a String literal went through String's small-string machinery
    /// (a renderer appends half a million of them to a 10,000-page site).
    mutating func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Text from a program's constant pool, already UTF-8.
    mutating func append(_ utf8: [UInt8]) {
        bytes.append(contentsOf: utf8)
    }

    mutating func append(_ html: HTML) {
        bytes.append(contentsOf: html.utf8)
    }

    /// HTML shown as text (a template's `{{bodyHTML}}`).
    mutating func appendEscaped(_ html: HTML) {
        html.utf8.withUnsafeBufferPointer { appendEscaped($0) }
    }

    mutating func append(_ number: Int) {
        append(String(number))
    }

    /// `text` escaped for HTML text and attribute values (`HTMLEscaping.escape`).
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    mutating func appendEscaped(_ text: Substring) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        var start = 0
        // Eight bytes at a time while none of them is escaped: most text is.
        var clean = 0
        while clean + 8 <= text.count,
              !HTMLEscaping.anyNeedsEscape(UnsafeRawPointer(base + clean).loadUnaligned(as: UInt64.self)) {
            clean += 8
        }
        for index in clean..<text.count where HTMLEscaping.needsEscape(base[index]) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
            switch base[index] {
            case UInt8(ascii: "&"): bytes.append(contentsOf: [UInt8(ascii: "&"), 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "<"): bytes.append(contentsOf: [UInt8(ascii: "&"), 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): bytes.append(contentsOf: [UInt8(ascii: "&"), 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "&"), 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            default: bytes.append(contentsOf: [UInt8(ascii: "&"), 0x23, 0x33, 0x39, 0x3B])  // &#39;
            }
            start = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: text.count - start))
    }

    /// Whether the output ends with `suffix` (ASCII).
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return suffix.withUTF8Buffer { suffix in bytes[(bytes.count - count)...].elementsEqual(suffix) }
    }

    mutating func removeLast(_ count: Int) {
        bytes.removeLast(count)
    }
}
