import Foundation
import Testing
@testable import ChiboKit

/// Threads take work as they become free; results must still come back in
/// input order, each item made exactly once, whatever the thread count.
struct ParallelTests {
    /// Counts how many times each index was run, from any thread.
    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int]
        init(_ count: Int) { counts = Array(repeating: 0, count: count) }
        func record(_ index: Int) { lock.withLock { counts[index] += 1 } }
        var all: [Int] { lock.withLock { counts } }
    }

    @Test(arguments: [(0, 2), (1, 4), (3, 8), (1_000, 1), (10_007, 2), (10_007, 3), (50_000, 8)])
    func mapRunsEveryIndexOnceAndKeepsOrder(count: Int, jobs: Int) {
        let runs = Runs(count)
        let results = Parallel.map(count, jobs: jobs) { index -> String in
            runs.record(index)
            // Uneven work, so that threads finish their takes at different times.
            if index % 97 == 0 { usleep(50) }
            return "#\(index)"
        }
        #expect(results == (0..<count).map { "#\($0)" })
        #expect(runs.all.allSatisfy { $0 == 1 })
    }

    @Test func updateChangesEveryElementInPlace() {
        var values = Array(0..<5_000)
        let doubled = Parallel.update(&values, jobs: 3) { value -> Int in
            value += 1
            return value * 2
        }
        #expect(values == Array(1...5_000))
        #expect(doubled == (1...5_000).map { $0 * 2 })
    }
}
