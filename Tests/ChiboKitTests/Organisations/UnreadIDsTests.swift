import Foundation
import Testing
@testable import ChiboKit

/// A data file chibo cannot read whole is reported where it breaks, and
/// nothing that names an id written in it is told the id does not exist.
struct UnreadIDsTests {
    private func check(_ files: [String: String]) throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (path, text) in files { try folder.write("content/" + path, text) }
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 1))
        return report.diagnostics.filter { $0.severity == .error }
            .map { "\($0.file.split(separator: "/").last!):\($0.location.line) \($0.code.rawValue)" }
    }

    private let types = "- id: xom\n  name: \"Chi bộ xóm\"\n"

    @Test func aRecordsFileYAMLCannotReadInventsNoUnknownParent() throws {
        let errors = try check([
            "types.yml": types,
            "orgs/tinh.yml": "- id: tinh-thu\n  name: \"Đảng bộ tỉnh Thử\n  level: tinh\n",
            "orgs/xa.csv": "id,name,level,parent\nxa-mot,Đảng bộ xã Một,cap-tren-co-so,tinh-thu\nxa-hai,Đảng bộ xã Hai,cap-tren-co-so,tinh-tu\n",
        ])
        // The syntax error, and the parent that is written nowhere; not `tinh-thu`.
        #expect(errors.filter { $0.hasPrefix("tinh.yml") }.count == 1)
        #expect(errors.filter { $0.hasPrefix("xa.csv") } == ["xa.csv:3 org.parent"])
    }

    @Test func aRefusedCSVRowsChildrenAreNotOrphans() throws {
        let errors = try check([
            "types.yml": types,
            "orgs/xa.csv": "id,name,level,parent,type\nxa-mot,Đảng bộ \"Xã\" Một,cap-tren-co-so,,\nxom-a,Chi bộ xóm A,chi-bo,xa-mot,xom\n",
        ])
        #expect(errors == ["xa.csv:2 frontmatter.invalid"])
    }

    @Test func aTypesFileThatCannotBeReadLeavesTypesAndPacksAlone() throws {
        let errors = try check([
            "types.yml": "- id: xom\n  name: \"Chi bộ xóm\n- id: co-quan-xa\n  name: Chi bộ cơ quan xã\n",
            "orgs/xa.yml": "- id: xom-a\n  name: Chi bộ xóm A\n  level: chi-bo\n  type: xom\n- id: xom-b\n  name: Chi bộ xóm B\n  level: chi-bo\n  type: xon\n",
            "packs/2031-01/xom.md": "---\ntitle: \"Sinh hoạt tháng 1\"\nmonth: 2031-01\ntype: xom\n---\n\nNội dung.\n",
        ])
        #expect(errors.filter { !$0.hasPrefix("types.yml") } == ["xa.yml:8 org.type"])
        #expect(errors.contains { $0.hasPrefix("types.yml") })
    }

    /// A directive entry whose `symbol` line cannot be read: its citations
    /// are not also "not in the registry" (whose hint would add it twice).
    @Test func anEntryWhoseSymbolCannotBeReadIsNotUnknownToItsCitations() throws {
        let errors = try check([
            "directives/05-ct-tw.md": "---\nsymbol: \"05-CT/TW\ndate: 2016-05-15\nkind: \"Chỉ thị\"\n---\n",
            "guidance/a.md": "---\ntitle: \"A\"\n---\n\nTheo Chỉ thị số 05-CT/TW, ngày 15/5/2016 và Chỉ thị số 06-CT/TW, ngày 16/5/2016.\n",
        ])
        #expect(errors == ["05-ct-tw.md:2 frontmatter.invalid", "a.md:5 citation.unknown"])
    }

    @Test func idsAreReadLeniently() {
        #expect(UnreadIDs.inYAML("- id: a-b # note\n  name: \"x\n-   id: 'c'\nidea: d\n  id:\n") == ["a-b", "c"])
        #expect(UnreadIDs.inCSV("name;\"id\";level\nX;\"x-1\";chi-bo\nY\n;x-2;\n", delimiter: ";") == ["x-1", "x-2"])
    }
}
