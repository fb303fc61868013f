import Foundation

/// How long one stage of a build or check took (wall clock).
public struct StageTime: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
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
            lock.withLock { times.append(StageTime(stage: stage, seconds: seconds)) }
        }
        return try body()
    }
}
