import Foundation
import Testing
@testable import ChiboKit

/// `chibo check` on a small site written to a temporary folder: the
/// diagnostics of `guidance/a.md` and that page's text.
private func checkPage(_ body: String, directives: [String: String]) throws -> (diagnostics: [Diagnostic], text: String) {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = "---\ntitle: Trang thử\ndate: 2025-12-01\n---\n" + body + "\n"
    try folder.write("content/guidance/a.md", text)
    for (name, frontMatter) in directives { try folder.write("content/directives/\(name).md", "---\n\(frontMatter)\n---\n") }
    let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 1))
    return (report.diagnostics.filter { $0.file.hasSuffix("guidance/a.md") }, text)
}

/// The text with a suggestion applied as `check --fix` applies it: its
/// range (1-based lines, columns in Unicode scalars, end inclusive)
/// replaced by its replacement.
func applying(_ suggestion: Suggestion?, to text: String) -> String? {
    guard let suggestion, let replacement = suggestion.replacement, let range = suggestion.range,
          range.start.line == range.end.line else { return nil }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).unicodeScalars) }
    let index = range.start.line - 1
    guard lines.indices.contains(index), range.start.column >= 1, range.end.column <= lines[index].count else { return nil }
    lines[index].replaceSubrange((range.start.column - 1)..<range.end.column, with: Array(replacement.unicodeScalars))
    return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
}

/// The words a POSIX shell makes of a command: bare words and double-quoted
/// ones with `\` escaping the next character, as `sh` reads them.
private func shellWords(_ command: String) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false, quoted = false, escaped = false
    for character in command {
        if escaped { word.append(character); escaped = false; continue }
        if quoted {
            if character == "\\" { escaped = true } else if character == "\"" { quoted = false } else { word.append(character) }
            continue
        }
        switch character {
        case " ": if inWord { words.append(word); word = ""; inWord = false }
        case "\"": quoted = true; inWord = true
        case "\\": escaped = true; inWord = true
        default: word.append(character); inWord = true
        }
    }
    if inWord { words.append(word) }
    return words
}

/// The command inside the first pair of backticks of a message.
private func command(in message: String) -> String? {
    let parts = message.split(separator: "`", omittingEmptySubsequences: false)
    return parts.count >= 3 ? String(parts[1]) : nil
}

/// Runs the words of `chibo new directive …` through the scaffold's own
/// reading of its arguments: the command given must be one it accepts.
private func scaffold(of words: [String]) throws -> DirectiveScaffold {
    #expect(Array(words.prefix(3)) == ["chibo", "new", "directive"])
    var options: [String: String] = [:]
    var index = 4
    while index + 1 < words.count {
        options[words[index]] = words[index + 1]
        index += 2
    }
    return try DirectiveScaffold(symbol: words[3], date: options["--date"] ?? "", title: options["--title"],
                                 issuer: options["--issuer"], kind: options["--kind"])
}

struct CitationHintTests {
    static let chiThi10 = "symbol: 10-CT/TW\ndate: 2007-03-30\nkind: Chỉ thị\nissuer: Ban Bí thư"
    static let chiThi05 = "symbol: 05-CT/TW\ndate: 2016-05-15\nkind: Chỉ thị\nissuer: Bộ Chính trị"
    static let chiThi50 = "symbol: 50-CT/TW\ndate: 2025-07-23\nkind: Chỉ thị\nissuer: Ban Bí thư"

