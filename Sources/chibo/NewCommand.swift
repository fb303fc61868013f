import ArgumentParser
import ChiboKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new site, a new month's packs, a directive or an organisation record.",
        discussion: """
            Each file is made from the theme's archetypes (built in, or theme/archetypes/) with its front \
            matter filled from the arguments and the content, and is a page or record that \
            `chibo check` accepts. chibo new never overwrites a file: if any file it would \
            create exists already, it writes nothing.

            Examples:
              chibo new site tai-lieu-xa-hung-dao
              chibo new pack --month 2027-02
              chibo new directive 42-HD/BTCTW --date 2025-10-28 \\
                --issuer "Ban Tổ chức Trung ương"
              chibo new org xa-hung-dao --name "Đảng bộ xã Hưng Đạo" \\
                --level cap-tren-co-so --parent tinh-cao-bang

            Exit codes: 0 files created, 2 the command could not run (nothing was written).
            """,
        subcommands: [NewSiteCommand.self, NewPackCommand.self, NewDirectiveCommand.self, NewOrganisationCommand.self]
    )
}

/// Options every `new` command shares.
struct ScaffoldOptions: ParsableArguments {
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp("The content folder to create the files in.", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("A theme folder whose archetypes/ replace the built-in ones, file by file. Default: theme/, when there is one.", valueName: "dir"))
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
            for path in created { print("created \(path)") }
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
    }
}

struct NewPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Create a month's packs: chung.md and one pack per cell type.",
        discussion: """
            Creates content/packs/YYYY-MM/chung.md and content/packs/YYYY-MM/<type>.md for every \
            type of content/types.yml, from theme/archetypes/pack-chung.md and pack.md: month, type \
            and kind filled, a title and summary to replace with the month's topic, and the parts \
            of a regular meeting as headings. The front matter ends with a reminder, as YAML \
            comments (never published), of the directives last month's packs cited.

            Examples:
              chibo new site tai-lieu-xa-hung-dao
              chibo new pack --month 2027-02
              chibo new pack --month 2027-02 --content site/content
            """
    )

    @OptionGroup var options: ScaffoldOptions

    @Option(name: .long, help: ArgumentHelp("The month of the packs, YYYY-MM.", valueName: "month"))
    var month: String

    func run() throws {
        try options.create(archetypes: PackScaffold.archetypeNames) { content, archetypes in
            try PackScaffold(month: month).scaffold(content, archetypes: archetypes)
        }
    }
}

struct NewDirectiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directive",
        abstract: "Create a directive's registry entry in content/directives/.",
        discussion: """
            Creates content/directives/<slug>.md (50-CT/TW → 50-ct-tw.md; if that file is \
            another directive's, 50-ct-tw-YYYYMMDD.md) from theme/archetypes/directive.md. The \
            symbol is normalised as citations read it; the kind defaults from its code (CT → \
            Chỉ thị) and must agree with it. A directive with the same symbol and date already \
            in the content is refused.

            Examples:
              chibo new directive 42-HD/BTCTW --date 2025-10-28 \\
                --issuer "Ban Tổ chức Trung ương"
              chibo new directive "03-ĐA/TU" --date 2026-05-28 \\
                --issuer "Ban Thường vụ Tỉnh ủy Cao Bằng" \\
                --title "Nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030"
              chibo new directive 20-QĐ/TW --date 2026-04-08 --kind "Quy định"
            """
    )

    @OptionGroup var options: ScaffoldOptions

    @Argument(help: ArgumentHelp("Its number and symbol as issued, e.g. 50-CT/TW.", valueName: "symbol"))
    var symbol: String

    @Option(name: .long, help: ArgumentHelp("Its date of issue, YYYY-MM-DD.", valueName: "date"))
    var date: String

    @Option(name: .long, help: ArgumentHelp("Its subject line (trích yếu).", valueName: "title"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("The issuing body, e.g. \"Ban Bí thư\".", valueName: "issuer"))
    var issuer: String?

    @Option(name: .long, help: ArgumentHelp("The kind word, e.g. \"Chỉ thị\" (default: the one its code stands for).", valueName: "kind"))
    var kind: String?

    func run() throws {
        try options.create(archetypes: DirectiveScaffold.archetypeNames) { content, archetypes in
            try DirectiveScaffold(symbol: symbol, date: date, title: title, issuer: issuer, kind: kind)
                .scaffold(content, archetypes: archetypes)
        }
    }
}

