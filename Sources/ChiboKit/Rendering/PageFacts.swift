/// The metadata line under a page's title: what kind of document it is,
/// its symbol, date and issuer, or a pack's month and type.
enum PageFacts {
    static func of(_ page: Page, words: PageWords) -> [Fact] {
        let m = page.metadata
        var facts: [Fact] = []
        if page.kind == .pack {
            if let month = m.month { facts.append(Fact(label: words[.month], value: "\(month.numeric)")) }
            if let type = m.packType { facts.append(Fact(label: words[.cellType], value: type)) }
            let meeting = words.meetingKind(m.kind)
            if !meeting.isEmpty { facts.append(Fact(label: words[.meetingForm], value: meeting)) }
            return facts
        }
        if let kind = m.kind { facts.append(Fact(label: words[.documentKind], value: kind)) }
        if let symbol = m.symbol { facts.append(Fact(label: words[.symbol], value: symbol)) }
        if let date = m.date { facts.append(Fact(label: words[.dateOfIssue], value: date.vietnamese)) }
        if let issuer = m.issuer { facts.append(Fact(label: words[.issuer], value: issuer)) }
        if let term = m.term { facts.append(Fact(label: words[.term], value: term)) }
        if page.kind == .directive, let subject = m.title { facts.append(Fact(label: words[.subject], value: subject)) }
        if !m.aliases.isEmpty { facts.append(Fact(label: words[.alsoCalled], value: m.aliases.joined(separator: "; "))) }
        return facts
    }
}
