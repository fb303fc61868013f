import Foundation

/// One Markdown source, loaded, parsed and checked: the unit every later
/// stage works on.
public struct Page: Sendable {
    public var source: SourceFile
    /// Kind and metadata are read once, when the page is made (`title`).
    public let kind: PageKind
    public var metadata: PageMetadata { metadataStorage.value }
    /// The front matter, held by one reference: pages are copied often
    /// (every `pages[i]` that is not read field by field), and the front
    /// matter's dozen strings and lists were a dozen retains per copy.
    private let metadataStorage: MetadataStorage

    private final class MetadataStorage: Sendable {
        let value: PageMetadata
        init(_ value: PageMetadata) { self.value = value }
    }
    private let storedTitle: String
    /// The body's Markdown tree. A build keeps trees only while
    /// `KeptPageBudget` lasts (a national site's would fill the memory): it
    /// reads what later stages need while the tree is at hand (`BodyFacts`),
    /// and for a page without a kept tree this parses the body again, so
    /// read it once per use. Pages made one at a time
    /// (`ContentLoader.page(from:)`) keep theirs.
    public var document: MarkdownNode {
        get { keptDocument ?? MarkdownParser.parse(body) }
        set { keptDocument = newValue }
    }
    var keptDocument: MarkdownNode?
    /// Where the Markdown body starts in `source.text`, in UTF-8 bytes.
    var bodyOffset: Int
    public var headings: [Heading]
    /// The file line where the Markdown body starts (after the front matter).
    public var bodyFirstLine: Int
    /// Where the page is written in the site, `/`-separated: `guidance/x.html`.
    public var outputPath: String
    /// An `index.md`: the introduction of its folder's generated index page.
    public var isFolderIntroduction: Bool
    /// The title folded for sorting and comparing, computed once: folding
    /// inside a sort comparator would redo it n log n times.
    public var titleKey: String = ""
    /// `document.shownFootnoteLabels`, computed once at load: the
    /// renderer, the link walk and the citation reader all need it.
    public var shownFootnoteLabels: Set<String> = []

    /// What later stages need from the body's tree, read at load.
    public var bodyFacts = BodyFacts()

    /// The Markdown body: the source after its front matter.
    public var body: String {
        let utf8 = source.text.utf8
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: min(bodyOffset, utf8.count))...]))
    }

    /// The file the page was read from, to read its text again once it was
    /// let go; nil for a page made from text in memory.
    var origin: SourceOrigin?
    /// True once the text was let go: `source` keeps its paths and written
    /// columns, `body` is empty until the page is `reopened()`.
    private(set) var isTextReleased = false

    init(source: SourceFile, kind: PageKind, metadata: PageMetadata, bodyOffset: Int, bodyFirstLine: Int,
         isFolderIntroduction: Bool) {
        self.source = source
        self.kind = kind
        metadataStorage = MetadataStorage(metadata)
        self.bodyOffset = bodyOffset
        self.bodyFirstLine = bodyFirstLine
        self.isFolderIntroduction = isFolderIntroduction
        headings = []
        outputPath = ""
        storedTitle = Self.title(kind: kind, metadata: metadata, source: source)
        titleKey = VietnameseText.fold(storedTitle)
    }

    /// Lets go of the text and tree. A build reads what it needs from them
    /// at load (`BodyFacts`) and, past its `KeptPageBudget`, reads the file
    /// again where it renders it.
    mutating func releaseText() {
        source = source.withoutText()
        keptDocument = nil
        isTextReleased = true
    }

    /// The page with its text read again from its file, or why it cannot
    /// be: the file changed or went away since the build read it.
    func reopened() -> (page: Page, problem: Diagnostic?) {
        guard isTextReleased else { return (self, nil) }
        guard let origin, let data = FileManager.default.contents(atPath: origin.diskPath),
              SourceOrigin.digest(of: data) == origin.digest else {
            return (self, Diagnostic(file: source.displayPath, at: SourceLocation(line: 1, column: 1), code: .buildUnreadable,
                                     message: Message(ContentFileMessages.changedDuringBuild)))
        }
        var page = self
        page.source = origin.isText
            ? SourceFile(relativePath: source.relativePath, displayPath: source.displayPath,
                         text: String(decoding: data, as: UTF8.self))
            : SourceFile.decode(data, relativePath: source.relativePath, displayPath: source.displayPath).0
        page.isTextReleased = false
        return (page, nil)
    }

    /// The page's title; pages without one (a diagnostic was reported) fall
    /// back to the directive symbol or the file name so the build can go on.
    /// Worked out once, when the page is made: every list, link and search
    /// entry naming the page reads it.
    public var title: String { storedTitle }

    static func title(kind: PageKind, metadata: PageMetadata, source: SourceFile) -> String {
        // A registry entry is named by kind and symbol; its subject line is a fact.
        if kind == .directive, let symbol = metadata.symbol {
            return [metadata.kind, symbol].compactMap { $0 }.joined(separator: " ")
        }
        if let title = metadata.title { return title }
        if let symbol = metadata.symbol { return [metadata.kind, symbol].compactMap { $0 }.joined(separator: " ") }
        let name = SitePath.fileName(of: source.relativePath)
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Every fragment a link may point at on this page.
    public var anchors: Set<String> {
        var result = Set(headings.map(\.anchor))
        for number in 0..<footnoteCount {
            result.insert("fn:\(number + 1)")
            result.insert("fnref:\(number + 1)")
        }
        return result
    }

    /// Footnotes that are both defined and referenced, as the renderer numbers them.
    public var footnoteCount: Int { shownFootnoteLabels.count }

    /// The file location of a position in the parsed Markdown: the body keeps
    /// the file's columns, only its lines are shifted by the front matter.
    public func fileLocation(line: Int, byteColumn: Int) -> SourceLocation {
        source.location(line: line + bodyFirstLine - 1, byteColumn: byteColumn)
    }
}

/// Where a page's text can be read again: the file as the file system
/// spells its path, and a digest of the bytes first read from it.
struct SourceOrigin: Sendable {
    var diskPath: String
    var digest: Int
    /// The bytes were the text as read, nothing to decode (UTF-8, NFC, no
    /// BOM or CR): read again, they need no second look.
    var isText: Bool

    init(diskPath: String, bytes: Data, isText: Bool) {
        self.diskPath = diskPath
        digest = Self.digest(of: bytes)
        self.isText = isText
    }

    static func digest(of bytes: Data) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}

extension Array {
    /// Reads an element where it is stored, through a pointer: `pages[i].title`,
    /// or a `borrowing` closure parameter, copies the whole element first
    /// (for a page, some thirty references retained and released again,
    /// on an array both threads read); `pointer.pointee.title` reads the one
    /// field.
    @inline(__always)
    func inPlace<Result>(_ index: Int, _ read: (UnsafePointer<Element>) throws -> Result) rethrows -> Result {
        // Checked as `self[index]` is: a pointer past the end reads anything.
        precondition(index >= 0 && index < count, "index out of range")
        return try withUnsafeBufferPointer { try read($0.baseAddress! + index) }
    }

    /// Visits every element where it is stored, with its index (`for page
    /// in pages` copies each page).
    @inline(__always)
    func forEachInPlace(_ body: (Int, UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { elements in
            for index in elements.indices { try body(index, elements.baseAddress! + index) }
        }
    }
}
