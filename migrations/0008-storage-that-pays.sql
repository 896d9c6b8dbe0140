-- Schema version 7 → 8: storage that pays for itself.
-- figures.sentence, a copy of the sentence (a third of the file), becomes sentence_start and sentence_end,
-- offsets into the paragraph's text; the views give the sentence as before. entity_mentions becomes one
-- row per entity, paragraph and role, with how many times it is named there (mentions), the first
-- naming's offsets and the others' in more_offsets; the words as written (text) are the paragraph's text
-- at the offsets, and the index on paragraph_id, which no query used, is gone. The views count
-- sum(mentions) where they counted rows. Entities count their own mentions and articles, kept by triggers
-- on entity_mentions, and the people, places and organizations views read them from an index. Both
-- tables are rebuilt so that their columns stand in the order a new archive has; the views that read
-- the changed columns are made again.

PRAGMA legacy_alter_table = ON;  -- the views keep naming the rebuilt tables; those that change are made below

DROP VIEW incidents;
DROP VIEW strikes;
DROP VIEW casualties;
DROP VIEW incident_reports;
DROP VIEW people;
DROP VIEW places;
DROP VIEW organizations;

CREATE TABLE figures_v8 (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,                   -- the phrase as written ('Two of the 17 missiles')
    value        REAL NOT NULL,
    max_value    REAL,
    approx       TEXT NOT NULL DEFAULT 'exact'
                 CHECK (approx IN ('exact', 'about', 'over', 'under', 'range')),
    kind         TEXT NOT NULL,                   -- 'count', 'money', 'percent', 'duration', 'distance', 'age', …
    unit         TEXT,                            -- counted noun, singular ('missile', 'person'), or ISO currency
    of_value     REAL,                            -- the whole of a partitive: 'two of the 17' → 17
    site         TEXT,                            -- the one place it happened at or targeted, else NULL
    event        TEXT,                            -- what happened: 'launched', 'targeted', 'failed', 'killed', …
    cause        TEXT,                            -- what did it, when the clause says: 'stampede', 'air strike'
    source       TEXT,                            -- who the text attributes it to ('Iraqi military')
    -- the sentence it stands in, for reading it in context, as offsets into the paragraph's text (the
    -- views give it as text: substr(p.text, sentence_start + 1, sentence_end - sentence_start))
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    date         TEXT,                            -- ISO 8601 date of its clause, when the text gives one
    -- The entities site and source name: one of the article's own entities whose name, alias or words
    -- as written match (ignoring case; a shorter or longer form only when one entity alone fits), NULL
    -- when none or several do. The text above stays as written beside them.
    site_entity_id   INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    source_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL
);

-- A sentence not found in its paragraph (none that the extractor wrote) is read as the whole paragraph.
INSERT INTO figures_v8 (id, article_id, paragraph_id, start_offset, end_offset, text, value, max_value, approx,
                        kind, unit, of_value, site, event, cause, source, sentence_start, sentence_end, date,
                        site_entity_id, source_entity_id)
SELECT f.id, f.article_id, f.paragraph_id, f.start_offset, f.end_offset, f.text, f.value, f.max_value, f.approx,
       f.kind, f.unit, f.of_value, f.site, f.event, f.cause, f.source,
       CASE WHEN instr(p.text, f.sentence) > 0 THEN instr(p.text, f.sentence) - 1 ELSE 0 END,
       CASE WHEN instr(p.text, f.sentence) > 0 THEN instr(p.text, f.sentence) - 1 + length(f.sentence)
            ELSE length(p.text) END,
       f.date, f.site_entity_id, f.source_entity_id
FROM figures f
JOIN paragraphs p ON p.id = f.paragraph_id
ORDER BY f.id;
DROP TABLE figures;
ALTER TABLE figures_v8 RENAME TO figures;
CREATE INDEX figures_article ON figures(article_id);
CREATE INDEX figures_unit_event ON figures(unit, event);
CREATE INDEX figures_site ON figures(site);
CREATE INDEX figures_site_entity ON figures(site_entity_id);
CREATE INDEX figures_source_entity ON figures(source_entity_id);

CREATE TABLE entity_mentions_v8 (
    id           INTEGER PRIMARY KEY,
    entity_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,                -- the first naming in the paragraph
    end_offset   INTEGER NOT NULL,
    mentions     INTEGER NOT NULL DEFAULT 1,      -- times named in the paragraph with this role
    more_offsets TEXT,                            -- the other namings: '40-48 97-105'; NULL when named once
    role         TEXT                             -- title or role given there ('Supreme Leader')
);

-- Each group's namings in reading order: the first keeps its offsets, the others go to more_offsets.
CREATE TEMP TABLE mention_order AS
SELECT id, entity_id, article_id, paragraph_id, start_offset, end_offset, role,
       row_number() OVER (PARTITION BY entity_id, paragraph_id, role ORDER BY start_offset, end_offset, id) AS n
