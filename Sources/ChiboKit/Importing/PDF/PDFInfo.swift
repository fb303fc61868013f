/// What `pdfinfo` says of a PDF that matters before reading its text: the
/// number of pages, and whether it is encrypted in a way that forbids
/// copying text (poppler then refuses to hand the text over).
struct PDFInfo: Equatable {
    var pageCount = 0
    var isEncrypted = false
    var allowsCopying = true

    /// Reads `pdfinfo`'s `Key: value` lines; an encrypted file's line reads
    /// `Encrypted: yes (print:yes copy:no change:yes addNotes:yes algorithm:AES-256)`.
    static func parse(_ output: String) -> PDFInfo {
        var info = PDFInfo()
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmed
            switch line[..<colon] {
            case "Pages": info.pageCount = Int(value) ?? 0
            case "Encrypted":
                info.isEncrypted = value.hasPrefix("yes")
                info.allowsCopying = !value.contains("copy:no")
            default: break
            }
        }
        return info
    }

    /// poppler's words when a file needs a password even to be opened.
    static func needsPassword(_ standardError: String) -> Bool {
        standardError.contains("Incorrect password")
    }
}
