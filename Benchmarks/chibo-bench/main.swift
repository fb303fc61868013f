import ChiboKit
import Foundation

/// Benchmarks for the figures the issues name, run in release mode:
///
///     swift run -c release chibo-bench citations [MEGABYTES] [--content DIR]
///
/// `citations`: recognising citations in MEGABYTES (default 10) of real
/// Vietnamese text, the seed documents repeated, read as plain-text
/// paragraphs; with `--content`, the registry's aliases are matched too.
/// Prints the best of five runs; the issue's target is under 1 second.
///
///     swift run -c release chibo-bench floor --content DIR [--output DIR] [--jobs N] [--runs N] [--writing-only]
///
/// `floor`: the least any build of DIR's Markdown through chibo's own
/// parser and renderer can cost, the yardstick of issue 7: every `.md` file
/// read, its front matter skipped, parsed by `MarkdownParser` (cmark-gfm
/// behind its lock, the tree copied out) and rendered by `HTMLRenderer`,
/// the HTML written to one file per page, on every core. No checks,
/// citations, templates, navigation or search index. Prints the median of
/// RUNS (default 3) wall and CPU times, then the same without the writing
/// (unless `--writing-only`: the performance harness times the process).
///
///     swift run -c release chibo-bench search-update --content DIR [--jobs N] [--runs N] [--verify]
///
/// `search-update`: the search index of a served site kept up to date
/// (`LiveSearchIndex`, issue 9). Loads DIR as a build does, times a full
/// write of its index (median of RUNS, default 5), makes the live index,
/// then changes one guidance document's text RUNS × 2 times (a few words
/// appended, then taken away again) and prints the median time of an
/// update and the files it rewrites, with the memory the live index holds;
/// then the same with the document's whole text replaced by another's (most
/// of its terms' postings change) and put back.
/// `--verify` then compares its files with a full write, byte for byte.
///
///     swift run -c release chibo-bench rebuild --content DIR [--output DIR] [--jobs N] [--runs N] [--verify]
///
/// `rebuild`: `chibo serve`'s rebuild after one page's edit against a whole
/// build (`RebuildBenchmark.swift`).

let arguments = Array(CommandLine.arguments.dropFirst())
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

/// The options `floor`, `search-update` and `rebuild` share: `--content
/// DIR` (required), `--output DIR` (where the benchmark takes one), `--jobs
/// N`, `--runs N`, and the one switch each has.
struct BenchOptions {
    var content: String
    var output: String
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var runs: Int
    var flag = false

