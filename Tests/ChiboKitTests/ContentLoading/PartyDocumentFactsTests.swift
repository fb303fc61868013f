import Foundation
import Testing
@testable import ChiboKit

/// `issuer`, `place`, `signer` and `recipients`: what a page prints around
/// its text as a Party document, read and checked like any front matter.
struct PartyDocumentFactsTests {
    @Test func readsEveryFactOfAPack() {
        let (page, diagnostics) = page("""
            ---
            title: "Chuyên đề"
            month: 2027-01
            issuer: ["Đảng bộ xã Hưng Đạo", "Chi bộ xóm Nà Vài"]
            place: "Hưng Đạo"
            signer: {for: "Chi ủy", role: "Bí thư", name: "Nông Văn A"}
            recipients:
              - "Đảng ủy xã (để báo cáo)"
              - "Lưu chi bộ"
            ---
            Text.
            """, at: "packs/2027-01/xom.md")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let facts = page.metadata.document
        #expect(facts.issuer == ["Đảng bộ xã Hưng Đạo", "Chi bộ xóm Nà Vài"])
        // Citations and the registry know the document by the body itself.
        #expect(page.metadata.issuer == "Chi bộ xóm Nà Vài")
        #expect(facts.place == "Hưng Đạo")
        #expect(facts.signer == PartyDocumentFacts.Signer(onBehalfOf: "Chi ủy", role: "Bí thư", name: "Nông Văn A"))
        #expect(facts.recipients == ["Đảng ủy xã (để báo cáo)", "Lưu chi bộ"])
    }

    @Test func anIssuerOnOneLineIsTheBodyItself() {
        let (page, diagnostics) = page("---\ntitle: A\nissuer: \"Ban Tổ chức Trung ương\"\n---\n")
        #expect(diagnostics.isEmpty)
        #expect(page.metadata.document.issuer == ["Ban Tổ chức Trung ương"])
        #expect(page.metadata.issuer == "Ban Tổ chức Trung ương")
    }

    @Test func eachWrongShapeIsReportedAtItsLine() {
        let (_, diagnostics) = page("""
            ---
            title: A
            signer: "Bí thư"
            recipients: {a: b}
            place: ["Hưng Đạo", "Cao Bằng"]
            ---
            """)
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid, .frontMatterInvalid, .frontMatterInvalid])
        #expect(diagnostics.map(\.location.line) == [3, 4, 5])
        #expect(diagnostics[0].message.description.contains("`signer` must be a map"))
    }

    @Test func aSignerWithoutRoleOrWithAMisspeltKeyIsReported() {
        let (page, diagnostics) = page("""
            ---
            title: A
            signer:
              name: "Nông Văn A"
              rol: "Bí thư"
            ---
            """)
        #expect(diagnostics.map(\.code) == [.frontMatterUnknownKey, .frontMatterMissing])
        #expect(diagnostics[0].location == SourceLocation(line: 5, column: 3))
        #expect(diagnostics[0].suggestion?.message.description.contains("`role`") == true)
        #expect(page.metadata.document.signer == nil)
    }

    @Test func siteYmlGivesDefaultsThatAPageOverrides() throws {
        let (config, diagnostics) = SiteConfig.read(SourceFile(relativePath: "site.yml", displayPath: "content/site.yml", text: """
            title: "Tài liệu"
            issuer: ["Đảng bộ xã Hưng Đạo", "Ban Xây dựng Đảng"]
            place: "Hưng Đạo"
            signer: {role: "Trưởng ban"}
            recipients: "Các chi bộ trực thuộc"
            """))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        var own = PartyDocumentFacts()
        own.place = "Cao Bằng"
        let filled = own.filled(from: config.document)
        #expect(filled.place == "Cao Bằng")
        #expect(filled.issuer == ["Đảng bộ xã Hưng Đạo", "Ban Xây dựng Đảng"])
        #expect(filled.signer?.role == "Trưởng ban")
        #expect(filled.signer?.name == nil)
        #expect(filled.recipients == ["Các chi bộ trực thuộc"])
    }

    @Test func siteYmlReportsAWrongShapeToo() {
        let (_, diagnostics) = SiteConfig.read(SourceFile(relativePath: "site.yml", displayPath: "content/site.yml",
                                                          text: "signer: [\"Bí thư\"]\n"))
        #expect(diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect(diagnostics.first?.file == "content/site.yml")
    }
}
