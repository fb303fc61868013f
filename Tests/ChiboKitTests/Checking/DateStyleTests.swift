import Testing
@testable import ChiboKit

/// A date-mismatch fix writes the registry's date the way the citation
/// wrote its own, so that applying it changes only the figures.
struct DateStyleTests {
    @Test(arguments: [
        ("ngày 06/7/2019", "ngày 05/9/2025"),
        ("ngày 6/7/2019", "ngày 5/9/2025"),
        ("ngày 10-10-2007", "ngày 5-9-2025"),
        ("10.10.2007", "5.9.2025"),
        ("ngày 10 tháng 10 năm 2007", "ngày 5 tháng 9 năm 2025"),
        ("Ngày 06 tháng 07 năm 2019", "Ngày 05 tháng 09 năm 2025"),
        ("ngày  6 - 7 - 2019", "ngày  5 - 9 - 2025"),
        ("(ngày 04/02/2031)", "(ngày 05/09/2025)"),
    ])
    func registryDateInTheCitationsStyle(_ written: String, _ expected: String) throws {
        let date = try #require(CalendarDate(year: 2025, month: 9, day: 5))
        #expect(CitationChecker.written(date, like: written) == expected)
    }
}
