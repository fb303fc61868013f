import Testing
@testable import ChiboKit

/// Every diagnostic code is explained, what it means and how to fix it,
/// and the explanations explain nothing but codes: a new code without its
/// explanation, or one renamed under it, fails here.
struct CodeExplanationTests {
    @Test func everyCodeHasAMeaningAndAFix() {
        for code in DiagnosticCode.all {
            #expect(code.meaning != nil, "\(code) has no meaning in the catalogue")
            #expect(code.howToFix != nil, "\(code) has no fix in the catalogue")
        }
    }

    @Test func everyMeaningAndFixIsACode() {
        let codes = Set(DiagnosticCode.all.map(\.rawValue))
        for meaning in CodeMeanings.allCases {
            #expect(codes.contains(meaning.rawValue), "meaning \(meaning.rawValue) is no code")
        }
        for fix in CodeFixes.allCases {
            #expect(codes.contains(fix.rawValue), "fix \(fix.rawValue) is no code")
        }
    }

    /// The explanations are whole texts: a `{…}` would be read as a value
    /// that nobody fills in.
    @Test func explanationsHoldNoPlaceholder() {
        let texts = CodeMeanings.allCases.map { ($0.rawValue, $0.texts) } + CodeFixes.allCases.map { ($0.rawValue, $0.texts) }
        for (code, text) in texts {
            for language in Language.allCases {
                #expect(MessageTemplate(text.text(in: language)).placeholders.isEmpty, "\(code) (\(language)) has a placeholder")
                #expect(!text.text(in: language).contains("{"), "\(code) (\(language)) has a brace")
            }
        }
    }
}
