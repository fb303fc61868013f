/// Rewrites the links and images of one page from content paths
/// (`../directives/50-ct-tw.md#hieu-luc`) to relative URLs of built files
/// (`../directives/50-ct-tw.html#hieu-luc`), and reports every link to a
/// file or anchor that does not exist at the place it is written.
public final class LinkResolver {
    private let site: Site
    /// What it reads of the page: a copy of the whole page was some thirty
    /// references retained for every page rendered.
    private let source: SourceFile
    private let outputPath: String
    private let bodyFirstLine: Int
    private let pageDirectory: String
    public private(set) var diagnostics: [Diagnostic] = []
    /// The destination being resolved, the subject of any problem reported.
    private var destination = ""

    public init(site: Site, page: Page) {
        self.site = site
        source = page.source
        outputPath = page.outputPath
        bodyFirstLine = page.bodyFirstLine
        pageDirectory = SitePath.directory(of: source.relativePath)
    }

    /// The href to write, or nil to keep the destination as written
    /// (external links, links that could not be resolved).
    public func resolve(_ reference: LinkReference) -> String? {
        let destination = reference.destination
        self.destination = destination
        guard !destination.isEmpty, !Self.hasScheme(destination), !destination.hasPrefix("//") else { return nil }
        let location = source.location(line: reference.line + bodyFirstLine - 1, byteColumn: reference.byteColumn)

        let (decodedPath, fragment) = SitePath.splitLink(destination)
        let pathPart = VietnameseText.nfc(decodedPath)

        if pathPart.isEmpty {
            guard let fragment else { return nil }
            if let index = site.index(ofSource: source.relativePath) {
                checkAnchor(fragment, ofPageAt: index, target: nil, at: location)
            }
            return "#" + SitePath.encodeSegment(fragment)
        }

        guard let target = SitePath.resolve(pathPart, from: pageDirectory) else {
            report(location, .linkBroken, Message(LinkMessages.outsideContent, ["target": destination]))
            return nil
        }
        guard let output = outputPath(of: target, destination: destination, at: location) else {
            return nil
        }
        if let fragment {
            if let index = site.index(ofSource: target) {
                checkAnchor(fragment, ofPageAt: index, target: target, at: location)
            } else if output.hasSuffix("index.html"),
                      let intro = site.index(ofSource: Site.introductionSource(ofFolder: SitePath.directory(of: output))) {
                checkAnchor(fragment, ofPageAt: intro, target: target, at: location)
            }
        }
        let url = SitePath.relativeURL(from: outputPath, to: output)
        return fragment.map { url + "#" + SitePath.encodeSegment($0) } ?? url
    }

    /// The content path a link leads to, as `resolve` reads it; nil for a
    /// link to another host, to a place on its own page, or out of the
    /// content folder.
    static func contentPath(linkedBy destination: String, fromDirectory directory: String) -> String? {
        guard !destination.isEmpty, !hasScheme(destination), !destination.hasPrefix("//") else { return nil }
        let pathPart = VietnameseText.nfc(SitePath.splitLink(destination).path)
        guard !pathPart.isEmpty else { return nil }
        return SitePath.resolve(pathPart, from: directory)
    }

    /// The site path a content path is written to, or nil after reporting why there is none.
    private func outputPath(of target: String, destination: String, at location: SourceLocation) -> String? {
        if let index = site.index(ofSource: target) {
            return site.pages[index].outputPath
        }
        // A folder, or its index.md, leads to the index page chibo generates for it.
        var folder = target.hasSuffix("/") ? String(target.dropLast()) : target
        if folder == "index.md" || folder.hasSuffix("/index.md") { folder = SitePath.directory(of: folder) }
        if site.outputPaths.contains(Site.indexPath(ofFolder: folder)) {
            return Site.indexPath(ofFolder: folder)
        }
        if site.assetPaths.contains(target) || site.outputPaths.contains(target) {
            return target
        }
        // A file left out, or a folder whose pages are all left out.
        if site.internalSources.contains(target) || site.internalSources.contains(where: { $0.hasPrefix(folder + "/") }) {
            report(location, .linkInternal, Message(LinkMessages.internalTarget, ["target": target]))
            return nil
        }
        let near = site.sourceNames.ranked(to: target)
        var suggestion: Suggestion?
        if !near.paths.isEmpty {
            // Written as the link writes it: relative, with its fragment kept.
            let fragment = destination.firstIndex(of: "#").map { String(destination[$0...]) } ?? ""
            let links = near.paths.map { SitePath.relativeURL(from: source.relativePath, to: $0) + fragment }
            suggestion = Suggestion(message: Message(CommonMessages.didYouMeanOneOf,
                                                     ["choices": CommonMessages.oneOf(links.map { "`\($0)`" })]))
            if near.isClearlyRight || links.count == 1 { offer(links[0], in: &suggestion, at: location) }
        }
        report(location, .linkBroken,
               Message(LinkMessages.brokenTarget, ["target": destination, "path": site.displayRoot + "/" + target]), suggestion)
        return nil
    }

