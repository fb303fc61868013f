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
                    message: Message(PackMessages.notInMonthFolder, ["folder": folder])))
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
                message: Message(PackMessages.missingTypes, [
                    "month": month.description, "types": missing.map { "`\($0.id)`" }, "first": missing[0].id]),
                subject: missing.map(\.id).joined(separator: " ")))
        }
        return diagnostics
    }

    private func monthProblems(_ page: Page, folder: CalendarMonth) -> [Diagnostic] {
        guard let location = page.metadata.keyLocations["month"] else {
            return [Diagnostic(file: page.source.displayPath, at: SourceLocation(line: 1, column: 1), code: .frontMatterMissing,
                               message: Message(PackMessages.needsMonth, ["month": folder.description]))]
        }
        guard let month = page.metadata.month, month != folder else { return [] }
        return [Diagnostic(file: page.source.displayPath, at: location, code: .packMonth,
                           message: Message(PackMessages.monthDisagrees, ["month": month.description, "folder": folder.description]),
                           suggestion: Suggestion(message: Message(PackMessages.writeFolderMonth), replacement: folder.description))]
    }

    private func typeProblems(_ page: Page, typeID: String) -> [Diagnostic] {
        let file = page.source.displayPath
        let typeLocation = page.metadata.keyLocations["type"]
        let hasList = organisations.hasTypeList
        let knownTypes = organisations.types.map(\.id)
        if typeID == "chung" {
            guard let typeLocation else { return [] }
            return [Diagnostic(file: file, at: typeLocation, code: .packType,
                               message: Message(PackMessages.commonPartTakesNoType))]
        }
        if hasList && !organisations.mayDeclareType(typeID) {
            return [Diagnostic(file: file, at: SourceLocation(line: 1, column: 1), code: .packType,
                               message: Message(PackMessages.namesNoType, ["type": typeID]),
                               suggestion: NearestMatch.find(typeID, in: knownTypes).map {
                                   Suggestion.didYouMean("\($0).md", replacement: $0) })]
        }
        guard let typeLocation else {
            return [Diagnostic(file: file, at: SourceLocation(line: 1, column: 1), code: .frontMatterMissing,
                               message: Message(PackMessages.needsType, ["type": typeID]))]
        }
        guard let type = page.metadata.packType, type != typeID else { return [] }
        let unknown = hasList && !organisations.mayDeclareType(type)
        return [Diagnostic(file: file, at: typeLocation, code: .packType,
                           message: Message(unknown ? PackMessages.typeDisagreesUndeclared : .typeDisagrees, ["type": type, "file": typeID]),
                           suggestion: Suggestion(message: Message(PackMessages.writeFileType), replacement: typeID))]
    }
}
