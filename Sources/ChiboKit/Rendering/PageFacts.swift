/// The metadata line under a page's title: what kind of document it is,
/// its symbol, date and issuer, or a pack's month and type.
enum PageFacts {
    static func of(_ page: Page) -> [Fact] {
        let m = page.metadata
        var facts: [Fact] = []
        if page.kind == .pack {
            if let month = m.month { facts.append(Fact(label: "Tháng", value: "\(month.numeric)")) }
            if let type = m.packType { facts.append(Fact(label: "Loại hình chi bộ", value: type)) }
            switch m.kind {
            case "dinh-ky": facts.append(Fact(label: "Hình thức", value: "Sinh hoạt định kỳ"))
            case "chuyen-de": facts.append(Fact(label: "Hình thức", value: "Sinh hoạt chuyên đề"))
            default: break
            }
            return facts
        }
        if let kind = m.kind { facts.append(Fact(label: "Loại văn bản", value: kind)) }
        if let symbol = m.symbol { facts.append(Fact(label: "Số, ký hiệu", value: symbol)) }
        if let date = m.date { facts.append(Fact(label: "Ngày ban hành", value: date.vietnamese)) }
        if let issuer = m.issuer { facts.append(Fact(label: "Cơ quan ban hành", value: issuer)) }
        if let term = m.term { facts.append(Fact(label: "Khóa", value: term)) }
        if page.kind == .directive, let subject = m.title { facts.append(Fact(label: "Trích yếu", value: subject)) }
        if !m.aliases.isEmpty { facts.append(Fact(label: "Còn gọi là", value: m.aliases.joined(separator: "; "))) }
        return facts
    }
}
