/// `chibo new org ID --name NAME --level LEVEL`: one record, in a YAML
/// file of its own (`orgs/<id>.yml`, or `--file`), from `org.yml`.
///
/// Never appended to an existing file: a new record is a new file. It is
/// refused unless `check` would accept it: the id a slug no record has,
/// a level of content-model.md, a type of types.yml (which a cell must
/// have), a parent that exists and is above it.
public struct OrganisationScaffold: Sendable {
    public static let archetypeNames = [archetype]
    static let archetype = "org.yml"

    public let id: String
    public let name: String
    public let level: OrganisationLevel
    public let type: String?
    public let parent: String?
    /// Relative to the content folder.
    public let file: String

    public init(id: String, name: String, level: String, type: String? = nil, parent: String? = nil, file: String? = nil) throws {
        guard !id.isEmpty, Slug.make(id) == id else {
            let slug = Slug.make(id)
            throw ScaffoldError(slug.isEmpty ? Message(ScaffoldMessages.notAnID, ["id": id])
                                             : Message(ScaffoldMessages.notAnIDSuggesting, ["id": id, "slug": slug]))
        }
        let name = VietnameseText.nfc(name).trimmed
        guard !name.isEmpty else { throw ScaffoldError(Message(ScaffoldMessages.nameMissing)) }
        guard let level = OrganisationLevel(rawValue: level) else {
            throw ScaffoldError(Message(ScaffoldMessages.notALevel,
                                        ["level": level, "levels": OrganisationLevel.allCases.map { "`\($0.rawValue)`" }]))
        }
        let file = file ?? "orgs/\(id).yml"
        guard file.hasPrefix("orgs/"), file.hasSuffix(".yml") || file.hasSuffix(".yaml") else {
            throw ScaffoldError(Message(ScaffoldMessages.notARecordFile, ["file": file]))
        }
        try ScaffoldPath.validate(file)
        self.id = id
        self.name = name
        self.level = level
        self.type = type.flatMap { $0.isEmpty ? nil : $0 }
        self.parent = parent.flatMap { $0.isEmpty ? nil : $0 }
        self.file = file
    }

    public func scaffold(_ content: ScaffoldContent, archetypes: Archetypes) throws -> Scaffold {
        let organisations = content.organisations
        if let other = organisations.record(id: id) {
            throw ScaffoldError(Message(ScaffoldMessages.idTaken,
                                        ["id": id, "name": other.name, "file": other.file, "line": other.location.line]))
        }
        if let type {
            guard organisations.hasTypeList else {
                throw ScaffoldError(Message(ScaffoldMessages.typesMissingForType, ["types": content.display("types.yml"), "type": type]))
            }
            guard organisations.type(id: type) != nil else {
                let types = content.display("types.yml")
                throw ScaffoldError(NearestMatch.find(type, in: organisations.types.map(\.id)).map {
                    Message(ScaffoldMessages.notATypeDidYouMean, ["type": type, "types": types, "nearest": $0])
                } ?? Message(ScaffoldMessages.notAType, ["type": type, "types": types]))
            }
        } else if level.isCell, organisations.hasTypeList {
            throw ScaffoldError(Message(ScaffoldMessages.cellNeedsType,
                                        ["level": level.rawValue, "types": organisations.types.map { "`\($0.id)`" }]))
        }
        if let parent {
            guard let record = organisations.record(id: parent) else {
                throw ScaffoldError(NearestMatch.find(parent, in: organisations.records.map(\.id)).map {
                    Message(ScaffoldMessages.notAnOrganisationDidYouMean, ["parent": parent, "nearest": $0])
                } ?? Message(ScaffoldMessages.notAnOrganisation, ["parent": parent]))
            }
            guard record.level.canHaveChildren, record.level.rank < level.rank else {
                throw ScaffoldError(Message(record.level.canHaveChildren ? ScaffoldMessages.parentNotAbove : .parentIsACell,
                                            ["level": level.rawValue, "parent": parent, "parentLevel": record.level.rawValue]))
            }
        }
        var fields = ArchetypeFields()
        fields[.id] = .text(id)
        fields[.name] = .text(YAMLScalar.quoted(name))
        fields[.level] = .text(level.rawValue)
        fields[.type] = type.map { .text(YAMLScalar.quoted($0)) } ?? .absent
        fields[.parent] = parent.map { .text(YAMLScalar.quoted($0)) } ?? .absent
        return Scaffold(files: [Scaffold.File(relativePath: file, contents: archetypes.render(Self.archetype, fields))])
    }
}
