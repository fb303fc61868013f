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
            throw ImportProblem("Reading an old Word .doc file needs LibreOffice: install it with "
                + "`sudo apt install libreoffice-writer`, or open the file in Word and save it as .docx",
                isMissingTool: true)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-doc-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw ImportProblem("chibo could not make a temporary folder to convert the .doc file in: "
                + "check that the disk is not full, or save the file as .docx in Word and import that")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        try convert(url, with: office, into: folder)
        let converted = folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".docx")
        guard FileManager.default.fileExists(atPath: converted.path) else {
            throw ImportProblem("LibreOffice could not convert \(url.lastPathComponent) to .docx: the file may be damaged "
                + "or protected by a password. Open it in Word or LibreOffice, save it as .docx, and import that file")
        }
        var document = try read(fileAt: converted)
        document.readAs = "Word (.doc, converted by LibreOffice)"
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
            throw ImportProblem("chibo found LibreOffice at \(office) but could not start it: "
                + "check that it works (run `soffice --version`), or save the file as .docx in Word and import that")
        } catch {
            throw ImportProblem("LibreOffice took more than \(Int(conversionTimeLimit)) seconds to convert "
                + "\(file.lastPathComponent) and was stopped: open the file in Word or LibreOffice, save it as .docx, "
                + "and import that file")
        }
    }
}
