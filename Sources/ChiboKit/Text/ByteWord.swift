/// Eight bytes read as one little-endian word, each byte a lane: text is
/// scanned a word at a time for the few bytes that need work (HTML and
/// JSON escaping), most words holding none of them.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when some lane holds `byte`. (A borrow can also mark a
    /// lane above one that holds it, never when none does.)
    @inline(__always)
    static func lanes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let xored = word ^ (ones &* UInt64(byte))
        return (xored &- ones) & ~xored & highs
    }

    /// Non-zero when some lane holds a byte below `limit` (at most 128).
    @inline(__always)
    static func lanes(of word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }
}
