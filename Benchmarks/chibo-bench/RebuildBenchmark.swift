import ChiboKit
import Foundation

/// `rebuild`: issue 9's incremental build. Copies DIR's content to a
/// scratch folder beside OUTPUT, times whole builds of it (median of RUNS),
/// then a `LiveBuild` as `chibo serve` runs it: one whole build, then for
/// each kind of edit, RUNS × 2 rebuilds, the edit made and taken back:
/// - a guidance page's body: a copy of its first paragraph appended (new
///   text, new citations, so the cited directives' pages change too);
/// - its title (the folder indexes and the home page list it);
/// - a new heading (an anchor the pages linking to it may name);
/// - a directive's title (every citation of it shows it in its tooltip).
/// Prints each median rebuild and its ratio to a whole build (the issue's
/// target: at most 10 %). `--verify` then makes every edit at once,
/// rebuilds, builds the same content whole into a folder of its own and
/// compares every file.
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
    let directives = (try? fm.contentsOfDirectory(atPath: scratch + "/directives"))?.filter { $0.hasSuffix(".md") && $0 != "index.md" }.sorted() ?? []
    let directive = try directives.lazy.map { scratch + "/directives/" + $0 }
        .first { try String(contentsOfFile: $0, encoding: .utf8).contains("\ntitle: \"") }
    func retitled(_ text: String) -> String {
        text.replacingOccurrences(of: "\ntitle: \"", with: "\ntitle: \"Sửa lại: ")
    }
    let heading = "\n## Mục viết thêm khi họp\n\nNội dung.\n"
    var edits = [
        Edit(name: "guidance body", path: path, original: original,
             edited: original + "\n" + paragraph.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"),
        Edit(name: "guidance title", path: path, original: original,
             edited: retitled(original)),
        Edit(name: "guidance heading", path: path, original: original, edited: original + heading),
    ]
    if let directive {
        let text = try String(contentsOfFile: directive, encoding: .utf8)
        edits.append(Edit(name: "directive title", path: directive, original: text,
                          edited: retitled(text)))
    }

    // Each edit made and taken back RUNS times, each followed by a rebuild.
    for edit in edits {
        guard edit.edited != edit.original else { fail("the \(edit.name) edit changes nothing in \(edit.path)") }
        var rebuilds: [Double] = []
        var written: [Int] = []
        for run in 0..<(2 * runs) {
            try (run.isMultiple(of: 2) ? edit.edited : edit.original).write(toFile: edit.path, atomically: true, encoding: .utf8)
            start = ContinuousClock.now
            let report = try live.build(changed: [edit.path])
            rebuilds.append(seconds(ContinuousClock.now - start))
            guard case .incremental(_, let files) = live.lastKind else { fail("the rebuild was whole: \(live.lastKind)") }
            guard report.wroteSite else { fail("the edit has errors") }
            written.append(files)
        }
        let ratio = median(rebuilds) / median(whole)
        print(String(format: "rebuild after a %@ edit (%@): median of %d %.1f ms, slowest %.1f ms; %d files written; "
                     + "ratio %.3f (target at most 0.10): %@", edit.name, String(edit.path.dropFirst(scratch.count + 1)),
                     rebuilds.count, median(rebuilds) * 1000, rebuilds.max()! * 1000, written.sorted()[written.count / 2],
                     ratio, ratio <= 0.10 ? "PASS" : "MISS"))
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

    if verify {
        // Every edit at once, as a burst of saves: the guidance page's three in one.
        var changed: [String: String] = [:]
        for edit in edits { changed[edit.path] = edit.edited }
        changed[path] = retitled(original) + "\n" + paragraph.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
            + heading
        for (file, text) in changed { try text.write(toFile: file, atomically: true, encoding: .utf8) }
        _ = try live.build(changed: Array(changed.keys))
        let reference = output + "-reference"
        _ = try SitePipeline.build(options(reference))
        defer { try? fm.removeItem(atPath: reference) }
        let liveFiles = filesUnder(output)
        let wholeFiles = filesUnder(reference)
        let differing = Set(liveFiles.keys).union(wholeFiles.keys).filter { liveFiles[$0] != wholeFiles[$0] }.sorted()
        print("verify (\(live.lastKind)): \(liveFiles.count) files, " + (differing.isEmpty
            ? "byte-identical to a whole build" : "\(differing.count) differ from a whole build: \(differing.prefix(5))"))
        if !differing.isEmpty { exit(1) }
    }
}

/// One edit the benchmark makes and takes back.
private struct Edit {
    var name: String
    var path: String
    var original: String
    var edited: String
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
