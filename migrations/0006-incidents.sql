-- Schema version 5 → 6: sites and sources are entities, and one row per incident.
-- figures.site_entity_id and figures.source_entity_id point at the entity the written site and source
-- name (the text stays beside them). The max-based strikes_by_site and casualties_by_place views are
-- replaced by incident_reports (one row per strike or casualty figure), incidents, strikes and casualties
-- (one row per site, date and event, with the lowest and highest number reported and who said which);
-- the old names are dropped rather than kept as aliases, since their columns and meaning changed.
-- place_locations gives places their country and point; `archive reindex` fills it for stored places.

ALTER TABLE figures ADD COLUMN site_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;
ALTER TABLE figures ADD COLUMN source_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;
CREATE INDEX figures_site_entity ON figures(site_entity_id);
CREATE INDEX figures_source_entity ON figures(source_entity_id);

-- Where a place entity is, when the gazetteer (GeoNames, see NOTICE) knows its name: what it is there,
-- the country it lies in (or is) by ISO 3166-1 alpha-2 code and English name (CLDR's, as the system's
-- locale data gives it), and for a city its point. Filled when an article naming the place is stored,
-- and by `archive reindex` for places stored before. A place the gazetteer does not know has no row.
CREATE TABLE place_locations (
    entity_id    INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('country', 'region', 'city')),
    country_code TEXT,                            -- 'IQ'
    country      TEXT,                            -- 'Iraq'
    latitude     REAL,                            -- WGS84 degrees, cities only
    longitude    REAL,
    geonameid    INTEGER
);

-- The backfill matches the written site or source with the name, an alias, or the words as written of
-- exactly one entity the same article mentions, ignoring case (a site is never a person or a
-- nationality, a source never a nationality); `archive reindex --all` also resolves shorter and longer
-- forms, as new ingests do.
UPDATE figures SET site_entity_id = (
    SELECT CASE WHEN count(*) = 1 THEN min(e.id) END
    FROM entities e
    WHERE e.kind NOT IN ('person', 'nationality')
      AND e.id IN (SELECT m.entity_id FROM entity_mentions m WHERE m.article_id = figures.article_id)
      AND (e.name = figures.site COLLATE NOCASE
           OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.entity_id = e.id AND x.alias = figures.site COLLATE NOCASE)
           OR EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = e.id AND m.article_id = figures.article_id
                      AND m.text = figures.site COLLATE NOCASE))
)
WHERE site IS NOT NULL;
UPDATE figures SET source_entity_id = (
    SELECT CASE WHEN count(*) = 1 THEN min(e.id) END
    FROM entities e
    WHERE e.kind <> 'nationality'
      AND e.id IN (SELECT m.entity_id FROM entity_mentions m WHERE m.article_id = figures.article_id)
      AND (e.name = figures.source COLLATE NOCASE
           OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.entity_id = e.id AND x.alias = figures.source COLLATE NOCASE)
           OR EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = e.id AND m.article_id = figures.article_id
                      AND m.text = figures.source COLLATE NOCASE))
)
WHERE source IS NOT NULL;

DROP VIEW strikes_by_site;
DROP VIEW casualties_by_place;
DROP VIEW timeline;

DELETE FROM canned_queries;
INSERT INTO canned_queries (name, view, description) VALUES
    ('strikes',    'strikes',             'Missiles, rockets, drones and other strikes per site, date and event: lowest and highest number reported, by whom'),
    ('casualties', 'casualties',          'People killed, injured, arrested or displaced per site, date and event: lowest and highest number reported, by whom'),
    ('reports',    'incident_reports',    'Every strike or casualty figure, one row each, with its date, site, source and sentence'),
    ('figures',    'figure_list',         'Every figure with its unit, site, event, source and article'),
    ('people',     'people',              'People named, with the roles seen, mentions and articles'),
    ('places',     'places',              'Places named, with mentions and articles'),
    ('organizations', 'organizations',    'Organisations named, with mentions and articles'),
    ('quotes',     'quote_list',          'Direct quotes with their speaker, article and paragraph'),
    ('articles',   'article_list',        'Every article with its source, date and counts of what was extracted'),
    ('timeline',   'timeline',            'Dated figures and quotes across the archive, in order');

