import Foundation

// Writes a Swift file holding every file of a theme folder (base64, so any
// byte survives the trip through a string literal) and the version:
//   chibo-embed-theme THEME_DIR VERSION_FILE OUTPUT.swift
// Run by the EmbedTheme build plugin; the output is never committed.

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: chibo-embed-theme THEME_DIR VERSION_FILE OUTPUT.swift\n".utf8))
    exit(2)
}
let theme = URL(fileURLWithPath: arguments[1])
let versionText = (try? String(contentsOfFile: arguments[2], encoding: .utf8)) ?? ""
let version = versionText.trimmingCharacters(in: .whitespacesAndNewlines)
guard !version.isEmpty, version.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-+".contains($0)) }) else {
    FileHandle.standardError.write(Data("\(arguments[2]): one version is expected, such as 0.27.0\n".utf8))
    exit(1)
}

var files: [(path: String, data: Data)] = []
let prefix = theme.standardizedFileURL.path + "/"
if let walk = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let path = String(url.standardizedFileURL.path.dropFirst(prefix.count))
        // Hidden files (an editor's swap file, .DS_Store) are no part of a theme.
        guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            FileHandle.standardError.write(Data("\(url.path): could not be read\n".utf8))
            exit(1)
        }
        files.append((path, data))
    }
}
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("\(theme.path): no theme files found\n".utf8))
    exit(1)
}
files.sort { $0.path < $1.path }

var source = """
    // Generated from theme/ and VERSION by chibo-embed-theme when chibo is
    // built (Plugins/EmbedTheme). Edit theme/, never this file.

    extension ChiboVersion {
        static let written = "\(version)"
    }

    extension BuiltInTheme {
        static let encodedFiles: [(path: String, base64: String)] = [

    """
for file in files {
    let path = file.path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(path)\", \"\(file.data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
do {
    let output = URL(fileURLWithPath: arguments[3])
    // Unchanged output keeps its date, so nothing that depends on it is rebuilt.
    if (try? String(contentsOf: output, encoding: .utf8)) != source {
        try source.write(to: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("\(arguments[3]): \(error.localizedDescription)\n".utf8))
    exit(1)
}
