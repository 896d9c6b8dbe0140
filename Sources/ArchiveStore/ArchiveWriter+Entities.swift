import Extraction
internal import SQLite

/// One entity row per real-world thing across the archive.
///
/// An article's entity is found, in this order:
/// 1. by an alias a user gave (`origin = 'user'`), which outranks an entity of that name;
/// 2. by its name and kind;
/// 3. by its name or an alias of several words that is a stored alias of exactly one entity of its
///    kind (`SDF` for `Syrian Democratic Forces`), or else whose loose key
///    (``EntityResolver/looseKey(_:)``: `Raqa` = `al-Raqqa`, `Bashar Assads` = `Bashar Assad`) is
///    the key of exactly one entity of its kind (entity_keys); or by an alias in capitals that is an
///    entity's name (`Syrian Democratic Forces (SDF)` finds `SDF`). A name that several entities carry
///    finds none of them; a person's name of one word (a surname alone) is never looked up so. An
///    entity a user said one of the names is not (`origin = 'user-not'`) is never found so, nor one that
///    only shares an alias with it while both names are distinct known things (two countries after one
///    `Group C`, two players after one club: ``EntityResolver/areDistinct(_:_:kind:gazetteer:)``).
///
/// Else it is made. An entity found by step 3 keeps the written name as an alias, and takes it as its
/// name when ``EntityNaming`` says so (a spelling of the same loose key, the full name of an acronym).
extension ArchiveWriter {
    /// The archive's id of an article's entity.
    ///
    /// Inside a batch, which holds the write lock, an answer found by a user's alias or by name, or an
    /// entity just made, is kept for the rest of the batch: nothing can change it there (the batch adds
    /// only extracted aliases). It is kept for the next batch too unless something else changed the
    /// archive in between (see ``inBatch(_:)``); an entity renamed meanwhile is still the one. An answer
    /// found by an extracted alias or a key is asked again each time, since an article stored later may
    /// add an alias or key that changes it.
    func entityID(for entity: ExtractedEntity) throws -> Int {
        if batchIsOpen, let id = resolvedEntities[entity.kind]?[entity.name] { return id }
        let (id, lasts) = try lookUpEntityID(for: entity)
        if batchIsOpen && lasts { resolvedEntities[entity.kind, default: [:]][entity.name] = id }
        return id
    }

    /// The entity's id, and whether the answer lasts for the batch (see ``entityID(for:)``).
    private func lookUpEntityID(for entity: ExtractedEntity) throws -> (id: Int, lasts: Bool) {
        let kind = entity.kind.rawValue
        // A user's alias outranks an entity of that name: 'Hawler' given to Erbil makes every 'Hawler'
        // Erbil, and the sites and sources that name it with it.
        if try hasUsersAliases() {
            let findByUserAlias = try connection.cachedStatement(
                """
                SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.alias = ? AND a.origin = 'user' AND e.kind = ? ORDER BY e.id LIMIT 1
                """)
            if let id = try findByUserAlias.scalar(entity.name, kind)?.textValue.flatMap(Int.init) { return (id, true) }
        }
        let findByName = try connection.cachedStatement("SELECT id FROM entities WHERE name = ? AND kind = ?")
        if let id = try findByName.scalar(entity.name, kind)?.textValue.flatMap(Int.init) { return (id, true) }
        if let id = try entityByOtherName(of: entity) {
            try join(entity, to: id)
            return (id, false)
        }
        try connection.cachedStatement("INSERT INTO entities (name, kind) VALUES (?, ?)").execute(entity.name, kind)
        return (Int(connection.lastInsertedRowID), true)
    }

