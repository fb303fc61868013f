import Foundation
import Testing
@testable import ChiboKit

/// A small content folder for the `chibo new` tests: two cell types, three
/// real registry entries (copied from the repository's content), last
/// month's packs citing some of them, and a province with one commune.
enum ScaffoldFixture {
    static func make() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("content/types.yml", """
            - id: xom
              name: "Chi bộ thôn, xóm"
            - id: co-quan-xa
              name: "Chi bộ cơ quan xã"
            """)
        for file in ["50-ct-tw.md", "42-hd-btctw.md", "01-hd-tu.md"] {
            try folder.write("content/directives/" + file,
                             String(contentsOfFile: Fixtures.content + "/directives/" + file, encoding: .utf8))
        }
        try folder.write("content/packs/2027-01/chung.md", """
            ---
            title: "Định hướng chung tháng 01/2027"
            month: 2027-01
            kind: dinh-ky
            ---
            Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư; nhắc lại Chỉ thị 50-CT/TW.
            """)
        try folder.write("content/packs/2027-01/xom.md", """
            ---
            title: "Chi bộ thôn, xóm tháng 01/2027"
            month: 2027-01
            type: xom
            kind: dinh-ky
            ---
            Theo Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương.
            """)
        try folder.write("content/orgs/cay.yml", """
            - id: tinh-thu
              name: "Đảng bộ tỉnh Thử"
              level: tinh
            - id: xa-thu
              name: "Đảng bộ xã Thử"
              level: cap-tren-co-so
              parent: tinh-thu
            """)
        return folder
    }

    static func content(_ folder: TemporaryFolder) throws -> ScaffoldContent {
        try ScaffoldContent.load(directory: folder.path + "/content", jobs: 2)
    }

    static func archetypes(_ names: [String]) throws -> Archetypes {
        try Archetypes.load(names, themeDirectory: Fixtures.theme)
    }

    /// `chibo new` as the command runs it: load, make, write.
    @discardableResult
    static func create(in folder: TemporaryFolder, archetypes names: [String],
                       _ make: (ScaffoldContent, Archetypes) throws -> Scaffold) throws -> [String] {
        let scaffold = try make(content(folder), archetypes(names))
        return try ScaffoldWriter(contentDirectory: folder.path + "/content", displayRoot: "content").write(scaffold)
    }

    static func read(_ folder: TemporaryFolder, _ relativePath: String) -> String? {
        try? String(contentsOfFile: folder.path + "/content/" + relativePath, encoding: .utf8)
    }

    /// The page the loader makes of a scaffolded file, and its problems.
    static func page(_ folder: TemporaryFolder, _ relativePath: String) throws -> (Page, [Diagnostic]) {
        let text = try #require(read(folder, relativePath))
        let source = SourceFile(relativePath: relativePath, displayPath: "content/" + relativePath, text: text)
        let (page, diagnostics) = ContentLoader.page(from: source)
        return (try #require(page), diagnostics)
    }

    /// The reminder's entries: the `#     - …` lines of the front matter.
    static func remindedDirectives(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("#     - ") }.map { String($0.dropFirst(8)) }
    }
}
