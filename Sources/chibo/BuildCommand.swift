import ArgumentParser
import ChiboKit

import Foundation

struct BuildCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "build",
            abstract: Speech.help(.buildAbstract),
            discussion: Speech.help(.buildDiscussion)
        )
    }

    @OptionGroup var options: ContentOptions

    @OptionGroup var written: OutputOptions

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.buildZip), discussion: Speech.help(.buildZipDiscussion)))
    var zip = false

    func run() throws {
        let output = written.output
        var buildOptions = options.buildOptions(writingTo: written)
        buildOptions.unfinishedWork = .error
        if zip { buildOptions.zipPath = Self.zipPath(of: output) }
        let bar = ProgressBar(enabled: !options.quiet)
        buildOptions.progress = bar.progress
        let report: BuildReport
        do {
            defer { bar.finish() }
            report = try SitePipeline.build(buildOptions)
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
        DiagnosticPrinter.printText(report, options: options.textReport)
        if options.verbose { StageTimesPrinter.print(report) }
        guard report.wroteSite else {
            printError(Speech.say(Message(CommandMessages.buildFailedKept, ["output": output])))
            // A theme file of the site that cannot be used stops the command
            // itself, whatever the content says.
            if report.diagnostics.contains(where: { $0.code == .themeTemplate && $0.severity == .error }) {
                printError(Speech.say(Message(CommandMessages.themeUnusable)))
                throw ExitCode(2)
            }
            throw ExitCode(1)
        }
        guard !options.quiet else { return }
        let share = report.siteBytes > 0 ? Double(report.searchIndexBytes) * 100 / Double(report.siteBytes) : 0
        printError(Speech.say(Message(CommandMessages.built, [
            "pages": report.pageCount, "output": output, "size": megabytes(report.siteBytes),
            "indexSize": megabytes(report.searchIndexBytes), "share": String(format: "%.0f", share),
        ])))
        if let zipPath = buildOptions.zipPath { printError(Speech.say(Message(CommandMessages.builtZip, ["zip": zipPath]))) }
    }

    /// `_site` → `_site.zip`, beside the folder.
    static func zipPath(of output: String) -> String {
        var folder = output
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return folder + ".zip"
    }

    private func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
}
