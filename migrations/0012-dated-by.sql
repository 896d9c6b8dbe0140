-- Schema version 11 → 12: strikes and casualties say where each row's date comes from. incidents, strikes
-- and casualties gain dated_by: 'clause' when a report's own sentence dates the incident ('on Tuesday',
-- 'yesterday'), 'article' when no sentence does and the article's publication date stands in, so that a
-- reader can tell a stated day from a guessed one (incident_reports has had the same column per figure).

DROP VIEW casualties;
DROP VIEW strikes;
DROP VIEW incidents;

-- One row per incident (see incident_keys): the reports of one site, date, event (counts_as) and unit, from
-- every article. A report is what one source says in one article: the largest number it gives there for
-- the incident, so a part ('two of the 17') or an earlier count never stands as a report beside its whole,
-- and a figure that restates another of its article is none (incident_reports keeps them all). Nothing is
-- summed: lowest and highest are the smallest and largest numbers reported, and sources sets them side by
-- side ('SOHR 12; SANA 8'). site '(no site)' holds the figures whose text names no single place: none, or
-- several together ('22 missiles in all'). Rows come in the order of an index (figures_incidents), each
-- incident worked out when it is read, so that the first page is read without the rest. dated_by says
-- where date comes from: 'clause' when a report's own sentence dates it ('on Tuesday'), 'article' when
-- no sentence does and the article's publication date stands in.
CREATE VIEW incidents AS
SELECT CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       coalesce(site.name, f.site, '(no site)') AS site,
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

-- Strikes per site, date, weapon and event ('launched' or 'failed'): lowest and highest number
-- reported, how many reports and articles, and who said what ('Iraqi military 17'), with the site's
-- country and point when the gazetteer knows them. See incidents.
CREATE VIEW strikes AS
SELECT site, country, date, dated_by, unit AS weapon, event, lowest, highest, reports, articles, sources, latitude, longitude
FROM incidents
WHERE incident = 'strike';

-- People killed, injured, arrested, displaced … per site, date, event and who ('person', 'child'):
-- lowest and highest number reported, how many reports and articles, who said what, the causes the
-- clauses name ('stampede'), and the site's country and point when the gazetteer knows them. See incidents.
CREATE VIEW casualties AS
SELECT site, country, date, dated_by, event, unit AS who, lowest, highest, reports, articles, sources, causes, latitude,
       longitude
FROM incidents
WHERE incident = 'casualty';
