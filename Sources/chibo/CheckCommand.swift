import ArgumentParser
import ChiboKit
import Foundation

struct CheckCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: Speech.help(.checkAbstract),
            discussion: Speech.help(.checkDiscussion)
        )
    }

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp(Speech.help(.checkFormat), valueName: Speech.help(.valueFormat)))
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.checkStrict)))
    var strict = false

    @Option(name: .long, help: ArgumentHelp(Speech.help(.checkSite), valueName: Speech.help(.valueDir)))
    var site: String?

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.checkFix), discussion: Speech.help(.checkFixDiscussion)))
    var fix = false

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Speech.help(.checkDryRun)))
    var dryRun = false

    func validate() throws {
        if dryRun && !fix { throw ValidationError(Speech.say(Message(CommandMessages.dryRunWithoutFix))) }
        if fix && site != nil { throw ValidationError(Speech.say(Message(CommandMessages.fixOnSite))) }
    }

    func run() throws {
        let report: BuildReport
        var unfixable = false
        do {
            if fix {
                (report, unfixable) = try runFixes()
            } else if let site {
                report = try SitePipeline.checkBuiltSite(at: site, jobs: options.resolvedJobs)
            } else {
                let bar = ProgressBar(enabled: !options.quiet)
                defer { bar.finish() }
                var checkOptions = options.buildOptions()
                checkOptions.progress = bar.progress
                if strict { checkOptions.unfinishedWork = .error }
                report = try SitePipeline.check(checkOptions)
            }
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
        // Text folds notes into the summary and long runs of one kind into a line (--notes, --all);
        // the machine formats carry every diagnostic, but --quiet leaves out notes there too.
        var textReport = options.textReport
        if fix { textReport.fixCommand = nil }
        let output = format == .text
            ? Speech.formatter.report(report.diagnostics, files: report.files, options: textReport)
            : format.render(options.quiet ? report.diagnostics.filter { $0.severity != .note } : report.diagnostics,
                            files: report.files, strict: strict, language: Speech.language, guide: Speech.guide)
        if format == .text {
            FileHandle.standardError.write(Data(output.utf8))
        } else {
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if options.verbose { StageTimesPrinter.print(report) }
        // A file --fix could not write is an I/O failure: exit 2 after the report.
        if unfixable { throw ExitCode(2) }
        let exit = report.exitCode(strict: strict)
        if exit != 0 { throw ExitCode(exit) }
    }
}

extension CheckCommand {
    /// `--fix`: prints each change (`file:line:col: fixed [code]: old → new`)
    /// or, with --dry-run, the diff to standard output; returns the check of
    /// what is left, and whether some file could not be fixed.
    private func runFixes() throws -> (BuildReport, unfixable: Bool) {
        var checkOptions = options.buildOptions()
        if strict { checkOptions.unfinishedWork = .error }
        let fixes: ContentFixer.Report
        if dryRun {
            let (diff, preview) = try ContentFixer.preview(checkOptions)
            FileHandle.standardOutput.write(Data(diff.utf8))
            fixes = preview
        } else {
            fixes = try ContentFixer.fix(checkOptions)
        }
        for edit in fixes.applied { printError(Speech.say(edit.message(isDryRun: dryRun))) }
        for (file, reason) in fixes.refused { printError(Speech.say(Message(CommandMessages.notFixed, ["file": file, "reason": reason]))) }
        if !options.quiet {
            let files = Set(fixes.applied.map(\.file)).count
            if fixes.applied.isEmpty {
                printError(Speech.say(Message(CommandMessages.nothingToFix)))
            } else {
                printError(Speech.say(Message(dryRun ? CommandMessages.wouldFix : .fixed,
                                              ["count": fixes.applied.count, "files": files])))
            }
        }
        return (fixes.remaining, !fixes.refused.isEmpty)
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
