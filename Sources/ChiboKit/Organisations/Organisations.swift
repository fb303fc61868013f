/// Every organisation record of the site, its cell types, stats labels and
/// rules, with the hierarchy built and checked: the data the org, type and
/// stats pages are made from.
public struct Organisations: Sendable {
    public var types: [CellType] = []
    /// Records of this edition in content order, duplicates left out.
    public var records: [OrganisationRecord] = []
    public var stats = StatsCatalogue()
    public var rules: [RecordRule] = []
    /// Every record that accepts findings, those a public edition leaves out
    /// and later duplicates included: their files' findings are still
    /// reported, and still accepted.
    public var acceptingRecords: [OrganisationRecord] = []
    /// False when the site has no types.yml: packs are then not judged
    /// against a list of types.
    public var hasTypeList = false
    /// Internal records a public edition leaves out of every page and list
    /// but counts in the figures of stats.html, because site.yml says
    /// `totals_include_internal: true`. Empty otherwise.
    public var countedInTotalsOnly: [OrganisationRecord] = []
    /// Later records with an id already taken, in content order: left out
    /// of every page and of the hierarchy, but their own fields are still
    /// judged (parent, type, rules), so that reporting the duplicate hides
    /// none of its other problems.
    public private(set) var duplicates: [OrganisationRecord] = []
    /// Ids written in records or types.yml entries that could not be read
    /// (`UnreadIDs`): naming one is not reported as naming no record or type.
    public var unreadRecordIDs: Set<String> = []
    public var unreadTypeIDs: Set<String> = []

    private(set) var indexByID: [String: Int] = [:]
    /// Children of each record (by index), and the records at the top.
    private(set) var childrenByIndex: [Int: [Int]] = [:]
    private(set) var roots: [Int] = []
    private(set) var typeByID: [String: CellType] = [:]

    public init() {}

    public func record(id: String) -> OrganisationRecord? { indexByID[id].map { records[$0] } }
    public func type(id: String) -> CellType? { typeByID[id] }
    /// Whether types.yml declares `id`, or may in an entry it could not read.
    func mayDeclareType(_ id: String) -> Bool { typeByID[id] != nil || unreadTypeIDs.contains(id) }
    func index(of id: String) -> Int? { indexByID[id] }
    public func children(of index: Int) -> [Int] { childrenByIndex[index] ?? [] }
    public var isEmpty: Bool { records.isEmpty && types.isEmpty }

    /// Parents from the top down to the record, without it.
    public func ancestors(of index: Int) -> [Int] {
        var chain: [Int] = []
        var seen: Set<Int> = [index]
        var current = records[index].parent.flatMap { indexByID[$0] }
        while let parent = current, seen.insert(parent).inserted {
            chain.append(parent)
            current = records[parent].parent.flatMap { indexByID[$0] }
        }
        return chain.reversed()
    }

