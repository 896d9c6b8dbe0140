-- Schema version 21 → 22: figures.relative_date keeps the words that date a figure's clause only against
-- another moment ('days earlier', 'a few days ago', 'recently', 'less than two weeks after the attack'),
-- when the clause gives no date of its own. incident_reports, incident_keys and incidents no longer give
-- such a figure the article's publication date (dated_by NULL), and incidents keeps it apart from that
-- day's; of a toll an article gives twice with no day of its own, the one so dated stands. Figures stored
-- before have no such words (NULL) until a reindex. Also: a part executed is a part of its whole when that
-- whole is a toll of killed (`37 killed, 30 of them executed`), as a part of the same event already was; the
-- incident keys stored with each figure are stored again at the end, so that such a part leaves at once.

ALTER TABLE figures ADD COLUMN relative_date TEXT DEFAULT NULL;

DROP VIEW incident_reports;
CREATE VIEW incident_reports AS
SELECT f.id AS figure_id,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       CASE WHEN f.period_total = 0
            THEN coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) END AS date,
       CASE WHEN f.period_total = 1 THEN NULL WHEN f.date IS NOT NULL THEN 'clause'
            WHEN a.published IS NOT NULL AND f.relative_date IS NULL THEN 'article' END AS dated_by,
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

DROP VIEW incident_keys;
CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)')) || char(31)
           || coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END, '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           || coalesce(f.unit, '')
           || CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                   THEN char(31) || printf('%020.3f', coalesce(f.max_value, f.value)) ELSE '' END AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                 OR coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) IS NULL
            THEN f.article_id END AS incident_article
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
  AND f.period_total = 0
  -- each case its own look-up by article, event and number (figures_article), so that an article with
  -- many figures is not read whole for each of them
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.value = f.of_value AND o.id <> f.id
          -- (a part executed is a part of a toll of killed: `37 killed, 30 of them executed`)
          AND o.event IN (f.event, CASE f.event WHEN 'executed' THEN 'killed' END)
          AND o.kind = 'count' AND o.paragraph_id = f.paragraph_id
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))))
  AND NOT (p.position = 0 AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.paragraph_id <> f.paragraph_id))
  AND NOT (f.site IS NULL AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.site IS NOT NULL AND op.position <> 0
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  AND NOT (place.kind = 'country' AND EXISTS (
        SELECT 1 FROM figures o
        JOIN place_locations inside ON inside.entity_id = coalesce(o.site_entity_id, o.earlier_site_entity_id)
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND inside.kind <> 'country' AND inside.country_code = place.country_code
          AND op.position <> 0
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL AND op.position <> 0
          AND (o.paragraph_id <> f.paragraph_id OR o.sentence_start <> f.sentence_start)
          -- within 25 paragraphs either way (an article's paragraphs have consecutive ids): a range of
          -- figures_article, so that a long article repeating a number in every paragraph is not read
          -- whole for each of its figures
          AND o.paragraph_id BETWEEN f.paragraph_id - 25 AND f.paragraph_id + 25
          -- another noun of the class, never for a vague plural ('dozens', 'tens', 'scores', 'hundreds',
          -- 'thousands'), which stands for no number in particular
          AND (o.unit = f.unit
               OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                            AND 'anyone' IN (fc.class, oc.class)))
                   AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                   AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))
          AND (coalesce(f.site, f.earlier_site, o.site, o.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site)))
          -- which of the two stands: the one whose own clause gives its day, when their days differ
          AND CASE WHEN coalesce(o.date, substr(a.published, 1, 10)) IS NOT coalesce(f.date, substr(a.published, 1, 10))
                   THEN f.date IS NULL AND o.date IS NOT NULL
                   -- … else the one whose clause dates it against another moment ('hours later'): the
                   -- other's publication day is no day of its own
                   WHEN f.date IS NULL AND (f.relative_date IS NULL) <> (o.relative_date IS NULL)
                   THEN o.relative_date IS NOT NULL
                   WHEN o.unit <> f.unit
                   THEN (fc.class = 'anyone' AND oc.class <> 'anyone')
                        OR ((fc.class = 'anyone') = (oc.class = 'anyone')
                            AND (op.position < p.position
                                 OR (op.position = p.position AND o.start_offset < f.start_offset)))
                   ELSE 0 END);

DROP VIEW incidents;
CREATE VIEW incidents AS
SELECT CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)') AS site,
       place.country,
       coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) AS date,
       CASE WHEN max(f.date IS NOT NULL) THEN 'clause' WHEN a.published IS NOT NULL AND min(f.relative_date IS NULL)
            THEN 'article' END AS dated_by,
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

DROP TRIGGER figures_incidents_update;
CREATE TRIGGER figures_incidents_update AFTER UPDATE OF article_id, paragraph_id, value, kind, unit, of_value, site,
    event, date, site_entity_id, period_total, earlier_site, earlier_site_entity_id, text, relative_date ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (OLD.article_id, NEW.article_id);
END;

UPDATE figures SET (incident_order, incident_event, incident_article) =
    (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
WHERE kind = 'count' AND event IS NOT NULL;
