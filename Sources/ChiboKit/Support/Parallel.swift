import Foundation
internal import CChiboSystem

/// Runs independent work items on up to `jobs` threads and returns their
/// results in input order, so output never depends on scheduling.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> T) -> [T] {
        // Each result is written straight into its place in the array:
        // no slots to copy from, no lock (every index has one writer).
        Array(unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let results = SendableBuffer(buffer)
            forEach(count, jobs: jobs) { index in
                (results.buffer.baseAddress! + index).initialize(to: body(index))
            }
            initializedCount = count
        }
    }

    /// Makes `count` results on up to `jobs` threads, a batch of `16 × jobs`
    /// at a time, and hands each to `use` in order on the calling thread:
    /// for results (files) too large to hold all at once.
    static func mapInBatches<T: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> T,
                                          then use: (Int, T) throws -> Void) rethrows {
        let batch = max(1, jobs) * 16
        for first in stride(from: 0, to: count, by: batch) {
            let results = map(min(batch, count - first), jobs: jobs) { body(first + $0) }
            for (offset, result) in results.enumerated() { try use(first + offset, result) }
        }
    }

    /// Changes every element of `array` in place, `jobs` at a time, and
    /// returns what each change gave, in order: for large arrays of large
    /// values (pages) that must not be copied.
    static func update<T, R: Sendable>(_ array: inout [T], jobs: Int,
                                        _ body: @Sendable (inout T) -> R) -> [R] {
        array.withUnsafeMutableBufferPointer { elements in
            let shared = SendableBuffer(elements)
            return map(elements.count, jobs: jobs) { index in body(&shared.buffer[index]) }
        }
    }

    /// Runs `body` for every index in `0..<count` on up to `jobs` threads.
    /// Each thread takes the next few indexes as it becomes free, so one
    /// slowed down (by a stage running beside, by the scheduler, by a long
    /// page) leaves the others to do more, not the stage waiting on it.
    private static func forEach(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for index in 0..<count { body(index) }
            return
        }
        // A take costs one atomic addition; a few dozen per thread keep
        // the threads' shares even without making that cost count.
        let take = max(1, min(64, count / (workers * 32)))
        let next = NextIndex()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let first = next.take(take)
                guard first < count else { return }
                for index in first..<min(first + take, count) { body(index) }
            }
        }
    }
}

/// The next unclaimed index of a parallel loop, shared by its threads.
private final class NextIndex: @unchecked Sendable {
    /// Memory of its own: a stored property has no address that lasts
    /// beyond one access, and the threads add to it all at once.
    private let value: UnsafeMutablePointer<Int> = {
        let pointer = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    deinit { value.deallocate() }

    /// The first of `amount` indexes no other thread has taken.
    func take(_ amount: Int) -> Int { chibo_atomic_fetch_add(value, amount) }
}

/// A buffer whose elements are each touched by one thread only.
private struct SendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
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

/// Values whose memory is freed on a thread of its own: the only
/// reference is dropped there, so the caller goes on without waiting.
final class FreedInBackground<T>: @unchecked Sendable {
    private var value: T?

    private init(_ value: consuming T) { self.value = value }

    /// Takes the value and frees it: the caller must hold no other
    /// reference to what it wants freed in the background.
    static func free(_ value: consuming T) {
        let box = FreedInBackground(value)
        Thread.detachNewThread { box.value = nil }
    }
}
