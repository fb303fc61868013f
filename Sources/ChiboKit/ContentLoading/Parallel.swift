import Foundation

/// Runs independent work items on up to `jobs` threads and returns their
/// results in input order, so output never depends on scheduling.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = ResultSlots<T>(count: count)
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for i in 0..<count { slots.store(body(i), at: i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var i = worker
                while i < count {
                    slots.store(body(i), at: i)
                    i += workers
                }
            }
        }
        return slots.values
    }
}

/// One slot per work item; each slot is written by exactly one worker.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    var values: [T] { lock.withLock { slots.map { $0! } } }
}

/// Work started on a thread of its own at once, its result waited for
/// where it is needed: a stage that can run beside another one.
final class Background<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        Thread.detachNewThread { [self] in
            result = work()
            done.signal()
        }
    }

    /// The result, once the work has finished. Wait and signal again, so
    /// that a second read neither blocks nor races with the writer.
    var value: T {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
