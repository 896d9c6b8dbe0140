-- Schema version 1 → 2: dates and times.
-- Adds date_mentions, the date of a figure's and a quote's clause, and the timeline view.
-- Run by the archive binary in one transaction with the version bump; `archive reindex` then fills the
-- new rows for articles stored before the upgrade.

ALTER TABLE figures ADD COLUMN date TEXT;
ALTER TABLE quotes ADD COLUMN date TEXT;

CREATE TABLE date_mentions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    value        TEXT,
    end_value    TEXT,
    grain        TEXT NOT NULL CHECK (grain IN ('year', 'month', 'week', 'day', 'hour', 'minute')),
    time_zone    TEXT
);
CREATE INDEX date_mentions_article ON date_mentions(article_id);
CREATE INDEX date_mentions_value ON date_mentions(value);

INSERT INTO canned_queries (name, view, description) VALUES
    ('timeline', 'timeline', 'Dated figures and quotes across the archive, in order');

CREATE VIEW timeline AS
SELECT f.date AS date, 'figure' AS kind, f.text AS what, f.event, f.site AS place, f.source, f.article_id AS article
FROM figures f
WHERE f.date IS NOT NULL
UNION ALL
SELECT q.date, 'quote', substr(q.text, 1, 60), 'said', NULL, q.speaker, q.article_id
FROM quotes q
WHERE q.date IS NOT NULL
ORDER BY date, article;
