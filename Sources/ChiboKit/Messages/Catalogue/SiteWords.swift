/// The words chibo writes into the pages of a site, in the site's language
/// (`site.yml`'s `language`): the built-in theme's labels (`{{words.contents}}`
/// in theme/templates), the headings, facts, status words and empty-state
/// sentences of the pages chibo makes itself (Rendering/), the kinds search
/// shows beside a result (Search/) and search.js's status line.
///
/// The Vietnamese is the text the pages always had, character for
/// character: the golden site holds it. A case's name is how a template
/// reads it (`{{words.skipToContent}}`), so cases are never renamed lightly.
public enum SiteWords: String, MessageCatalogue {
    // layout.mustache
    case skipToContent, searchTheSite, searchPlaceholder, searchButton, mainNavigation, breadcrumbs, internalDocument
    // SiteNavigation: the bar, the breadcrumbs, a month's folder
    case home, guidance, directives, organisations, packs, search
    case monthHeading
    // home.mustache and the home page
    case cellPacks, ofMonth, noPacks, allMonths, newGuidance, allGuidance, sectionsHeading
    // GeneratedPages: folder indexes and the packs' lists
    case emptyFolder, byCellType, noPacksInFolder, packsOfMonth, commonPartForEveryType, internalCirculation
    // GeneratedPages: the search page's sections
    case guidanceDocuments, directivesGrouped, byMonthAndType, partyOrganisations, summaryFigures
    // RegistryPages and registry.mustache
    case byYear, byKind, byIssuer
    case yearUnknown, kindUnknown, issuerUnknown
    case registryOrders, registryCount, groups
    case symbol, date, kind, issuer, subject, status
    case internalBadge, superseded, inForce, noDirectives
    // PageFacts
    case month, cellType, meetingForm, documentKind, dateOfIssue, term, alsoCalled
    case regularMeeting, thematicMeeting
    // page.mustache and DirectiveSections
    case pageContents, contents, relations, citedAt, notCitedYet
    case supersededBy
    case replaces, replacedBy, implements, implementedBy, amends, amendedBy
    case dated, topOfPage, opening, againInSection
    // PageWords.tooltip: a directive link's title
    case nameDatedBy, nameDated, nameBy
    // PackPages and pack.mustache
    case packHeading, commonPartForEveryCellType, commonContent, partFor
    case otherTypesThisMonth, commonPart, citedDocuments
    // PartyDocumentView and document-header.mustache: a page printed as a Party document
    case partyName, documentNumber, dayMonthYear, monthYear, onBehalfOf, recipients, printDocument
    // OrganisationPages, org.mustache and orgs.mustache
    case memberCount, members, membersOnSite, internet, computer, hasOne, hasNone
    case yearOf
    case subordinates, subordinatesOfTypes, atLeast, atMost
    case packsOfEveryType, noPackForType
    case packsByMonth, organisationsOfType, emptyType
    case partOf, level, organisationType, otherSpellings, rulesNotMet, basis, figures, qualityRating, record
    case recordCount, summaryTables, noRecords
    // The levels, Internet access and ratings of a record (Organisations/)
    case levelProvince, levelAboveGrassroots, levelGrassrootsCommittee, levelGrassrootsCell, levelSubCommittee, levelCell
    case internetStable, internetUnstable, internetNone
    case ratingExcellent, ratingGood, ratingFulfilled, ratingNotFulfilled
    // StatsPage
    case statsSource, statsSourceWithInternal
    case typeNotGiven, totalCount, cellsByLevelAndType, total, noCellRecords
    case ratingsByYear, year, totalRated, noRatings
    case otherOrganisations, internetAndComputers, internetAccess, hasComputer, noComputer, noInternetOrComputer
    case otherFigures, internalInTotal, rowNumber, unit, noFigures
    // search.mustache
    case searchTheWholeSite, searchExamples, noJavaScript, browseBySection
    // search.js's status line, button and heading (PageWords.searchScriptWords)
    case searchResults, searchNoResults, searchShowMore, searchIgnoringDiacritics
    // SearchDocuments: the kind of page shown beside a result
    case resultOrganisation, resultCellType, resultGuidance, resultDirective, resultPack, resultPage

