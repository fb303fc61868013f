/// The levels of content-model.md, from the province down to the cell.
public enum OrganisationLevel: String, Sendable, Hashable, CaseIterable {
    case tinh
    case capTrenCoSo = "cap-tren-co-so"
    case dangBoCoSo = "dang-bo-co-so"
    case chiBoCoSo = "chi-bo-co-so"
    case dangBoBoPhan = "dang-bo-bo-phan"
    case chiBo = "chi-bo"

    /// Higher levels have lower ranks; a parent must rank strictly lower
    /// than its child.
    var rank: Int {
        switch self {
        case .tinh: 0
        case .capTrenCoSo: 1
        case .dangBoCoSo: 2
        case .chiBoCoSo, .dangBoBoPhan: 3
        case .chiBo: 4
        }
    }

    /// Cells meet over the packs of their type, so they must have one.
    public var isCell: Bool { self == .chiBoCoSo || self == .chiBo }

    /// A cell has members, not member organisations.
    var canHaveChildren: Bool { !isCell }
}

/// `internet:` of a record.
public enum InternetAccess: String, Sendable, Hashable, CaseIterable {
    case stable, unstable, none
}

/// The yearly ratings of product.md's glossary, best first.
public enum Rating: String, Sendable, Hashable, CaseIterable {
    case htxsnv = "HTXSNV"
    case httnv = "HTTNV"
    case htnv = "HTNV"
    case khtnv = "KHTNV"
}
