-- Schema version 22 → 23: figures.period keeps the stretch of time a total covers as its clause names it
-- ('since the push began', 'since 2011', 'October', 'this year'), and the totals view shows it after
-- as_of, so that a month's toll or a toll since an event reads as one rather than as a bare number.
-- Figures stored before have no period (NULL) until a reindex.

ALTER TABLE figures ADD COLUMN period TEXT DEFAULT NULL;

DROP VIEW totals;
CREATE VIEW totals AS
SELECT r.incident, r.site, r.country, substr(a.published, 1, 10) AS as_of, f.period, r.counts_as AS event, r.unit,
       r.reported, r.value, r.max_value, r.part_of, r.source, r.article, r.paragraph, r.sentence, r.figure_id
FROM articles a
CROSS JOIN incident_reports r ON r.article = a.id
JOIN figures f ON f.id = r.figure_id
WHERE r.period_total = 1
ORDER BY a.published, a.id, r.paragraph, r.figure_id;