    init(_ arguments: ArraySlice<String>, runs: Int, output: String? = nil, flag: String, usage: String) {
        var content: String?
        self.runs = runs
        self.output = output ?? ""
        var rest = arguments.makeIterator()
        while let argument = rest.next() {
            switch argument {
            case "--content": content = rest.next()
            case "--output" where output != nil: self.output = rest.next() ?? self.output
            case "--jobs": jobs = rest.next().flatMap { Int($0) } ?? jobs
            case "--runs": self.runs = rest.next().flatMap { Int($0) } ?? self.runs
            case flag: self.flag = true
            default: fail("unknown argument \(argument)")
            }
        }
        guard let content else { fail("usage: " + usage) }
        self.content = content
        jobs = max(1, jobs)
        self.runs = max(1, self.runs)
    }
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
    let seconds = seconds(best)
    let size = Double(text.utf8.count) / 1_000_000
    print(String(format: "citations: %.1f MB of text, %d paragraphs, %d citations, %d aliases: best of 5 %.3f s (%.1f MB/s)",
                 size, runs.count, count, aliases.count, seconds, size / seconds))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// User plus system CPU time of the process so far, in seconds.
func processCPUSeconds() -> Double {
    let usage = resourceUsage()
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// The process's resource usage so far (getrusage).
func resourceUsage() -> rusage {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage
}

func benchmarkFloor(content: String, output: String, jobs: Int, runs: Int, writingOnly: Bool) throws {
    // The files a build reads, found as it finds them.
    let files = ContentWalker(root: content, displayRoot: content).walk().entries.filter(\.isMarkdown)
    guard !files.isEmpty else { fail("no Markdown files under \(content)") }
    let folders = Set(files.map { ($0.relativePath as NSString).deletingLastPathComponent })

    final class Totals: @unchecked Sendable {
        let lock = NSLock()
        var bytesIn = 0
        var bytesOut = 0
    }
    func once(writing: Bool) throws -> (wall: Double, cpu: Double, totals: Totals) {
        if writing {
            try? FileManager.default.removeItem(atPath: output)
            for folder in folders {
                try FileManager.default.createDirectory(atPath: output + "/" + folder, withIntermediateDirectories: true)
            }
        }
        let totals = Totals()
        let cpuBefore = processCPUSeconds()
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var bytesIn = 0
            var bytesOut = 0
            for index in stride(from: worker, to: files.count, by: jobs) {
                let file = files[index]
                guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
                    fail("cannot read \(file.absolutePath)")
                }
                bytesIn += data.count
                let document = MarkdownParser.parse(FrontMatterSplit.split(String(decoding: data, as: UTF8.self)).body)
                var renderer = HTMLRenderer()
                let html = renderer.render(document)
                bytesOut += html.utf8.count
                if writing {
                    let path = output + "/" + file.relativePath.dropLast(3) + ".html"
                    guard FileManager.default.createFile(atPath: path, contents: Data(html.utf8)) else { fail("cannot write \(path)") }
                }
            }
            totals.lock.lock()
            totals.bytesIn += bytesIn
            totals.bytesOut += bytesOut
            totals.lock.unlock()
        }
        return (seconds(ContinuousClock.now - start), processCPUSeconds() - cpuBefore, totals)
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    for writing in writingOnly ? [true] : [true, false] {
        var walls: [Double] = []
        var cpus: [Double] = []
        var last: Totals?
        for _ in 0..<runs {
            let result = try once(writing: writing)
            walls.append(result.wall)
            cpus.append(result.cpu)
            last = result.totals
        }
        let label = writing ? "read, parse, render, write" : "read, parse, render"
        print(String(format: "floor (%@): %d files, %.1f MB of Markdown, %.1f MB of HTML, %d jobs: median of %d %.3f s wall, %.2f CPU-s",
                     label, files.count, Double(last?.bytesIn ?? 0) / 1e6, Double(last?.bytesOut ?? 0) / 1e6, jobs, runs,
                     median(walls), median(cpus)))
    }
}

/// The process's resident memory now, from /proc (Linux), in bytes.
func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// The process's peak resident memory so far, in bytes.
func peakResidentBytes() -> Int {
    resourceUsage().ru_maxrss * 1024
}

func benchmarkSearchUpdate(content: String, jobs: Int, runs: Int, verify: Bool) {
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    func mebibytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
    let documents = SearchDocuments.of(BuildOptions(contentDirectory: content, jobs: jobs))
    guard let edited = documents.firstIndex(where: { $0.url.hasPrefix("guidance/") }) else {
        fail("no guidance document under \(content)")
    }

    var fullWrites: [Double] = []
    var fileCount = 0
    var bytes = 0
    for _ in 0..<runs {
        fileCount = 0
        let start = ContinuousClock.now
        bytes = SearchIndex.write(documents: documents, jobs: jobs) { _, _ in fileCount += 1 }
        fullWrites.append(seconds(ContinuousClock.now - start))
    }
    print(String(format: "search index: %d documents, %d files, %.1f MB; full write: median of %d %.3f s",
                 documents.count, fileCount, Double(bytes) / 1e6, runs, median(fullWrites)))

    let residentBefore = residentBytes()
    var start = ContinuousClock.now
    var live = LiveSearchIndex(documents: documents, jobs: jobs)
    let made = seconds(ContinuousClock.now - start)
    print(String(format: "live index: made in %.3f s; holds about %.1f MiB (resident memory %.1f MiB more, peak of the process %.1f MiB)",
                 made, mebibytes(live.heldBytes), mebibytes(residentBytes() - residentBefore), mebibytes(peakResidentBytes())))

    var current = documents
    var updates: [Double] = []
    var written: [Int] = []
    var writtenBytes: [Int] = []
    for run in 0..<(2 * runs) {
        current[edited].text = run.isMultiple(of: 2) ? documents[edited].text + " cập nhật thêm" : documents[edited].text
        start = ContinuousClock.now
        let changes = live.update(replacing: [edited: current[edited]])
        updates.append(seconds(ContinuousClock.now - start))
        written.append(changes.written.count + changes.deleted.count)
        writtenBytes.append(changes.written.reduce(0) { $0 + $1.contents.count })
    }
    print(String(format: "update of one document (%@): median of %d %.2f ms, slowest %.2f ms; %d files rewritten (%.1f KB) of %d",
                 documents[edited].url, updates.count, median(updates) * 1000, updates.max()! * 1000,
                 written.sorted()[written.count / 2], Double(writtenBytes.sorted()[writtenBytes.count / 2]) / 1000, fileCount))

    // A rewrite: the text of the last guidance document and back again.
    if let other = documents.lastIndex(where: { $0.url.hasPrefix("guidance/") }), other != edited {
        updates = []
        written = []
        for run in 0..<(2 * runs) {
            current[edited].text = run.isMultiple(of: 2) ? documents[other].text : documents[edited].text
            start = ContinuousClock.now
            let changes = live.update(replacing: [edited: current[edited]])
            updates.append(seconds(ContinuousClock.now - start))
            written.append(changes.written.count + changes.deleted.count)
        }
        print(String(format: "its text replaced by another's and back: median of %d %.2f ms, slowest %.2f ms; %d files rewritten",
                     updates.count, median(updates) * 1000, updates.max()! * 1000, written.sorted()[written.count / 2]))
    }

    if verify {
        current[edited].text += " kiểm chứng"
        _ = live.update(replacing: [edited: current[edited]])
        var expected: [String: [UInt8]] = [:]
        SearchIndex.write(documents: current, jobs: jobs) { path, contents in expected[path] = contents }
        let files = live.files()
        let same = files.count == expected.count && files.allSatisfy { expected[$0.path] == $0.contents }
        print("verify: the live index's \(files.count) files are \(same ? "byte-identical to" : "NOT those of") a full write")
        if !same { exit(1) }
    }
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
case "floor":
    let options = BenchOptions(arguments.dropFirst(), runs: 3, output: NSTemporaryDirectory() + "chibo-bench-floor",
                               flag: "--writing-only",
                               usage: "chibo-bench floor --content DIR [--output DIR] [--jobs N] [--runs N] [--writing-only]")
    try benchmarkFloor(content: options.content, output: options.output, jobs: options.jobs, runs: options.runs,
                       writingOnly: options.flag)
case "search-update":
    let options = BenchOptions(arguments.dropFirst(), runs: 5, flag: "--verify",
                               usage: "chibo-bench search-update --content DIR [--jobs N] [--runs N] [--verify]")
    benchmarkSearchUpdate(content: options.content, jobs: options.jobs, runs: options.runs, verify: options.flag)
case "rebuild":
    let options = BenchOptions(arguments.dropFirst(), runs: 5, output: NSTemporaryDirectory() + "chibo-rebuild",
                               flag: "--verify",
                               usage: "chibo-bench rebuild --content DIR [--output DIR] [--jobs N] [--runs N] [--verify]")
    try benchmarkRebuild(content: options.content, output: options.output, jobs: options.jobs, runs: options.runs,
                         verify: options.flag)
default:
    fail("usage: chibo-bench citations [MEGABYTES] [--content DIR] | chibo-bench floor --content DIR [--output DIR] [--jobs N] [--runs N] [--writing-only]"
        + " | chibo-bench search-update --content DIR [--jobs N] [--runs N] [--verify]"
        + " | chibo-bench rebuild --content DIR [--output DIR] [--jobs N] [--runs N] [--verify]")
}
