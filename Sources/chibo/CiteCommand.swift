import ArgumentParser
import ChiboKit
import Foundation

struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "List the directive citations in Markdown or text files.",
        discussion: """
            Recognises citations such as `Chỉ thị số 50-CT/TW, ngày 23/7/2025` \
            in any Markdown or plain-text file, with the line and column where each starts. \
            With --content, each citation is also resolved against that folder's directive registry.

            Exit codes: 0 done, 1 a cited date does not exist, 2 the command could not run.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("Markdown or text files to read.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("A content folder whose registry resolves the citations.", valueName: "dir"))
    var content: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    func validate() throws {
        if files.isEmpty { throw ValidationError(Speech.say(Message(CommandMessages.citeNoFiles))) }
    }

    func run() throws {
        let report: CiteAction.Report
        do {
            report = try CiteAction.run(files: files, contentDirectory: content)
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
        let formatter = Speech.formatter
        for diagnostic in report.diagnostics { printError(formatter.format(diagnostic)) }
        switch format {
        case .json: print(CiteAction.json(report))
        case .text:
            let text = CiteAction.text(report)
            if !text.isEmpty { print(text) }
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