    /// The one entity of the kind that one of the entity's names finds (its name first), unless a user
    /// said one of its names is not it. Its name, or an alias that tells (``isTellingAlias(_:_:)``),
    /// finds the entity it is an alias of, or else the entity with its loose key; an alias in capitals
    /// (an acronym) finds the entity of that name only, as two organisations may share an acronym.
    private func entityByOtherName(of entity: ExtractedEntity) throws -> Int? {
        let kind = entity.kind.rawValue
        // An alias is an entity's once (the key of entity_aliases): no DISTINCT, which costs a temporary table.
        let findByAlias = try connection.cachedStatement(
            """
            SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.alias = ? AND a.origin <> 'user-not' AND e.kind = ?
            """)
        let findByKey = try connection.cachedStatement("SELECT entity_id FROM entity_keys WHERE kind = ? AND key = ?")
        let findByName = try connection.cachedStatement("SELECT id FROM entities WHERE name = ? AND kind = ?")
        let names = [entity.name] + entity.aliases
        for (position, name) in names.enumerated() {
            var found: [Int]
            let isLookedUp =
                position == 0 ? Self.isLookedUp(name, kind: entity.kind) : Self.isTellingAlias(name, entity.kind)
            if position > 0 && EntityNaming.isInCapitals(name) {
                found = try findByName.rows(name, kind).compactMap { $0.int("id") }
            } else if isLookedUp {
                found = try findByAlias.rows(name, kind).compactMap { $0.int("entity_id") }
                if found.isEmpty, let key = looseKey(of: name, kind: entity.kind) {
                    found = try findByKey.rows(kind, key).compactMap { $0.int("entity_id") }
                    found = try found.filter {
                        try !differsByDoubledLetter(name, kind: entity.kind, from: $0)
                            && !differsByInitials(name, kind: entity.kind, from: $0)
                    }
                }
            } else {
                continue
            }
            found = try found.filter { try !isSaidNot(names, of: $0) }
            if found.count == 1, position > 0, try isSharedAlias(name, of: entity, with: found[0]) { continue }
            if found.count == 1 { return found[0] }
        }
        return nil
    }

    /// Whether `name`, an organisation's name of one word that found the stored entity `id` by its loose key,
    /// spells none of that entity's names with the same letters, only with a letter doubled or single
    /// (`Bath`, the club, and `Baath`, the party; `Rise` and `Riise`): one short word with a letter more is as
    /// often another name as another spelling, so it joins nothing. (`Ba'ath`, `al-Qaida` and `Al-Qaida`
    /// spell theirs with the same letters; places keep the fold: `Raqa`, `Raqqa`.)
    private func differsByDoubledLetter(_ name: String, kind: ExtractedEntity.Kind, from id: Int) throws -> Bool {
        guard kind == .organization, !name.utf8.contains(UInt8(ascii: " ")) else { return false }
        let spellings = try connection.cachedStatement(
            "SELECT name FROM entities WHERE id = ?1 UNION ALL SELECT alias FROM entity_aliases WHERE entity_id = ?1")
        let letters = Self.spellingLetters(name)
        let single = Self.singlingDoubledLetters(letters)
        var doubledOnly = false
        for row in try spellings.rows(id) {
            guard let spelling = row.values.first?.textValue.map(Self.spellingLetters) else { continue }
            if spelling == letters { return false }
            if Self.singlingDoubledLetters(spelling) == single { doubledOnly = true }
        }
        return doubledOnly
    }

    /// Whether `name`, a person's name that found the stored entity `id` by its loose key, opens with other
    /// initials than each of that entity's names: `J Varden` is not `JT Varden` (nor `J. T. Varden`), though
    /// the key, which drops spaces, dots and doubled letters, spells them alike. (`JT Varden` and `J.T. Varden`
    /// open with the same initials.) A name without initials is asked too, as opening with none: it joins an
    /// entity one of whose names opens with none as well, and differs from one whose names all open with
    /// initials (`JT VARDEN`, whose capitals read as no initials, does not join a stored `JT Varden` that has
    /// no name without them).
    private func differsByInitials(_ name: String, kind: ExtractedEntity.Kind, from id: Int) throws -> Bool {
        guard kind == .person else { return false }
        let spellings = try connection.cachedStatement(
            "SELECT name FROM entities WHERE id = ?1 UNION ALL SELECT alias FROM entity_aliases WHERE entity_id = ?1")
        let initials = Self.openingInitials(name)
        var opensWithInitials = !initials.isEmpty
        for row in try spellings.rows(id) {
            guard let spelling = row.values.first?.textValue else { continue }
            let theirs = Self.openingInitials(spelling)
            if theirs == initials { return false }
            if !theirs.isEmpty { opensWithInitials = true }
        }
        return opensWithInitials
    }

