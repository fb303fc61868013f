import Foundation

/// How much parsed Markdown a build may keep from loading to rendering.
///
/// A page's text and tree are needed twice: at load, to read its facts and
/// citations, and at render, once the whole site is known. Keeping them
/// saves reading and parsing the file again (and waiting on cmark-gfm's
/// lock a second time); letting them go keeps a national site's memory
/// bounded. Pages keep theirs while the budget lasts, the rest are read
/// again where they are rendered. Which pages keep theirs depends on the
/// order the threads finish in; the output never does.
final class KeptPageBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int

    init(bytes: Int) { remaining = bytes }

    /// Takes `bytes` from the budget if they fit.
    func take(_ bytes: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard bytes <= remaining else { return false }
        remaining -= bytes
        return true
    }
}
