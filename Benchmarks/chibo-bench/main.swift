import ChiboKit
import Foundation

/// Benchmarks for the figures the issues name, run in release mode:
///
///     swift run -c release chibo-bench citations [MEGABYTES] [--content DIR]
///
/// `citations`: recognising citations in MEGABYTES (default 10) of real
/// Vietnamese text, the seed documents repeated, read as plain-text
/// paragraphs; with `--content`, the registry's aliases are matched too.
/// Prints the best of five runs; the target is under 1 second.

let arguments = Array(CommandLine.arguments.dropFirst())
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func seedText() -> String {
    let folder = repository.appendingPathComponent("Tests/ChiboKitTests/Fixtures/seeds").path
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    guard !names.isEmpty else { fail("no seed texts in \(folder)") }
    return names.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined(separator: "\n\n")
}

func benchmarkCitations(megabytes: Double, contentDirectory: String?) throws {
    let seed = seedText()
    var text = ""
    let target = Int(megabytes * 1_000_000)
    text.reserveCapacity(target + seed.utf8.count)
    while text.utf8.count < target { text += seed + "\n\n" }
    let source = SourceFile(relativePath: "bench.txt", displayPath: "bench.txt", text: text)
    let runs = TextRunExtractor.plainTextRuns(of: source)
    var aliases: [(name: String, symbol: String)] = []
    if let contentDirectory {
        aliases = try CiteAction.registry(contentDirectory: contentDirectory).aliases
    }
    let recognizer = CitationRecognizer(aliases: aliases)
    var best = Duration.seconds(1000)
    var count = 0
    for _ in 0..<5 {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            count = 0
            for run in runs { count += recognizer.citations(in: run).count }
        }
        best = min(best, elapsed)
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    let size = Double(text.utf8.count) / 1_000_000
    print(String(format: "citations: %.1f MB of text, %d paragraphs, %d citations, %d aliases: best of 5 %.3f s (%.1f MB/s)",
                 size, runs.count, count, aliases.count, seconds, size / seconds))
}

switch arguments.first {
case "citations":
    var megabytes = 10.0
    var content: String?
    var rest = arguments.dropFirst().makeIterator()
    while let argument = rest.next() {
        if argument == "--content" {
            content = rest.next()
        } else if let value = Double(argument) {
            megabytes = value
        } else {
            fail("unknown argument \(argument)")
        }
    }
    try benchmarkCitations(megabytes: megabytes, contentDirectory: content)
default:
    fail("usage: chibo-bench citations [MEGABYTES] [--content DIR]")
}
