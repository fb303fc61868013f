/// Dates and months, whatever form they are written in, as one more term
/// each, the same in the index and in `theme/assets/search.js`:
/// `5/3/2026`, `05-03-2026`, `ngày 5 tháng 3 năm 2026` and `5 tháng 3/2026`
/// all add the term `5/3/2026` and their month's, `3/2026`; `02/2027`,
/// `2-2027`, `tháng 2 năm 2027` and `tháng 02/2027` add `2/2027`.
///
/// Search keeps no word positions: without these terms a query for a date
/// finds every page that has its numbers anywhere (and nearly every page
/// has a 3 and a 5). With them, a query and a page that write one date
/// share a rare term whatever form each wrote it in. A date term holds `/`,
/// which no word does, so it never stands for a word.
///
/// The forms, on the words and what separates them (`/` or `-` alone, or
/// spaces): a month is `M/YYYY`, `M-YYYY` or `tháng M năm YYYY`; a date is
/// a day before a month, joined by `/`, `-` or ` tháng `. A day is 1–31, a
/// month 1–12, a year four digits. `tháng` is needed before `M năm YYYY`
/// (`5 năm 2026` is five years), not before `M/YYYY`.
struct SearchDates {
    /// What a term is to a date (`role(ofTerm:)`): a number's value plus
    /// `number`, or one of the words that name a date's parts.
    static let other: Int32 = 0, day: Int32 = 1, month: Int32 = 2, year: Int32 = 3, number: Int32 = 16

    /// The term's role; a number above 9999 is no part of a date.
    static func role(ofTerm term: String) -> Int32 {
        switch term {
        case "ngay": return day
        case "thang": return month
        case "nam": return year
        default:
            guard term.utf8.count <= 4, !term.isEmpty,
                  term.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return other }
            return number + Int32(term)!
        }
    }

    /// What stands between two words.
    enum Link: UInt8 {
        /// Anything else: no date runs across it.
        case none
        /// `/` or `-` alone: `5/3`, `02-2027`.
        case tight
        /// Spaces: `tháng 2`.
        case space
    }

    /// The link the bytes between two words make.
    static func link(of separator: UnsafeBufferPointer<UInt8>) -> Link {
        if separator.count == 1, separator[0] == UInt8(ascii: "/") || separator[0] == UInt8(ascii: "-") { return .tight }
        if !separator.isEmpty, separator.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .space }
        return .none
    }

    /// The last five words' roles and the link before each, the newest last:
    /// `ngày 5 tháng 3 năm 2026` needs five (`ngày` is not needed).
    private var roles: (Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0)
    private var links: (Link, Link, Link, Link, Link) = (.none, .none, .none, .none, .none)

    /// A month, or a day of it, that a text writes.
    struct Found: Equatable {
        var day: Int32?
        var month: Int32
        var year: Int32

        /// Its terms: the date's (`5/3/2026`), then the month's (`3/2026`).
        var terms: [String] {
            let month = "\(self.month)/\(year)"
            guard let day else { return [month] }
            return ["\(day)/\(month)", month]
        }
    }

    /// Reads the next word of a text (a new text needs a new reader): the
    /// date or month it ends, if any.
    mutating func read(role: Int32, after link: Link) -> Found? {
        roles = (roles.1, roles.2, roles.3, roles.4, role)
        links = (links.1, links.2, links.3, links.4, link)
        let value = role - Self.number
        guard (1000...9999).contains(value) else { return nil }
        // The month, before `/YYYY` or `năm YYYY`.
        let r = [roles.0, roles.1, roles.2, roles.3]
        let l = [links.0, links.1, links.2, links.3, links.4]
        var at: Int
        if links.4 == .tight {
            at = 3
        } else if links.4 == .space, roles.3 == Self.year, links.3 == .space {
            at = 2
            // `M năm YYYY` only after `tháng`.
            guard roles.1 == Self.month, links.2 == .space else { return nil }
        } else {
            return nil
        }
        let month = r[at] - Self.number
        guard (1...12).contains(month) else { return nil }
        // The day, before `/M` or `tháng M`.
        var day: Int32?
        if l[at] == .tight {
            if at >= 1 { day = r[at - 1] - Self.number }
        } else if l[at] == .space, at >= 2, r[at - 1] == Self.month, l[at - 1] == .space {
            day = r[at - 2] - Self.number
        }
        guard let day, (1...31).contains(day) else { return Found(month: month, year: value) }
        return Found(day: day, month: month, year: value)
    }
}
