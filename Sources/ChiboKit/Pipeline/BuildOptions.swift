import Foundation

/// What `chibo build` and `chibo check` are asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var themeDirectory: String
    public var outputDirectory: String
    /// Leave out everything marked `visibility: internal`.
    public var isPublicEdition: Bool
    /// Worker threads for loading and rendering.
    public var jobs: Int
    /// Also write the built site as one zip file here (`--zip`), with
    /// `index.html` at its top.
    public var zipPath: String?
    /// Replace an existing output folder even when no earlier build left
    /// its marker there (`--force`). `/`, the home, content, theme and
    /// working folders are refused all the same.
    public var force = false
    /// The user's home folder, which is never an output folder. A setting
    /// so that tests can name a folder of their own.
    public var homeDirectory: String? = ProcessInfo.processInfo.environment["HOME"]
    /// Bytes of page texts and parsed trees kept from loading to rendering
    /// instead of read and parsed again (`KeptPageBudget`).
    public var keptPageBytes = BuildOptions.defaultKeptPageBytes
    public static let defaultKeptPageBytes = 96 << 20
    /// The most pages a build makes its search index for while it renders
    /// them. Both at once need more memory than one after the other; above
    /// this a national site keeps to its memory.
    public var searchIndexBesidePagesLimit = 30_000
    /// How a pack still holding `chibo new pack`'s placeholders is
    /// reported (`pack.placeholder`): a warning while the editor works
    /// (`check`, `serve`); `build` and `check --strict` make it an error, so
    /// that nothing half-done is published.
    public var unfinishedWork = Severity.warning
    /// Told how far the build has gone (a progress bar); nil for none.
    public var progress: BuildProgress?

    public init(contentDirectory: String = "content", themeDirectory: String = "theme", outputDirectory: String = "_site",
                isPublicEdition: Bool = false, jobs: Int? = nil) {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.isPublicEdition = isPublicEdition
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The folder name shown in diagnostics: the path as the user gave it,
    /// without a trailing slash.
    var contentDisplayRoot: String {
        var root = contentDirectory
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        return root
    }
}

/// A reason the command could not run at all (exit code 2): the content
/// folder is missing, the output folder is unsafe, the disk refused a write.
extension BuildOptions {
    /// `chibo check --fix` for this content folder, to copy as it is.
    public var fixCommand: String {
        contentDirectory == "content" ? "chibo check --fix" : "chibo check --fix --content \(ShellWord.quoted(contentDirectory))"
    }
}

public struct EnvironmentError: Error, CustomStringConvertible {
    public var message: Message
    public init(_ message: Message) { self.message = message }

    /// English, as a log or a test shows it.
    public var description: String { message.description }

    public func text(in language: Language) -> String { message.text(in: language) }

    /// What `error` says, as the value of a message: chibo's own words for
    /// its own errors (in the message's language), anything else's text as
    /// it came.
    static func reason(_ error: any Error) -> Message {
        switch error {
        case let error as EnvironmentError: error.message
        case let error as OutputError: error.message
        default: Message(verbatim: "\(error)")
        }
    }
}

/// What a build or check found and did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// The files read, as shown in diagnostics.
    public var files: [String]
    public var fileCount: Int { files.count }
    public var pageCount: Int
    /// True when the new site replaced the output folder.
    public var wroteSite: Bool
    /// Bytes of the built site, and of its search index within it.
    public var siteBytes = 0
    public var searchIndexBytes = 0
    /// Pages rendered from the text and tree kept at load, of all pages
    /// parsed (`BuildOptions.keptPageBytes`).
    public var keptPageCount = 0
    public var parsedPageCount = 0
    /// How long each stage took, in the order they ran (`--verbose`).
    public var stageTimes: [StageTime] = []

    /// The language of the site (`site.yml`'s `language`): what the
    /// preview's overlay speaks over its pages.
    public var siteLanguage: Language

    public init(diagnostics: [Diagnostic], files: [String], pageCount: Int = 0, wroteSite: Bool = false,
                siteLanguage: String? = nil) {
        self.diagnostics = diagnostics
        self.files = files
        self.pageCount = pageCount
        self.wroteSite = wroteSite
        self.siteLanguage = Language.of(siteLanguage: siteLanguage)
    }

    public var errorCount: Int { DiagnosticCount(diagnostics).errors }

    /// interfaces.md: 0 success, 1 the content has errors (warnings too
    /// with `strict`). 2 is for `EnvironmentError`s, which never make a report.
    public func exitCode(strict: Bool = false) -> Int32 {
        errorCount > 0 || (strict && warningCount > 0) ? 1 : 0
    }
    public var warningCount: Int { DiagnosticCount(diagnostics).warnings }
}
