import Foundation
import Testing
@testable import ChiboKit

/// `chibo new directive SYMBOL --date …`.
struct DirectiveScaffoldTests {
    static func create(_ folder: TemporaryFolder, _ directive: DirectiveScaffold) throws -> [String] {
        try ScaffoldFixture.create(in: folder, archetypes: DirectiveScaffold.archetypeNames) {
            try directive.scaffold($0, archetypes: $1)
        }
    }

    @Test func createsTheEntryWithItsSymbolNormalisedAndItsKindFromTheCode() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        let created = try Self.create(folder, DirectiveScaffold(symbol: " 03-ĐA/TU ", date: "2026-05-28",
                                                                issuer: "Ban Thường vụ Tỉnh ủy Cao Bằng"))
        #expect(created == ["content/directives/03-da-tu.md"])
        let (page, problems) = try ScaffoldFixture.page(folder, "directives/03-da-tu.md")
        #expect(problems.isEmpty)
        #expect(page.metadata.symbol == "03-ĐA/TU")
        #expect(page.metadata.date?.description == "2026-05-28")
        #expect(page.metadata.kind == "Đề án")
        #expect(page.metadata.issuer == "Ban Thường vụ Tỉnh ủy Cao Bằng")
        // Nothing invented: no title was given, so none is written.
        #expect(page.metadata.title == nil || page.metadata.title == "03-ĐA/TU")
        #expect(!(ScaffoldFixture.read(folder, "directives/03-da-tu.md") ?? "").contains("\ntitle:"))
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        #expect(report.diagnostics.filter { $0.file.contains("03-da-tu") }.isEmpty)
        #expect(report.errorCount == 0)
    }

    @Test func theSameSymbolAndDateAnywhereIsRefused() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        let error = #expect(throws: ScaffoldError.self) {
            try Self.create(folder, DirectiveScaffold(symbol: "50-CT/TW", date: "2025-07-23"))
        }
        #expect(error?.message.description.contains("already registered in") == true)
        // Registered by a page elsewhere (any page with `symbol:`) counts too.
        try folder.write("content/guidance/de-an.md", "---\ntitle: \"Đề án\"\nsymbol: \"03-ĐA/TU\"\ndate: 2026-05-28\n---\n")
        #expect(throws: ScaffoldError.self) {
            try Self.create(folder, DirectiveScaffold(symbol: "03-ĐA/TU", date: "2026-05-28"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/content/directives/03-da-tu.md"))
    }

    /// Every province issues a `01-HD/TU`: another one gets `-YYYYMMDD`.
    @Test func anotherDirectiveWithTheSameSymbolGetsTheDateSuffix() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        let before = ScaffoldFixture.read(folder, "directives/01-hd-tu.md")
        let created = try Self.create(folder, DirectiveScaffold(symbol: "01-HD/TU", date: "2020-11-02"))
        #expect(created == ["content/directives/01-hd-tu-20201102.md"])
        #expect(ScaffoldFixture.read(folder, "directives/01-hd-tu.md") == before)
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        #expect(report.errorCount == 0)
        // Both names taken: refused, naming the file.
        try folder.write("content/directives/01-hd-tu-20191105.md", "x\n")
        let error = #expect(throws: ScaffoldError.self) {
            try Self.create(folder, DirectiveScaffold(symbol: "01-HD/TU", date: "2019-11-05"))
        }
        #expect(error?.message.description.contains("content/directives/01-hd-tu-20191105.md") == true)
        #expect(ScaffoldFixture.read(folder, "directives/01-hd-tu-20191105.md") == "x\n")
    }

    @Test func refusesWhatWouldNotBeAValidEntry() throws {
        #expect(throws: ScaffoldError.self) { try DirectiveScaffold(symbol: "50-CT/TW", date: "2025-02-30") }
        #expect(throws: ScaffoldError.self) { try DirectiveScaffold(symbol: "50-CT/TW", date: "23/7/2025") }
        #expect(throws: ScaffoldError.self) { try DirectiveScaffold(symbol: "../../etc", date: "2025-07-23") }
        #expect(throws: ScaffoldError.self) { try DirectiveScaffold(symbol: "chỉ thị", date: "2025-07-23") }
        // The kind must agree with the code; a shared code must be told.
        #expect(throws: ScaffoldError.self) { try DirectiveScaffold(symbol: "50-CT/TW", date: "2025-07-23", kind: "Hướng dẫn") }
        #expect(throws: ScaffoldError.self) { try DirectiveScaffold(symbol: "20-QĐ/TW", date: "2026-04-08") }
        #expect(try DirectiveScaffold(symbol: "20-QĐ/TW", date: "2026-04-08", kind: "quy định").kind == "Quy định")
        #expect(try DirectiveScaffold(symbol: "50-CT/TW", date: "2025-07-23").kind == "Chỉ thị")
        #expect(try DirectiveScaffold(symbol: "114/2003/NĐ-CP", date: "2003-10-10").kind == "Nghị định")
    }

    /// Free text goes into YAML quoted: quotes, `#`, a line break or a
    /// fence in a title stay inside it.
    @Test func freeTextCannotBreakTheFrontMatter() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        let title = "về \"x\" # y\n---\nkind: giả"
        try Self.create(folder, DirectiveScaffold(symbol: "21-KL/TW", date: "2021-10-28", title: title, issuer: "Ban Chấp hành Trung ương"))
        let (page, problems) = try ScaffoldFixture.page(folder, "directives/21-kl-tw.md")
        #expect(problems.isEmpty)
        #expect(page.metadata.title == title)
        #expect(page.metadata.kind == "Kết luận")
    }
}