    /// The letters of the initials a person's name opens with, before a word with lowercase letters: `JT` for
    /// `JT Varden`, `J. T. Varden` and `J.T. Varden`; empty for `Jon Varden` and for a name in capitals
    /// (`JON VARDEN`).
    static func openingInitials(_ name: String) -> String {
        var letters = ""
        for word in name.split(separator: " ") {
            let bare = word.filter { $0 != "." }
            if bare.contains(where: \.isLowercase) { return letters }
            guard (1...3).contains(bare.count), bare.allSatisfy(\.isUppercase), bare.count == 1 || letters.isEmpty
            else { return "" }
            letters += bare
        }
        return ""
    }

    /// `baath` → `bath`: each run of one letter as one.
    static func singlingDoubledLetters(_ letters: String) -> String {
        var result = ""
        for character in letters where character != result.last { result.append(character) }
        return result
    }

    /// A name's letters and digits, lowercased, without an opening `al-`/`el-`: `Ba'ath` → `baath`.
    static func spellingLetters(_ name: String) -> String {
        var lower = name.lowercased()
        for prefix in ["al-", "el-", "al ", "el "] where lower.hasPrefix(prefix) { lower.removeFirst(3) }
        return String(lower.filter { $0.isLetter || $0.isNumber })
    }

    /// Whether `alias`, an alias of the article's `entity` that found the stored entity `id`, is only an alias
    /// both share and no name of the other (`Group C` after two countries, a club after two players), while
    /// the two names are each a distinct known thing (``EntityResolver/areDistinct(_:_:kind:gazetteer:)``):
    /// such an alias joins nothing, so that neither which entities merge nor the names they keep depend on
    /// the order articles come in.
    private func isSharedAlias(_ alias: String, of entity: ExtractedEntity, with id: Int) throws -> Bool {
        guard entity.kind == .place || entity.kind == .person,
            let stored = try connection.cachedStatement("SELECT name FROM entities WHERE id = ?").scalar(id)?
                .textValue
        else { return false }
        return EntityResolver.looseKey(alias) != EntityResolver.looseKey(stored)
            && EntityResolver.areDistinct(entity.name, stored, kind: entity.kind, gazetteer: gazetteer)
    }

    /// Whether a user said one of `names` is not the entity `id` (an alias with origin 'user-not').
    private func isSaidNot(_ names: [String], of id: Int) throws -> Bool {
        guard try hasUsersAliases() else { return false }
        let saidNot = try connection.cachedStatement(
            "SELECT 1 FROM entity_aliases WHERE entity_id = ? AND alias = ? AND origin = 'user-not'")
        return try names.contains { try saidNot.scalar(id, $0) != nil }
    }

    /// Whether the archive holds any alias a user gave or denied (origin 'user' or 'user-not'): when it
    /// holds none, the look-ups by them are not asked (two of the queries for every entity the writer
    /// has not seen). Only a user adds such aliases, never the writer, so inside a batch the answer is
    /// kept, and from batch to batch as long as nothing else changed the archive (``inBatch(_:)``).
    private func hasUsersAliases() throws -> Bool {
        if batchIsOpen, let known = usersAliasesExist { return known }
        let exists =
            try connection.cachedStatement(
                "SELECT EXISTS (SELECT 1 FROM entity_aliases WHERE origin IN ('user', 'user-not'))"
            ).scalar() == .integer(1)
        if batchIsOpen { usersAliasesExist = exists }
        return exists
    }

    /// Keeps the written name of an entity found by another name as an alias, or as the entity's name
    /// (the old one then an alias) when it is the better name. The entity's name is no alias of it.
    private func join(_ entity: ExtractedEntity, to id: Int) throws {
        let stored = try connection.cachedStatement("SELECT name FROM entities WHERE id = ?").scalar(id)?.textValue
        guard let stored, stored != entity.name else { return }
        var alias = entity.name
        defer { storedAliases.insert(KeyedName(entity: id, name: alias == stored ? entity.name : stored)) }
        let isKnownPlace = { (name: String) in self.gazetteer?.place(named: name) != nil }
        if EntityNaming.prefers(
            entity.name, aliases: entity.aliases, over: stored, kind: entity.kind, isKnownPlace: isKnownPlace)
        {
            try connection.cachedStatement("UPDATE entities SET name = ? WHERE id = ?").execute(entity.name, id)
            if triggersAreOff { try storeIncidentKeys(ofFiguresAt: id) }  // as entities_incidents_rename would
            alias = stored
        }
        if storedAliases.insert(KeyedName(entity: id, name: alias)).inserted { try insertAlias.execute(id, alias) }
    }

