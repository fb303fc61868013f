/// Percent-encoding of UTF-8 bytes (`%C4%91`), shared by the URLs chibo
/// writes (`SitePath`) and the destinations it keeps as written
/// (`HTMLEscaping.encodeURL`); each says which bytes stay as they are.
enum PercentEncoding {
    /// `text` with every byte `keep` refuses written as `%XX`: the same
    /// string, with no copy made, when there is none.
    static func encode(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { !keep($0) }) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            append(UnsafeBufferPointer(rebasing: bytes[first...]), keeping: keep, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends `bytes`, each one `keep` refuses as `%XX`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, keeping keep: (UInt8) -> Bool, to out: inout [UInt8]) {
        // Nearly every path segment is kept whole: one copy, not an append per byte.
        if bytes.allSatisfy(keep) {
            out.append(contentsOf: bytes)
            return
        }
        for byte in bytes {
            if keep(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
