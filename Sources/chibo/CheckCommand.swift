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

    @Flag(name: .long, help: ArgumentHelp(
        "Apply every fix that has one right answer, then report what is left.",
        discussion: "The registry's date in the citation's own style, legacy-encoded text decoded, NFC, PDF look-alike letters, an issuer code or issuing body the registry states. Never an accepted finding or a judgement call. Each file keeps its line ends and BOM and is written whole or not at all."))
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print the changes as a unified diff instead of writing them.")
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
                            files: report.files, strict: strict, language: Speech.language)
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
