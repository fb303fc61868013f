import ChiboKit
import Foundation

/// Draws a build's progress on the terminal's last line while it runs:
/// only on a terminal (not when standard error is piped or in CI, where a
/// log should hold the diagnostics and nothing else), only for a build
/// that has taken more than a second, and never with --quiet.
final class ProgressBar: @unchecked Sendable {
    let progress = BuildProgress()
    private let lock = NSLock()
    private var isFinished = false
    private var drewSomething = false

    /// A bar that draws, or one that does nothing where it should not.
    init(enabled: Bool) {
        guard enabled && Self.terminalWantsIt else { return }
        let progress = progress
        let start = ContinuousClock.now
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                let stop = lock.withLock { isFinished }
                if stop { return }
                guard ContinuousClock.now - start > .seconds(1) else { continue }
                lock.withLock {
                    guard !isFinished else { return }
                    FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.line(progress.snapshot)).utf8))
                    drewSomething = true
                }
            }
        }
        thread.name = "chibo: progress bar"
        thread.start()
    }

    /// Stops drawing and clears the bar's line.
    func finish() {
        lock.withLock {
            isFinished = true
            if drewSomething { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    /// `pages  [#########-----------]  4,312 / 10,431`
    static func line(_ snapshot: BuildProgress.Snapshot, width: Int = 30, language: Language = Speech.language) -> String {
        let stage = StageMessages.name(of: snapshot.stage, in: language).padding(toLength: 16, withPad: " ", startingAt: 0)
        guard snapshot.total > 0 else { return stage + " …" }
        let filled = min(width, snapshot.done * width / snapshot.total)
        return stage + " [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(min(snapshot.done, snapshot.total)) / \(snapshot.total)"
    }

    /// Standard error is a terminal that understands `\r` and erasing a
    /// line, and no CI runner is reading it.
    static var terminalWantsIt: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && environment["CI"] == nil && environment["TERM"] != "dumb"
    }
}
