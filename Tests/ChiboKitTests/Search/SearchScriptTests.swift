import Foundation
import Testing

/// search.js runs on the PCs communes have: browsers from 2019. It must not
/// use syntax or library calls that came later (a browser that does not know
/// them stops at the whole file, and search silently does nothing).
struct SearchScriptTests {
    @Test func searchScriptKeepsToWhat2019BrowsersRun() throws {
        let script = try String(contentsOfFile: Fixtures.theme + "/assets/search.js", encoding: .utf8)
        let code = script.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        for later in ["?.", "??", "\\p{", ".replaceAll(", ".at(", "structuredClone", "Promise.any", "Promise.allSettled",
                      "globalThis", "class ", "import ", "export "] {
            #expect(!code.contains(later), "search.js uses `\(later)`")
        }
        // Private class fields and the like: `#name` outside strings is the
        // only other common later syntax; strings here hold only `#` + anchors.
        #expect(!code.contains(" #"), "search.js uses a private name")
    }
}
