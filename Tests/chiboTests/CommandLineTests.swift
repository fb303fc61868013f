import Foundation
import ArgumentParser
import Testing
import ChiboKit
@testable import chibo

/// What an editor meets first: a mistyped command answered, and help whose
/// examples can be copied whole.
struct CommandLineTests {
    @Test(arguments: [
        (["buil"], "Error: `buil` is not a `chibo` command. Did you mean `chibo build`?"),
        (["new", "pakc", "--month", "2027-02"], "Error: `pakc` is not a `chibo new` command. Did you mean `chibo new pack`?"),
        (["new", "dirctive", "05-CT/TW"], "Error: `dirctive` is not a `chibo new` command. Did you mean `chibo new directive`?"),
    ])
    func aMistypedCommandNamesTheOneMeant(_ arguments: [String], _ firstLine: String) throws {
        let message = try #require(Chibo.unknownCommandMessage(arguments))
        #expect(message.split(separator: "\n").first.map(String.init) == firstLine)
    }

    @Test(arguments: [["build"], ["new", "pack", "--month", "2027-02"], ["new", "--help"], ["help", "new"], ["--help"],
                      ["check", "pakc"]])
    func realCommandsAndTheirArgumentsAreLeftToTheParser(_ arguments: [String]) {
        #expect(Chibo.unknownCommandMessage(arguments) == nil)
    }

    static let commands: [ParsableCommand.Type] = [
        Chibo.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, CiteCommand.self,
        NewCommand.self, NewSiteCommand.self, NewPackCommand.self, NewDirectiveCommand.self, NewOrganisationCommand.self,
        ImportCommand.self, ThemeCommand.self, ThemeExportCommand.self,
    ]

    /// The help in a language, for this test's task only: tests beside it
    /// keep theirs.
    static func help(for command: ParsableCommand.Type, in language: Language) -> String {
        Speech.$languageOfTask.withValue(language) { Chibo.helpMessage(for: command, columns: 80) }
    }

    /// On an 80-column terminal no example is broken where a user would copy
    /// it, in either language: a quoted value stays on one line, and a command
    /// line wraps only where it says so itself (a `\` at the end of the line).
    @Test(arguments: commands, Language.allCases)
    func helpNeverBreaksAValueAcrossLines(_ command: ParsableCommand.Type, _ language: Language) {
        Self.expectNoValueBroken(in: Self.help(for: command, in: language))
    }

