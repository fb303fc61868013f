import Foundation
import FuzzSupport
@testable import ChiboKit

/// CSV organisation records, as a build reads `orgs/*.csv`: the bytes are
/// decoded as a content file, read by `CSVRecordReader` (SwiftCSV values,
/// `CSVCellPositions` places), typed by `RecordReader` inside
/// `RecordFiles.load` beside the real types.yml, stats.yml and rules.yml,
/// then assembled into the organisation tree (`SiteBuilder`, parents,
/// cycles, types; the public edition when the first byte is odd) and
/// checked against the rules (`RuleChecker`).
private let dataFiles: [String: SourceFile] = {
    var files: [String: SourceFile] = [:]
    for name in ["types.yml", "stats.yml", "rules.yml"] { files[name] = FuzzSupport.source(name) }
    return files
}()

private let csvPath = "orgs/fuzz.csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = FuzzSupport.data(bytes, size)
    let (source, decodeProblems) = SourceFile.decode(data, relativePath: csvPath, displayPath: "content/" + csvPath)
    if source.isBinary { return 0 }
    _ = decodeProblems
    let entries = (dataFiles.keys.sorted() + [csvPath]).map { ContentEntry(relativePath: $0, absolutePath: "/nonexistent/" + $0) }
    let (files, _) = RecordFiles.load(entries, jobs: 1) { entry in
        entry.relativePath == csvPath ? (source, []) : (dataFiles[entry.relativePath], [])
    }
    var content = LoadedContent(config: SiteConfig(), pages: [], assets: [], files: [])
    content.recordFiles = files
    let publicEdition = (data.first ?? 0) & 1 == 1
    let site = SiteBuilder(isPublicEdition: publicEdition, displayRoot: "content").build(content, into: DiagnosticEngine())
    var problems: [Diagnostic] = []
    _ = RuleChecker(site: site).breaches(into: &problems)
    return 0
}

// Last, after every global above is set: libFuzzer takes over.
FuzzSupport.run(fuzz)
