/// A page printed as a Party document, laid out as Hướng dẫn 36-HD/VPTW
/// sets it: the issuing body and its number top left, the Party's name and
/// the place and date top right, the kind and title centred; the signature
/// on the right and the recipients on the left at the end. The screen keeps
/// the page's own header; the theme prints this one instead.
struct PartyDocumentView {
    var words: PageWords
    /// Top to bottom; the last line is the issuing body itself, in bold.
    var issuer: [DocumentLine]
    var number: String?
    var placeAndDate: String?
    var kind: String?
    var title: String
    /// A pack's topic under its title.
    var subtitle: String?
    var signer: SignatureView?
    var recipients: [DocumentLine]

    struct SignatureView {
        /// `T/M BAN THƯỜNG VỤ`, when the signer signs for a body.
        var onBehalfOf: String?
        var role: String
        var name: String?
    }

    /// The document a page is, or nil for a page that is none: a guidance
    /// page prints as one when it names its issuing body; a pack always
    /// does, with the site's facts where its own are missing and its month
    /// as its date. Without an issuing body anywhere, the left of the header
    /// stays empty: chibo does not make one up.
    static func of(_ page: Page, config: SiteConfig, words: PageWords, kind: String?, title: String,
                   subtitle: String? = nil) -> PartyDocumentView? {
        var facts = page.metadata.document
        if page.kind == .pack {
            facts = facts.filled(from: config.document)
        } else if facts.issuer.isEmpty {
            return nil
        }
        let issuer = facts.issuer.enumerated().map { DocumentLine(text: $0.element, isLast: $0.offset == facts.issuer.count - 1) }
        return PartyDocumentView(
            words: words,
            issuer: issuer,
            number: page.metadata.symbol.map { words(.documentNumber, ["symbol": $0]) },
            placeAndDate: placeAndDate(place: facts.place, date: page.metadata.date,
                                       month: page.kind == .pack ? page.metadata.month : nil, words: words),
            kind: kind, title: subject(of: title, after: kind), subtitle: subtitle == title ? nil : subtitle,
            signer: facts.signer.map { signer in
                SignatureView(onBehalfOf: signer.onBehalfOf.map { words(.onBehalfOf, ["body": $0]) },
                              role: signer.role, name: signer.name)
            },
            recipients: facts.recipients.enumerated().map {
                DocumentLine(text: $0.element, isLast: $0.offset == facts.recipients.count - 1)
            })
    }

    /// The title without its kind, which the line above prints: "Đề án
    /// nâng cao…" under "ĐỀ ÁN" prints "nâng cao…", as the document did.
    static func subject(of title: String, after kind: String?) -> String {
        guard let kind, !kind.isEmpty else { return title }
        let words = title.split(separator: " ", omittingEmptySubsequences: true)
        let kindWords = kind.split(separator: " ").count
        guard words.count > kindWords,
              VietnameseText.fold(words.prefix(kindWords).joined(separator: " ")) == VietnameseText.fold(kind) else { return title }
        return words.dropFirst(kindWords).joined(separator: " ")
    }

    /// "Hưng Đạo, ngày 05 tháng 01 năm 2027": a day below 10 and the months
    /// January and February are written with a leading zero, as offices do.
    static func placeAndDate(place: String?, date: CalendarDate?, month: CalendarMonth?, words: PageWords) -> String? {
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func monthText(_ m: Int) -> String { m <= 2 ? twoDigits(m) : "\(m)" }
        let dated: String
        if let date {
            dated = words(.dayMonthYear, ["day": twoDigits(date.day), "month": monthText(date.month), "year": "\(date.year)"])
        } else if let month {
            dated = words(.monthYear, ["month": monthText(month.month), "year": "\(month.year)"])
        } else {
            return place
        }
        guard let place else { return dated.prefix(1).uppercased() + dated.dropFirst() }
        return place + ", " + dated
    }
}

/// One line of a list the document prints: an issuing body, a recipient.
struct DocumentLine {
    var text: String
    var isLast: Bool
}

extension PartyDocumentView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .words: .of(words)
        case .issuer: .of(issuer)
        case .hasIssuer: .of(!issuer.isEmpty)
        case .number: .of(number)
        case .placeAndDate: .of(placeAndDate)
        case .kind: .of(kind)
        case .title: .of(title)
        case .subtitle: .of(subtitle)
        case .signer: .of(signer)
        case .recipients: .of(recipients)
        case .hasRecipients: .of(!recipients.isEmpty)
        case .hasClosing: .of(signer != nil || !recipients.isEmpty)
        default: nil
        }
    }
}

extension PartyDocumentView.SignatureView: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .onBehalfOf: .of(onBehalfOf)
        case .role: .of(role)
        case .name: .of(self.name)
        default: nil
        }
    }
}

extension DocumentLine: TemplateFields {
    func field(_ name: TemplateFieldName) -> TemplateValue? {
        switch name.known {
        case .text: .of(text)
        case .isLast: .of(isLast)
        default: nil
        }
    }
}
