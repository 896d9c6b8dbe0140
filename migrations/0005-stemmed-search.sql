-- Schema version 4 → 5: the full-text index stems English ('missile' finds 'missiles') and names its
-- content table as content="paragraphs", the form sqlite-utils and Datasette recognise. The index is
-- made anew from the paragraphs; the triggers that keep it in sync are unchanged.

DROP TABLE paragraphs_fts;
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text, content="paragraphs", content_rowid="id", tokenize="porter unicode61 remove_diacritics 2"
);
INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild');
