import ArchiveStore

/// A figure's site or source as `archive show` prints it: the words as written and, when they resolved
/// to one of the article's entities, that entity (`rebel-held Aleppo → Aleppo #4`, `Erbil #3`); words
/// that named no single entity stand alone (`Iraqi military`). Empty when nothing was stored.
struct StoredName: CustomStringConvertible {
    let written: String?
    let entity: EntityReference?

    init(_ written: String?, _ entity: EntityReference?) {
        self.written = written
        self.entity = entity
    }

    var description: String {
        guard let written else { return "" }
        guard let entity else { return written }
        if written.caseInsensitiveCompare(entity.name) == .orderedSame { return "\(written) #\(entity.id)" }
        return "\(written) → \(entity.name) #\(entity.id)"
    }
}