    /// Stores the loose keys of an entity's name and aliases under its id, unless stored already.
    /// Names seen once in a batch are not keyed again; a name that is not looked up has no key and is not
    /// held either (a person's one-word name: an article naming 200,000 people held each).
    func storeKeys(of entity: ExtractedEntity, id: Int) throws {
        let insert = try connection.cachedStatement(
            "INSERT OR IGNORE INTO entity_keys (kind, key, entity_id) VALUES (?, ?, ?)")
        for name in [entity.name] + entity.aliases {
            guard Self.isLookedUp(name, kind: entity.kind),
                storedKeys.insert(KeyedName(entity: id, name: name)).inserted,
                let key = looseKey(of: name, kind: entity.kind)
            else { continue }
            try insert.execute(entity.kind.rawValue, key, id)
        }
    }

    /// ``key(of:kind:)``, made once for each name of the entity being stored (``looseKeysOfEntity``): its
    /// look-up and the storing of its keys both ask.
    private func looseKey(of name: String, kind: ExtractedEntity.Kind) -> String? {
        Self.key(of: name, kind: kind) { name in
            if let made = looseKeysOfEntity[name] { return made }
            let key = EntityResolver.looseKey(name)
            looseKeysOfEntity[name] = key
            return key
        }
    }

    /// Fills entity_keys for the entities stored before it was (an upgraded archive), or after a user
    /// emptied it.
    func fillEntityKeysIfMissing() throws {
        guard try connection.scalar("SELECT EXISTS (SELECT 1 FROM entity_keys)") == .integer(0),
            try connection.scalar("SELECT EXISTS (SELECT 1 FROM entities)") == .integer(1)
        else { return }
        let names = try connection.rows(
            """
            SELECT id, kind, name FROM entities
            UNION ALL
            SELECT e.id, e.kind, a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.origin <> 'user-not'
            """)
        let insert = try connection.cachedStatement(
            "INSERT OR IGNORE INTO entity_keys (kind, key, entity_id) VALUES (?, ?, ?)")
        for row in names {
            guard let id = row.int("id"), let kindName = row.string("kind"), let name = row.string("name"),
                let kind = ExtractedEntity.Kind(rawValue: kindName), let key = Self.key(of: name, kind: kind)
            else { continue }
            try insert.execute(kindName, key, id)
        }
    }

    /// Whether a name of an entity of `kind` is looked up by alias and key: a person's only when it has
    /// several words (a surname alone may be anyone's).
    static func isLookedUp(_ name: String, kind: ExtractedEntity.Kind) -> Bool {
        kind != .person || name.utf8.contains(UInt8(ascii: " "))
    }

    /// Whether an article's alias of an entity of `kind` is looked up: one of several words, or a
    /// nationality's country (`Spain` for `Spaniard`); not a one-word short form (`Observatory`, `Assad`).
    static func isTellingAlias(_ alias: String, _ kind: ExtractedEntity.Kind) -> Bool {
        alias.utf8.contains(UInt8(ascii: " ")) || kind == .nationality
    }

    /// The loose key a name of an entity of `kind` is stored and looked up under, or nil when it is not
    /// looked up or its key is shorter than three letters (`US`, `UN`: found by their exact alias alone).
    static func key(
        of name: String, kind: ExtractedEntity.Kind, looseKey: (String) -> String = EntityResolver.looseKey
    ) -> String? {
        guard isLookedUp(name, kind: kind) else { return nil }
        let key = looseKey(name)
        return key.count >= 3 ? key : nil
    }
}

/// An entity's name or alias whose loose key the writer stored (in ``ArchiveWriter/storedKeys``), or an
/// alias it stored (``ArchiveWriter/storedAliases``).
struct KeyedName: Hashable {
    var entity: Int
    var name: String
}
