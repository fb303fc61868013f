import Foundation

/// Applies the certain fixes of one file to its text as written: the
/// bytes around each edit stay as they were, so the file keeps its BOM,
/// its line ends (CRLF or LF) and everything no fix names.
public struct FileFixer: Sendable {
    /// The file's text as written, BOM and CRs included.
    public private(set) var text: String
    public private(set) var applied: [AppliedEdit] = []
    /// Edits left out: their place is not in the file, or another edit
    /// already changed it (the next round of `--fix` takes them up).
    public private(set) var skipped: [SourceEdit] = []

    public init(text: String) {
        self.text = text
    }

    /// Applies `edits` (all of this file), from the end of the file back so
    /// that each edit's place is still where the check found it.
    public mutating func apply(_ edits: [SourceEdit]) {
        let lines = LineTable(text)
        var located: [(edit: SourceEdit, range: Range<Int>)] = []
        for edit in Set(edits) {
            guard let range = lines.scalarRange(edit.range) else {
                skipped.append(edit)
                continue
            }
            located.append((edit, range))
        }
        located.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var kept: [(edit: SourceEdit, range: Range<Int>)] = []
        for candidate in located {
            if let last = kept.last, last.range.overlaps(candidate.range) || last.range == candidate.range {
                skipped.append(candidate.edit)
            } else {
                kept.append(candidate)
            }
        }
        var scalars = Array(text.unicodeScalars)
        let lineEnd = lines.usesCRLF ? "\r\n" : "\n"
        var done: [AppliedEdit] = []
        for (edit, range) in kept.reversed() {
            let old = String(String.UnicodeScalarView(scalars[range]))
            let new = lines.usesCRLF ? edit.replacement.replacingOccurrences(of: "\n", with: lineEnd) : edit.replacement
            // Compared scalar by scalar: String's `==` holds NFD and NFC text equal.
            guard !old.unicodeScalars.elementsEqual(new.unicodeScalars) else { continue }
            scalars.replaceSubrange(range, with: new.unicodeScalars)
            done.append(AppliedEdit(file: edit.file, location: edit.range.start, code: edit.code, old: old, new: edit.replacement))
        }
        text = String(String.UnicodeScalarView(scalars))
        applied += done.reversed()
    }

    /// Where each line starts, in scalars, for turning line and column into an offset.
    struct LineTable {
        var starts: [Int] = [0]
        var lengths: [Int] = []
        var usesCRLF = false
        let count: Int

        init(_ text: String) {
            var offset = 0
            var lineStart = 0
            var previous: Unicode.Scalar?
            var crlf = 0, lf = 0
            for scalar in text.unicodeScalars {
                offset += 1
                if scalar == "\n" {
                    if previous == "\r" { crlf += 1 } else { lf += 1 }
                    // A line's length leaves out its end (`\n`, and a `\r` before it).
                    lengths.append(offset - 1 - lineStart - (previous == "\r" ? 1 : 0))
                    starts.append(offset)
                    lineStart = offset
                }
                previous = scalar
            }
            lengths.append(offset - lineStart)
            count = offset
            usesCRLF = crlf > lf
        }

        /// The scalars of `range` (end inclusive), when both ends are on their lines.
        func scalarRange(_ range: SourceRange) -> Range<Int>? {
            guard let start = offset(range.start), let end = offset(range.end), start <= end else { return nil }
            return start..<(end + 1)
        }

        private func offset(_ location: SourceLocation) -> Int? {
            let line = location.line - 1
            guard line >= 0, line < starts.count, location.column >= 1, location.column <= lengths[line] else { return nil }
            return starts[line] + location.column - 1
        }
    }
}
