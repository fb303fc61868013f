import Foundation

/// Escaping for text and attribute values written into HTML.
public enum HTMLEscaping {
    /// The same string, with no copy made, when nothing in it is escaped;
    /// otherwise escaped by `HTMLOutput`, the one escaper.
    public static func escape(_ text: String) -> String {
        var utf8 = text
        guard utf8.withUTF8({ $0.contains(where: needsEscape) }) else { return text }
        var out = HTMLOutput(capacity: text.utf8.count + 32)
        out.appendEscaped(text)
        return out.html.string
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        // Every escaped character is below 64: one bit of a 64-bit mask
        // each, so a space (the commonest byte below 64) costs no more
        // than a letter.
        byte < 64 && escapedBelow64 >> byte & 1 != 0
    }

    /// Whether any of eight bytes (a little-endian word) is escaped: each
    /// escaped byte value is looked for in every lane at once.
    @inline(__always)
    static func anyNeedsEscape(_ word: UInt64) -> Bool {
        ByteWord.lanes(of: word, equalTo: 0x22) | ByteWord.lanes(of: word, equalTo: 0x26) | ByteWord.lanes(of: word, equalTo: 0x27)
            | ByteWord.lanes(of: word, equalTo: 0x3C) | ByteWord.lanes(of: word, equalTo: 0x3E) != 0
    }

    /// `"` 34, `&` 38, `'` 39, `<` 60, `>` 62: a constant the compiler folds.
    private static let escapedBelow64: UInt64 = 1 << 34 | 1 << 38 | 1 << 39 | 1 << 60 | 1 << 62

    /// Percent-encodes what may not stand in a URL (spaces, non-ASCII, quotes)
    /// and keeps URL syntax and existing escapes as they are.
    public static func encodeURL(_ url: String) -> String {
        // Nearly every URL chibo writes is kept as it is, with no copy made.
        PercentEncoding.encode(url) { keptInURL[Int($0)] }
    }

    /// Bytes a URL keeps as written: letters, digits, URL syntax and `%`.
    private static let keptInURL: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "-_.~!*();/?:@&=+$,%#".utf8.contains(byte)
    }

    /// URLs that run code or read local files when clicked; dropped in safe
    /// mode as cmark-gfm does (images may still use a few data: types).
    public static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        // Every dangerous form names a scheme: a link without a colon (a
        // relative link, nearly all of them) is safe, with no copy made.
        guard url.utf8.contains(UInt8(ascii: ":")) else { return false }
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        if lower.hasPrefix("data:") {
            let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !(isImage && safeImages.contains { lower.hasPrefix($0) })
        }
        return false
    }

    /// GFM's tagfilter: even where raw HTML is allowed, these tags are
    /// neutralised by escaping their `<`.
    public static func tagFilter(_ html: String) -> String {
        let banned = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        var out = ""
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            out += rest[..<lt]
            var after = rest[rest.index(after: lt)...]
            if after.first == "/" { after = after.dropFirst() }
            let name = after.prefix { $0.isLetter }.lowercased()
            let next = after.dropFirst(name.count).first
            if banned.contains(name), next == nil || next == ">" || next == "/" || next!.isWhitespace {
                out += "&lt;"
            } else {
                out += "<"
            }
            rest = rest[rest.index(after: lt)...]
        }
        out += rest
        return out
    }
}

extension HTMLEscaping {
    /// Raw HTML a site allowed (`raw_html: true`) without allowing scripts:
    /// every `on…` event-handler attribute and `srcdoc` is removed, and a
    /// `javascript:`, `vbscript:` or non-image `data:` address in a link or
    /// source becomes `#`. (`<script>` itself is already neutralised by
    /// GFM's tagfilter.)
    public static func withoutScripts(_ html: String) -> String {
        let chars = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            !(c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "=" || c == ">" || c == "/" || c == "\"" || c == "'")
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "<", i + 1 < chars.count, chars[i + 1].properties.isAlphabetic else {
                out.append(c)
                i += 1
                continue
            }
            // A start tag: copy its name, then its attributes one by one.
            out.append(c)
            i += 1
            while i < chars.count, isNameChar(chars[i]) { out.append(chars[i]); i += 1 }
            while i < chars.count, chars[i] != ">" {
                let start = i
                while i < chars.count, chars[i] == " " || chars[i] == "\t" || chars[i] == "\n" || chars[i] == "\r" || chars[i] == "/" { i += 1 }
                let spacing = String(String.UnicodeScalarView(chars[start..<i]))
                let nameStart = i
                while i < chars.count, isNameChar(chars[i]) { i += 1 }
                let name = String(String.UnicodeScalarView(chars[nameStart..<i])).lowercased()
                var value: String?
                var quote: Unicode.Scalar?
                var j = i
                while j < chars.count, chars[j] == " " || chars[j] == "\t" || chars[j] == "\n" { j += 1 }
                if j < chars.count, chars[j] == "=" {
                    j += 1
                    while j < chars.count, chars[j] == " " || chars[j] == "\t" || chars[j] == "\n" { j += 1 }
                    if j < chars.count, chars[j] == "\"" || chars[j] == "'" {
                        quote = chars[j]
                        let valueStart = j + 1
                        j = valueStart
                        while j < chars.count, chars[j] != quote! { j += 1 }
                        value = String(String.UnicodeScalarView(chars[valueStart..<min(j, chars.count)]))
                        j = min(j + 1, chars.count)
                    } else {
                        let valueStart = j
                        while j < chars.count, !(chars[j] == " " || chars[j] == "\t" || chars[j] == "\n" || chars[j] == ">") { j += 1 }
                        value = String(String.UnicodeScalarView(chars[valueStart..<j]))
                    }
                    i = j
                }
                if name.isEmpty {
                    if i == start { out.append(chars[i]); i += 1 } else { out.append(contentsOf: spacing.unicodeScalars) }
                    continue
                }
                if name.hasPrefix("on") || name == "srcdoc" { continue }
                var kept = value
                if let written = value, ["href", "src", "action", "formaction", "xlink:href", "data", "poster"].contains(name) {
                    let address = written.unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
                    let dangerous = address.hasPrefix("javascript:") || address.hasPrefix("vbscript:")
                        || (address.hasPrefix("data:") && !address.hasPrefix("data:image/"))
                    if dangerous { kept = "#" }
                }
                out.append(contentsOf: spacing.unicodeScalars)
                out.append(contentsOf: name.unicodeScalars)
                if let kept {
                    let q = quote ?? "\""
                    out.append("=")
                    out.append(q)
                    out.append(contentsOf: (q == "\"" ? kept.replacingOccurrences(of: "\"", with: "&quot;") : kept).unicodeScalars)
                    out.append(q)
                }
            }
            if i < chars.count { out.append(chars[i]); i += 1 }
        }
        return String(out)
    }
}
