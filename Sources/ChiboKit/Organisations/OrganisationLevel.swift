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

    public var label: String {
        switch self {
        case .tinh: "Đảng bộ tỉnh"
        case .capTrenCoSo: "Đảng bộ cấp trên trực tiếp cơ sở"
        case .dangBoCoSo: "Đảng bộ cơ sở"
        case .chiBoCoSo: "Chi bộ cơ sở"
        case .dangBoBoPhan: "Đảng bộ bộ phận"
        case .chiBo: "Chi bộ trực thuộc"
        }
    }
}

/// `internet:` of a record.
public enum InternetAccess: String, Sendable, Hashable, CaseIterable {
    case stable, unstable, none

    public var label: String {
        switch self {
        case .stable: "Ổn định"
        case .unstable: "Không ổn định"
        case .none: "Chưa có"
        }
    }
}

/// The yearly ratings of product.md's glossary, best first.
public enum Rating: String, Sendable, Hashable, CaseIterable {
    case htxsnv = "HTXSNV"
    case httnv = "HTTNV"
    case htnv = "HTNV"
    case khtnv = "KHTNV"

    public var label: String {
        switch self {
        case .htxsnv: "Hoàn thành xuất sắc nhiệm vụ"
        case .httnv: "Hoàn thành tốt nhiệm vụ"
        case .htnv: "Hoàn thành nhiệm vụ"
        case .khtnv: "Không hoàn thành nhiệm vụ"
        }
    }
}
