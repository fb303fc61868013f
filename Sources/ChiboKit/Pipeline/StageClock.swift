import Foundation
internal import CChiboSystem

/// How long one stage of a build or check took (wall clock).
public struct StageTime: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
    /// Processor time of the whole process during the stage (user and
    /// system, every thread): against `seconds` it shows how parallel it ran.
    /// Nil for a stage that ran beside others, whose time it would count too.
    public var cpuSeconds: Double? = 0
    /// The process's peak resident memory when the stage ended, in bytes.
    public var peakMemory: Int
}

/// Times the stages of one run, in the order they ran. A build's stages run
/// one after another (each is parallel inside), so one clock read per stage
/// is enough and costs nothing next to the stage itself.
final class StageClock: @unchecked Sendable {
    private(set) var times: [StageTime] = []
    private let lock = NSLock()
    /// Told of each stage as it starts.
    let progress: BuildProgress?

    init(progress: BuildProgress? = nil) {
        self.progress = progress
    }

    /// `besideOthers`: the stage runs on threads of its own while other
    /// stages run; its processor time cannot be told apart from theirs.
    func measure<T>(_ stage: String, besideOthers: Bool = false, _ body: () throws -> T) rethrows -> T {
        if !besideOthers { progress?.begin(stage) }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.usage().cpu
        defer {
            // What a stage let go goes back to the system before the next
            // one grows: freed memory the allocator kept would otherwise
            // still count (a national site's trees and texts, once read).
            chibo_release_free_memory()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let (cpu, peak) = Self.usage()
            lock.withLock {
                times.append(StageTime(stage: stage, seconds: seconds, cpuSeconds: besideOthers ? nil : cpu - cpuStart,
                                       peakMemory: peak))
            }
        }
        return try body()
    }

    private static func usage() -> (cpu: Double, peakMemory: Int) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (seconds(usage.ru_utime) + seconds(usage.ru_stime), Int(usage.ru_maxrss) * 1024)
    }
}
