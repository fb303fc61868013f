import Foundation
import Testing
@testable import ChiboKit

/// The catalogue holds every message in both languages, with the same
/// values in each: a message that lacks its Vietnamese, or names a value
/// the other language does not show, fails here.
struct MessageCatalogueTests {
    @Test func everyEntryHasBothLanguagesWithTheSamePlaceholders() {
        for entry in MessageCatalogues.entries {
            let english = MessageTemplate(entry.texts.english)
            let vietnamese = MessageTemplate(entry.texts.vietnamese)
            #expect(!entry.texts.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.id) has no English")
            #expect(!entry.texts.vietnamese.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.id) has no Vietnamese")
            #expect(english.placeholders == vietnamese.placeholders,
                    "\(entry.id): English shows \(english.placeholders.sorted()), Vietnamese \(vietnamese.placeholders.sorted())")
            #expect(entry.texts.english != entry.texts.vietnamese, "\(entry.id): the Vietnamese is the English")
            #expect(entry.texts.vietnamese == entry.texts.vietnamese.precomposedStringWithCanonicalMapping,
                    "\(entry.id): the Vietnamese is not NFC")
        }
    }

    @Test func entryIdsAreUnique() {
        var seen = Set<String>()
        for entry in MessageCatalogues.entries {
            #expect(seen.insert(entry.id).inserted, "\(entry.id) twice")
        }
    }

    @Test func everyDiagnosticCodeHasASummaryAndEverySummaryACode() {
        for code in DiagnosticCode.all {
            #expect(code.summary != nil, "\(code) has no summary in the catalogue")
        }
        for summary in CodeSummaries.allCases {
            #expect(DiagnosticCode.all.contains { $0.rawValue == summary.rawValue }, "\(summary.rawValue) is no code")
        }
    }

    /// A part of the catalogue that `MessageCatalogues.all` does not list
    /// would escape the tests above.
    @Test func everyPartOfTheCatalogueIsListed() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/ChiboKit/Messages/Catalogue").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        var declared: Set<String> = []
        let pattern = try Regex(#"(?:enum (\w+): String, MessageCatalogue|struct (\w+): CodeExplanation)"#)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring ?? match.output[2].substring { declared.insert(String(name)) }
            }
        }
        #expect(!declared.isEmpty)
        let listed = Set(MessageCatalogues.all.map { String(describing: $0) })
        #expect(declared == listed, "declared but not listed: \(declared.subtracting(listed).sorted())")
    }

    @Test func placeholdersAreFilledAndCountsTakeTheirWord() {
        let one = Message(ReportMessages.summary, ["files": 1, "errors": 0, "warnings": 2, "notes": 1])
        #expect(one.text(in: .en) == "1 file checked: 0 errors, 2 warnings, 1 note")
        #expect(one.text(in: .vi) == "Đã kiểm tra 1 tệp: 0 lỗi, 2 cảnh báo, 1 vấn đề đã chấp nhận")
    }

    @Test func bracesThatAreNoPlaceholderStayText() {
        #expect(MessageTemplate("{{ page.title }} and {x}").placeholders == ["x"])
        #expect(MessageTemplate("{a b}").placeholders.isEmpty)
    }

    @Test func languageFollowsTheLocaleVariablesInTheirOrder() {
        #expect(Language.of(environment: ["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(Language.of(environment: ["LANG": "vi_VN.UTF-8", "LC_ALL": "C.UTF-8"]) == .en)
        #expect(Language.of(environment: ["LANG": "C", "LC_MESSAGES": "vi_VN"]) == .vi)
        #expect(Language.of(environment: ["LC_ALL": "", "LANG": "vi"]) == .vi)
        #expect(Language.of(environment: [:]) == .en)
    }
}
