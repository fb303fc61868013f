import Foundation

/// The build side of `chibo serve`: builds the site, watches the content
/// and theme folders, builds again after each change, and keeps what the
/// last build said for the pages being viewed. A build with errors leaves
/// the output folder as it was (`StagedOutput`), so the server goes on
/// serving the last good site while the overlay shows what is wrong.
public final class ServeSession: @unchecked Sendable {
    /// What the browser is told after each build.
    public struct Status: Sendable {
        /// Counts builds, failed ones too: a page that was served by an
        /// earlier build reloads when it changes.
        public var generation: Int
        public var report: BuildReport?
        /// Why the build could not run at all (`EnvironmentError`).
        public var failure: Message?
        public var seconds: Double
        /// Whole, or only what the change reached.
        public var kind: LiveBuild.Kind?

        /// The site shown is not what the sources say.
        public var isFailed: Bool { failure != nil || !(report?.wroteSite ?? false) }
    }

    public let options: BuildOptions
    /// Builds whole the first time, then only what each change reaches.
    private let builder: LiveBuild
    /// How often the folders are looked at, at most (`watch`).
    public var pollInterval: Duration = .milliseconds(200)
    /// Guards `current` and `isStopped`, which the server's handlers read.
    private let lock = NSLock()
    /// One build at a time, its kind read before the next begins.
    private let building = NSLock()
    private var current = Status(generation: 0, report: nil, failure: nil, seconds: 0)
    private var isStopped = false

    public init(options: BuildOptions) {
        self.options = options
        builder = LiveBuild(options: options)
    }

    public var status: Status { lock.withLock { current } }

    /// Builds once, now, after a change to `changedFiles` (nil: not
    /// known, build whole), and publishes the result.
    @discardableResult
    public func build(changed changedFiles: [String]? = nil) -> Status {
        building.withLock { buildAndPublish(changed: changedFiles) }
    }

    private func buildAndPublish(changed changedFiles: [String]?) -> Status {
        let start = ContinuousClock.now
        var next = Status(generation: 0, report: nil, failure: nil, seconds: 0)
        do {
            next.report = try builder.build(changed: changedFiles)
            next.kind = builder.lastKind
        } catch let error as EnvironmentError {
            next.failure = error.message
        } catch {
            next.failure = Message(verbatim: "\(error)")
        }
        next.seconds = (ContinuousClock.now - start).seconds
        return lock.withLock {
            next.generation = current.generation + 1
            current = next
            return next
        }
    }

    /// Waits until a build later than `generation` is published or
    /// `timeout` passes; returns the status then. The browser's long poll:
    /// it sleeps between looks instead of blocking a thread, since the
    /// server's handlers share a thread per core.
    public func status(after generation: Int, timeout: Duration) async -> Status {
        let deadline = ContinuousClock.now + timeout
        while status.generation <= generation, !isStoppedNow, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        return status
    }

    private var isStoppedNow: Bool { lock.withLock { isStopped } }

    /// Watches the content and theme folders on a thread of its own and
    /// builds after every change; `report` is called after each build.
    /// Edits that come in a burst (an editor saving several files, a
    /// `git checkout`) are gathered into one build.
    public func watch(report: @escaping @Sendable (Status, _ changedFiles: [String]) -> Void) {
        let roots = [options.contentDirectory, options.themeDirectory]
        // Taken now, not on the thread: an edit made as soon as this
        // returns must count as a change.
        let first = FolderSnapshot(of: roots)
        let thread = Thread { [self] in
            var seen = first
            var lookSeconds = 0.0
            while !isStoppedNow {
                // A large site is looked at less often: a look at 10,000
                // files takes some 30 ms, which must not keep a core busy.
                Thread.sleep(forTimeInterval: max(pollInterval.seconds, 20 * lookSeconds))
                let lookStart = ContinuousClock.now
                var now = FolderSnapshot(of: roots)
                lookSeconds = (ContinuousClock.now - lookStart).seconds
                var changes = now.changes(since: seen)
                guard !changes.isEmpty else { continue }
                // Let a burst of saves settle before building.
                while true {
                    Thread.sleep(forTimeInterval: 0.1)
                    let later = FolderSnapshot(of: roots)
                    if later == now { break }
                    changes = Array(Set(changes).union(later.changes(since: now))).sorted()
                    now = later
                }
                seen = now
                report(build(changed: changes), changes)
            }
        }
        thread.name = "chibo serve: watch"
        thread.start()
    }

    /// Stops watching and releases every waiting browser.
    public func stop() {
        lock.withLock { isStopped = true }
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
