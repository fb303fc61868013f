import Foundation

/// How long one stage of a build or check took (wall clock).
public struct StageTime: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
    /// The process's peak resident memory when the stage ended, in bytes.
    public var peakMemory: Int
}

/// Times the stages of one run, in the order they ran. A build's stages run
/// one after another (each is parallel inside), so one clock read per stage
/// is enough and costs nothing next to the stage itself.
final class StageClock: @unchecked Sendable {
    private(set) var times: [StageTime] = []
    private let lock = NSLock()

    func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let peak = Int(usage.ru_maxrss) * 1024
            lock.withLock { times.append(StageTime(stage: stage, seconds: seconds, peakMemory: peak)) }
        }
        return try body()
    }
}
