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
            throw ScaffoldError("`\(id)` is not an id: ids are slugs (a-z, 0-9 and -)" + (slug.isEmpty ? "" : ", e.g. `\(slug)`"))
        }
        let name = VietnameseText.nfc(name).trimmed
        guard !name.isEmpty else { throw ScaffoldError("give the organisation's name with --name") }
        guard let level = OrganisationLevel(rawValue: level) else {
            throw ScaffoldError("`\(level)` is not a level: one of "
                                + OrganisationLevel.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "))
        }
        let file = file ?? "orgs/\(id).yml"
        guard file.hasPrefix("orgs/"), file.hasSuffix(".yml") || file.hasSuffix(".yaml") else {
            throw ScaffoldError("`\(file)` is not a record file: write it as orgs/….yml, inside the content folder")
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
            throw ScaffoldError("`\(id)` is already the id of \(other.name) (\(other.file):\(other.location.line))")
        }
        if let type {
            guard organisations.hasTypeList else {
                throw ScaffoldError("\(content.display("types.yml")) is missing, so type `\(type)` cannot be checked")
            }
            guard organisations.type(id: type) != nil else {
                throw ScaffoldError("`\(type)` is no type of \(content.display("types.yml"))"
                                    + Self.didYouMean(type, in: organisations.types.map(\.id)))
            }
        } else if level.isCell, organisations.hasTypeList {
            throw ScaffoldError("a cell (\(level.rawValue)) needs its type: give it with --type, one of "
                                + organisations.types.map { "`\($0.id)`" }.joined(separator: ", "))
        }
        if let parent {
            guard let record = organisations.record(id: parent) else {
                throw ScaffoldError("`\(parent)` is no organisation's id" + Self.didYouMean(parent, in: organisations.records.map(\.id)))
            }
            guard record.level.canHaveChildren, record.level.rank < level.rank else {
                throw ScaffoldError("a \(level.rawValue) cannot belong to `\(parent)` (\(record.level.rawValue)), which is "
                                    + (record.level.canHaveChildren ? "not above it" : "a cell"))
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

    private static func didYouMean(_ text: String, in names: [String]) -> String {
        NearestMatch.find(text, in: names).map { ": did you mean `\($0)`?" } ?? ""
    }
}