struct NewOrganisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Create an organisation record in a file of its own.",
        discussion: """
            Creates content/orgs/<id>.yml (or the file --file names, inside content/orgs/) from \
            theme/archetypes/org.yml. Refused unless check would accept the record: the id a slug \
            no record has, a level of the content model, a type of types.yml (which a cell must \
            have), a parent that exists and is above it.

            Levels: tinh, cap-tren-co-so, dang-bo-co-so, chi-bo-co-so, dang-bo-bo-phan, chi-bo.

            Examples:
              chibo new org xa-hung-dao --name "Đảng bộ xã Hưng Đạo" \\
                --level cap-tren-co-so --parent tinh-cao-bang
              chibo new org xa-hung-dao-xom-ngam-vang --name "Chi bộ xóm Ngâm Vàng" \\
                --level chi-bo --type xom-to-dan-pho --parent xa-hung-dao \\
                --file orgs/hung-dao/ngam-vang.yml
            """
    )

    @OptionGroup var options: ScaffoldOptions

    @Argument(help: ArgumentHelp("Its id, a slug such as xa-hung-dao.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Its name, e.g. \"Đảng bộ xã Hưng Đạo\".", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("Its level in the hierarchy.", valueName: "level"))
    var level: String

    @Option(name: .long, help: ArgumentHelp("Its cell type, an id of types.yml (cells must have one).", valueName: "type"))
    var type: String?

    @Option(name: .long, help: ArgumentHelp("The id of the organisation it belongs to.", valueName: "id"))
    var parent: String?

    @Option(name: .long, help: ArgumentHelp("The file to create, relative to the content folder (default: orgs/<id>.yml).", valueName: "path"))
    var file: String?

    func run() throws {
        try options.create(archetypes: OrganisationScaffold.archetypeNames) { content, archetypes in
            try OrganisationScaffold(id: id, name: name, level: level, type: type, parent: parent, file: file)
                .scaffold(content, archetypes: archetypes)
        }
    }
}

struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a new site in a new or empty folder.",
        discussion: """
            Creates the folder with a working site in it: content/site.yml and types.yml \
            (the eight cell types), the content folders, a home page, an example guidance \
            page citing an example directive, a .gitignore for _site/, and a README in \
            Vietnamese with the monthly steps. `chibo check` on it is clean and `chibo build` \
            makes its site at once; the theme is built into chibo.

            Examples:
              chibo new site tai-lieu-xa-hung-dao
              chibo new site tai-lieu --title "Tài liệu sinh hoạt chi bộ xã Hưng Đạo"

            Exit codes: 0 created, 2 nothing written (the folder holds files already).
            """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The folder to create the site in: new, or empty.", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("The site's title (content/site.yml).", valueName: "text"))
    var title = SiteScaffold.defaultTitle

    @Option(name: .long, help: ArgumentHelp("A theme folder whose archetypes/site/ replace the built-in ones.", valueName: "dir"))
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
            for path in created where !path.hasSuffix("/.gitkeep") { print("created \(path)") }
            print("""

                Next: cd \(ShellWord.quoted(directory)) and run `chibo check`, then `chibo build`: \
                the site is written to _site/ (open _site/index.html). README.md tells the monthly steps.
                """)
        } catch let error as EnvironmentError {
            printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
            throw ExitCode(2)
        }
    }
}
