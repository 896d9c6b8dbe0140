-- Schema version 20 → 21: the archive's writer no longer marks its transaction in writer_batch for the
-- triggers to skip their work: it turns triggers off for its own connection while it stores and keeps
-- what they keep itself (every other connection still runs them). writer_batch goes, and the four
-- triggers that read it are made again without it. Nothing stored changes.

DROP TRIGGER paragraphs_ai;
DROP TRIGGER entity_mentions_count;
DROP TRIGGER figures_incidents_insert;
DROP TRIGGER figures_incidents_delete;
DROP TABLE writer_batch;

CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER entity_mentions_count AFTER INSERT ON entity_mentions BEGIN
    UPDATE entities
    SET mentions = mentions + NEW.mentions,
        articles = articles + NOT EXISTS (
            SELECT 1 FROM entity_mentions m
            WHERE m.entity_id = NEW.entity_id AND m.article_id = NEW.article_id AND m.id <> NEW.id)
    WHERE id = NEW.entity_id;
END;
CREATE TRIGGER figures_incidents_insert AFTER INSERT ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER figures_incidents_delete AFTER DELETE ON figures
WHEN OLD.kind = 'count' AND OLD.event IS NOT NULL BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = OLD.article_id AND event = OLD.event;
END;
