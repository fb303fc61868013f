import Foundation

/// Escaping for text and attribute values written into HTML.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var utf8 = text.utf8
        guard utf8.contains(where: needsEscape) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count + 32)
        utf8 = text.utf8
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Percent-encodes what may not stand in a URL (spaces, non-ASCII, quotes)
    /// and keeps URL syntax and existing escapes as they are.
    public static func encodeURL(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where "-_.~!*();/?:@&=+$,%#".utf8.contains(byte):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// URLs that run code or read local files when clicked; dropped in safe
    /// mode as cmark-gfm does (images may still use a few data: types).
    public static func isDangerous(_ url: String, isImage: Bool) -> Bool {
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

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
