internal import SQLite

/// What the entity_mentions rows a writer stored add to `entities.mentions` and `entities.articles`,
/// and what the rows it removed take away, applied with one UPDATE per entity rather than by the count
/// triggers row by row (which are off while the writer stores: ``ArchiveWriter/withRowTriggersOff(_:)``):
/// a batch names the same entities again and again, and each row's UPDATE also moves the entity in the
/// two indexes ordered by mentions.
struct EntityCountChanges {
    private(set) var byEntity: [Int: (mentions: Int, articles: Int)] = [:]

    var isEmpty: Bool { byEntity.isEmpty }

    /// Adds `namings` rows of one new article naming `entity`, in changes that hold that article's rows
    /// alone (the article had no rows before, so each entity it names gains one article, however often).
    mutating func addNamings(_ namings: Int, ofEntity entity: Int) {
        byEntity[entity] = ((byEntity[entity]?.mentions ?? 0) + namings, 1)
    }

    /// Takes away one stored article's rows: `mentions` namings of each entity, which the article named
    /// (its rows are all removed, so each entity loses one article).
    mutating func removeArticle(mentionsByEntity: [Int: Int]) {
        for (entity, mentions) in mentionsByEntity {
            let old = byEntity[entity] ?? (0, 0)
            byEntity[entity] = (old.mentions - mentions, old.articles - 1)
        }
    }

    mutating func add(_ other: EntityCountChanges) {
        // The first article of a batch: its changes taken as they are, not copied entity by entity (a long
        // article names hundreds of thousands).
        if byEntity.isEmpty {
            byEntity = other.byEntity
            return
        }
        for (entity, change) in other.byEntity {
            let old = byEntity[entity] ?? (0, 0)
            byEntity[entity] = (old.mentions + change.mentions, old.articles + change.articles)
        }
    }

    /// Writes the changes to `entities`, in the order of the entities' ids.
    func apply(to database: Database) throws {
        let update = try database.cachedStatement(
            "UPDATE entities SET mentions = mentions + ?, articles = articles + ? WHERE id = ?")
        for entity in byEntity.keys.sorted() {
            guard let change = byEntity[entity] else { continue }
            try update.execute(change.mentions, change.articles, entity)
        }
    }
}
