import ArgumentParser
import ChiboKit
import Foundation

struct CiteCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "cite",
            abstract: Speech.help(.citeAbstract),
            discussion: Speech.help(.citeDiscussion)
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(Speech.help(.citeFiles), valueName: Speech.help(.valueFile)))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp(Speech.help(.citeContent), valueName: Speech.help(.valueDir)))
    var content: String?

    @Option(name: .long, help: ArgumentHelp(Speech.help(.citeFormat), valueName: Speech.help(.valueFormat)))
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