    /// Every fragment a link may point at on a page, with the heading each
    /// anchor is made from. A type's pack also shows the month's common
    /// part (chung.md), whose ids there start with `chung-`
    /// (`PackPages.commonIDPrefix`): those are anchors of the pack too.
    private func anchors(ofPageAt index: Int) -> (ids: Set<String>, headings: [AnchorSource]) {
        var ids = site.anchors(ofPageAt: index)
        var headings = site.pages[index].headings.map { AnchorSource(heading: $0, isCommonPart: false) }
        if let common = commonPart(ofPackAt: index) {
            let prefix = PackPages.commonIDPrefix
            ids.formUnion(site.anchors(ofPageAt: common).map { prefix + $0 })
            headings += site.pages[common].headings.map { heading in
                var prefixed = heading
                prefixed.anchor = prefix + heading.anchor
                return AnchorSource(heading: prefixed, isCommonPart: true)
            }
        }
        return (ids, headings)
    }

    /// A heading and the anchor it gives, which in a pack may be the common part's.
    struct AnchorSource {
        var heading: Heading
        var isCommonPart: Bool
    }

    /// The month's chung.md shown inside the type's pack at `index`, if any.
    private func commonPart(ofPackAt index: Int) -> Int? {
        let path = site.pages[index].source.relativePath
        guard site.pages[index].kind == .pack, SitePath.fileName(of: path) != PackPages.commonFileName else { return nil }
        return site.index(ofSource: SitePath.directory(of: path) + "/" + PackPages.commonFileName)
    }

    /// `target`: the content path the link names, nil for a link to a
    /// place on its own page.
    private func checkAnchor(_ fragment: String, ofPageAt index: Int, target: String?, at location: SourceLocation) {
        if site.anchors(ofPageAt: index).contains(fragment) { return }
        let (anchors, headings) = anchors(ofPageAt: index)
        guard !anchors.contains(fragment) else { return }
        var suggestion: Suggestion?
        let slug = Slug.make(fragment)
        // The page's own order, headings first: the list reads like its table of contents.
        let headingAnchors = headings.map(\.heading.anchor)
        let candidates = headingAnchors + anchors.subtracting(headingAnchors).sorted()
        if anchors.contains(slug) {
            suggestion = Suggestion(message: Message(LinkMessages.anchorsAreSlugs, ["slug": slug]))
            offer("#" + slug, in: &suggestion, at: location)
        } else {
            let near = NearestMatch.ranked(fragment, in: candidates)
            let origin = Self.whereAnchorsComeFrom(headings, example: near.names.first)
            if near.names.isEmpty {
                suggestion = Suggestion(message: origin)
            } else {
                suggestion = Suggestion(message: Message(LinkMessages.didYouMeanAnchor, [
                    "choices": CommonMessages.oneOf(near.names.map { "`#\($0)`" }), "origin": origin]))
                if near.isClearlyRight || near.names.count == 1 { offer("#" + near.names[0], in: &suggestion, at: location) }
            }
        }
        let message = target.map { Message(LinkMessages.anchorMissing, ["target": $0, "fragment": fragment]) }
            ?? Message(LinkMessages.anchorMissingHere, ["fragment": fragment])
        report(location, .linkAnchor, message, suggestion)
    }

