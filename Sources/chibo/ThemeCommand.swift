import ArgumentParser
import ChiboKit
import Foundation

struct ThemeCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "theme",
            abstract: Speech.help(.themeAbstract),
            subcommands: [ThemeExportCommand.self]
        )
    }
}

struct ThemeExportCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Speech.help(.themeExportAbstract),
            discussion: Speech.help(.themeExportDiscussion)
        )
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(Speech.help(.themeExportDirectory), valueName: Speech.help(.valueDir)))
    var directory: String

    func run() throws {
        do {
            for path in try BuiltInTheme.export(to: directory) { print(Speech.say(Message(CommandMessages.created, ["path": path]))) }
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
    }
}
