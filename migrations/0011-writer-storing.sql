-- Schema version 10 → 11: storing costs less. The writer counts the entity mentions it stores itself,
-- one UPDATE per entity and batch instead of the insert trigger's one per row: writer_batch
-- holds a row only inside the writer's open transaction, and the insert trigger does nothing while it
-- does; every other insert (a user's own), every delete and every update is counted by the triggers as
-- before. figures_site, an index on the site as written that no query used, is dropped: each index
-- costs every figure stored. figures_article takes event and value too, for incident_keys' look-ups.
--
-- The incidents view (and so strikes and casualties) reads its rows in order from an index instead of
-- grouping every figure before its first row: figures gain incident_order, incident_event and
-- incident_article (see incident_keys in schema.sql), filled here for the figures stored, kept by the
-- writer and by triggers, and indexed in the view's order. The view gives the same rows; incidents that
-- tie on every column it orders by (two articles' undated or unsited reports) now come in article order.

CREATE TABLE writer_batch (id INTEGER PRIMARY KEY CHECK (id = 1));

DROP TRIGGER entity_mentions_count;
CREATE TRIGGER entity_mentions_count AFTER INSERT ON entity_mentions
WHEN NOT EXISTS (SELECT 1 FROM writer_batch) BEGIN
    UPDATE entities
    SET mentions = mentions + NEW.mentions,
        articles = articles + NOT EXISTS (
            SELECT 1 FROM entity_mentions m
            WHERE m.entity_id = NEW.entity_id AND m.article_id = NEW.article_id AND m.id <> NEW.id)
    WHERE id = NEW.entity_id;
END;

DROP INDEX figures_site;

DROP INDEX figures_article;
CREATE INDEX figures_article ON figures(article_id, event, value);
ALTER TABLE figures ADD COLUMN incident_order TEXT;
ALTER TABLE figures ADD COLUMN incident_event TEXT;
ALTER TABLE figures ADD COLUMN incident_article INTEGER;

DROP VIEW incidents;
-- The incident each figure reports, as figures.incident_order, incident_event and incident_article store
-- it: one incident is the figures of one site (the entity's name, else as written, ignoring case), date
-- (the clause's, else the article's publication date), kind of incident, unit and event (counts_as), and
-- for a figure with no site or no date its article too, since it cannot be matched with another
-- article's. incident_order puts them in the order the incidents view lists them: sited first, then by
-- site, date, incident and unit. A figure that is no incident report (see incident_reports), a total
-- over a stretch of time (period_total: the totals view lists those) or a figure that restates another of its article with the same event has no row: a part counted in its whole in the
-- same paragraph ('18 people, including 14 children'), a headline number the body gives again, and a
-- number given again with no site beside the same number with one. The writer stores these for each
-- article it stores; the triggers below follow a user's edits of figures, entity names, publication
-- dates and the vocabularies.
CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, '(no site)')) || char(31)
           || coalesce(f.date, substr(a.published, 1, 10), '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           || coalesce(f.unit, '') AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site) IS NULL OR coalesce(f.date, substr(a.published, 1, 10)) IS NULL
            THEN f.article_id END AS incident_article
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
  AND f.period_total = 0
  -- each case its own look-up by article, event and number (figures_article), so that an article with
  -- many figures is not read whole for each of them
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.of_value AND o.id <> f.id
          AND o.kind = 'count' AND o.paragraph_id = f.paragraph_id)
  AND NOT (p.position = 0 AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.paragraph_id <> f.paragraph_id))
  AND NOT (f.site IS NULL AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.site IS NOT NULL AND (o.unit = f.unit OR f.unit = 'person')));

-- Keep figures' incident columns: the figures of an article a figure was added to, changed in or removed
-- from (another figure may restate it, or no longer), those of a renamed site entity, of an article whose
-- publication date changed, and those of a unit or event the vocabularies gained or lost. The writer keeps
-- them itself while it stores (writer_batch).
CREATE TRIGGER figures_incidents_insert AFTER INSERT ON figures
WHEN NOT EXISTS (SELECT 1 FROM writer_batch) BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER figures_incidents_delete AFTER DELETE ON figures
WHEN OLD.kind = 'count' AND OLD.event IS NOT NULL AND NOT EXISTS (SELECT 1 FROM writer_batch) BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = OLD.article_id AND event = OLD.event;
END;
CREATE TRIGGER figures_incidents_update AFTER UPDATE OF article_id, paragraph_id, value, kind, unit, of_value, site,
    event, date, site_entity_id, period_total ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (OLD.article_id, NEW.article_id);
