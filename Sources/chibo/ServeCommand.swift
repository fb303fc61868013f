import ArgumentParser
import ChiboKit
import Foundation

struct ServeCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: Speech.help(.serveAbstract),
            discussion: Speech.help(.serveDiscussion)
        )
    }

    @OptionGroup var options: ContentOptions

    @OptionGroup var written: OutputOptions

    @Option(name: .long, help: ArgumentHelp(Speech.help(.servePort), valueName: Speech.help(.valuePort)))
    var port: UInt16 = 8080

    @Option(name: .long, help: ArgumentHelp(Speech.help(.serveHost), valueName: Speech.help(.valueAddress)))
    var host = "127.0.0.1"

    func run() throws {
        let session = ServeSession(options: options.buildOptions(writingTo: written))
        let server: SiteServer
        do {
            server = try SiteServer(session: session, host: host == "localhost" ? "127.0.0.1" : host, port: port)
        } catch {
            printError(Speech.say(Message(CommandMessages.error, ["message": Message(CommandMessages.serveCannotListen, ["host": host, "port": Int(port), "reason": "\(error)"])])))
            throw ExitCode(2)
        }
        // Listening comes first: a port in use is said at once, not after
        // a build; a page asked for meanwhile reloads when the build is out.
        let state = ServeState()
        Task {
            do {
                try await server.run()
            } catch {
                state.stop(because: "\(error)")
            }
            state.stop(because: nil)
        }
        Task {
            if let port = try? await server.waitUntilListening() { state.listen(on: port) }
        }
        guard let listeningPort = state.waitUntilListeningOrStopped() else { throw serveFailure(state.failure) }
        let first = session.build()
        Self.print(first, changedFiles: [], report: options.textReport, quiet: options.quiet, verbose: options.verbose)
        if let failure = first.failure {
            printError(Speech.say(Message(CommandMessages.error, ["message": failure])))
            throw ExitCode(2)
        }
        // Said even with --quiet: it is where to point the browser.
        printError(Speech.say(Message(CommandMessages.serveServing, ["output": written.output, "host": host, "port": Int(listeningPort)])))
        session.watch { [verbose = options.verbose] status, changed in
            Self.print(status, changedFiles: changed, report: textReport, quiet: quiet, verbose: verbose)
        }
        state.waitUntilStopped()
        throw serveFailure(state.failure)
    }

    private func serveFailure(_ message: String?) -> ExitCode {
        let reason = message.map { Message(verbatim: $0) } ?? Message(CommandMessages.serveStopped)
        let said = if message?.contains("Address already in use") == true {
            Message(CommandMessages.servePortInUse, ["port": Int(port), "host": host])
        } else {
            Message(CommandMessages.serveCannotServe, ["host": host, "port": Int(port), "reason": reason])
        }
        printError(Speech.say(Message(CommandMessages.error, ["message": said])))
        return ExitCode(2)
    }

    private var quiet: Bool { options.quiet }
    private var textReport: TextReportOptions { options.textReport }

    /// The terminal's report of one build: its diagnostics as `chibo
    /// check` prints them, then one line on what is being served.
    static func print(_ status: ServeSession.Status, changedFiles: [String], report textReport: TextReportOptions,
                      quiet: Bool, verbose: Bool) {
        if !changedFiles.isEmpty && !quiet {
            let names = changedFiles.prefix(3).joined(separator: ", ") + (changedFiles.count > 3 ? ", …" : "")
            printError(Speech.say(Message(CommandMessages.serveChanged, ["names": names])))
        }
        if let report = status.report {
            DiagnosticPrinter.printText(report, options: textReport)
            if verbose { StageTimesPrinter.print(report) }
        }
        let seconds = String(format: "%.2f s", status.seconds)
        if status.isFailed {
            printError(Speech.say(Message(CommandMessages.serveBuildFailed, ["generation": status.generation, "seconds": seconds])))
        } else if !quiet, let report = status.report {
            let how = switch status.kind {
            case .incremental(_, let files)?: Message(CommandMessages.serveIncremental, ["files": files])
            case .whole(let reason)?: Message(CommandMessages.serveWholeBecause, ["reason": reason])
            case nil: Message(CommandMessages.serveWhole)
            }
            printError(Speech.say(Message(CommandMessages.serveBuilt, [
                "generation": status.generation, "pages": report.pageCount, "seconds": seconds, "how": how,
            ])))
        }
    }
}

/// Whether the server listens, on which port, or why it stopped; set by
/// its tasks, waited for by the command.
private final class ServeState: @unchecked Sendable {
    private let condition = NSCondition()
    private var port: UInt16?
    private var isStopped = false
    private(set) var failure: String?

    func listen(on port: UInt16) {
        condition.withLock { self.port = port }
        condition.broadcast()
    }

    func stop(because failure: String?) {
        condition.withLock {
            if !isStopped { self.failure = failure }
            isStopped = true
        }
        condition.broadcast()
    }

    /// The port, or nil if the server stopped first.
    func waitUntilListeningOrStopped() -> UInt16? {
        condition.withLock {
            while port == nil && !isStopped { condition.wait() }
            return isStopped ? nil : port
        }
    }

    func waitUntilStopped() {
        condition.withLock { while !isStopped { condition.wait() } }
    }
}
