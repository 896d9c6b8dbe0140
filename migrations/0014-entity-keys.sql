-- Schema version 13 → 14: one entity row per real-world thing across articles. entity_keys holds the loose
-- key of every entity's name and aliases (see schema.sql), which the writer looks entities up by, so that
-- 'Raqa' in one article and 'Raqqa' in another are one entity; the first writer to open the archive fills
-- it for the entities stored already. entity_aliases takes a third origin, 'user-not': a name that is not
-- that entity (a user's split), which the organizations view leaves out of its aliases.

CREATE TABLE entity_keys (
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

DROP VIEW organizations;
-- Organisations named, with their aliases (acronyms, other names).
CREATE VIEW organizations AS
SELECT e.id, e.name,
       (SELECT group_concat(alias, ', ') FROM entity_aliases a WHERE a.entity_id = e.id AND a.origin <> 'user-not')
           AS aliases,
       e.mentions, e.articles
FROM entities e
WHERE e.kind = 'organization' AND e.mentions > 0
ORDER BY e.mentions DESC, e.name;
