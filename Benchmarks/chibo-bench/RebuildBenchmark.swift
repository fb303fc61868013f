import ChiboKit
import Foundation

/// `rebuild`: issue 9's incremental build. Copies DIR's content to a
/// scratch folder beside OUTPUT, times whole builds of it (median of RUNS),
/// then a `LiveBuild` as `chibo serve` runs it: one whole build, then RUNS
/// × 2 edits of one guidance page's body, each followed by a rebuild. Odd
/// edits append a copy of the page's first paragraph (new text, new
/// citations, so the cited directives' pages change too), even ones take
/// it away again. Prints the median rebuild and its ratio to a whole build
/// (the issue's target: at most 10 %). `--verify` then builds the edited
/// content whole into a folder of its own and compares every file.
func benchmarkRebuild(content: String, output: String, jobs: Int, runs: Int, verify: Bool) throws {
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    let fm = FileManager.default
    let scratch = output + "-content"
    try? fm.removeItem(atPath: scratch)
    try fm.copyItem(atPath: content, toPath: scratch)
    defer { try? fm.removeItem(atPath: scratch) }
    func options(_ folder: String) -> BuildOptions {
        BuildOptions(contentDirectory: scratch, themeDirectory: repository.appendingPathComponent("theme").path,
                     outputDirectory: folder, jobs: jobs)
    }

    var whole: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let report = try SitePipeline.build(options(output + "-whole"))
        whole.append(seconds(ContinuousClock.now - start))
        guard report.wroteSite else { fail("the content has errors: \(report.errorCount)") }
    }
    try? fm.removeItem(atPath: output + "-whole")

    let live = LiveBuild(options: options(output))
    var start = ContinuousClock.now
    let first = try live.build()
    let firstSeconds = seconds(ContinuousClock.now - start)
    print(String(format: "whole build: median of %d %.3f s; live session's first (whole) build %.3f s, %d pages",
                 runs, median(whole), firstSeconds, first.pageCount))

    let pages = (fm.enumerator(atPath: scratch + "/guidance")?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".md") && !$0.hasSuffix("index.md") }.sorted()
    guard let page = pages.first else { fail("no guidance page under \(content)") }
    let path = scratch + "/guidance/" + page
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let body = original.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
    guard let paragraph = body.components(separatedBy: "\n\n").first(where: {
        !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("|")
    }) else { fail("no paragraph in \(path)") }
    let edited = original + "\n" + paragraph.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"

    var rebuilds: [Double] = []
    var written: [Int] = []
    for run in 0..<(2 * runs) {
        try (run.isMultiple(of: 2) ? edited : original).write(toFile: path, atomically: true, encoding: .utf8)
        start = ContinuousClock.now
        let report = try live.build(changed: [path])
        rebuilds.append(seconds(ContinuousClock.now - start))
        guard case .incremental(_, let files) = live.lastKind else { fail("the rebuild was whole: \(live.lastKind)") }
        guard report.wroteSite else { fail("the edit has errors") }
        written.append(files)
    }
    // What `chibo serve` adds before each rebuild: a look at every file.
    var looks: [Double] = []
    var fileCount = 0
    for _ in 0..<runs {
        start = ContinuousClock.now
        fileCount = FolderSnapshot(of: [scratch, repository.appendingPathComponent("theme").path]).fileCount
        looks.append(seconds(ContinuousClock.now - start))
    }
    print(String(format: "chibo serve's look at the folders (%d files): median of %d %.1f ms", fileCount, runs, median(looks) * 1000))
    let ratio = median(rebuilds) / median(whole)
    print(String(format: "rebuild after one page's edit (guidance/%@): median of %d %.1f ms, slowest %.1f ms; %d files written",
                 page, rebuilds.count, median(rebuilds) * 1000, rebuilds.max()! * 1000, written.sorted()[written.count / 2]))
    print(String(format: "rebuild / whole build: %.3f (target at most 0.10): %@", ratio, ratio <= 0.10 ? "PASS" : "MISS"))

    if verify {
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try live.build(changed: [path])
        let reference = output + "-reference"
        _ = try SitePipeline.build(options(reference))
        defer { try? fm.removeItem(atPath: reference) }
        let liveFiles = filesUnder(output)
        let wholeFiles = filesUnder(reference)
        let differing = Set(liveFiles.keys).union(wholeFiles.keys).filter { liveFiles[$0] != wholeFiles[$0] }.sorted()
        print("verify: \(liveFiles.count) files, " + (differing.isEmpty
            ? "byte-identical to a whole build" : "\(differing.count) differ from a whole build: \(differing.prefix(5))"))
        if !differing.isEmpty { exit(1) }
    }
}

/// Every file under a folder, by path, with its bytes.
func filesUnder(_ folder: String) -> [String: Data] {
    var files: [String: Data] = [:]
    let fm = FileManager.default
    guard let enumerator = fm.enumerator(atPath: folder) else { return [:] }
    for case let path as String in enumerator {
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = fm.contents(atPath: folder + "/" + path)
        }
    }
    return files
}