/// `chibo new org ID --name … --level …`.
struct OrganisationScaffoldTests {
    static func create(_ folder: TemporaryFolder, _ record: OrganisationScaffold) throws -> [String] {
        try ScaffoldFixture.create(in: folder, archetypes: OrganisationScaffold.archetypeNames) {
            try record.scaffold($0, archetypes: $1)
        }
    }

    @Test func createsARecordFileThatCheckAccepts() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        let created = try Self.create(folder, OrganisationScaffold(id: "xa-thu-xom-1", name: "Chi bộ xóm \"Một\"", level: "chi-bo",
                                                                   type: "xom", parent: "xa-thu"))
        #expect(created == ["content/orgs/xa-thu-xom-1.yml"])
        let content = try ScaffoldFixture.content(folder)
        let record = try #require(content.organisations.record(id: "xa-thu-xom-1"))
        #expect(record.name == "Chi bộ xóm \"Một\"")
        #expect(record.level == .chiBo)
        #expect(record.type == "xom")
        #expect(record.parent == "xa-thu")
        let report = try SitePipeline.check(BuildOptions(contentDirectory: folder.path + "/content", jobs: 2))
        #expect(report.diagnostics.filter { $0.file.contains("xa-thu-xom-1") }.isEmpty)
        #expect(report.errorCount == 0)
        // --file names another file, inside orgs/.
        let more = try Self.create(folder, OrganisationScaffold(id: "xa-thu-2", name: "Đảng bộ xã Thử Hai", level: "cap-tren-co-so",
                                                                parent: "tinh-thu", file: "orgs/thu/xa-thu-2.yaml"))
        #expect(more == ["content/orgs/thu/xa-thu-2.yaml"])
        #expect(try ScaffoldFixture.content(folder).organisations.record(id: "xa-thu-2") != nil)
    }

    @Test func refusesWhatCheckWouldNot() throws {
        let folder = try ScaffoldFixture.make()
        defer { folder.remove() }
        let before = snapshot(of: folder.path)
        let refused: [() throws -> OrganisationScaffold] = [
            { try OrganisationScaffold(id: "xa-thu", name: "Trùng", level: "cap-tren-co-so") },            // id taken
            { try OrganisationScaffold(id: "Xa Moi", name: "x", level: "chi-bo") },                       // not a slug
            { try OrganisationScaffold(id: "../x", name: "x", level: "chi-bo") },
            { try OrganisationScaffold(id: "x", name: "x", level: "xa") },                                // no such level
            { try OrganisationScaffold(id: "x", name: "x", level: "chi-bo", type: "thon", parent: "xa-thu") }, // no such type
            { try OrganisationScaffold(id: "x", name: "x", level: "chi-bo", parent: "xa-thu") },         // a cell without type
            { try OrganisationScaffold(id: "x", name: "x", level: "chi-bo", type: "xom", parent: "xa-khac") }, // no such parent
            { try OrganisationScaffold(id: "x", name: "x", level: "tinh", parent: "xa-thu") },           // parent below it
            { try OrganisationScaffold(id: "x", name: "  ", level: "tinh") },
            { try OrganisationScaffold(id: "x", name: "x", level: "tinh", file: "orgs/../../x.yml") },
            { try OrganisationScaffold(id: "x", name: "x", level: "tinh", file: "guidance/x.yml") },
            { try OrganisationScaffold(id: "x", name: "x", level: "tinh", file: "orgs/cay.yml") },         // exists: never appended to
        ]
        for make in refused {
            #expect(throws: ScaffoldError.self) { try Self.create(folder, make()) }
        }
        #expect(snapshot(of: folder.path) == before)
    }
}
