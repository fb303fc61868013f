import ArgumentParser
import ChiboKit
import Foundation

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the theme built into chibo.",
        subcommands: [ThemeExportCommand.self]
    )
}

struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme into a folder, to change it.",
        discussion: """
            chibo builds with the theme compiled into it. A site's theme/ folder replaces \
            its files one by one: a site that changes only assets/style.css keeps every \
            other file built in. This writes every file of the built-in theme \
            (templates/, assets/, archetypes/) into the folder, to start from; delete \
            the files you do not change, so they follow chibo's own when it is updated.

            Examples:
              chibo theme export theme

            Exit codes: 0 written, 2 nothing written (a file of the theme exists there already).
            """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The folder to write the theme into (created if missing).", valueName: "dir"))
    var directory: String

    func run() throws {
        do {
            for path in try BuiltInTheme.export(to: directory) { print(Speech.say(Message(CommandMessages.themeCreated, ["path": path]))) }
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
    }
}
