/// The files one `chibo new` command creates, relative to the content
/// folder, with their text: computed in full before anything is written,
/// so that `ScaffoldWriter` can refuse the whole of it or write all of it.
public struct Scaffold: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        /// Relative to the content folder, `/`-separated: `packs/2027-02/chung.md`.
        public var relativePath: String
        public var contents: String

        public init(relativePath: String, contents: String) {
            self.relativePath = relativePath
            self.contents = contents
        }
    }

    public var files: [File]

    public init(files: [File]) {
        self.files = files
    }

    public func file(_ relativePath: String) -> File? { files.first { $0.relativePath == relativePath } }
}

/// Why `chibo new` refuses to run (exit code 2): arguments that name no
/// valid month, symbol, id or level, a file that already exists, a theme
/// without the archetype. Nothing has been written when it is thrown.
public typealias ScaffoldError = EnvironmentError
