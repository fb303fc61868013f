import ArgumentParser
import ChiboKit
import Foundation

struct ImportCommand: ParsableCommand {
    /// Computed, not stored: its words follow `Speech.language`.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Speech.help(.importAbstract),
            discussion: Speech.help(.importDiscussion)
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(Speech.help(.importFiles), valueName: Speech.help(.valueFile)))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp(Speech.help(.importContent), valueName: Speech.help(.valueDir)))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp(Speech.help(.importInto), valueName: Speech.help(.valueFolder)))
    var into = "guidance"

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.importDryRun)))
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp(Speech.help(.importFormat), valueName: Speech.help(.valueFormat)))
    var format: Format = .text

    @Flag(name: .long, help: ArgumentHelp(Speech.help(.importRegister)))
    var register = false

    func validate() throws {
        if files.isEmpty { throw ValidationError(Speech.say(Message(CommandMessages.importNoFiles))) }
        let folder = into.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if folder.isEmpty || folder.split(separator: "/").contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) {
            throw ValidationError(Speech.say(Message(CommandMessages.importIntoOutside)))
        }
    }

    func run() throws {
        let folder = into.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        var exitCode: Int32 = 0
        var json: [String] = []
        var writtenPages: [String] = []
        var writtenEntries: [String] = []
        var registry: ScaffoldContent?
        if register {
            do {
                registry = try ScaffoldContent.load(directory: content)
            } catch let error as EnvironmentError {
                printError(Speech.say(Message(CommandMessages.error, ["message": error.message])))
                throw ExitCode(2)
            }
        }
        for file in files {
            let result: Importer.Result
            do {
                result = try Importer.run(file: file, folder: folder, registry: registry)
            } catch {
                printError(Speech.say(Message(CommandMessages.errorInFile, ["file": file, "message": error.message])))
                exitCode = max(exitCode, error.isMissingTool ? 2 : 1)
                continue
            }
            let files = [Scaffold.File(relativePath: result.relativePath, contents: result.markdown)]
                + result.entries.map { Scaffold.File(relativePath: $0.relativePath, contents: $0.contents) }
            if dryRun {
                if format == .text {
                    for (index, page) in files.enumerated() {
                        if files.count > 1 { print((index == 0 ? "" : "\n") + "# \(content)/\(page.relativePath)") }
                        print(page.contents, terminator: "")
                    }
                }
            } else {
                do {
                    // The page and its entries are written together or not at all.
                    let created = try ScaffoldWriter(contentDirectory: content, displayRoot: content, command: "chibo import")
                        .write(Scaffold(files: files))
                    writtenPages.append(created[0])
                    writtenEntries += created.dropFirst()
                    // Unbuffered, so that it comes before the report on a terminal.
                    if format == .text { FileHandle.standardOutput.write(Data(created.map { Speech.say(Message(CommandMessages.created, ["path": $0])) + "\n" }.joined().utf8)) }
                } catch let error as EnvironmentError {
                    printError(Speech.say(Message(CommandMessages.errorInFile, ["file": file, "message": error.message])))
                    exitCode = 2
                    continue
                }
            }
            switch format {
            case .text:
                printError(result.report(in: Speech.language))
                for note in result.registerNotes { printError(Speech.say(Message(CommandMessages.importRegister, ["note": note]))) }
            case .json:
                json.append(result.json(withMarkdown: dryRun, language: Speech.language))
            }
        }
        if format == .json { print("[" + json.joined(separator: ",\n") + "]") }
        if !writtenPages.isEmpty { checkWritten(pages: writtenPages, entries: writtenEntries) }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// The new pages are checked like any page, and what the check says of
    /// them is printed at once, so that nothing half-done is left unseen.
    /// The document's own mistakes are kept as written, on the record
    /// (`ReceivedFindings`), and listed for the editor to compare.
    private func checkWritten(pages: [String], entries: [String]) {
        let outcome: ReceivedFindings.Outcome
        do {
            outcome = try ReceivedFindings.keep(pages: pages, entries: entries, options: BuildOptions(contentDirectory: content))
        } catch {
            printError(Speech.say(Message(CommandMessages.importNotChecked, ["reason": error.localizedDescription])))
            return
        }
        let formatter = Speech.formatter
        for diagnostic in outcome.findings { printError(formatter.format(diagnostic)) }
        if !outcome.kept.isEmpty {
            printError(Speech.say(Message(CommandMessages.importKeptHeader)))
            for diagnostic in outcome.kept {
                printError("  \(diagnostic.file):\(diagnostic.location.line): \(Speech.say(diagnostic.message)) [\(diagnostic.code)]")
            }
        }
        let errors = outcome.findings.filter { $0.severity == .error }.count
        let warnings = outcome.findings.count - errors
        let files = pages.count + entries.count
        let counts = Message(files == 1 ? CommandMessages.importCheckedPage : .importCheckedFiles,
                             ["errors": errors, "warnings": warnings])
        printError(Speech.say(counts)
                   + (outcome.kept.isEmpty ? "" : Speech.say(Message(CommandMessages.importKept, ["count": outcome.kept.count]))))
    }
}
