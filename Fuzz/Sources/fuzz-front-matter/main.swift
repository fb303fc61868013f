import Foundation
import FuzzSupport
@testable import ChiboKit

/// Front matter: a whole Markdown file's bytes decoded as the loader
/// decodes them (BOM, CRLF, NFC, legacy encodings), split at its `---`
/// fences, its YAML read into a `YAMLValue` and then into `PageMetadata`
/// with every diagnostic, for the page kind the first byte chooses; then
/// the title and summary are aligned back to where they are written
/// (`TextRunExtractor.frontMatterRuns`), as the citation pass does.
private let paths = ["guidance/fuzz.md", "directives/fuzz.md", "packs/2026-12/fuzz.md", "about.md"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = FuzzSupport.data(bytes, size)
    let path = paths[Int(data.first ?? 0) % paths.count]
    let (source, decodeProblems) = SourceFile.decode(data, relativePath: path, displayPath: "content/" + path)
    if source.isBinary { return 0 }
    var diagnostics = decodeProblems
    let split = FrontMatterSplit.split(source.text)
    if split.bodyFirstLine < 1 || split.bodyFirstLine > source.lineCount + 1 {
        FuzzSupport.fail("body starts at line \(split.bodyFirstLine) of \(source.lineCount)")
    }
    var root: YAMLValue?
    if let yaml = split.yaml {
        let (value, problem) = YAMLReader(file: source.displayPath, firstLine: split.yamlFirstLine).read(yaml)
        root = value
        if let problem { diagnostics.append(problem) }
    }
    var reader = MetadataReader(file: source.displayPath, kind: PageKind.of(relativePath: path))
    let metadata = reader.read(root, frontMatterLine: 1)
    diagnostics += reader.diagnostics
    let runs = TextRunExtractor.frontMatterRuns(source: source, metadata: metadata)
    for diagnostic in diagnostics { _ = diagnostic.columnsAsWritten(in: source) }
    _ = metadata.symbol.flatMap(DirectiveSymbol.init)
    _ = runs.count
    return 0
}

// Last, after every global above is set: libFuzzer takes over.
FuzzSupport.run(fuzz)