    /// Number, date and issuer all differ from the only entry of its kind:
    /// no "did you mean", but the command that registers what is cited.
    @Test func unlikeAnyEntryTellsHowToAddIt() throws {
        let (diagnostics, _) = try checkPage("Theo Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.",
                                             directives: ["10-ct-tw": Self.chiThi10])
        let unknown = try #require(diagnostics.first { $0.code == .citationUnknown })
        let suggestion = try #require(unknown.suggestion)
        #expect(!suggestion.message.description.contains("10-CT/TW"))
        #expect(suggestion.replacement == nil)
        #expect(command(in: suggestion.message.description)
                == #"chibo new directive 05-CT/TW --date 2016-05-15 --kind "Chỉ thị" --issuer "Bộ Chính trị""#)
        let made = try scaffold(of: shellWords(try #require(command(in: suggestion.message.description))))
        #expect(made.symbol.text == "05-CT/TW" && made.date.description == "2016-05-15")
        #expect(made.kind == "Chỉ thị" && made.issuer == "Bộ Chính trị")
    }

    /// A slip of one character with the date agreeing is offered; the
    /// same slip with another date is a different document.
    @Test func oneSlipIsOfferedOnlyWhenTheDateAgrees() throws {
        let agreeing = try checkPage("Theo Chỉ thị số 51-CT/TW, ngày 23/7/2025 của Ban Bí thư.", directives: ["50": Self.chiThi50])
        let offered = try #require(agreeing.diagnostics.first { $0.code == .citationUnknown }?.suggestion)
        #expect(offered.message.description.hasPrefix("did you mean 50-CT/TW of 23/7/2025"))
        #expect(offered.replacement == "50-CT/TW" && !offered.isCertain)
        #expect(applying(offered, to: agreeing.text)?.contains("Chỉ thị số 50-CT/TW, ngày 23/7/2025") == true)

        let disagreeing = try checkPage("Theo Chỉ thị số 51-CT/TW, ngày 1/2/2020 của Ban Bí thư.", directives: ["50": Self.chiThi50])
        let told = try #require(disagreeing.diagnostics.first { $0.code == .citationUnknown }?.suggestion)
        #expect(!told.message.description.contains("did you mean"))
        #expect(command(in: told.message.description)?.hasPrefix("chibo new directive 51-CT/TW --date 2020-02-01") == true)
    }

    /// Same number and date, another kind code: the entry is likely meant.
    @Test func sameNumberAndDateIsOffered() throws {
        let (diagnostics, text) = try checkPage("Theo Hướng dẫn số 05-HD/TW, ngày 15/5/2016 của Bộ Chính trị.",
                                                directives: ["05": Self.chiThi05, "10": Self.chiThi10])
        let offered = try #require(diagnostics.first { $0.code == .citationUnknown }?.suggestion)
        #expect(offered.message.description.hasPrefix("did you mean 05-CT/TW of 15/5/2016"))
        #expect(applying(offered, to: text)?.contains("Hướng dẫn số 05-CT/TW, ngày 15/5/2016") == true)
    }

    /// A state document (`NĐ-CP`) as a held-out site writes it: a slip is
    /// offered, an unknown one gets a command the scaffold accepts (its
    /// symbol quoted for the `Đ`), and an undated one a date to fill in.
    @Test func stateDocuments() throws {
        let nghiDinh = "symbol: 114/2003/NĐ-CP\ndate: 2003-12-10\nkind: Nghị định\nissuer: Chính phủ"
        let (diagnostics, _) = try checkPage("""
            Theo Nghị định số 115/2003/NĐ-CP ngày 10/12/2003 của Chính phủ.

            Theo Nghị định số 99/2010/NĐ-CP, ngày 1/2/2010 của Chính phủ.

            Theo Nghị định số 98/2011/NĐ-CP của Chính phủ.
            """, directives: ["114": nghiDinh])
        let unknown = diagnostics.filter { $0.code == .citationUnknown }.sorted()
        #expect(unknown.count == 3)
        #expect(unknown[0].suggestion?.message.description.hasPrefix("did you mean 114/2003/NĐ-CP of 10/12/2003") == true)
        let dated = try #require(command(in: unknown[1].suggestion?.message.description ?? ""))
        #expect(dated == #"chibo new directive "99/2010/NĐ-CP" --date 2010-02-01 --kind "Nghị định" --issuer "Chính phủ""#)
        #expect(try scaffold(of: shellWords(dated)).symbol.text == "99/2010/NĐ-CP")
        let undated = try #require(unknown[2].suggestion?.message.description)
        #expect(command(in: undated)?.contains("--date YYYY-MM-DD") == true)
        #expect(undated.contains("date of issue"))
    }

    /// A short form names no symbol: an unknown one gets no hint at all,
    /// and no entry of another number is offered for it.
    @Test func shortFormGetsNoFalseHint() throws {
        let (diagnostics, _) = try checkPage("Theo Chỉ thị số 77, ngày 1/2/2020 của Ban Bí thư.", directives: ["50": Self.chiThi50])
        #expect(!diagnostics.contains { $0.suggestion?.message.description.contains("50-CT/TW") == true })
    }

    @Test(arguments: [
        ("Bộ Chính trị", #""Bộ Chính trị""#),
        (#"Ban "Tổ chức" $HOME `x` \ y"#, #""Ban \"Tổ chức\" \$HOME \`x\` \\ y""#),
    ])
    func issuerIsQuotedForAShell(_ issuer: String, _ quoted: String) {
        #expect(ShellWord.quoted(issuer, always: true) == quoted)
        #expect(shellWords("x " + quoted) == ["x", issuer])
    }

    /// The message quotes the code as the editor typed it, not as read.
    @Test func misspeltIssuerCodeIsQuotedAsTyped() throws {
        let (diagnostics, _) = try checkPage("Theo Chỉ thị số 05-CT/TƯ, ngày 15/5/2016 của Bộ Chính trị.",
                                             directives: ["05": Self.chiThi05])
        let mismatch = try #require(diagnostics.first { $0.code == .citationIssuerMismatch })
        #expect(mismatch.message.description.hasPrefix("the issuer code TƯ of 05-CT/TƯ disagrees"))
    }

    // MARK: Certain fixes

    /// The registry's date in the citation's own style, replacing exactly the date.
    @Test(arguments: [
        ("Chỉ thị số 05-CT/TW, ngày 5/3/2019 của Bộ Chính trị.", "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị."),
        ("Chỉ thị số 05-CT/TW, Ngày 05-03-2019 của Bộ Chính trị.", "Chỉ thị số 05-CT/TW, Ngày 15-05-2016 của Bộ Chính trị."),
        ("Chỉ thị số 05-CT/TW, ngày 5 tháng 3 năm 2019 của Bộ Chính trị.",
         "Chỉ thị số 05-CT/TW, ngày 15 tháng 5 năm 2016 của Bộ Chính trị."),
        ("Thực hiện Chỉ thị số 05-CT/TW (ngày 04/02/2019) của Bộ Chính trị.",
         "Thực hiện Chỉ thị số 05-CT/TW (ngày 15/05/2016) của Bộ Chính trị."),
    ])
    func registryDateIsACertainFix(_ written: String, _ fixed: String) throws {
        let (diagnostics, text) = try checkPage(written, directives: ["05": Self.chiThi05])
        let mismatch = try #require(diagnostics.first { $0.code == .citationDateMismatch })
        #expect(mismatch.suggestion?.isCertain == true)
        #expect(applying(mismatch.suggestion, to: text) == text.replacingOccurrences(of: written, with: fixed))
    }

    /// The registry's issuing body replaces exactly `của <body>`, keeping
    /// what follows (the term) and how `của` is written.
    @Test func registryIssuingBodyIsACertainFix() throws {
        let written = "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Ban Bí thư khóa XII."
        let (diagnostics, text) = try checkPage(written, directives: ["05": Self.chiThi05])
        let mismatch = try #require(diagnostics.first { $0.code == .citationIssuerMismatch })
        #expect(mismatch.suggestion?.isCertain == true)
        #expect(applying(mismatch.suggestion, to: text)
                == text.replacingOccurrences(of: written, with: "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII."))
    }

    /// One entry with that number and date differs only in the issuer
    /// code: certain. Without a date to confirm it, a hint only.
    @Test func issuerCodeIsCertainOnlyWhenTheDateConfirmsIt() throws {
        let dated = try checkPage("Theo Chỉ thị số 05-CT/TU, ngày 15/5/2016 của Bộ Chính trị.", directives: ["05": Self.chiThi05])
        let fix = try #require(dated.diagnostics.first { $0.code == .citationIssuerMismatch }?.suggestion)
        #expect(fix.isCertain)
        #expect(applying(fix, to: dated.text)?.contains("Theo Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.") == true)

        let undated = try checkPage("Theo Chỉ thị số 05-CT/TU của Bộ Chính trị.", directives: ["05": Self.chiThi05])
        let hint = try #require(undated.diagnostics.first { $0.code == .citationIssuerMismatch }?.suggestion)
        #expect(!hint.isCertain)
    }
}
