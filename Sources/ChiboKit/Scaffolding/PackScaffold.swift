/// `chibo new pack --month YYYY-MM`: the month's `chung.md` and one pack
/// per type of `types.yml`, from `pack-chung.md` and `pack.md`.
///
/// Front matter gets what is certain (`month`, `type`, `kind: dinh-ky`)
/// and a title and summary that say only which month and type the pack
/// is for: the editor writes the topic. The body is the archetype's: the
/// theme's holds the standard parts of a regular meeting. The front matter
/// ends with a reminder, as YAML comments, of the directives last month's
/// packs cited (`CitedLastMonth`): visible to the editor, never published,
/// never read as a citation.
public struct PackScaffold: Sendable {
    public static let archetypeNames = [commonArchetype, typeArchetype]
    static let commonArchetype = "pack-chung.md"
    static let typeArchetype = "pack.md"

    public let month: CalendarMonth

    public init(month: CalendarMonth) {
        self.month = month
    }

    /// Reads `YYYY-MM`; a month that is not one is refused by name.
    public init(month text: String) throws {
        // Years of four digits on both sides, so last month and next are months too.
        guard let month = CalendarMonth(iso: text), (1001...9998).contains(month.year) else {
            throw ScaffoldError(Message(ScaffoldMessages.notAMonth, ["text": text]))
        }
        self.month = month
    }

    public func scaffold(_ content: ScaffoldContent, archetypes: Archetypes) throws -> Scaffold {
        guard content.organisations.hasTypeList else {
            throw ScaffoldError(Message(ScaffoldMessages.typesMissing, ["types": content.display("types.yml")]))
        }
        let types = content.organisations.types
        guard !types.isEmpty else {
            throw ScaffoldError(Message(ScaffoldMessages.noCellType, ["types": content.display("types.yml")]))
        }
        let folder = "packs/" + month.description
        let cited = CitedLastMonth(month: month.previous, content: content)
        var files = [Scaffold.File(relativePath: folder + "/chung.md",
                                   contents: archetypes.render(Self.commonArchetype, fields(type: nil, reminder: cited.reminder(type: nil))))]
        for type in types {
            files.append(Scaffold.File(relativePath: folder + "/" + type.id + ".md",
                                       contents: archetypes.render(Self.typeArchetype, fields(type: type, reminder: cited.reminder(type: type.id)))))
        }
        return Scaffold(files: files)
    }

    private func fields(type: CellType?, reminder: [String]) -> ArchetypeFields {
        var fields = ArchetypeFields()
        let placeholder = PackPlaceholder(month: month, type: type)
        fields[.title] = .text(YAMLScalar.quoted(placeholder.title))
        fields[.summary] = .text(YAMLScalar.quoted(placeholder.summary))
        if let type {
            fields[.type] = .text(type.id)
            fields[.typeName] = .text(YAMLScalar.commentLine(type.name))
        }
        fields[.month] = .text(month.description)
        fields[.monthLabel] = .text(month.numeric)
        fields[.previousMonthLabel] = .text(month.previous.numeric)
        fields[.nextMonthLabel] = .text(month.next.numeric)
        fields[.reminder] = .list(reminder.map { .text(YAMLScalar.commentLine($0)) })
        return fields
    }
}

extension CalendarMonth {
    var previous: CalendarMonth {
        var result = self
        if month == 1 { result.year -= 1; result.month = 12 } else { result.month -= 1 }
        return result
    }

    var next: CalendarMonth {
        var result = self
        if month == 12 { result.year += 1; result.month = 1 } else { result.month += 1 }
        return result
    }
}

/// The title and summary `chibo new pack` writes for the editor to replace
/// with the month's topic: they say only the month and the type. Made in
/// one place, so that `check` recognises them in a pack never written.
struct PackPlaceholder {
    let title: String
    let summary: String
    /// The month's `chung.md`, which has no type.
    let isCommonPart: Bool

    /// `type`: nil for the month's common part, `chung.md`.
    init(month: CalendarMonth, type: CellType?) {
        let label = month.numeric
        isCommonPart = type == nil
        if let type {
            title = "Sinh hoạt chi bộ tháng \(label): \(type.name)"
            summary = "Sinh hoạt chi bộ định kỳ tháng \(label) của \(type.name.lowercasedFirst)."
        } else {
            title = "Định hướng chung sinh hoạt chi bộ tháng \(label)"
            summary = "Sinh hoạt chi bộ định kỳ tháng \(label)."
        }
    }
}

private extension String {
    /// `Chi bộ thôn, xóm` → `chi bộ thôn, xóm`, to follow `của` in a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
