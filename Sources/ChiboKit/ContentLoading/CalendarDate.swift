/// A day as content writes it (`YYYY-MM-DD`), checked against the calendar.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1, day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for any other shape or a day that does not exist.
    public init?(iso text: String) {
        // `YYYY-MM-DD` exactly, read as bytes: every page's date comes here.
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `a` sorts before `b` in a list of optional dates where dated
    /// items come before undated ones; nil when the dates are equal, for the
    /// caller's own tie-break.
    static func datedFirst(_ a: CalendarDate?, _ b: CalendarDate?, newestFirst: Bool) -> Bool? {
        switch (a, b) {
        case let (x?, y?) where x != y: return newestFirst ? x > y : x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return nil
        }
    }

    /// `2026-05-28`
    public var description: String {
        "\(year)-\(pad(month))-\(pad(day))"
    }

    /// `28/5/2026`, the way Vietnamese documents write dates.
    public var vietnamese: String { "\(day)/\(month)/\(year)" }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// A month as packs name it (`YYYY-MM`).
public struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), y >= 1, (1...12).contains(m) else { return nil }
        year = y
        month = m
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    /// `12/2026`, `01/2027`: the month as the packs' header writes it.
    public var numeric: String { (month < 10 ? "0" : "") + "\(month)/\(year)" }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// `tháng 5/2026`
    public var vietnamese: String { "tháng \(month)/\(year)" }
}