END;
CREATE TRIGGER entities_incidents_rename AFTER UPDATE OF name ON entities BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE site_entity_id = NEW.id;
END;
CREATE TRIGGER articles_incidents_redate AFTER UPDATE OF published ON articles BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = NEW.id;
END;
CREATE TRIGGER weapon_units_incidents_add AFTER INSERT ON weapon_units BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE unit = NEW.unit;
END;
CREATE TRIGGER weapon_units_incidents_remove AFTER DELETE ON weapon_units BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE unit = OLD.unit;
END;
CREATE TRIGGER strike_events_incidents_add AFTER INSERT ON strike_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = NEW.event;
END;
CREATE TRIGGER strike_events_incidents_remove AFTER DELETE ON strike_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = OLD.event;
END;
CREATE TRIGGER strike_events_incidents_update AFTER UPDATE ON strike_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event IN (OLD.event, NEW.event);
END;
CREATE TRIGGER casualty_events_incidents_add AFTER INSERT ON casualty_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = NEW.event;
END;
CREATE TRIGGER casualty_events_incidents_remove AFTER DELETE ON casualty_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = OLD.event;
END;

-- One row per incident (see incident_keys): the reports of one site, date, event (counts_as) and unit, from
-- every article. A report is what one source says in one article: the largest number it gives there for
-- the incident, so a part ('two of the 17') or an earlier count never stands as a report beside its whole,
-- and a figure that restates another of its article is none (incident_reports keeps them all). Nothing is
-- summed: lowest and highest are the smallest and largest numbers reported, and sources sets them side by
-- side ('SOHR 12; SANA 8'). site '(no site)' holds the figures whose text names no single place: none, or
-- several together ('22 missiles in all'). Rows come in the order of an index (figures_incidents), each
-- incident worked out when it is read, so that the first page is read without the rest.
CREATE VIEW incidents AS
SELECT CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       coalesce(site.name, f.site, '(no site)') AS site,
       place.country,
       coalesce(f.date, substr(a.published, 1, 10)) AS date,
       f.incident_event AS event,
       f.unit,
       (SELECT min(low) FROM (SELECT r.article, r.source, max(coalesce(r.max_value, r.value)) AS high, r.value AS low, r.reported,
                   r.cause
            FROM incident_reports r JOIN figures rf ON rf.id = r.figure_id
            WHERE rf.incident_order = f.incident_order AND rf.incident_event = f.incident_event
              AND rf.incident_article IS f.incident_article
            GROUP BY r.article, coalesce(r.source, ''))) AS lowest,
       max(coalesce(
           CASE WHEN f.max_value = CAST(f.max_value AS INTEGER) THEN CAST(f.max_value AS INTEGER) ELSE f.max_value END,
           CASE WHEN f.value = CAST(f.value AS INTEGER) THEN CAST(f.value AS INTEGER) ELSE f.value END)) AS highest,
       count(DISTINCT f.article_id || char(31) || coalesce(source.name, f.source, '')) AS reports,
       count(DISTINCT f.article_id) AS articles,
       (SELECT group_concat(said, '; ') FROM (
            SELECT coalesce(source, '(no source)') || ' ' || group_concat(reported, ', ') AS said, max(high) AS top,
                   source
            FROM (SELECT DISTINCT source, reported, high FROM (SELECT r.article, r.source, max(coalesce(r.max_value, r.value)) AS high, r.value AS low, r.reported,
                   r.cause
            FROM incident_reports r JOIN figures rf ON rf.id = r.figure_id
            WHERE rf.incident_order = f.incident_order AND rf.incident_event = f.incident_event
              AND rf.incident_article IS f.incident_article
            GROUP BY r.article, coalesce(r.source, '')) ORDER BY high DESC)
            GROUP BY coalesce(source, '')
            ORDER BY top DESC, source)) AS sources,
       (SELECT group_concat(DISTINCT cause) FROM (SELECT r.article, r.source, max(coalesce(r.max_value, r.value)) AS high, r.value AS low, r.reported,
                   r.cause
            FROM incident_reports r JOIN figures rf ON rf.id = r.figure_id
            WHERE rf.incident_order = f.incident_order AND rf.incident_event = f.incident_event
              AND rf.incident_article IS f.incident_article
            GROUP BY r.article, coalesce(r.source, ''))) AS causes,
       CASE WHEN count(DISTINCT f.article_id) = 1 THEN min(f.article_id) END AS article,
       place.latitude,
       place.longitude
FROM figures f
JOIN articles a ON a.id = f.article_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN place_locations place ON place.entity_id = f.site_entity_id
LEFT JOIN entities source ON source.id = f.source_entity_id
WHERE f.incident_order IS NOT NULL
GROUP BY f.incident_order, f.incident_event, f.incident_article
ORDER BY f.incident_order, f.incident_event DESC, f.incident_article;

UPDATE figures SET (incident_order, incident_event, incident_article) =
    (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
WHERE kind = 'count' AND event IS NOT NULL;
CREATE INDEX figures_incidents ON figures(incident_order, incident_event DESC, incident_article)
    WHERE incident_order IS NOT NULL;
