-- Schema version 3 → 4: where an article's publication date came from.
-- 'file' (its metadata), 'flag' (archive ingest --published) or 'text' (a date stated at the start of
-- its text, used when neither gives one). Articles stored before stay NULL: unknown.

ALTER TABLE articles ADD COLUMN published_from TEXT CHECK (published_from IN ('file', 'flag', 'text'));
