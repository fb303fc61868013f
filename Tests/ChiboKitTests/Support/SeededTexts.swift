/// Texts made of pieces picked by a fixed linear congruential sequence:
/// the same cases on every run, for tests that hold a fast path to its
/// plain definition on many inputs.
struct SeededTexts {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }

    /// Up to `1 << (64 - lengthShift)` pieces: 16 for 60, 32 for 59.
    mutating func text(of pieces: [String], lengthShift: UInt64 = 60) -> String {
        var text = ""
        for _ in 0..<Int(next() >> lengthShift) { text += pieces[Int(next() >> 33) % pieces.count] }
        return text
    }
}
