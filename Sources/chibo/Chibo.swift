import ArgumentParser
import ChiboKit
import Foundation

@main
struct Chibo: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "chibo",
            abstract: Speech.help(.chiboAbstract),
            discussion: Speech.help(.chiboDiscussion),
            version: "chibo \(ChiboVersion.number) (cmark-gfm \(MarkdownParser.libraryVersion))",
            subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ImportCommand.self, CiteCommand.self,
                          ThemeCommand.self]
        )
    }

    /// interfaces.md gives every command one set of exit codes: a command
    /// that cannot run because of its arguments exits 2, not argument-parser's 64.
    static func main() {
        let arguments = Speech.languageMovedToTheEnd(Array(CommandLine.arguments.dropFirst()))
        Speech.language = Speech.choose(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        if let message = unknownCommandMessage(arguments) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((validationMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// A word where a command's subcommand belongs that names none of them
    /// (`chibo buil`, `chibo new pakc`): say which one was probably meant.
    static func unknownCommandMessage(_ arguments: [String]) -> String? {
        var command: ParsableCommand.Type = Chibo.self
        var path = ["chibo"]
        for typed in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !typed.hasPrefix("-"), typed != "help" else { return nil }
            if let next = subcommands.first(where: { $0.configuration.commandName == typed }) {
                command = next
                path.append(typed)
                continue
            }
            let names = subcommands.compactMap { $0.configuration.commandName }
            let prefix = path.joined(separator: " ")
            let guess = NearestMatch.find(typed, in: names).map {
                Speech.say(Message(CommandMessages.didYouMeanCommand, ["guess": "\(prefix) \($0)"]))
            } ?? ""
            return Speech.say(Message(CommandMessages.unknownCommand, ["typed": typed, "command": prefix])) + guess + "\n"
                + Speech.say(Message(CommandMessages.commandList, ["names": names.joined(separator: ", "), "command": prefix]))
        }
        return nil
    }

    /// argument-parser's report of a mistaken argument, with its usage, in
    /// English; in Vietnamese, chibo's own words and where the help is.
    static func validationMessage(for error: any Error) -> String {
        guard Speech.language == .vi else { return fullMessage(for: error) }
        return Speech.say(Message(CommandMessages.argumentError, ["message": ParserMessage.said(message(for: error))])) + "\n"
            + Speech.say(Message(CommandMessages.seeHelp, ["command": commandPath(of: Array(CommandLine.arguments.dropFirst()))]))
    }

    /// `chibo new pack` for `chibo new pack --month x`: the commands named
    /// before the first option.
    static func commandPath(of arguments: [String]) -> String {
        var command: ParsableCommand.Type = Chibo.self
        var path = ["chibo"]
        for typed in arguments {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == typed }) else { break }
            command = next
            path.append(typed)
        }
        return path.joined(separator: " ")
    }
}
