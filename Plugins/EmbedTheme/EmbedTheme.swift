import Foundation
import PackagePlugin

/// Compiles the repository's `theme/` and `VERSION` into ChiboKit at build
/// time, so that `chibo` is one file that builds a site anywhere, and
/// `theme/` stays the one source of the built-in theme.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let theme = root.appending(path: "theme")
        let version = root.appending(path: "VERSION")
        let files = (FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isRegularFileKey])?.allObjects ?? [])
            .compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTheme+Files.swift")
        let script = root.appending(path: "Plugins/EmbedTheme/embed-theme.sh")
        return [
            .buildCommand(
                displayName: "Compiling theme/ and VERSION into chibo",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, theme.path, version.path, output.path],
                inputFiles: files + [version, script],
                outputFiles: [output]
            ),
        ]
    }
}
