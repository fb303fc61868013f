import ArgumentParser
import ChiboKit
import Foundation

/// The language of this run's messages, chosen once before the arguments
/// are parsed so that even a mistyped option is answered in it.
enum Speech {
    /// `--lang`, else the terminal's locale. Set by `Chibo.main()` before
    /// any command runs, and only read after: the commands' help is built
    /// from it when argument-parser asks for it.
    static var language: Language {
        get { languageOfTask ?? chosenLanguage }
        set { chosenLanguage = newValue }
    }

    nonisolated(unsafe) private static var chosenLanguage: Language = .en

    /// A language for one task only, over the run's: a test speaks
    /// Vietnamese in its own task while others run beside it in English.
    @TaskLocal static var languageOfTask: Language?

    /// `--lang vi`, `--lang=en` anywhere in the arguments (a value that is no
    /// language is left for the parser to refuse), else the locale.
    static func choose(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            let value: String? = if argument == "--lang", index + 1 < arguments.count {
                arguments[index + 1]
            } else if argument.hasPrefix("--lang=") {
                String(argument.dropFirst("--lang=".count))
            } else {
                nil
            }
            if let value, let language = Language(rawValue: value) { return language }
        }
        return Language.of(environment: environment)
    }

    /// `chibo --lang vi check` as `chibo check --lang vi`: the option is
    /// every command's, so written before the command it is moved after it.
    static func languageMovedToTheEnd(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first, first == "--lang" || first.hasPrefix("--lang=") {
            leading.append(first)
            rest = rest.dropFirst()
            if first == "--lang", let value = rest.first {
                leading.append(value)
                rest = rest.dropFirst()
            }
        }
        return leading.isEmpty || rest.isEmpty ? arguments : Array(rest) + leading
    }

    static func say(_ message: Message) -> String { message.text(in: language) }

    /// A line of the commands' help, in this run's language.
    static func help(_ entry: CommandHelp) -> String { say(Message(entry)) }

    /// The guide installed with this chibo, or its source in the repository.
    /// Looked for once, when first needed: a live preview prints a report
    /// after every build.
    static let guide: DiagnosticGuide = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? "chibo"
        return DiagnosticGuide.installed(besideExecutable: executable)
    }()

    /// The text report in this run's language, each finding with its page.
    static var formatter: TextDiagnosticFormatter {
        TextDiagnosticFormatter(language: language, guide: guide)
    }
}

/// `--lang`, which every command takes.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        Speech.help(.languageOptionLang), discussion: Speech.help(.languageOptionLangDiscussion), valueName: "vi|en"))
    var language: Language?
}

extension Language: ExpressibleByArgument {}
