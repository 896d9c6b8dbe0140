-- Schema version 8 → 9: a figure that restates another of its article is no incident report of its own,
-- and mortar rounds and sorties are weapons. The incidents view (and so strikes and casualties) leaves
-- out a part counted in its whole in the same paragraph ('18 people, including 14 children': the
-- extractor now stores the whole as of_value), a headline number the body gives again, and a number
-- given again with no site beside the same number with one; incident_reports still lists every figure.
-- weapon_units gains 'round' ('two mortar rounds hit …') and 'sortie' ('39 sorties'), which the
-- extractor counts. Stored figures change only by `archive reindex --all`.

INSERT INTO weapon_units (unit) VALUES ('round'), ('sortie');
DROP VIEW incidents;
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
    WHERE r.figure_id NOT IN (SELECT figure_id FROM restated)
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
