import ArgumentParser
import ChiboKit
import Foundation

struct NewCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new",
            abstract: Speech.help(.newAbstract),
            discussion: Speech.help(.newDiscussion),
            subcommands: [NewSiteCommand.self, NewPackCommand.self, NewDirectiveCommand.self, NewOrganisationCommand.self]
        )
    }
}

/// Options every `new` command shares.
struct ScaffoldOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(Speech.help(.scaffoldOptionsContent), valueName: Speech.help(.valueDir)))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp(Speech.help(.scaffoldOptionsTheme), valueName: Speech.help(.valueDir)))
    var theme: String?

    func validate() throws { try ThemeOption.validate(theme) }

    /// Loads the content and the archetypes, makes the scaffold and writes
    /// it, printing each file created; exit code 2 for anything refused.
    func create(archetypes names: [String],
                _ make: (ScaffoldContent, Archetypes) throws -> Scaffold) throws {
        do {
            let archetypes = try Archetypes.load(names, themeDirectory: theme ?? "theme")
            let loaded = try ScaffoldContent.load(directory: content)
            let scaffold = try make(loaded, archetypes)
            let created = try ScaffoldWriter(contentDirectory: content, displayRoot: loaded.displayRoot).write(scaffold)
            for path in created { print(Speech.say(Message(CommandMessages.created, ["path": path]))) }
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
    }
}

struct NewPackCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "pack",
            abstract: Speech.help(.newPackAbstract),
            discussion: Speech.help(.newPackDiscussion)
        )
    }

    @OptionGroup var options: ScaffoldOptions

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newPackMonth), valueName: Speech.help(.valueMonth)))
    var month: String

    func run() throws {
        try options.create(archetypes: PackScaffold.archetypeNames) { content, archetypes in
            try PackScaffold(month: month).scaffold(content, archetypes: archetypes)
        }
    }
}

struct NewDirectiveCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "directive",
            abstract: Speech.help(.newDirectiveAbstract),
            discussion: Speech.help(.newDirectiveDiscussion)
        )
    }

    @OptionGroup var options: ScaffoldOptions

    @Argument(help: ArgumentHelp(Speech.help(.newDirectiveSymbol), valueName: Speech.help(.valueSymbol)))
    var symbol: String

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newDirectiveDate), valueName: Speech.help(.valueDate)))
    var date: String

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newDirectiveTitle), valueName: Speech.help(.valueTitle)))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newDirectiveIssuer), valueName: Speech.help(.valueIssuer)))
    var issuer: String?

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newDirectiveKind), valueName: Speech.help(.valueKind)))
    var kind: String?

    func run() throws {
        try options.create(archetypes: DirectiveScaffold.archetypeNames) { content, archetypes in
            try DirectiveScaffold(symbol: symbol, date: date, title: title, issuer: issuer, kind: kind)
                .scaffold(content, archetypes: archetypes)
        }
    }
}

struct NewOrganisationCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "org",
            abstract: Speech.help(.newOrgAbstract),
            discussion: Speech.help(.newOrgDiscussion)
        )
    }

    @OptionGroup var options: ScaffoldOptions

    @Argument(help: ArgumentHelp(Speech.help(.newOrgId), valueName: Speech.help(.valueId)))
    var id: String

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newOrgName), valueName: Speech.help(.valueName)))
    var name: String

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newOrgLevel), valueName: Speech.help(.valueLevel)))
    var level: String

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newOrgType), valueName: Speech.help(.valueType)))
    var type: String?

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newOrgParent), valueName: Speech.help(.valueId)))
    var parent: String?

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newOrgFile), valueName: Speech.help(.valuePath)))
    var file: String?

    func run() throws {
        try options.create(archetypes: OrganisationScaffold.archetypeNames) { content, archetypes in
            try OrganisationScaffold(id: id, name: name, level: level, type: type, parent: parent, file: file)
                .scaffold(content, archetypes: archetypes)
        }
    }
}

struct NewSiteCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "site",
            abstract: Speech.help(.newSiteAbstract),
            discussion: Speech.help(.newSiteDiscussion)
        )
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(Speech.help(.newSiteDirectory), valueName: Speech.help(.valueDir)))
    var directory: String

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newSiteTitle), valueName: Speech.help(.valueText)))
    var title = SiteScaffold.defaultTitle

    @Option(name: .long, help: ArgumentHelp(Speech.help(.newSiteTheme), valueName: Speech.help(.valueDir)))
    var theme: String?

    func validate() throws {
        try ThemeOption.validate(theme)
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(Speech.say(Message(CommandMessages.siteTitleEmpty))) }
    }

    func run() throws {
        do {
            let archetypes = try Archetypes.load(SiteScaffold.archetypeNames, themeDirectory: theme ?? "theme")
            try SiteScaffold.prepare(directory)
            let created = try ScaffoldWriter(contentDirectory: directory, displayRoot: directory, command: "chibo new site")
                .write(SiteScaffold(title: title).scaffold(archetypes))
            for path in created where !path.hasSuffix("/.gitkeep") {
                print(Speech.say(Message(CommandMessages.created, ["path": path])))
            }
            print("\n" + Speech.say(Message(CommandMessages.newSiteNext, ["folder": ShellWord.quoted(directory)])))
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
    }
}
