/// A unified diff of two texts, line by line, with three lines of context:
/// what `chibo check --fix --dry-run` prints instead of writing.
public enum UnifiedDiff {
    public static func make(old: String, new: String, oldLabel: String, newLabel: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        guard !a.elementsEqual(b, by: same) else { return "" }
        let operations = diff(a, b)
        var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
        let changes = operations.indices.filter { operations[$0].kind != .same }
        var next = 0
        while next < changes.count {
            // A hunk: a run of changes no more than 2 × context equal lines apart, with context around.
            var last = changes[next]
            let first = changes[next]
            next += 1
            while next < changes.count, changes[next] - last <= 2 * context + 1 {
                last = changes[next]
                next += 1
            }
            let hunk = operations[max(0, first - context)..<min(operations.count, last + 1 + context)]
            let oldCount = hunk.filter { $0.kind != .added }.count
            let newCount = hunk.filter { $0.kind != .removed }.count
            let oldStart = hunk.first!.oldLine + (oldCount == 0 ? 0 : 1)
            let newStart = hunk.first!.newLine + (newCount == 0 ? 0 : 1)
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for operation in hunk {
                let prefix = switch operation.kind { case .same: " "; case .removed: "-"; case .added: "+" }
                out += prefix + operation.text + "\n"
            }
        }
        return out
    }

    /// Lines compared byte for byte: String's `==` holds NFD and NFC text equal,
    /// and a fix to NFC must show.
    private static func same(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    struct Operation {
        enum Kind { case same, removed, added }
        var kind: Kind
        var text: String
        /// Lines of each side before this one (0-based positions).
        var oldLine: Int
        var newLine: Int
    }

    /// The longest common subsequence of the lines between the common
    /// head and tail (fixes change a few lines of a page).
    static func diff(_ a: [String], _ b: [String]) -> [Operation] {
        var head = 0
        while head < a.count, head < b.count, same(a[head], b[head]) { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, same(a[a.count - 1 - tail], b[b.count - 1 - tail]) { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = same(x[i], y[j]) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var operations: [Operation] = []
        for k in 0..<head { operations.append(Operation(kind: .same, text: a[k], oldLine: k, newLine: k)) }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, same(x[i], y[j]) {
                operations.append(Operation(kind: .same, text: x[i], oldLine: head + i, newLine: head + j))
                i += 1; j += 1
            } else if i < x.count, j == y.count || table[i + 1][j] >= table[i][j + 1] {
                // Removed lines before added ones, as diff prints them.
                operations.append(Operation(kind: .removed, text: x[i], oldLine: head + i, newLine: head + j))
                i += 1
            } else {
                operations.append(Operation(kind: .added, text: y[j], oldLine: head + i, newLine: head + j))
                j += 1
            }
        }
        for k in 0..<tail {
            operations.append(Operation(kind: .same, text: a[a.count - tail + k],
                                        oldLine: a.count - tail + k, newLine: b.count - tail + k))
        }
        return operations
    }
}
