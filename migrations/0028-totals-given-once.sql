-- Schema version 27 → 28: the totals view gives a total once when its own sentence gives it twice, with
-- the same number and event: a headline run into the body's first sentence ('Clashes kill 45 fighters in 2
-- days AP Monday … Clashes have killed 45 fighters over the past two days') is one total, not two. Only the
-- view and the index of period totals (which now holds what finds the earlier one, so that counting
-- totals still reads it alone) change; nothing stored does.

DROP INDEX figures_period_totals;
CREATE INDEX figures_period_totals ON figures(article_id, kind, unit, event, period_total, value, paragraph_id,
    sentence_start, start_offset) WHERE period_total = 1;

DROP VIEW totals;
CREATE VIEW totals AS
SELECT r.incident, r.site, r.country, substr(a.published, 1, 10) AS as_of, f.period, r.counts_as AS event, r.unit,
       r.reported, r.value, r.max_value, r.part_of, r.source, r.article, r.paragraph, r.sentence, r.figure_id
FROM articles a
CROSS JOIN incident_reports r ON r.article = a.id
JOIN figures f ON f.id = r.figure_id
WHERE r.period_total = 1
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value
          AND o.paragraph_id = f.paragraph_id AND o.sentence_start = f.sentence_start
          AND +o.start_offset < f.start_offset AND o.kind = 'count' AND o.period_total = 1)
ORDER BY a.published, a.id, r.paragraph, r.figure_id;
