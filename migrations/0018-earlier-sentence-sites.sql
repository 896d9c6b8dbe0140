-- Schema version 17 → 18: figures.earlier_site and earlier_site_entity_id, where an incident happened when
-- its own sentence names no place but a sentence shortly before names one ('Jets hit Marlow on Monday. …
-- The raids killed 12 people.'). site keeps the sentence's own place; incident_reports, incident_keys and
-- incidents (so strikes and casualties) use the earlier place when site is NULL and say so in site_from.
-- Stored figures have no earlier site until `archive reindex` extracts them again; their incidents are
-- as before.

ALTER TABLE figures ADD COLUMN earlier_site TEXT;
ALTER TABLE figures ADD COLUMN earlier_site_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;
CREATE INDEX figures_earlier_site_entity ON figures(earlier_site_entity_id) WHERE earlier_site_entity_id IS NOT NULL;

DROP VIEW casualties;
DROP VIEW strikes;
DROP VIEW incidents;
DROP VIEW incident_keys;
DROP VIEW incident_reports;

CREATE VIEW incident_reports AS
SELECT f.id AS figure_id,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       CASE WHEN f.period_total = 0 THEN coalesce(f.date, substr(a.published, 1, 10)) END AS date,
       CASE WHEN f.period_total = 1 THEN NULL WHEN f.date IS NOT NULL THEN 'clause'
            WHEN a.published IS NOT NULL THEN 'article' END AS dated_by,
       f.period_total,
       coalesce(site.name, f.site, earlier.name, f.earlier_site) AS site,
       place.country,
       coalesce(f.site, f.earlier_site) AS site_as_written,
       coalesce(f.site_entity_id, f.earlier_site_entity_id) AS site_entity_id,
       place.latitude,
       place.longitude,
       f.event,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS counts_as,
       f.unit,
       CASE WHEN f.value = CAST(f.value AS INTEGER) THEN CAST(f.value AS INTEGER) ELSE f.value END AS value,
       CASE WHEN f.max_value = CAST(f.max_value AS INTEGER) THEN CAST(f.max_value AS INTEGER) ELSE f.max_value END
           AS max_value,
       f.approx,
       CASE f.approx
           WHEN 'over'  THEN 'more than ' || CAST(f.value AS INTEGER)
           WHEN 'under' THEN 'up to ' || CAST(f.value AS INTEGER)
           WHEN 'about' THEN 'about ' || CAST(f.value AS INTEGER)
           WHEN 'range' THEN CAST(f.value AS INTEGER) || '–' || CAST(coalesce(f.max_value, f.value) AS INTEGER)
           ELSE CAST(f.value AS INTEGER)
       END AS reported,
       CASE WHEN f.of_value = CAST(f.of_value AS INTEGER) THEN CAST(f.of_value AS INTEGER) ELSE f.of_value END
           AS part_of,
       f.cause,
       coalesce(source.name, f.source) AS source,
       f.source AS source_as_written,
       f.source_entity_id,
       f.article_id AS article,
       p.position AS paragraph,
       substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence,
       CASE WHEN f.site IS NOT NULL THEN 'sentence' WHEN f.earlier_site IS NOT NULL THEN 'earlier sentence' END
           AS site_from
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
LEFT JOIN entities source ON source.id = f.source_entity_id
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
ORDER BY f.article_id, f.paragraph_id, f.start_offset;

CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)')) || char(31)
           || coalesce(f.date, substr(a.published, 1, 10), '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           || coalesce(f.unit, '') AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                 OR coalesce(f.date, substr(a.published, 1, 10)) IS NULL
            THEN f.article_id END AS incident_article
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
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

CREATE VIEW incidents AS
SELECT CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)') AS site,
       place.country,
       coalesce(f.date, substr(a.published, 1, 10)) AS date,
       CASE WHEN max(f.date IS NOT NULL) THEN 'clause' WHEN a.published IS NOT NULL THEN 'article' END AS dated_by,
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
       place.longitude,
       CASE WHEN total(f.site IS NOT NULL) > 0 THEN 'sentence' WHEN total(f.earlier_site IS NOT NULL) > 0
            THEN 'earlier sentence' END AS site_from
FROM figures f
JOIN articles a ON a.id = f.article_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
LEFT JOIN entities source ON source.id = f.source_entity_id
WHERE f.incident_order IS NOT NULL
GROUP BY f.incident_order, f.incident_event, f.incident_article
ORDER BY f.incident_order, f.incident_event DESC, f.incident_article;

CREATE VIEW strikes AS
SELECT site, country, date, dated_by, unit AS weapon, event, lowest, highest, reports, articles, sources, latitude, longitude,
       site_from
FROM incidents
WHERE incident = 'strike' AND event IN ('launched', 'failed');

CREATE VIEW casualties AS
SELECT site, country, date, dated_by, event, unit AS who, lowest, highest, reports, articles, sources, causes, latitude,
       longitude, site_from
FROM incidents
WHERE incident = 'casualty';

DROP TRIGGER figures_incidents_update;
CREATE TRIGGER figures_incidents_update AFTER UPDATE OF article_id, paragraph_id, value, kind, unit, of_value, site,
    event, date, site_entity_id, period_total, earlier_site, earlier_site_entity_id ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (OLD.article_id, NEW.article_id);
END;
DROP TRIGGER entities_incidents_rename;
CREATE TRIGGER entities_incidents_rename AFTER UPDATE OF name ON entities BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE site_entity_id = NEW.id OR earlier_site_entity_id = NEW.id;
END;
