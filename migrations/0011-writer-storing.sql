-- Schema version 10 → 11: storing costs less. The writer counts the entity mentions it stores itself,
-- one UPDATE per entity and batch instead of the insert trigger's one per row: entity_counts_deferred
-- holds a row only inside the writer's open transaction, and the insert trigger does nothing while it
-- does; every other insert (a user's own), every delete and every update is counted by the triggers as
-- before. figures_site, an index on the site as written that no query used, is dropped: each index
-- costs every figure stored.

CREATE TABLE entity_counts_deferred (id INTEGER PRIMARY KEY CHECK (id = 1));

DROP TRIGGER entity_mentions_count;
CREATE TRIGGER entity_mentions_count AFTER INSERT ON entity_mentions
WHEN NOT EXISTS (SELECT 1 FROM entity_counts_deferred) BEGIN
    UPDATE entities
    SET mentions = mentions + NEW.mentions,
        articles = articles + NOT EXISTS (
            SELECT 1 FROM entity_mentions m
            WHERE m.entity_id = NEW.entity_id AND m.article_id = NEW.article_id AND m.id <> NEW.id)
    WHERE id = NEW.entity_id;
END;

DROP INDEX figures_site;