    static func expectNoValueBroken(in help: String) {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            #expect(line.filter { $0 == "\"" }.count % 2 == 0, "a quoted value is broken: \(line)")
            #expect(line.filter { $0 == "`" }.count % 2 == 0, "a `code` span is broken: \(line)")
            guard index > 0, lines[index - 1].hasPrefix("  chibo ") || lines[index - 1].hasPrefix("    ") else { continue }
            let continuesAnExample = lines[index - 1].hasSuffix("\\")
            if !continuesAnExample && lines[index - 1].hasPrefix("  chibo ") {
                #expect(line.isEmpty || line.hasPrefix(" "), "an example wrapped by the terminal: \(lines[index - 1]) / \(line)")
            }
        }
    }

    /// An editor's `chibo COMMAND --help` is Vietnamese: no English word is
    /// left once what is typed (commands, options, `<values>`, paths, code
    /// and quoted values) and argument-parser's own words are set aside.
    @Test(arguments: commands)
    func vietnameseHelpHasNoEnglish(_ command: ParsableCommand.Type) {
        let help = Self.help(for: command, in: .vi)
        #expect(help.components(separatedBy: "\n").first != Self.help(for: command, in: .en).components(separatedBy: "\n").first,
                "the overview is the English one")
        for line in help.split(separator: "\n").map(String.init) {
            let words = LanguageTests.english(in: Self.chibosWords(in: line))
            #expect(words.isEmpty, "English \(words) in: \(line)")
        }
        let english = Self.help(for: command, in: .en).split(separator: "\n")
            .flatMap { LanguageTests.english(in: Self.chibosWords(in: String($0))) }
        #expect(!english.isEmpty, "the English help reads as no English: the test sets aside too much")
    }

    /// argument-parser's lines, which chibo cannot change.
    static let parsersOwnLines = ["help information.", "Show the version.", "for detailed help."]

    /// A help line without argument-parser's own words and without what is
    /// typed as it is in every language: the usage line, headings, option
    /// names, `<value>` names, the commands of an example and the options
    /// on the lines that continue it.
    static func chibosWords(in line: String) -> String {
        if line.hasPrefix("USAGE:") || parsersOwnLines.contains(where: line.hasSuffix) { return "" }
        if line.hasPrefix("    --") { return "" }
        var text = line.replacing(try! Regex(#"^[A-Z]+: "#), with: "")
        text = text.replacing(try! Regex(#"^  chibo( [a-z]+)*"#), with: "")
        text = text.replacing(try! Regex(#"\((values|default):[^)]*\)?"#), with: "")
        return text.replacing(try! Regex(#"(^|[\s(\[])--?[a-z][a-z-]*|<[^>]*>"#), with: " ")
    }
}

/// `chibo --version`: the version written in the repository's VERSION file,
/// and the cmark-gfm chibo runs with.
struct VersionTests {
    @Test func theVersionIsTheVersionFilesAndNamesCmarkGFM() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("VERSION")
        let written = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Chibo.configuration.version.hasPrefix("chibo \(written) (cmark-gfm 0."))
    }
}

/// `--theme DIR` must name a folder; without it a missing `theme/` only
/// means the built-in theme.
struct ThemeOptionTests {
    @Test func aThemeFolderThatIsNotThereIsRefused() {
        #expect(throws: (any Error).self) { try BuildCommand.parse(["--theme", "/no/such/theme"]) }
        #expect(throws: (any Error).self) { try NewPackCommand.parse(["--month", "2027-02", "--theme", "/no/such/theme"]) }
        #expect(Chibo.fullMessage(for: ValidationErrorProbe.error(["build", "--theme", "/no/such/theme"]))
                    .contains("--theme names `/no/such/theme`, which is not a folder"))
    }

    @Test func withoutTheOptionAMissingThemeFolderIsNoError() throws {
        _ = try BuildCommand.parse([])
    }
}

enum ValidationErrorProbe {
    static func error(_ arguments: [String]) -> any Error {
        do { _ = try Chibo.parseAsRoot(arguments); return CancellationError() } catch { return error }
    }
}

/// The command the report names to apply its certain fixes reads the same
/// content folder the check did, quoted to be pasted into a shell.
struct FixCommandTests {
    @Test(arguments: [
        ([], "chibo check --fix"),
        (["--content", "content"], "chibo check --fix"),
        (["--content", "../Tài liệu/content"], "chibo check --fix --content \"../Tài liệu/content\""),
        (["--content", "site$1"], "chibo check --fix --content \"site\\$1\""),
    ])
    func namesTheContentFolderChecked(_ arguments: [String], _ command: String) throws {
        let options = try ContentOptions.parse(arguments)
        #expect(options.textReport.fixCommand == command)
    }
}

/// argument-parser's English reports of a mistaken argument, said in
/// Vietnamese; the English is what the library wrote, to the letter.
struct ParserMessageTests {
    @Test(arguments: [
        ("Unknown option '--bogus'. Did you mean '--jobs'?", "Lệnh không có tùy chọn `--bogus`. Có phải là `--jobs` không?"),
        ("Unknown option '--x'", "Lệnh không có tùy chọn `--x`."),
        ("Missing expected argument '<symbol>'", "Còn thiếu `<symbol>`."),
        ("Missing value for '--site <dir>'", "Tùy chọn `--site <dir>` cần có giá trị đi kèm."),
        ("The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'sarif'.",
         "`xml` không phải giá trị dùng được cho `--format <format>`. Hãy dùng một trong các giá trị 'text', 'json' hoặc 'sarif'."),
        ("The value 'abc' is invalid for '--jobs <n>'", "`abc` không phải giá trị dùng được cho `--jobs <n>`."),
        ("Unexpected argument 'extra'", "Thừa 'extra': lệnh không nhận giá trị này."),
    ])
    func aKnownSentenceIsSaidInVietnameseAndKeptInEnglish(_ english: String, _ vietnamese: String) {
        let said = ParserMessage.said(english)
        #expect(said.text(in: .en) == english)
        #expect(said.text(in: .vi) == vietnamese)
    }

    @Test func anUnknownSentenceIsPassedOn() {
        #expect(ParserMessage.said("Something new happened").text(in: .vi) == "Something new happened")
    }
}

struct LanguageOptionPlaceTests {
    @Test(arguments: [
        (["--lang", "vi", "check", "--strict"], ["check", "--strict", "--lang", "vi"]),
        (["--lang=en", "new", "pack"], ["new", "pack", "--lang=en"]),
        (["check", "--lang", "vi"], ["check", "--lang", "vi"]),
        (["--lang", "vi"], ["--lang", "vi"]),
    ])
    func aLanguageBeforeTheCommandGoesAfterIt(_ typed: [String], _ parsed: [String]) {
        #expect(Speech.languageMovedToTheEnd(typed) == parsed)
    }
}
