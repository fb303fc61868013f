/// stats.html: the province's tables computed from the records, never
/// typed by hand: cells by level and type, ratings by year, Internet and
/// computers, and each stats.yml table per organisation with its totals.
struct StatsPage {
    let site: Site
    let words: PageWords
    static let path = "stats.html"

    private var organisations: Organisations { site.organisations }
    /// Every record the figures count: the edition's own, and in a public
    /// edition whose site.yml says so, its internal ones (never named).
    private var counted: [OrganisationRecord] { organisations.records + organisations.countedInTotalsOnly }

    func view() -> StatsView {
        let records = counted
        var tables = [cellsByLevelAndType(), ratingsByYear(), internetAndComputers()]
        for (number, table) in organisations.stats.tables.enumerated() {
            // A stat stats.yml gives no table goes to chibo's own, named in the site's words.
            let title = table.title == StatsCatalogue.defaultTable ? words[.otherFigures] : table.title
            tables.append(perOrganisation(title, keys: table.keys, anchor: "bang-\(number + 1)"))
        }
        let undeclared = Set(records.flatMap(\.stats.keys)).filter { key in !organisations.stats.stats.contains { $0.key == key } }
        if !undeclared.isEmpty {
            tables.append(perOrganisation(words[.otherFigures], keys: undeclared.sorted(), anchor: "so-lieu-khac"))
        }
        let hidden = organisations.countedInTotalsOnly.count
        let note = hidden == 0 ? words(.statsSource, ["count": records.count])
            : words(.statsSourceWithInternal, ["count": records.count, "internal": hidden])
        return StatsView(words: words, title: words[.summaryFigures], note: note, tables: tables)
    }

    private func link(_ record: OrganisationRecord) -> TableCell {
        TableCell(record.name, url: Site.outputPath(ofOrganisation: record.id))
    }

    private func table(_ title: String, anchor: String, note: String? = nil, headers: [String], rows: [[TableCell]],
                       footer: [TableCell]?, empty: String) -> TableView {
        let fit = TablePrintFit.of(rows: [headers] + rows.map { $0.map(\.text) } + [(footer ?? []).map(\.text)])
        return TableView(title: title, anchor: anchor, note: note ?? "", hasNote: note != nil,
                         headers: headers.map { TableCell($0) }, rows: rows.map { TableRowView(cells: $0) },
                         footer: footer ?? [], hasFooter: footer != nil && !rows.isEmpty, isEmpty: rows.isEmpty, emptyMessage: empty,
                         printClasses: fit.classNames)
    }

    /// Sums of numeric columns, for a `Tổng` row under `labelColumns` cells.
    private func totals(of rows: [[Int]], label: String, labelColumns: Int) -> [TableCell] {
        let width = rows.first?.count ?? 0
        let sums = (0..<width).map { column in rows.reduce(0) { $0 + $1[column] } }
        return [TableCell(label)] + Array(repeating: TableCell(""), count: max(labelColumns - 1, 0)) + sums.map(TableCell.number)
    }

    private func cellsByLevelAndType() -> TableView {
        let cells = counted.filter { $0.level.isCell }
        let types = organisations.types.map(\.id) + (cells.contains { $0.type.map { organisations.type(id: $0) == nil } ?? true } ? [""] : [])
        var counts: [[Int]] = []
        var rows: [[TableCell]] = []
        for level in OrganisationLevel.allCases where level.isCell {
            let ofLevel = cells.filter { $0.level == level }
            guard !ofLevel.isEmpty else { continue }
            let row = types.map { type in ofLevel.filter { ($0.type.flatMap { organisations.type(id: $0)?.id } ?? "") == type }.count }
            counts.append(row + [ofLevel.count])
            rows.append([TableCell(words.level(level))] + (row + [ofLevel.count]).map(TableCell.number))
        }
        let headers = [words[.level]] + types.map { organisations.type(id: $0)?.name ?? words[.typeNotGiven] } + [words[.totalCount]]
        return table(words[.cellsByLevelAndType], anchor: "chi-bo-theo-loai-hinh", headers: headers, rows: rows,
                     footer: totals(of: counts, label: words[.total], labelColumns: 1),
                     empty: words[.noCellRecords])
    }

    private func ratingsByYear() -> TableView {
        let years = Set(counted.flatMap(\.ratings.keys)).sorted()
        var counts: [[Int]] = []
        for year in years {
            let ratings = counted.compactMap { $0.ratings[year] }
            counts.append(Rating.allCases.map { rating in ratings.filter { $0 == rating }.count } + [ratings.count])
        }
        let rows = zip(years, counts).map { year, row in [TableCell(words(.yearOf, ["year": year]))] + row.map(TableCell.number) }
        return table(words[.ratingsByYear], anchor: "xep-loai-theo-nam",
                     headers: [words[.year]] + Rating.allCases.map(\.rawValue) + [words[.totalRated]], rows: rows,
                     footer: nil, empty: words[.noRatings])
    }

    private func internetAndComputers() -> TableView {
        let stated = counted.filter { $0.internet != nil || $0.computer != nil }
        var groups: [(String, [OrganisationRecord])] = organisations.types.map { type in
            (type.name, stated.filter { $0.type == type.id })
        }
        groups.append((words[.otherOrganisations], stated.filter { record in record.type.flatMap { organisations.type(id: $0) } == nil }))
        var counts: [[Int]] = []
        var rows: [[TableCell]] = []
        for (label, records) in groups where !records.isEmpty {
            let row = [records.count]
                + InternetAccess.allCases.map { access in records.filter { $0.internet == access }.count }
                + [records.filter { $0.computer == true }.count, records.filter { $0.computer == false }.count]
            counts.append(row)
            rows.append([TableCell(label)] + row.map(TableCell.number))
        }
        return table(words[.internetAndComputers], anchor: "internet-may-tinh",
                     headers: [words[.organisationType], words[.totalCount]]
                        + InternetAccess.allCases.map { words(.internetAccess, ["access": words.internet($0).lowercased()]) }
                        + [words[.hasComputer], words[.noComputer]],
                     rows: rows, footer: totals(of: counts, label: words[.total], labelColumns: 1),
                     empty: words[.noInternetOrComputer])
    }

    /// One row per organisation that gives any of the keys, in record order;
    /// the total also counts the records the edition may not name.
    private func perOrganisation(_ title: String, keys: [String], anchor: String) -> TableView {
        let gives = { (record: OrganisationRecord) in keys.contains { record.stats[$0] != nil } }
        let records = organisations.records.filter(gives)
        let hidden = organisations.countedInTotalsOnly.filter(gives)
        let counts = (records + hidden).map { record in keys.map { record.stats[$0] ?? 0 } }
        let rows = zip(records.indices, records).map { number, record in
            [TableCell.number(number + 1), link(record)] + keys.map { key in
                record.stats[key].map(TableCell.number) ?? TableCell("")
            }
        }
        let note = hidden.isEmpty ? nil : words(.internalInTotal, ["count": hidden.count])
        return table(title, anchor: anchor, note: note,
                     headers: [words[.rowNumber], words[.unit]] + keys.map(organisations.stats.label(of:)), rows: rows,
                     footer: totals(of: counts, label: words[.total], labelColumns: 2),
                     empty: words[.noFigures])
    }
}
