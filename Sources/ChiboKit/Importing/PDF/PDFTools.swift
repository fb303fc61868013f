import Foundation

/// Where the programs the PDF reader runs are looked for, and how long each
/// may take. Tests pass folders without them to see what an editor without
/// poppler or tesseract is told.
struct PDFTools {
    var searchFolders: [String]
    var timeout: TimeInterval = 60

    /// The folders of `PATH`, then the usual places of Debian and Homebrew,
    /// for a chibo started from a desktop launcher with a short `PATH`.
    static var standard: PDFTools {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        var seen = Set<String>()
        return PDFTools(searchFolders: folders.filter { seen.insert($0).inserted })
    }

    /// The program's full path, or nil when no folder holds it.
    func path(of tool: String) -> String? {
        ToolProcess.find([tool], in: searchFolders)
    }

    static let missingPoppler = ImportProblem(Message(ImportMessages.missingPoppler), isMissingTool: true)

    /// Runs one of poppler's programs, in the editor's words when it cannot.
    func runPoppler(_ tool: String, _ arguments: [String]) throws(ImportProblem) -> ToolProcess.Output {
        guard let executable = path(of: tool) else { throw Self.missingPoppler }
        do {
            return try ToolProcess.run(executable, arguments, timeout: timeout)
        } catch .couldNotStart {
            throw Self.missingPoppler
        } catch {
            throw ImportProblem(Message(ImportMessages.popplerTimedOut, ["seconds": Int(timeout)]))
        }
    }
}
