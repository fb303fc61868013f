import Foundation

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
    private static func forEach(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for index in 0..<count { body(index) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                body(index)
                index += workers
            }
        }
    }
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

/// Values whose memory is freed on a thread of its own: `start()` drops
/// the only reference there, so the caller goes on without waiting.
final class FreedInBackground<T>: @unchecked Sendable {
    private var value: T?

    /// Takes the value: the caller must hold no other reference to what
    /// it wants freed in the background.
    init(_ value: consuming T) { self.value = value }

    func start() {
        Thread.detachNewThread { [self] in value = nil }
    }
}
