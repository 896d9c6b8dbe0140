-- Schema version 16 → 17: the writer indexes the paragraphs of a batch in one statement before it commits,
-- so that FTS5 writes one segment per batch instead of one per article and merges far fewer (see
-- paragraphs_fts). The insert trigger still indexes every paragraph stored by anything else.

DROP TRIGGER paragraphs_ai;
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs
WHEN NOT EXISTS (SELECT 1 FROM writer_batch) BEGIN
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
