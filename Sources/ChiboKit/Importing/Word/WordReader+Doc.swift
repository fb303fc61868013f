import Foundation

/// Old Word documents (`.doc`, Word 97–2003) are a binary format chibo does
/// not read itself: LibreOffice converts them to `.docx`, which is read as
/// any other.
extension WordReader {
    /// How long a conversion may take before chibo gives up on it.
    static let conversionTimeLimit: TimeInterval = 120

    static func convertingDoc(at url: URL) throws(ImportProblem) -> SourceDocument {
        try convertingDoc(at: url, searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")
    }

    /// `searchPath` is where LibreOffice is looked for (a `PATH`), so that
    /// tests can say it is missing.
    static func convertingDoc(at url: URL, searchPath: String) throws(ImportProblem) -> SourceDocument {
        let folders = searchPath.split(separator: ":").map(String.init)
        guard let office = ToolProcess.find(["soffice", "libreoffice"], in: folders) else {
            throw ImportProblem(Message(ImportMessages.missingLibreOffice), isMissingTool: true)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-doc-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw ImportProblem(Message(ImportMessages.docNoTemporaryFolder))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        try convert(url, with: office, into: folder)
        let converted = folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".docx")
        guard FileManager.default.fileExists(atPath: converted.path) else {
            throw ImportProblem(Message(ImportMessages.docNotConverted, ["file": url.lastPathComponent]))
        }
        var document = try read(fileAt: converted)
        document.readAs = Message(ImportMessages.readAsDoc)
        return document
    }

    /// Runs LibreOffice without a window, with a profile of its own in
    /// `folder` (so the editor's own LibreOffice settings are left alone
    /// and an open LibreOffice does not take the job), stopping it after
    /// the time limit.
    private static func convert(_ file: URL, with office: String, into folder: URL) throws(ImportProblem) {
        let arguments = [
            "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
            "--headless", "--convert-to", "docx", "--outdir", folder.path, file.path,
        ]
        do {
            _ = try ToolProcess.run(office, arguments, timeout: conversionTimeLimit)
        } catch .couldNotStart {
            throw ImportProblem(Message(ImportMessages.libreOfficeWontStart, ["path": office]))
        } catch {
            throw ImportProblem(Message(ImportMessages.libreOfficeTimedOut,
                                        ["seconds": Int(conversionTimeLimit), "file": file.lastPathComponent]))
        }
    }
}