FROM entity_mentions;
INSERT INTO entity_mentions_v8 (entity_id, article_id, paragraph_id, start_offset, end_offset, mentions,
                                more_offsets, role)
SELECT entity_id, min(article_id), paragraph_id, min(CASE WHEN n = 1 THEN start_offset END),
       min(CASE WHEN n = 1 THEN end_offset END), count(*),
       group_concat(CASE WHEN n > 1 THEN start_offset || '-' || end_offset END, ' '), role
FROM mention_order
GROUP BY entity_id, paragraph_id, role
ORDER BY min(id);
DROP TABLE temp.mention_order;
DROP TABLE entity_mentions;
ALTER TABLE entity_mentions_v8 RENAME TO entity_mentions;
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, article_id);
CREATE INDEX entity_mentions_article ON entity_mentions(article_id);

-- Entities count their mentions and articles (see schema.sql), so that the listings of the most named
-- read their first page from an index.
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
UPDATE entities
SET mentions = coalesce((SELECT sum(m.mentions) FROM entity_mentions m WHERE m.entity_id = entities.id), 0),
    articles = (SELECT count(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = entities.id);
CREATE INDEX entities_by_mentions ON entities(mentions DESC, name);
CREATE INDEX entities_kind_by_mentions ON entities(kind, mentions DESC, name);

-- entities.mentions and entities.articles follow every row written, deleted or moved here (an ingest, a
-- reindex, a user's own UPDATE merging two entities).
CREATE TRIGGER entity_mentions_count AFTER INSERT ON entity_mentions BEGIN
    UPDATE entities
    SET mentions = mentions + NEW.mentions,
        articles = articles + NOT EXISTS (
            SELECT 1 FROM entity_mentions m
            WHERE m.entity_id = NEW.entity_id AND m.article_id = NEW.article_id AND m.id <> NEW.id)
    WHERE id = NEW.entity_id;
END;
CREATE TRIGGER entity_mentions_uncount AFTER DELETE ON entity_mentions BEGIN
    UPDATE entities
    SET mentions = mentions - OLD.mentions,
        articles = articles - NOT EXISTS (
            SELECT 1 FROM entity_mentions m WHERE m.entity_id = OLD.entity_id AND m.article_id = OLD.article_id)
    WHERE id = OLD.entity_id;
END;
CREATE TRIGGER entity_mentions_recount AFTER UPDATE OF entity_id, article_id, mentions ON entity_mentions BEGIN
    UPDATE entities
    SET mentions = mentions - OLD.mentions,
        articles = articles - NOT EXISTS (
            SELECT 1 FROM entity_mentions m WHERE m.entity_id = OLD.entity_id AND m.article_id = OLD.article_id)
    WHERE id = OLD.entity_id;
    UPDATE entities
    SET mentions = mentions + NEW.mentions,
        articles = articles + NOT EXISTS (
            SELECT 1 FROM entity_mentions m
            WHERE m.entity_id = NEW.entity_id AND m.article_id = NEW.article_id AND m.id <> NEW.id)
    WHERE id = NEW.entity_id;
END;

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

CREATE VIEW strikes AS
SELECT site, country, date, unit AS weapon, event, lowest, highest, reports, articles, sources, latitude, longitude
FROM incidents
WHERE incident = 'strike';

CREATE VIEW casualties AS
SELECT site, country, date, event, unit AS who, lowest, highest, reports, articles, sources, causes, latitude,
       longitude
FROM incidents
WHERE incident = 'casualty';

CREATE VIEW people AS
SELECT e.id, e.name,
       (SELECT group_concat(role, '; ') FROM (SELECT DISTINCT role FROM entity_mentions m2
            WHERE m2.entity_id = e.id AND m2.role IS NOT NULL)) AS roles,
       e.mentions,
       e.articles
FROM entities e
WHERE e.kind = 'person' AND e.mentions > 0
ORDER BY e.mentions DESC, e.name;

CREATE VIEW places AS
SELECT e.id, e.name, l.kind AS feature, l.country, e.mentions, e.articles, l.latitude, l.longitude
FROM entities e
LEFT JOIN place_locations l ON l.entity_id = e.id
WHERE e.kind = 'place' AND e.mentions > 0
ORDER BY e.mentions DESC, e.name;

CREATE VIEW organizations AS
SELECT e.id, e.name,
       (SELECT group_concat(alias, ', ') FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases,
       e.mentions, e.articles
FROM entities e
WHERE e.kind = 'organization' AND e.mentions > 0
ORDER BY e.mentions DESC, e.name;

PRAGMA legacy_alter_table = OFF;
