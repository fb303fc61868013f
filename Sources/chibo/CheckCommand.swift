import ArgumentParser
import ChiboKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content without writing anything.",
        discussion: """
            Reports every problem in one run, each at its file:line:column: front matter, \
            broken links and anchors, files that would overwrite each other.

            Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, \
            2 the command could not run.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
    }

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let buildOptions = BuildOptions(contentDirectory: options.content, themeDirectory: options.theme,
                                        isPublicEdition: options.public, jobs: options.jobs)
        let report: BuildReport
        do {
            report = try SitePipeline.check(buildOptions)
        } catch let error as EnvironmentError {
            printError("error: \(error.message)")
            throw ExitCode(2)
        }
        DiagnosticPrinter.printText(report)
        if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode(1) }
    }
}
