import Foundation

/// Collects diagnostics from every stage, from any thread, and hands them
/// back in the stable report order.
public final class DiagnosticEngine: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        lock.withLock { collected.append(diagnostic) }
    }

    public func emit(contentsOf diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        lock.withLock { collected.append(contentsOf: diagnostics) }
    }

    /// Every diagnostic so far, sorted by file, line and column, without repeats.
    public var diagnostics: [Diagnostic] {
        let all = lock.withLock { collected }
        var seen = Set<Diagnostic>()
        return all.sorted().filter { seen.insert($0).inserted }
    }
}
