import Foundation

/// How far a build has gone, for a progress bar: the stage running and,
/// for the stages that work through pages, how many are done of how many.
/// Written by the build's threads, read by whoever draws the bar.
public final class BuildProgress: @unchecked Sendable {
    public struct Snapshot: Sendable, Equatable {
        public var stage: String
        public var done: Int
        /// Zero for a stage that does not count its items.
        public var total: Int
    }

    private let lock = NSLock()
    private var current = Snapshot(stage: "", done: 0, total: 0)
    private var started: [String] = []

    public init() {}

    public var snapshot: Snapshot { lock.withLock { current } }
    /// Every stage begun so far, in order.
    public var stages: [String] { lock.withLock { started } }

    func begin(_ stage: String, total: Int = 0) {
        lock.withLock {
            if started.last != stage { started.append(stage) }
            current = Snapshot(stage: stage, done: 0, total: total)
        }
    }

    func advance() {
        lock.withLock { current.done += 1 }
    }
}
