import ArgumentParser
import ChiboKit
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content (or a built site) without writing anything.",
        discussion: """
            Reports every problem in one run, in file, line and column order, each where it is \
            written: citations that do not resolve or disagree with the registry (date, kind, \
            issuer, anachronism, superseded), broken links and anchors, front-matter and registry \
            problems. A finding an editor accepted in the page's `accept:` list shows as a note \
            with its reason.

            With --site DIR it checks a built site instead: every href and src must lead to a \
            file and an anchor that exist.

            Text goes to standard error; the json, github, junit and sarif formats go to \
            standard output.

            Examples:
              chibo check
              chibo check --format sarif > chibo.sarif
              chibo check --format github --strict
              chibo check --site _site

            Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, \
            2 the command could not run.
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Report format; the machine formats go to standard output.", valueName: "format"))
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Check a built site folder instead of the content.", valueName: "dir"))
    var site: String?

    func run() throws {
        let report: BuildReport
        do {
            if let site {
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
            printError("error: \(error.message)")
            throw ExitCode(2)
        }
        // Text folds notes into the summary and long runs of one kind into a line (--notes, --all);
        // the machine formats carry every diagnostic, but --quiet leaves out notes there too.
        let output = format == .text
            ? TextDiagnosticFormatter().report(report.diagnostics, files: report.files, options: options.textReport)
            : format.render(options.quiet ? report.diagnostics.filter { $0.severity != .note } : report.diagnostics,
                            files: report.files, strict: strict)
        if format == .text {
            FileHandle.standardError.write(Data(output.utf8))
        } else {
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if options.verbose { StageTimesPrinter.print(report) }
        let exit = report.exitCode(strict: strict)
        if exit != 0 { throw ExitCode(exit) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
