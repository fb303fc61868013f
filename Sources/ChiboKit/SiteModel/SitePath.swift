/// Paths inside the content folder and the built site, always
/// `/`-separated and relative, and the relative URLs between pages.
public enum SitePath {
    /// Joins and normalises `base/relative`, resolving `.` and `..`.
    /// Returns nil when the path climbs out of the root.
    public static func resolve(_ relative: String, from directory: String) -> String? {
        // On UTF-8 bytes, the result written as segments are read: a split
        // into arrays of substrings cost ten thousand instructions a link.
        var (relative, directory) = (relative, directory)
        return relative.withUTF8 { relativeBytes in
            directory.withUTF8 { directoryBytes -> String? in
                var joined = JoinedSegments(capacity: directoryBytes.count + relativeBytes.count)
                if relativeBytes.first != slash {
                    var segments = Segments(directoryBytes)
                    while let segment = segments.next() { joined.push(directoryBytes[segment]) }
                }
                var segments = Segments(relativeBytes)
                while let segment = segments.next() {
                    let part = relativeBytes[segment]
                    if part.count == 1 && part.first == dot { continue }
                    if part.count == 2 && part.first == dot && part.last == dot {
                        guard joined.pop() else { return nil }
                    } else {
                        joined.push(part)
                    }
                }
                return String(decoding: joined.bytes, as: UTF8.self)
            }
        }
    }

    private static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")

    /// Path segments joined by `/` as they are pushed and popped.
    private struct JoinedSegments {
        var bytes: [UInt8] = []
        /// Where each segment starts in `bytes`.
        var starts: [Int] = []

        init(capacity: Int) {
            bytes.reserveCapacity(capacity + 1)
        }

        mutating func push(_ segment: Slice<UnsafeBufferPointer<UInt8>>) {
            if !starts.isEmpty { bytes.append(SitePath.slash) }
            starts.append(bytes.count)
            bytes.append(contentsOf: segment)
        }

        /// Removes the last segment; false if there is none.
        mutating func pop() -> Bool {
            guard let start = starts.popLast() else { return false }
            bytes.removeSubrange((starts.isEmpty ? start : start - 1)...)
            return true
        }
    }

    /// The last component of a path: `guidance/a/b.md` → `b.md`.
    public static func fileName(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(Substring(path.utf8[path.utf8.index(after: slash)...]))
    }

    /// The folder part of a path: `guidance/a/b.md` → `guidance/a`.
    public static func directory(of path: String) -> String {
        // On the `/` byte: a search by Characters walked the whole path.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(Substring(path.utf8[..<slash]))
    }

    /// The URL that leads from the page at `from` to the file at `to`, both
    /// site paths, with every segment percent-encoded: it works from disk.
    public static func relativeURL(from: String, to: String) -> String {
        // On UTF-8 bytes, segments found as they are compared, and no
        // array but the output made: every link of every page passes here.
        var (from, to) = (from, to)
        return from.withUTF8 { fromBytes in
            to.withUTF8 { toBytes in
                let slash = UInt8(ascii: "/")
                let directoryEnd = fromBytes.lastIndex(of: slash) ?? 0
                let fromDirectory = UnsafeBufferPointer(rebasing: fromBytes[..<directoryEnd])
                var targetCount = 0
                var counter = Segments(toBytes)
                while counter.next() != nil { targetCount += 1 }
                var fromSegments = Segments(fromDirectory)
                var targetSegments = Segments(toBytes)
                var fromSegment = fromSegments.next()
                var targetSegment = targetSegments.next()
                var common = 0
                while let a = fromSegment, let b = targetSegment, common < targetCount - 1,
                      fromDirectory[a].elementsEqual(toBytes[b]) {
                    common += 1
                    fromSegment = fromSegments.next()
                    targetSegment = targetSegments.next()
                }
                var up = 0
                if fromSegment != nil {
                    up = 1
                    while fromSegments.next() != nil { up += 1 }
                }
                var out: [UInt8] = []
                out.reserveCapacity(toBytes.count + 3 * up + 8)
                for _ in 0..<up {
                    out.append(UInt8(ascii: "."))
                    out.append(UInt8(ascii: "."))
                    out.append(slash)
                }
                var first = true
                while let segment = targetSegment {
                    if !first { out.append(slash) }
                    first = false
                    PercentEncoding.append(UnsafeBufferPointer(rebasing: toBytes[segment]), keeping: isUnreserved, to: &out)
                    targetSegment = targetSegments.next()
                }
                if out.last == slash && targetCount == common { out.removeLast() }
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// The non-empty `/`-separated segments of a path, one by one.
    private struct Segments {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func next() -> Range<Int>? {
            while position < bytes.count, bytes[position] == UInt8(ascii: "/") { position += 1 }
            guard position < bytes.count else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "/") { position += 1 }
            return start..<position
        }
    }

    /// The prefix that leads from a page back to the site root: `../../`.
    public static func rootPrefix(of path: String) -> String {
        String(repeating: "../", count: path.utf8.split(separator: UInt8(ascii: "/")).count - 1)
    }

    /// Percent-encodes one path segment: everything but unreserved ASCII.
    public static func encodeSegment(_ segment: String) -> String {
        PercentEncoding.encode(segment, keeping: isUnreserved)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// Splits a link destination into its path and its fragment, both
    /// percent-decoded; a query (`?…`) is dropped, files have none.
    public static func splitLink(_ destination: String) -> (path: String, fragment: String?) {
        // URL syntax is ASCII: `#` and `?` are found on UTF-8 bytes, not
        // by walking Characters.
        var path = Substring(destination)
        var fragment: String?
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = percentDecode(String(path[path.utf8.index(after: hash)...]))
            path = path[..<hash]
        }
        if let question = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = path[..<question] }
        return (percentDecode(String(path)), fragment)
    }

    /// Decodes `%XX` escapes; malformed escapes are kept as written.
    public static func percentDecode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
