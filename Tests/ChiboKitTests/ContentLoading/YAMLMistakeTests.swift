import Testing
@testable import ChiboKit

/// The common YAML mistakes are said in plain words, with the corrected
/// line where there is one right answer.
struct YAMLMistakeTests {
    static func problem(_ yaml: String) -> Diagnostic? {
        YAMLReader(file: "x.md", firstLine: 2).readRecovering(yaml).problems.first
    }

    @Test func aColonInAPlainValueIsQuoted() throws {
        let problem = try #require(Self.problem("title: Hướng dẫn: sinh hoạt\ndate: 2024-01-02"))
        #expect(problem.location == SourceLocation(line: 2, column: 17))
        #expect(problem.message.description == "the value of `title` contains `:`, which YAML reads as the start of another key")
        #expect(problem.suggestion?.message.description == "put the value in double quotes: `title: \"Hướng dẫn: sinh hoạt\"`")
        #expect(problem.suggestion?.replacement == "title: \"Hướng dẫn: sinh hoạt\"")
        #expect(problem.suggestion?.range == SourceRange(start: SourceLocation(line: 2, column: 1), end: SourceLocation(line: 2, column: 27)))
        #expect(problem.suggestion?.isCertain == true)
    }

    @Test(arguments: [("symbol: \"05-CT/TW", "symbol: \"05-CT/TW\""), ("title: 'Về học tập", "title: 'Về học tập'")])
    func aQuoteNeverClosedIsClosed(_ line: String, _ corrected: String) throws {
        let problem = try #require(Self.problem(line + "\ndate: 2016-05-15"))
        #expect(problem.location.line == 2)
        #expect(problem.message.description.contains("that is never closed"))
        #expect(problem.suggestion?.replacement == corrected)
        #expect(problem.suggestion?.isCertain == true)
    }

    @Test func quotesInsideQuotesBecomeVietnameseQuotes() throws {
        let problem = try #require(Self.problem("title: \"Nghị quyết \"Về đảng\" số 1\""))
        #expect(problem.location == SourceLocation(line: 2, column: 20))
        #expect(problem.message.description.contains("double quotes inside its double quotes"))
        #expect(problem.suggestion?.replacement == "title: \"Nghị quyết “Về đảng” số 1\"")
        #expect(problem.suggestion?.message.description.contains("single quotes") == true)
        #expect(problem.suggestion?.isCertain == true)
        // An odd quote has no certain pair.
        #expect(Self.problem("title: \"Số \"1 năm\"")?.suggestion?.isCertain == false)
    }

    @Test func aTabInTheIndentationIsNamed() throws {
        let problem = try #require(Self.problem("aliases:\n\t- \"A\""))
        #expect(problem.location == SourceLocation(line: 3, column: 1))
        #expect(problem.message.description.contains("indented with a tab"))
        #expect(problem.suggestion?.replacement == nil)
    }

    @Test func aMissingSpaceAfterTheColonIsAdded() throws {
        let problem = try #require(Self.problem("title: A\ndate:2024-01-02\nsummary: x"))
        #expect(problem.location == SourceLocation(line: 3, column: 5))
        #expect(problem.message.description == "`date:` needs a space after the colon, or YAML does not see a key and its value")
        #expect(problem.suggestion?.replacement == "date: 2024-01-02")
        #expect(problem.suggestion?.isCertain == true)
        // Alone, the line reads as one word, not as a map: the same help.
        #expect(Self.problem("date:2024-01-02")?.suggestion?.replacement == "date: 2024-01-02")
    }

    @Test func aListItemUnderAValueIsExplained() throws {
        let problem = try #require(Self.problem("title: A\n- b\ndate: 2024-01-02"))
        #expect(problem.location == SourceLocation(line: 3, column: 1))
        #expect(problem.message.description == "`title` already has its value (`A`) on its own line, so this `- ` item cannot belong to it")
        #expect(problem.suggestion?.isCertain == false)
    }

    /// Data files get the same words (types.yml, records).
    @Test func dataFilesAreExplainedToo() {
        let (_, problem) = YAMLReader(file: "types.yml", firstLine: 1).read("- id: xom\n  name: Chi bộ: xóm\n")
        #expect(problem?.suggestion?.replacement == "  name: \"Chi bộ: xóm\"")
        #expect(problem?.location == SourceLocation(line: 2, column: 15))
    }
}