    public static let domain = "site"

    public var texts: MessageTexts {
        switch self {
        // layout.mustache
        case .skipToContent: MessageTexts(en: "Skip to the main content", vi: "Bỏ qua, đến nội dung chính")
        case .searchTheSite: MessageTexts(en: "Search the site", vi: "Tìm trong trang web")
        case .searchPlaceholder: MessageTexts(en: "Search…", vi: "Tìm…")
        case .searchButton: MessageTexts(en: "Search", vi: "Tìm")
        case .mainNavigation: MessageTexts(en: "Main navigation", vi: "Điều hướng chính")
        case .breadcrumbs: MessageTexts(en: "Breadcrumb", vi: "Vị trí trang")
        case .internalDocument: MessageTexts(en: "For internal circulation only", vi: "Tài liệu lưu hành nội bộ")

        // SiteNavigation
        case .home: MessageTexts(en: "Home", vi: "Trang chủ")
        case .guidance: MessageTexts(en: "Guidance", vi: "Hướng dẫn")
        case .directives: MessageTexts(en: "Directives", vi: "Văn bản")
        case .organisations: MessageTexts(en: "Organisations", vi: "Tổ chức")
        case .packs: MessageTexts(en: "Meeting materials", vi: "Tài liệu sinh hoạt")
        case .search: MessageTexts(en: "Search", vi: "Tra cứu")
        case .monthHeading: MessageTexts(en: "Month {month}", vi: "Tháng {month}")

        // home.mustache
        case .cellPacks: MessageTexts(en: "Party cell meeting materials", vi: "Tài liệu sinh hoạt chi bộ")
        case .ofMonth: MessageTexts(en: "for {month}", vi: "tháng {month}")
        case .noPacks: MessageTexts(en: "No meeting materials yet.", vi: "Chưa có tài liệu sinh hoạt nào.")
        case .allMonths: MessageTexts(en: "All months", vi: "Tất cả các tháng")
        case .newGuidance: MessageTexts(en: "Latest guidance", vi: "Văn bản hướng dẫn mới")
        case .allGuidance: MessageTexts(en: "All guidance documents", vi: "Tất cả văn bản hướng dẫn")
        case .sectionsHeading: MessageTexts(en: "Sections", vi: "Các mục")

        // GeneratedPages: folder indexes and packs
        case .emptyFolder: MessageTexts(en: "This folder has no pages yet.", vi: "Thư mục này chưa có trang nào.")
        case .byCellType: MessageTexts(en: "By cell type", vi: "Theo loại hình chi bộ")
        case .noPacksInFolder: MessageTexts(
            en: "No meeting materials in content/packs/ yet.",
            vi: "Chưa có tài liệu sinh hoạt nào trong content/packs/.")
        case .packsOfMonth: MessageTexts(en: "Meeting materials for {month}", vi: "Tài liệu sinh hoạt tháng {month}")
        case .commonPartForEveryType: MessageTexts(en: "Common part for every cell type", vi: "Phần chung cho mọi loại hình")
        case .internalCirculation: MessageTexts(en: "For internal circulation", vi: "Lưu hành nội bộ")

        // GeneratedPages: the search page's sections
        case .guidanceDocuments: MessageTexts(en: "Guidance documents", vi: "Văn bản hướng dẫn")
        case .directivesGrouped: MessageTexts(en: "Directives: {grouping}", vi: "Văn bản: {grouping}")
        case .byMonthAndType: MessageTexts(en: "by month and cell type", vi: "theo tháng và loại hình")
        case .partyOrganisations: MessageTexts(en: "Party organisations", vi: "Tổ chức đảng")
        case .summaryFigures: MessageTexts(en: "Summary figures", vi: "Số liệu tổng hợp")

        // RegistryPages and registry.mustache
        case .byYear: MessageTexts(en: "By year", vi: "Theo năm")
        case .byKind: MessageTexts(en: "By kind of document", vi: "Theo loại văn bản")
        case .byIssuer: MessageTexts(en: "By issuer", vi: "Theo cơ quan ban hành")
        case .yearUnknown: MessageTexts(en: "Year not known", vi: "Không rõ năm")
        case .kindUnknown: MessageTexts(en: "Kind not known", vi: "Không rõ loại")
        case .issuerUnknown: MessageTexts(en: "Issuer not known", vi: "Không rõ cơ quan ban hành")
        case .registryOrders: MessageTexts(en: "Ways to sort the registry", vi: "Cách xếp danh mục")
        case .registryCount: MessageTexts(en: "{count:document|documents}, newest first.", vi: "{count} văn bản, mới nhất trước.")
        case .groups: MessageTexts(en: "Groups", vi: "Các nhóm")
        case .symbol: MessageTexts(en: "Symbol", vi: "Số, ký hiệu")
        case .date: MessageTexts(en: "Date", vi: "Ngày")
        case .kind: MessageTexts(en: "Kind", vi: "Loại")
        case .issuer: MessageTexts(en: "Issuer", vi: "Cơ quan ban hành")
        case .subject: MessageTexts(en: "Subject", vi: "Trích yếu")
        case .status: MessageTexts(en: "Status", vi: "Tình trạng")
        case .internalBadge: MessageTexts(en: "Internal", vi: "Nội bộ")
        case .superseded: MessageTexts(en: "Superseded", vi: "Đã được thay thế")
        case .inForce: MessageTexts(en: "In force", vi: "Còn hiệu lực")
        case .noDirectives: MessageTexts(
            en: "No documents in content/directives/ yet.",
            vi: "Chưa có văn bản nào trong content/directives/.")

        // PageFacts
        case .month: MessageTexts(en: "Month", vi: "Tháng")
        case .cellType: MessageTexts(en: "Cell type", vi: "Loại hình chi bộ")
        case .meetingForm: MessageTexts(en: "Kind of meeting", vi: "Hình thức")
        case .documentKind: MessageTexts(en: "Kind of document", vi: "Loại văn bản")
        case .dateOfIssue: MessageTexts(en: "Date of issue", vi: "Ngày ban hành")
        case .term: MessageTexts(en: "Term", vi: "Khóa")
        case .alsoCalled: MessageTexts(en: "Also called", vi: "Còn gọi là")
        case .regularMeeting: MessageTexts(en: "Regular meeting", vi: "Sinh hoạt định kỳ")
        case .thematicMeeting: MessageTexts(en: "Thematic meeting", vi: "Sinh hoạt chuyên đề")

        // page.mustache and DirectiveSections
        case .pageContents: MessageTexts(en: "Contents of the page", vi: "Mục lục của trang")
        case .contents: MessageTexts(en: "Contents", vi: "Mục lục")
        case .relations: MessageTexts(en: "Relations with other documents", vi: "Quan hệ với văn bản khác")
        case .citedAt: MessageTexts(en: "Cited in", vi: "Được trích dẫn tại")
        case .notCitedYet: MessageTexts(
            en: "No page of this site cites this document yet.",
            vi: "Chưa có trang nào của trang web trích dẫn văn bản này.")
        case .supersededBy: MessageTexts(en: "Superseded by {titles}", vi: "Đã được thay thế bởi {titles}")
        case .replaces: MessageTexts(en: "Replaces", vi: "Thay thế")
        case .replacedBy: MessageTexts(en: "Replaced by", vi: "Được thay thế bởi")
        case .implements: MessageTexts(en: "Implements", vi: "Thực hiện")
        case .implementedBy: MessageTexts(en: "Implemented by", vi: "Được thực hiện bởi")
        case .amends: MessageTexts(en: "Amends", vi: "Sửa đổi")
        case .amendedBy: MessageTexts(en: "Amended by", vi: "Được sửa đổi bởi")
        case .dated: MessageTexts(en: "dated {date}", vi: "ngày {date}")
        case .topOfPage: MessageTexts(en: "Top of the page", vi: "Phần đầu trang")
        case .opening: MessageTexts(en: "Opening", vi: "Phần mở đầu")
        case .againInSection: MessageTexts(en: "mention {count}", vi: "lần thứ {count}")

        // PageWords.tooltip
        case .nameDatedBy: MessageTexts(en: "{name} dated {date}, issued by {issuer}", vi: "{name} ngày {date} của {issuer}")
        case .nameDated: MessageTexts(en: "{name} dated {date}", vi: "{name} ngày {date}")
        case .nameBy: MessageTexts(en: "{name}, issued by {issuer}", vi: "{name} của {issuer}")

        // PackPages and pack.mustache
        case .packHeading: MessageTexts(en: "Party cell meeting materials for {month}", vi: "Tài liệu sinh hoạt chi bộ tháng {month}")
        case .commonPartForEveryCellType: MessageTexts(
            en: "Common part for every type of Party cell",
            vi: "Phần chung cho mọi loại hình chi bộ")
        case .commonContent: MessageTexts(en: "Common content", vi: "Nội dung chung")
        case .partFor: MessageTexts(en: "Part for {type}", vi: "Phần dành cho {type}")
        case .otherTypesThisMonth: MessageTexts(en: "Other cell types this month", vi: "Các loại hình khác trong tháng")
        case .commonPart: MessageTexts(en: "Common part", vi: "Phần chung")
        case .citedDocuments: MessageTexts(en: "Documents cited", vi: "Văn bản được trích dẫn")

        // PartyDocumentView and document-header.mustache
        case .partyName: MessageTexts(en: "Communist Party of Viet Nam", vi: "Đảng Cộng sản Việt Nam")
        case .documentNumber: MessageTexts(en: "No. {symbol}", vi: "Số {symbol}")
        case .dayMonthYear: MessageTexts(en: "{day}/{month}/{year}", vi: "ngày {day} tháng {month} năm {year}")
        case .monthYear: MessageTexts(en: "{month}/{year}", vi: "tháng {month} năm {year}")
        case .onBehalfOf: MessageTexts(en: "On behalf of {body}", vi: "T/M {body}")
        case .recipients: MessageTexts(en: "Recipients:", vi: "Nơi nhận:")
        case .printDocument: MessageTexts(en: "Print this document", vi: "In tài liệu")

        // OrganisationPages, org.mustache and orgs.mustache
        case .memberCount: MessageTexts(en: "{count:member|members}", vi: "{count} đảng viên")
        case .members: MessageTexts(en: "Party members", vi: "Số đảng viên")
        case .membersOnSite: MessageTexts(en: "Members on site", vi: "Đảng viên tại chỗ")
        case .internet: MessageTexts(en: "Internet access", vi: "Mạng Internet")
        case .computer: MessageTexts(en: "Computer", vi: "Máy tính")
        case .hasOne: MessageTexts(en: "Yes", vi: "Đã có")
        case .hasNone: MessageTexts(en: "Not yet", vi: "Chưa có")
        case .yearOf: MessageTexts(en: "Year {year}", vi: "Năm {year}")
        case .subordinates: MessageTexts(en: "Subordinate organisations", vi: "Tổ chức trực thuộc")
        case .subordinatesOfTypes: MessageTexts(
            en: "Subordinate organisations of cell type {types}",
            vi: "Tổ chức trực thuộc loại hình {types}")
        case .atLeast: MessageTexts(en: "at least {count}", vi: "tối thiểu {count}")
        case .atMost: MessageTexts(en: "at most {count}", vi: "tối đa {count}")
        case .packsOfEveryType: MessageTexts(en: "Meeting materials for every cell type", vi: "Tài liệu sinh hoạt các loại hình chi bộ")
        case .noPackForType: MessageTexts(
            en: "No materials for this cell type this month; see the other cell types",
            vi: "Tháng này chưa có tài liệu cho loại hình này; xem các loại hình khác")
        case .packsByMonth: MessageTexts(en: "Meeting materials by month", vi: "Tài liệu sinh hoạt theo tháng")
        case .organisationsOfType: MessageTexts(en: "Organisations of this cell type", vi: "Tổ chức thuộc loại hình này")
        case .emptyType: MessageTexts(
            en: "This cell type has no meeting materials and no organisation records yet.",
            vi: "Loại hình này chưa có tài liệu sinh hoạt và hồ sơ tổ chức nào.")
        case .partOf: MessageTexts(en: "Part of:", vi: "Trực thuộc:")
        case .level: MessageTexts(en: "Level", vi: "Cấp")
        case .organisationType: MessageTexts(en: "Type", vi: "Loại hình")
        case .otherSpellings: MessageTexts(en: "Other spellings in the sources", vi: "Cách viết khác trong nguồn")
        case .rulesNotMet: MessageTexts(en: "Rules not met", vi: "Chưa đạt quy định")
        case .basis: MessageTexts(en: "Basis:", vi: "Căn cứ:")
        case .figures: MessageTexts(en: "Figures", vi: "Số liệu")
        case .qualityRating: MessageTexts(en: "Quality rating", vi: "Xếp loại chất lượng")
        case .record: MessageTexts(en: "Record:", vi: "Hồ sơ:")
        case .recordCount: MessageTexts(en: "{count:organisation record|organisation records}.", vi: "{count} hồ sơ tổ chức.")
        case .summaryTables: MessageTexts(en: "Summary tables", vi: "Bảng số liệu tổng hợp")
        case .noRecords: MessageTexts(
            en: "No organisation records in content/orgs/ yet.",
            vi: "Chưa có hồ sơ tổ chức nào trong content/orgs/.")

        // A record's level, Internet access and rating
        case .levelProvince: MessageTexts(en: "Provincial Party Committee", vi: "Đảng bộ tỉnh")
        case .levelAboveGrassroots: MessageTexts(
            en: "Party Committee directly above the grassroots",
            vi: "Đảng bộ cấp trên trực tiếp cơ sở")
        case .levelGrassrootsCommittee: MessageTexts(en: "Grassroots Party Committee", vi: "Đảng bộ cơ sở")
        case .levelGrassrootsCell: MessageTexts(en: "Grassroots Party cell", vi: "Chi bộ cơ sở")
        case .levelSubCommittee: MessageTexts(en: "Party sub-committee", vi: "Đảng bộ bộ phận")
        case .levelCell: MessageTexts(en: "Subordinate Party cell", vi: "Chi bộ trực thuộc")
        case .internetStable: MessageTexts(en: "Stable", vi: "Ổn định")
        case .internetUnstable: MessageTexts(en: "Unstable", vi: "Không ổn định")
        case .internetNone: MessageTexts(en: "None", vi: "Chưa có")
        case .ratingExcellent: MessageTexts(en: "Fulfilled duties excellently", vi: "Hoàn thành xuất sắc nhiệm vụ")
        case .ratingGood: MessageTexts(en: "Fulfilled duties well", vi: "Hoàn thành tốt nhiệm vụ")
        case .ratingFulfilled: MessageTexts(en: "Fulfilled duties", vi: "Hoàn thành nhiệm vụ")
        case .ratingNotFulfilled: MessageTexts(en: "Did not fulfil duties", vi: "Không hoàn thành nhiệm vụ")

        // StatsPage
        case .statsSource: MessageTexts(
            en: "Computed from {count:organisation record|organisation records} in content/orgs/; "
                + "each Total row adds up the rows above it.",
            vi: "Tính từ {count} hồ sơ tổ chức trong content/orgs/; mỗi dòng Tổng là tổng các dòng trên.")
        case .statsSourceWithInternal: MessageTexts(
            en: "Computed from {count:organisation record|organisation records} (including {internal} for internal "
                + "circulation, counted in the figures only) in content/orgs/; each Total row adds up the rows above it.",
            vi: "Tính từ {count} hồ sơ tổ chức (gồm {internal} hồ sơ lưu hành nội bộ, chỉ tính vào số liệu) "
                + "trong content/orgs/; mỗi dòng Tổng là tổng các dòng trên.")
        case .typeNotGiven: MessageTexts(en: "Cell type not given", vi: "Chưa rõ loại hình")
        case .totalCount: MessageTexts(en: "Total number", vi: "Tổng số")
        case .cellsByLevelAndType: MessageTexts(en: "Party cells by level and cell type", vi: "Chi bộ theo cấp và loại hình")
        case .total: MessageTexts(en: "Total", vi: "Tổng")
        case .noCellRecords: MessageTexts(
            en: "No Party cell records yet (level chi-bo-co-so or chi-bo).",
            vi: "Chưa có hồ sơ chi bộ nào (cấp chi-bo-co-so hoặc chi-bo).")
        case .ratingsByYear: MessageTexts(en: "Quality ratings by year", vi: "Xếp loại chất lượng theo năm")
        case .year: MessageTexts(en: "Year", vi: "Năm")
        case .totalRated: MessageTexts(en: "Total rated", vi: "Tổng số được xếp loại")
        case .noRatings: MessageTexts(
            en: "No record gives a rating yet (the ratings field).",
            vi: "Chưa có hồ sơ nào ghi xếp loại (trường ratings).")
        case .otherOrganisations: MessageTexts(en: "Other organisations", vi: "Tổ chức khác")
        case .internetAndComputers: MessageTexts(en: "Internet and computers", vi: "Mạng Internet và máy tính")
        case .internetAccess: MessageTexts(en: "Internet access: {access}", vi: "Internet: {access}")
        case .hasComputer: MessageTexts(en: "Has a computer", vi: "Đã có máy tính")
        case .noComputer: MessageTexts(en: "No computer yet", vi: "Chưa có máy tính")
        case .noInternetOrComputer: MessageTexts(
            en: "No record gives the internet or computer field yet.",
            vi: "Chưa có hồ sơ nào ghi trường internet hoặc computer.")
        case .otherFigures: MessageTexts(en: "Other figures", vi: "Số liệu khác")
        case .internalInTotal: MessageTexts(
            en: "The Total row also counts the figures of {count:organisation|organisations} for internal circulation, not listed here.",
            vi: "Dòng Tổng gồm cả số liệu của {count} tổ chức lưu hành nội bộ không liệt kê ở đây.")
        case .rowNumber: MessageTexts(en: "No.", vi: "TT")
        case .unit: MessageTexts(en: "Organisation", vi: "Đơn vị")
        case .noFigures: MessageTexts(en: "No record gives these figures yet.", vi: "Chưa có hồ sơ nào ghi các số liệu này.")

        // search.mustache
        case .searchTheWholeSite: MessageTexts(
            en: "Search the whole site: titles, text, document symbols, organisation names",
            vi: "Tìm trong toàn bộ trang: tiêu đề, nội dung, số ký hiệu văn bản, tên tổ chức")
        case .searchExamples: MessageTexts(
            en: "for example: cell meeting, 50-CT/TW, directive 50",
            vi: "ví dụ: sinh hoạt chi bộ, 50-CT/TW, chỉ thị 50")
        case .noJavaScript: MessageTexts(
            en: "JavaScript is turned off in this browser, so searching by words does not work; browse the sections below.",
            vi: "Trình duyệt đang tắt JavaScript nên không tìm theo từ được; hãy tra theo các mục dưới đây.")
        case .browseBySection: MessageTexts(en: "Browse by section", vi: "Tra theo mục")

        // search.js
        case .searchResults: MessageTexts(en: "Results for “{query}”: {count}", vi: "Kết quả cho “{query}”: {count}")
        case .searchNoResults: MessageTexts(en: "No page found for “{query}”.", vi: "Không tìm thấy trang nào cho “{query}”.")
        // {count}: the results the button adds (the next batch).
        case .searchShowMore: MessageTexts(en: "Show {count} more", vi: "Xem thêm {count} kết quả")
        // {count}: the results under the heading.
        case .searchIgnoringDiacritics: MessageTexts(
            en: "Matches ignoring diacritics ({count})", vi: "Kết quả khớp khi bỏ dấu ({count})")

        // SearchDocuments
        case .resultOrganisation: MessageTexts(en: "Organisation", vi: "Tổ chức")
        case .resultCellType: MessageTexts(en: "Cell type", vi: "Loại hình chi bộ")
        case .resultGuidance: MessageTexts(en: "Guidance", vi: "Hướng dẫn")
        case .resultDirective: MessageTexts(en: "Document", vi: "Văn bản")
        case .resultPack: MessageTexts(en: "Meeting materials", vi: "Tài liệu sinh hoạt")
        case .resultPage: MessageTexts(en: "Page", vi: "Trang")
        }
    }
}