    /// "anchors are made from the headings of the page: `## Phần thứ tư`
    /// gives `#phan-thu-tu`", shown with the heading of the anchor
    /// suggested, or the page's first.
    static func whereAnchorsComeFrom(_ headings: [AnchorSource], example anchor: String?) -> Message {
        guard let source = headings.first(where: { $0.heading.anchor == anchor }) ?? headings.first else {
            return Message(LinkMessages.anchorsFromHeadingsNone)
        }
        let heading = source.heading
        let marks = String(repeating: "#", count: max(1, heading.level))
        let example = Message(LinkMessages.anchorExample, ["heading": marks + " " + heading.text, "anchor": heading.anchor])
        if source.isCommonPart {
            return Message(LinkMessages.anchorsFromCommonPart, ["prefix": PackPages.commonIDPrefix, "example": example])
        }
        return Message(LinkMessages.anchorsFromHeadings, ["example": example])
    }

    /// Makes `suggestion` replace the link's target, as written, by `target`:
    /// the fragment alone for a link to a place (`#phan-thu-tu` becomes
    /// `#phan-thu-tu-nhiem-vu`), the whole target otherwise. Left a hint in
    /// words when the target is not written as cmark-gfm read it
    /// (entities, escapes).
    private func offer(_ target: String, in suggestion: inout Suggestion?, at location: SourceLocation) {
        var replacement = target
        if target.hasPrefix("#"), let hash = destination.firstIndex(of: "#") {
            replacement = String(destination[..<hash]) + target
        }
        suggestion?.replacement = replacement
        suggestion?.range = writtenRange(of: destination, from: referenceDefinition(of: destination, usedAt: location) ?? location)
    }

    /// Where `destination` is written: after the `(` (or `(<`) of an inline
    /// link on the link's line or the few after it (its text may wrap),
    /// or at a reference definition's target.
    private func writtenRange(of destination: String, from start: SourceLocation) -> SourceRange? {
        guard !destination.isEmpty, start.line <= source.lineCount else { return nil }
        let length = destination.unicodeScalars.count
        for line in start.line...min(source.lineCount, start.line + 4) {
            let scalars = Array(source.line(line).unicodeScalars)
            let first = line == start.line ? max(0, start.column - 1) : 0
            guard first < scalars.count else { continue }
            let wanted = Array(destination.unicodeScalars)
            var column = first
            while column + length <= scalars.count {
                if Array(scalars[column..<column + length]) == wanted {
                    let before = column > 0 ? scalars[column - 1] : " "
                    let atDefinition = line == start.line && (column == start.column - 1 || column == start.column)
                    if before == "(" || before == "<" && column > 1 && scalars[column - 2] == "(" || atDefinition {
                        let range = SourceRange(start: SourceLocation(line: line, column: column + 1),
                                                end: SourceLocation(line: line, column: column + length))
                        return source.written(range)
                    }
                }
                column += 1
            }
        }
        return nil
    }

    private func report(_ location: SourceLocation, _ code: DiagnosticCode, _ message: Message, _ suggestion: Suggestion? = nil) {
        let at = referenceDefinition(of: destination, usedAt: location) ?? location
        diagnostics.append(Diagnostic(file: source.displayPath, at: at, code: code, message: message,
                                      suggestion: suggestion, subject: destination))
    }

    /// A reference-style link (`[text][r1]` … `[r1]: target.md`) writes its
    /// target on the definition's line: that is where to fix it. cmark-gfm
    /// keeps no position for definitions, so the line is looked up here,
    /// only for links that have a problem.
    private func referenceDefinition(of destination: String, usedAt location: SourceLocation) -> SourceLocation? {
        let usedLine = String(source.line(location.line))
        guard !usedLine.contains("(" + destination), !usedLine.contains("(<" + destination) else { return nil }
        for line in bodyFirstLine...max(bodyFirstLine, source.lineCount) {
            let text = String(source.line(line))
            let trimmed = text.drop { $0 == " " }
            guard text.count - trimmed.count <= 3, trimmed.hasPrefix("["), let close = trimmed.range(of: "]:") else { continue }
            let target = trimmed[close.upperBound...].drop { $0 == " " || $0 == "\t" }
            if target.hasPrefix(destination) || target.hasPrefix("<" + destination) {
                let column = text.unicodeScalars.count - target.unicodeScalars.count + 1
                return SourceLocation(line: line, column: column)
            }
        }
        return nil
    }

    /// `https:`, `mailto:`, `tel:` …: links to the world, left as written.
    static func hasScheme(_ destination: String) -> Bool {
        guard destination.utf8.contains(UInt8(ascii: ":")) else { return false }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}
