/// `pack.month`, `pack.type` and `pack.missing`: every pack sits in a real
/// month's folder, says the month and type its place says, and every month
/// has a pack for every type of types.yml.
struct PackChecker {
    let pages: [Page]
    let organisations: Organisations

    /// Files directly in `packs/<folder>/`, the month folders' introductions aside.
    private var packFiles: [Page] {
        var files: [Page] = []
        // `PageKind.of` makes exactly these pages packs.
        pages.forEachInPlace { _, page in
            if page.pointee.kind == .pack { files.append(page.pointee) }
        }
        return files
    }

    func diagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var filesByMonth: [CalendarMonth: [Page]] = [:]
        for page in packFiles {
            let parts = page.source.relativePath.split(separator: "/").map(String.init)
            let folder = parts[1], typeID = String(parts[2].dropLast(3))
            if let month = CalendarMonth(iso: folder) {
                filesByMonth[month, default: []].append(page)
                diagnostics += monthProblems(page, folder: month)
            } else {
                diagnostics.append(Diagnostic(
                    file: page.source.displayPath, at: SourceLocation(line: 1, column: 1), code: .packMonth,
                    message: "packs live in a month's folder named YYYY-MM (`packs/2026-12/`), not `packs/\(folder)/`"))
            }
            diagnostics += typeProblems(page, typeID: typeID)
        }
        guard organisations.hasTypeList else { return diagnostics }
        for (month, files) in filesByMonth {
            let present = Set(files.map { String(SitePath.fileName(of: $0.source.relativePath).dropLast(3)) })
            let missing = organisations.types.filter { !present.contains($0.id) }
            guard !missing.isEmpty, let first = files.min(by: { $0.source.relativePath < $1.source.relativePath }) else { continue }
            diagnostics.append(Diagnostic(
                file: first.source.displayPath, at: SourceLocation(line: 1, column: 1), code: .packMissing,
                message: "\(month) has no pack for \(missing.map { "`\($0.id)`" }.joined(separator: ", ")): add packs/\(month)/\(missing[0].id).md",
                subject: missing.map(\.id).joined(separator: " ")))
        }
        return diagnostics
    }

    private func monthProblems(_ page: Page, folder: CalendarMonth) -> [Diagnostic] {
        guard let location = page.metadata.keyLocations["month"] else {
            return [Diagnostic(file: page.source.displayPath, at: SourceLocation(line: 1, column: 1), code: .frontMatterMissing,
                               message: "a pack needs `month: \(folder)`, the month of its folder")]
        }
        guard let month = page.metadata.month, month != folder else { return [] }
        return [Diagnostic(file: page.source.displayPath, at: location, code: .packMonth,
                           message: "`month: \(month)` disagrees with the folder `packs/\(folder)/`",
                           suggestion: Suggestion(message: "write the folder's month", replacement: folder.description))]
    }

    private func typeProblems(_ page: Page, typeID: String) -> [Diagnostic] {
        let file = page.source.displayPath
        let typeLocation = page.metadata.keyLocations["type"]
        let hasList = organisations.hasTypeList
        let knownTypes = organisations.types.map(\.id)
        if typeID == "chung" {
            guard let typeLocation else { return [] }
            return [Diagnostic(file: file, at: typeLocation, code: .packType,
                               message: "chung.md is the part common to every type: it takes no `type:`")]
        }
        if hasList && !organisations.mayDeclareType(typeID) {
            return [Diagnostic(file: file, at: SourceLocation(line: 1, column: 1), code: .packType,
                               message: "`\(typeID).md` names no type of types.yml (a pack is `<type-id>.md` or `chung.md`)",
                               suggestion: NearestMatch.find(typeID, in: knownTypes).map {
                                   Suggestion(message: "did you mean `\($0).md`?", replacement: $0) })]
        }
        guard let typeLocation else {
            return [Diagnostic(file: file, at: SourceLocation(line: 1, column: 1), code: .frontMatterMissing,
                               message: "a pack needs `type: \(typeID)`, the type its file name says")]
        }
        guard let type = page.metadata.packType, type != typeID else { return [] }
        let unknown = hasList && !organisations.mayDeclareType(type)
        return [Diagnostic(file: file, at: typeLocation, code: .packType,
                           message: "`type: \(type)` disagrees with the file name `\(typeID).md`"
                            + (unknown ? ", and types.yml declares no type `\(type)`" : ""),
                           suggestion: Suggestion(message: "write the file's type", replacement: typeID))]
    }
}