-- One row per strike or casualty figure, as the article gives it: nothing merged, nothing summed.
--   incident   'strike' (a weapon unit with a strike event) or 'casualty' (a casualty event)
--   date       the date of the figure's clause, else the article's publication date (dated_by says which)
--   site       the canonical name of the entity the site resolved to (so a user alias applies), else the
--              words as written (site_as_written); NULL when the text names no single place. country,
--              latitude and longitude are the site entity's place_locations, when the gazetteer knows it
--   event      as extracted; counts_as is 'launched' or 'failed' for strikes, the event for casualties
--   reported   the number as a reader would say it ('more than 50', '10–12'); part_of is the whole of a
--              partitive ('two of the 17 missiles' → 17)
--   source     the canonical name of the entity the source resolved to, else as written
CREATE VIEW incident_reports AS
SELECT f.id AS figure_id,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       coalesce(f.date, substr(a.published, 1, 10)) AS date,
       CASE WHEN f.date IS NOT NULL THEN 'clause' WHEN a.published IS NOT NULL THEN 'article' END AS dated_by,
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
       f.sentence
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

-- One row per incident: the reports of one site, date, event (counts_as) and unit, from every article.
-- A report is what one source says in one article: the largest number it gives there for the incident,
-- so a part ('two of the 17') or an earlier count never stands as a report beside its whole. Nothing is
-- summed: lowest and highest are the smallest and largest numbers reported, and sources sets them side
-- by side ('SOHR 12; SANA 8'). A report with no site or no date cannot be matched with another
-- article's, so it stays an incident of its own article. site '(no site)' holds the figures whose text
-- names no single place: none, or several together ('22 missiles in all').
CREATE VIEW incidents AS
WITH keyed AS (
    SELECT r.*,
           r.incident || '|' || r.counts_as || '|' || coalesce(r.unit, '') || '|' || lower(coalesce(r.site, ''))
               || '|' || coalesce(r.date, '')
               || CASE WHEN r.site IS NULL OR r.date IS NULL THEN '|' || r.article ELSE '' END AS incident_key
    FROM incident_reports r
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

-- Strikes per site, date, weapon and event ('launched' or 'failed'): lowest and highest number
-- reported, how many reports and articles, and who said what ('Iraqi military 17'), with the site's
-- country and point when the gazetteer knows them. See incidents.
CREATE VIEW strikes AS
SELECT site, country, date, unit AS weapon, event, lowest, highest, reports, articles, sources, latitude, longitude
FROM incidents
WHERE incident = 'strike';

-- People killed, injured, arrested, displaced … per site, date, event and who ('person', 'child'):
-- lowest and highest number reported, how many reports and articles, who said what, the causes the
-- clauses name ('stampede'), and the site's country and point when the gazetteer knows them. See incidents.
CREATE VIEW casualties AS
SELECT site, country, date, event, unit AS who, lowest, highest, reports, articles, sources, causes, latitude,
       longitude
FROM incidents
WHERE incident = 'casualty';

-- Figures and quotes whose clause gives a date, across the archive in date order. place and source are
-- the entities they resolved to (see figures.site_entity_id), else the words as written.
CREATE VIEW timeline AS
SELECT f.date AS date, 'figure' AS kind, f.text AS what, f.event, coalesce(site.name, f.site) AS place,
       coalesce(source.name, f.source) AS source, f.article_id AS article
FROM figures f
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities source ON source.id = f.source_entity_id
WHERE f.date IS NOT NULL
UNION ALL
SELECT q.date, 'quote', substr(q.text, 1, 60), 'said', NULL, q.speaker, q.article_id
FROM quotes q
WHERE q.date IS NOT NULL
ORDER BY date, article;
