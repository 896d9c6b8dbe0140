-- Schema version 6 → 7: publication dates in one ISO 8601 form, and the value as the file wrote it.
-- New articles store `published` as `2020-01-08`, `2020-01-08T06:30:00` (no zone given) or in UTC,
-- `2020-01-08T06:30:00Z` (any zone given), and keep the file's own spelling in published_as_written when
-- it differs (`2020-01-08 09:30:00.000+0300`), or when it is no date at all (`9999-99-99`: then
-- published stays NULL rather than invented). Stored articles whose published is in another form keep
-- that form in published_as_written; published becomes the date-time when only the space before the
-- time differs, else the date the file wrote alone, which always reads.
-- The file is also marked as an archive in its header (application_id 'ARCH'), as new archives are, and
-- the places view gains each place's feature (country, region, city), country and point for maps.

PRAGMA application_id = 1095910216;

ALTER TABLE articles ADD COLUMN published_as_written TEXT;

UPDATE articles
SET published_as_written = published,
    published = CASE
        WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
            THEN substr(published, 1, 10) || 'T' || substr(published, 12)
        WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(published, 1, 10)
        ELSE NULL
    END
WHERE published IS NOT NULL
  AND NOT published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
  AND NOT published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
  AND NOT published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';

UPDATE canned_queries SET description = 'Places named, with country, point, mentions and articles'
WHERE name = 'places';
DROP VIEW places;
CREATE VIEW places AS
SELECT e.id, e.name, l.kind AS feature, l.country, count(m.id) AS mentions,
       count(DISTINCT m.article_id) AS articles, l.latitude, l.longitude
FROM entities e
JOIN entity_mentions m ON m.entity_id = e.id
LEFT JOIN place_locations l ON l.entity_id = e.id
WHERE e.kind = 'place'
GROUP BY e.id
ORDER BY mentions DESC, e.name;
