import Foundation
import Testing

/// `chibo check` in a Vietnamese terminal says everything in Vietnamese:
/// run on every check case (together they raise every code), no English
/// word is left outside the values quoted from the content; `--lang en`
/// gives the English back.
struct LanguageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL.path
    static let casesFolder = repository + "/Tests/ChiboKitTests/Fixtures/check"
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder)) ?? []).sorted()

    /// Words no Vietnamese message has: what an English one cannot do without.
    nonisolated(unsafe) static let englishWords = try! Regex(
        #"(?i)\b(the|is|are|not|of|to|with|has|have|does|this|that|it|was|from|and|or|there|which|would|cannot|must|did|you|mean|error|errors|warning|warnings|help|see|checked|file|files|line|page|link|found)\b"#)

    @Test(arguments: cases)
    func aVietnameseTerminalReadsNoEnglish(_ name: String) throws {
        let output = try Self.run(case: name, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(output.contains("Đã kiểm tra"), "\(name): no Vietnamese summary in \(output)")
        for line in output.split(separator: "\n") {
            let words = Self.english(in: String(line))
            #expect(words.isEmpty, "\(name): English \(words) in: \(line)")
        }
    }

    @Test(arguments: cases)
    func langEnGivesTheEnglish(_ name: String) throws {
        let output = try Self.run(case: name, environment: ["LANG": "vi_VN.UTF-8"], extra: ["--lang", "en"])
        #expect(output.contains(" checked: "), "\(name): no English summary in \(output)")
        #expect(!output.contains("Đã kiểm tra") && !output.contains(": lỗi: "), "\(name): Vietnamese in \(output)")
    }

    /// English words of a report line, once what it quotes is taken out:
    /// the place, the code, and every `value` in backticks or quotes, every
    /// HTML tag and path.
    static func english(in line: String) -> [String] {
        var text = line
        text = text.replacing(try! Regex(#"^\S+:\d+:\d+: "#), with: "")
        text = text.replacing(try! Regex(#"\[[a-z.-]+\]$"#), with: "")
        text = text.replacing(try! Regex(#"`[^`]*`|“[^”]*”|"[^"]*"|<[^>]+>|https?://\S+|\S+/\S+"#), with: "")
        return text.matches(of: englishWords).map { String(text[$0.range]) }
    }

    /// stderr of `chibo check` (or `check --site`, or `build` for a theme
    /// case) on a case, as its `options` file says.
    static func run(case name: String, environment: [String: String], extra: [String] = []) throws -> String {
        let folder = casesFolder + "/" + name
        let options = (try? String(contentsOfFile: folder + "/options", encoding: .utf8)) ?? ""
        var arguments: [String]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-language-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        if options.contains("--site") {
            arguments = ["check", "--site", folder + "/site"]
        } else if options.contains("--theme") {
            arguments = ["build", "--content", folder + "/content", "--theme", folder + "/theme", "--output", output]
        } else {
            arguments = ["check", "--content", folder + "/content"] + (options.contains("--public") ? ["--public"] : [])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chibo)
        process.arguments = arguments + extra
        var variables = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { variables[name] = nil }
        variables.merge(environment) { $1 }
        process.environment = variables
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The `chibo` built beside the tests.
    static var chibo: String {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("chibo").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("chibo").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return repository + "/.build/debug/chibo"
    }
}