    /// Puts the records together: drops later duplicates, indexes ids and
    /// children, and reports duplicate ids, unknown or misplaced parents,
    /// unknown types, cells without one, cycles and name variants.
    /// A dropped duplicate's own parent and type are still checked, as a
    /// compiler still checks the body of a function defined twice: the
    /// editor sees all of its problems in one run. `leftOut` holds the ids
    /// of internal records a public edition omits: a parent among them is
    /// not "unknown".
    mutating func assemble(_ all: [OrganisationRecord], leftOut: Set<String>, into diagnostics: inout [Diagnostic]) {
        typeByID = Dictionary(types.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        records = []
        duplicates = []
        for record in all {
            if let first = indexByID[record.id] {
                let other = records[first]
                diagnostics.append(Diagnostic(file: record.file, at: record.location(of: "id"), code: .orgDuplicate,
                                              message: Message(RecordMessages.duplicateID, [
                                                  "id": record.id, "name": other.name, "file": other.file, "line": other.location.line]),
                                              subject: record.id))
                duplicates.append(record)
                continue
            }
            indexByID[record.id] = records.count
            records.append(record)
        }
        for (index, record) in records.enumerated() {
            checkType(of: record, into: &diagnostics)
            if let parent = parentIndex(of: record, leftOut: leftOut, into: &diagnostics) {
                childrenByIndex[parent, default: []].append(index)
            } else {
                roots.append(index)
            }
        }
        // Its parent is checked like any record's, but it joins no tree:
        // its id is the kept record's, which the children of that id belong to.
        for record in duplicates {
            checkType(of: record, into: &diagnostics)
            _ = parentIndex(of: record, leftOut: leftOut, into: &diagnostics)
        }
        diagnostics += cycleProblems()
        diagnostics += NameVariants.problems(in: records, childrenByIndex: childrenByIndex, roots: roots)
    }

    /// The index of the record's parent, nil when it names none or one that
    /// is no record's id (reported, unless a public edition left it out); a
    /// parent not above it is reported and still returned.
    private func parentIndex(of record: OrganisationRecord, leftOut: Set<String>, into diagnostics: inout [Diagnostic]) -> Int? {
        guard let parentID = record.parent else { return nil }
        guard let parent = indexByID[parentID] else {
            if !leftOut.contains(parentID), !unreadRecordIDs.contains(parentID) {
                let near = NearestMatch.find(parentID, in: indexByID.keys)
                diagnostics.append(Diagnostic(file: record.file, at: record.location(of: "parent"), code: .orgParent,
                                              message: Message(RecordMessages.unknownParent, ["id": record.id, "parent": parentID]),
                                              suggestion: near.map { Suggestion.didYouMean($0) },
                                              subject: record.id))
            }
            return nil
        }
        let parentLevel = records[parent].level
        if !parentLevel.canHaveChildren || parentLevel.rank >= record.level.rank {
            diagnostics.append(Diagnostic(
                file: record.file, at: record.location(of: "parent"), code: .orgParent,
                message: Message(parentLevel.canHaveChildren ? RecordMessages.parentNotAbove : .parentIsCell, [
                    "id": record.id, "level": record.level.rawValue, "parent": parentID, "parentLevel": parentLevel.rawValue]),
                subject: record.id))
        }
        return parent
    }

    private func checkType(of record: OrganisationRecord, into diagnostics: inout [Diagnostic]) {
        guard let type = record.type else {
            if record.level.isCell && hasTypeList {
                diagnostics.append(Diagnostic(file: record.file, at: record.location, code: .orgType,
                                              message: Message(RecordMessages.cellWithoutType, ["id": record.id, "level": record.level.rawValue]),
                                              subject: record.id))
            }
            return
        }
        // Without types.yml there is no list to judge a type against.
        guard hasTypeList, !mayDeclareType(type) else { return }
        let near = NearestMatch.find(type, in: typeByID.keys)
        diagnostics.append(Diagnostic(file: record.file, at: record.location(of: "type"), code: .orgType,
                                      message: Message(RecordMessages.undeclaredType, ["id": record.id, "type": type]),
                                      suggestion: near.map { Suggestion.didYouMean($0) },
                                      subject: record.id))
    }

    /// Every cycle of parents, reported at each member's `parent`.
    private func cycleProblems() -> [Diagnostic] {
        var state = [UInt8](repeating: 0, count: records.count) // 0 new, 1 on the path, 2 done
        var diagnostics: [Diagnostic] = []
        for start in records.indices where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let index = current, state[index] == 0 {
                state[index] = 1
                path.append(index)
                current = records[index].parent.flatMap { indexByID[$0] }
            }
            if let index = current, state[index] == 1, let from = path.firstIndex(of: index) {
                let cycle = Array(path[from...])
                let names = (cycle + [cycle[0]]).map { "`\(records[$0].id)`" }.joined(separator: " → ")
                for member in cycle {
                    let record = records[member]
                    diagnostics.append(Diagnostic(file: record.file, at: record.location(of: "parent"), code: .orgCycle,
                                                  message: Message(RecordMessages.parentCycle, ["cycle": names]), subject: record.id))
                }
            }
            for index in path { state[index] = 2 }
        }
        return diagnostics
    }
}
