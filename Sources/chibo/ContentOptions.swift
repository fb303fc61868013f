import Foundation
import ArgumentParser
import ChiboKit

/// Options every command that reads content shares.
struct ContentOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsContent), valueName: Speech.help(.valueDir)))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsTheme), valueName: Speech.help(.valueDir)))
    var theme: String?

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsPublic)))
    var `public` = false

    @Option(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsJobs), valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsVerbose)))
    var verbose = false

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsQuiet)))
    var quiet = false

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsNotes)))
    var notes = false

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.contentOptionsAll)))
    var all = false

    /// What the text report shows.
    var textReport: TextReportOptions {
        TextReportOptions(notes: (notes || all) && !quiet,
                          limitPerCodeInFile: all ? nil : TextReportOptions.defaultLimitPerCodeInFile,
                          summary: !quiet, fixCommand: fixCommand)
    }

    /// `chibo check --fix` for the content folder given, to copy as it is.
    var fixCommand: String { BuildOptions(contentDirectory: content).fixCommand }

    /// `--jobs`, or one per core.
    var resolvedJobs: Int { BuildOptions(jobs: jobs).jobs }

    /// What to build or check, written to `output`'s folder when given.
    func buildOptions(writingTo output: OutputOptions? = nil) -> BuildOptions {
        var options = BuildOptions(contentDirectory: content, themeDirectory: theme ?? "theme",
                                   outputDirectory: output?.output ?? "_site", isPublicEdition: `public`, jobs: jobs)
        options.force = output?.force ?? false
        return options
    }

    func validate() throws {
        try ThemeOption.validate(theme)
        if let jobs, jobs < 1 { throw ValidationError(Speech.say(Message(CommandMessages.jobsTooFew, ["jobs": jobs]))) }
        if quiet && verbose { throw ValidationError(Speech.say(Message(CommandMessages.quietAndVerbose))) }
    }
}

/// Where `build` and `serve` write the site.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Speech.help(.outputOptionsOutput), valueName: Speech.help(.valueDir)))
    var output = "_site"

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.outputOptionsForce), discussion: Speech.help(.outputOptionsForceDiscussion)))
    var force = false
}

/// Prints diagnostics to standard error in the compilers' text form.
enum DiagnosticPrinter {
    static func printText(_ report: BuildReport, options: TextReportOptions) {
        let text = Speech.formatter.report(report.diagnostics, files: report.files, options: options)
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// `--verbose`: one line per stage, slowest stages easy to spot.
enum StageTimesPrinter {
    static func print(_ report: BuildReport) {
        // A stage that ran beside others (nil processor time) is inside their wall time.
        let inSeries = report.stageTimes.filter { $0.cpuSeconds != nil }
        let total = inSeries.reduce(0) { $0 + $1.seconds }
        let totalCPU = inSeries.reduce(0) { $0 + ($1.cpuSeconds ?? 0) }
        func say(_ entry: CommandMessages, _ arguments: KeyValuePairs<String, any MessageArgumentConvertible> = [:]) -> String {
            Speech.say(Message(entry, arguments))
        }
        func seconds(_ value: Double) -> String { String(format: "%7.3f s", value) }
        for time in report.stageTimes {
            let cpu = time.cpuSeconds.map(seconds) ?? say(.verboseBeside)
            let memory = String(format: "%5.0f MB", Double(time.peakMemory) / 1_000_000)
            printError("  " + StageMessages.name(of: time.stage, in: Speech.language).padding(toLength: 18, withPad: " ", startingAt: 0)
                       + say(.verboseStage, ["wall": seconds(time.seconds), "cpu": cpu, "memory": memory]))
        }
        printError("  " + say(.verboseAllStages).padding(toLength: 18, withPad: " ", startingAt: 0)
                   + say(.verboseTotal, ["wall": seconds(total), "cpu": seconds(totalCPU)]))
        if report.parsedPageCount > 0 {
            printError("  " + say(.verboseKeptPages, ["kept": report.keptPageCount, "parsed": report.parsedPageCount]))
        }
        printError("  " + say(.verboseAllocator, ["name": MemoryAllocator.name]))
    }
}

func printError(_ line: String) {
    var stream = StandardError()
    print(line, to: &stream)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// `--theme DIR`: the folder named must be there (without the option, a
/// missing `theme/` only means the built-in theme is used whole).
enum ThemeOption {
    static func validate(_ theme: String?) throws {
        guard let theme else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: theme, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(Speech.say(Message(CommandMessages.themeNotAFolder, ["theme": theme])))
        }
    }
}
