-- Schema version 9 → 10: totals over a stretch of time are no incidents.
-- figures.period_total is 1 for a figure that totals a stretch of time ('325 air raids since 21 May',
-- 'more than 150,000 killed in the war which began in 2011', 'in the past four days'); such a figure has
-- no clause date. incident_reports gives it no date and a period_total column, incidents (and so strikes
-- and casualties) leaves it out, and the new totals view (`archive query totals`) lists those, as of
-- their article's date. Stored figures are marked by `archive reindex` (the extractor's version changed).

ALTER TABLE figures ADD COLUMN period_total INTEGER NOT NULL DEFAULT 0 CHECK (period_total IN (0, 1));

DROP VIEW incidents;
DROP VIEW incident_reports;
CREATE VIEW incident_reports AS
SELECT f.id AS figure_id,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       CASE WHEN f.period_total = 0 THEN coalesce(f.date, substr(a.published, 1, 10)) END AS date,
       CASE WHEN f.period_total = 1 THEN NULL WHEN f.date IS NOT NULL THEN 'clause'
            WHEN a.published IS NOT NULL THEN 'article' END AS dated_by,
       f.period_total,
       coalesce(site.name, f.site) AS site,
       place.country,
       f.site AS site_as_written,
       f.site_entity_id,
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
       substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN place_locations place ON place.entity_id = f.site_entity_id
LEFT JOIN entities source ON source.id = f.source_entity_id
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
ORDER BY f.article_id, p.position, f.start_offset;

CREATE VIEW incidents AS
WITH restated AS (
    SELECT r.id AS figure_id
    FROM figures r
    JOIN paragraphs rp ON rp.id = r.paragraph_id
    WHERE r.kind = 'count' AND r.event IS NOT NULL AND EXISTS (
        SELECT 1 FROM figures w
        WHERE w.article_id = r.article_id AND w.id <> r.id AND w.kind = 'count' AND w.event = r.event
          AND ((r.of_value IS NOT NULL AND w.value = r.of_value AND w.paragraph_id = r.paragraph_id)
               OR (rp.position = 0 AND w.paragraph_id <> r.paragraph_id AND w.value = r.value)
               OR (r.site IS NULL AND w.site IS NOT NULL AND w.value = r.value
                   AND (w.unit = r.unit OR r.unit = 'person'))))
),
keyed AS (
    SELECT r.*,
           r.incident || '|' || r.counts_as || '|' || coalesce(r.unit, '') || '|' || lower(coalesce(r.site, ''))
               || '|' || coalesce(r.date, '')
               || CASE WHEN r.site IS NULL OR r.date IS NULL THEN '|' || r.article ELSE '' END AS incident_key
    FROM incident_reports r
    WHERE r.period_total = 0 AND r.figure_id NOT IN (SELECT figure_id FROM restated)
),
per_source AS (
    -- max() picks the row whose other columns (reported, value) are returned with it
    SELECT incident_key, incident, site, country, latitude, longitude, date, counts_as, unit, article, source,
           max(coalesce(max_value, value)) AS high, value AS low, reported, cause
    FROM keyed
    GROUP BY incident_key, article, coalesce(source, '')
),
numbers_by_source AS (
    SELECT incident_key, source, max(high) AS top,
           coalesce(source, '(no source)') || ' ' || group_concat(reported, ', ') AS said
    FROM (SELECT DISTINCT incident_key, source, reported, high FROM per_source ORDER BY high DESC)
    GROUP BY incident_key, coalesce(source, '')
),
sources_by_incident AS (
    SELECT incident_key, group_concat(said, '; ') AS sources
    FROM (SELECT incident_key, said FROM numbers_by_source ORDER BY incident_key, top DESC, source)
    GROUP BY incident_key
),
grouped AS (
    SELECT incident_key, incident, coalesce(site, '(no site)') AS site, site IS NULL AS unsited, country, date,
           counts_as AS event, unit, min(low) AS lowest, max(high) AS highest, count(*) AS reports,
           count(DISTINCT article) AS articles, group_concat(DISTINCT cause) AS causes,
           CASE WHEN count(DISTINCT article) = 1 THEN min(article) END AS article, latitude, longitude
    FROM per_source
    GROUP BY incident_key
)
SELECT g.incident, g.site, g.country, g.date, g.event, g.unit, g.lowest, g.highest, g.reports, g.articles,
       s.sources, g.causes, g.article, g.latitude, g.longitude
FROM grouped g
JOIN sources_by_incident s ON s.incident_key = g.incident_key
ORDER BY g.unsited, lower(g.site), g.date, g.incident, g.unit, g.event DESC;

CREATE VIEW totals AS
SELECT r.incident, r.site, r.country, substr(a.published, 1, 10) AS as_of, r.counts_as AS event, r.unit, r.reported, r.value,
       r.max_value, r.part_of, r.source, r.article, r.paragraph, r.sentence, r.figure_id
FROM incident_reports r
JOIN articles a ON a.id = r.article
WHERE r.period_total = 1
ORDER BY a.published, r.article, r.paragraph, r.figure_id;

-- The totals query is listed after reports: the queries after it are listed again in order.
DELETE FROM canned_queries
WHERE name IN ('figures', 'people', 'places', 'organizations', 'quotes', 'articles', 'timeline');
INSERT INTO canned_queries (name, view, description) VALUES
    ('totals',     'totals',              'Strike and casualty totals over a stretch of time (since 2011, so far this year), as of their article''s date'),
    ('figures',    'figure_list',         'Every figure with its unit, site, event, source and article'),
    ('people',     'people',              'People named, with the roles seen, mentions and articles'),
    ('places',     'places',              'Places named, with country, point, mentions and articles'),
    ('organizations', 'organizations',    'Organisations named, with mentions and articles'),
    ('quotes',     'quote_list',          'Direct quotes with their speaker, article and paragraph'),
    ('articles',   'article_list',        'Every article with its source, date and counts of what was extracted'),
    ('timeline',   'timeline',            'Dated figures and quotes across the archive, in order');
