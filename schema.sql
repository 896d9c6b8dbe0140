-- ArticleArchive: one SQLite file holding news articles and what was extracted from them.
--
-- This file is the single source of truth for the archive's layout. The `archive` binary embeds it
-- (scripts/embed-schema regenerates Sources/ArchiveStore/ArchiveSchema+SQL.swift, and a test fails when
-- the two differ) and runs it on a new file. Tables hold facts; views answer the common questions and
-- are what `archive query NAME` prints, so the sqlite3 shell gives the same answers:
--
--     sqlite3 -header -column archive.sqlite 'SELECT * FROM strikes'
--     sqlite3 archive.sqlite 'SELECT name, view, description FROM canned_queries'
--
-- An archive made by an older version is upgraded in place by the steps in migrations/ (also embedded),
-- each bringing schema version N to N + 1; a test checks that upgrading gives exactly this schema.
--
-- Character offsets (start_offset, end_offset) count Unicode scalars from the start of a paragraph's
-- text, end exclusive, so substr(paragraphs.text, start_offset + 1, end_offset - start_offset) is the span.

PRAGMA user_version = 35;
-- Marks the file as an archive for tools that read SQLite headers ('ARCH'; `file` shows it): a database
-- of another application, whatever tables it has, is never taken for one.
PRAGMA application_id = 1095910216;

-- MARK: - Articles and their text

-- One row per stored article. content_sha256 is the SHA-256 of the normalised text (headline and
-- paragraphs, whitespace collapsed); re-ingesting the same text finds it and stores nothing.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    source            TEXT,                       -- publisher, e.g. 'Al Jazeera'
    url               TEXT,
    published         TEXT,                       -- ISO 8601: 2020-01-08, 2020-01-08T06:30:00, or in UTC …Z
    byline            TEXT,
    language          TEXT,
    origin_path       TEXT,                       -- file the article was read from ('-' for stdin)
    content_sha256    TEXT NOT NULL UNIQUE,
    word_count        INTEGER NOT NULL DEFAULT 0,
    ingested_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    extractor_version INTEGER NOT NULL,           -- version of the extractor that filled the rows below
    -- where published came from: 'file' (its metadata), 'flag' (--published) or 'text' (a date its text
    -- states at the start, used when neither gives one); NULL when unknown
    published_from    TEXT CHECK (published_from IN ('file', 'flag', 'text')),
    -- the publication date exactly as the file wrote it, when that is not `published` as it stands:
    -- written another way ('2020-01-08 06:30:00.000+0000'), or no date at all ('9999-99-99')
    published_as_written TEXT
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

-- The article's text, one row per paragraph in reading order. The headline is position 0.
CREATE TABLE paragraphs (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,                  -- 0 = headline, then 1, 2, … in order
    kind       TEXT NOT NULL CHECK (kind IN ('headline', 'standfirst', 'body', 'crosshead')),
    text       TEXT NOT NULL,
    UNIQUE (article_id, position)
);

-- Full-text index over paragraphs (external content, kept in sync by the triggers below). English words
-- are stemmed (porter: 'missile' finds 'missiles') and diacritics removed. The options are written the way
-- sqlite-utils and Datasette recognise an external-content index (content="paragraphs").
-- Search it with: SELECT * FROM paragraphs_fts WHERE paragraphs_fts MATCH 'missile' ORDER BY rank;
-- The archive's writer indexes the paragraphs it stores itself, all of a batch in one statement before it
-- commits (FTS5 writes what one statement added as a segment of its own, and merges the segments as they
-- pile up). See "The archive's writer" below: its connection runs no trigger while it stores.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text, content="paragraphs", content_rowid="id", tokenize="porter unicode61 remove_diacritics 2"
);
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER paragraphs_au AFTER UPDATE OF text ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;

-- MARK: - Entities

-- People, places and organisations: one row per entity across the whole archive, under its fullest name.
-- mentions and articles count where the archive names it (kept by the triggers on entity_mentions below),
-- so that the listings of the most named answer their first page from an index.
CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,                       -- 'person', 'place', 'organization', 'nationality', …
    mentions INTEGER NOT NULL DEFAULT 0,          -- times named, in every article
    articles INTEGER NOT NULL DEFAULT 0,          -- articles naming it
    UNIQUE (name, kind)
);
CREATE INDEX entities_by_mentions ON entities(mentions DESC, name);
CREATE INDEX entities_kind_by_mentions ON entities(kind, mentions DESC, name);

-- Other names an entity goes by (surnames, acronyms, spellings). Users may add their own, to merge (a
-- user's alias outranks an entity of that name):
--   INSERT INTO entity_aliases(entity_id, alias, origin) SELECT id, 'Hashd', 'user' FROM entities WHERE name = '…';
-- or say that a name is NOT an entity, to split (origin 'user-not', in place of the extracted alias):
--   INSERT OR REPLACE INTO entity_aliases(entity_id, alias, origin) SELECT id, 'Raqa', 'user-not' FROM entities
--   WHERE name = 'Raqqa' AND kind = 'place';
-- Both apply to what is stored already after `archive reindex --all`. Listings leave 'user-not' rows out.
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    origin    TEXT NOT NULL DEFAULT 'extracted',  -- 'extracted', 'user' or 'user-not'
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
CREATE INDEX entity_aliases_alias_nocase ON entity_aliases(alias COLLATE NOCASE);

-- The writer's look-up of entities by loose key across articles: one row per entity and the loose key of
-- its name or of an alias (case folded; spaces, hyphens, dots, doubled letters, an opening al-/el- and the
-- plural or possessive s of a name of several words dropped: 'Raqqa' and 'al-Raqa' are 'raqa'), never of a
-- one-word person's name. Derived from entities and entity_aliases: delete its rows and the next writer
-- rebuilds it.
CREATE TABLE entity_keys (
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

-- Where an entity is named: one row per entity, paragraph and role given there (a person's title, 'Supreme
-- Leader'), with how many times it is named so in that paragraph. start_offset and end_offset are the
-- first naming; more_offsets lists the others as 'start-end' pairs separated by spaces ('40-48 97-105'),
-- NULL when there are none. The words as written are the paragraph's text at those offsets:
--   SELECT substr(p.text, m.start_offset + 1, m.end_offset - m.start_offset) FROM entity_mentions m
--   JOIN paragraphs p ON p.id = m.paragraph_id;
-- Counting mentions is sum(mentions); counting articles, count(DISTINCT article_id).
CREATE TABLE entity_mentions (
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
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, article_id);
CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
-- A deleted paragraph's rows are found through it (ON DELETE CASCADE), not by reading the table.
CREATE INDEX entity_mentions_paragraph ON entity_mentions(paragraph_id);
-- The roles given to each entity (the people view's roles column): a few rows of every hundred.
CREATE INDEX entity_mentions_roles ON entity_mentions(entity_id, role) WHERE role IS NOT NULL;

-- The archive's writer: every trigger in this file keeps, row by row, what follows from a row written by
-- anyone (the full-text index, entity counts, incident keys). The archive's writer turns triggers off for
-- its own connection while it stores (SQLITE_DBCONFIG_ENABLE_TRIGGER; every other connection still runs
-- them) and keeps the same things itself, in bulk: one full-text statement per batch, one count UPDATE per
-- entity, the incident keys of each article it stores and of the figures at an entity it renames or locates.
-- So a trigger you add yourself runs for your own changes, not for the rows `archive` stores.

-- entities.mentions and entities.articles follow every row written, deleted or moved here (an ingest, a
-- reindex, a user's own INSERT or UPDATE merging two entities). The archive's writer counts the rows it
-- adds and removes itself (see "The archive's writer" above).
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

-- MARK: - Figures

-- Every quantity in the text that counts or measures something, with what it counts, where, what
-- happened and who says so. value is the number; for a range max_value is its upper end.
CREATE TABLE figures (
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
    source_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    -- 1 for a total over a stretch of time ('325 raids since 21 May', '150,000 killed in the war which
    -- began in 2011', 'so far this year'): no one incident, so it has no date and incidents leaves it out
    period_total INTEGER NOT NULL DEFAULT 0 CHECK (period_total IN (0, 1)),
    -- The incident the figure reports, in the incidents view's order (see incident_keys); NULL for a
    -- figure that is no incident report of its own. Kept by the writer and by triggers.
    incident_order   TEXT,
    incident_event   TEXT,
    incident_article INTEGER,
    -- Where an incident happened when its own sentence names no place but a sentence shortly before
    -- names one ('Jets hit Marlow on Monday. … The raids killed 12 people.'): the one place of the
    -- nearest earlier sentence naming any (and telling of a strike, attack, fighting or harm), at most
    -- three sentences back and not beyond the paragraph before, with no turn ('Elsewhere, …') between. Only for casualty and strike counts of one incident
    -- (no totals, no displaced people; but a war's total takes the country the sentence right before opens on
    -- when it names the war's start: 'Marlovia has been at war since 2014. The conflict has claimed …'),
    -- and NULL whenever site is set: site stays the sentence's own
    -- place. earlier_site_entity_id is its entity, matched as site_entity_id is. The incident views use
    -- it when site is NULL and say so (site_from 'earlier sentence').
    earlier_site           TEXT,
    earlier_site_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    -- The words that date the figure's clause only against another moment, when the clause gives no date
    -- of its own ('days earlier', 'a few days ago', 'recently', 'the next day', 'less than two weeks after'):
    -- it happened on some day the text does not give, so the incident views give it no date (dated_by
    -- NULL) rather than the article's publication date, and incidents keeps it apart from that day's.
    relative_date          TEXT,
    -- For a total over a stretch of time (period_total 1): the stretch as its clause names it ('since the
    -- push began', 'since 2011', 'October', 'March 2016', 'this year'); NULL when the clause names none
    -- ('the war has claimed 300,000 lives') and for every other figure. The totals view shows it.
    period                 TEXT,
    -- 1 when date is not the figure's own clause's but that of a sentence shortly before, which told of the
    -- incident this sentence goes on with ('Jets hit Marlow on Sunday. … Twelve died in the strikes.'): the
    -- sentence right before in its paragraph, or, for a sentence pointing back ('the strikes', 'that
    -- attack'), one at most three sentences back and not beyond the paragraph before; or a part's group
    -- counted in a sentence before ('Four of them were children.'). Only for casualty and strike counts of
    -- one incident. The incident views say so (dated_by 'earlier sentence').
    date_from_earlier_sentence INTEGER NOT NULL DEFAULT 0 CHECK (date_from_earlier_sentence IN (0, 1)),
    -- 1 for a toll the text gives as one a later toll of the same incident replaced: after an earlier
    -- toll's noun ('updating an earlier toll of 15', 'a previous death toll of 15'), 'up from 15' / 'down
    -- from 15', a change's other end ('rose to 32 from 15', 'revised the toll down to 8 from 15', 'climbed
    -- from 15 to 32') or an earlier report ('had earlier reported 15 dead', 'an earlier report said 15').
    -- Never the current toll, nor an earlier incident's ('an earlier raid killed 15'). incident_keys gives
    -- it no row beside the article's current toll; incident_reports lists it as it lists every figure.
    replaced_toll INTEGER NOT NULL DEFAULT 0 CHECK (replaced_toll IN (0, 1)),
    -- The sentence as text, the paragraph's text at sentence_start and sentence_end, for a count with an event
    -- (what the incident views compare two by two and print), so that comparing two counts reads two sentences,
    -- not two paragraphs: read from the paragraph per pair, one paragraph of thousands of tolls took time
    -- quadratic in its length. NULL for other figures, and for a count a user stores without it: the views
    -- read the paragraph then (figure_sentences).
    sentence TEXT
);
-- Each index is paid for at every figure stored: figures_article serves an article's figures (show,
-- deletes) and, by event and number, the check for a figure that restates another (incident_keys), in a
-- range of paragraphs or, in its own paragraph, of offsets (so that one paragraph of thousands of counts
-- reads each one's neighbours only), figures_unit_event `archive figures --unit`, and the two on
-- entities a deleted entity's ON DELETE SET NULL and the writer's look-up of the figures at an entity it
-- renames or locates. No query filters on the site as written (the views match the entity's name), so it
-- has no index. (Three figures in four have no site entity and four in five no source entity: those two
-- hold the others alone, as a look-up by entity finds no figure without one.)
CREATE INDEX figures_article ON figures(article_id, event, value, paragraph_id, start_offset);
CREATE INDEX figures_unit_event ON figures(unit, event);
CREATE INDEX figures_site_entity ON figures(site_entity_id) WHERE site_entity_id IS NOT NULL;
CREATE INDEX figures_source_entity ON figures(source_entity_id) WHERE source_entity_id IS NOT NULL;
-- (A few figures in a hundred have an earlier site: the index holds those alone.)
CREATE INDEX figures_earlier_site_entity ON figures(earlier_site_entity_id) WHERE earlier_site_entity_id IS NOT NULL;
-- A deleted paragraph's figures are found through it (ON DELETE CASCADE), not by reading the table.
CREATE INDEX figures_paragraph ON figures(paragraph_id);
-- Reading order (incident_reports' order: paragraph ids follow positions within an article), and dated
-- figures by date (timeline), so that their first pages are read, not sorted.
CREATE INDEX figures_reading_order ON figures(article_id, paragraph_id, start_offset);
CREATE INDEX figures_dated ON figures(date, article_id) WHERE date IS NOT NULL;
-- The period totals (the totals view), a few of every hundred figures, each article's found from the
-- article; with the columns that make a figure a report (and period_total, which SQLite 3.40 otherwise
-- reads from the table) and those that find a total its sentence gave before (see totals), so that
-- counting totals reads only the index.
CREATE INDEX figures_period_totals ON figures(article_id, kind, unit, event, period_total, value, paragraph_id,
    sentence_start, start_offset) WHERE period_total = 1;
-- The incidents in the order the incidents view lists them, so that its first page is read, not sorted.
CREATE INDEX figures_incidents ON figures(incident_order, incident_event DESC, incident_article)
    WHERE incident_order IS NOT NULL;
-- The strikes alone (a few of every hundred incidents: every strike counts as 'launched' or 'failed', see
-- strike_events) with what makes a figure a strike, so that counting the strikes view's rows reads only this.
CREATE INDEX figures_strike_incidents ON figures(incident_order, incident_event DESC, incident_article, unit, event)
    WHERE incident_event IN ('launched', 'failed');

-- MARK: - Quotes

-- Direct quotations, with the speaker when the text names one (NULL when it does not).
CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id      INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    start_offset      INTEGER NOT NULL,
    end_offset        INTEGER NOT NULL,
    text              TEXT NOT NULL,              -- the words inside the marks, as written
    speaker           TEXT,                       -- the speaker's name as resolved in the article
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    date              TEXT                        -- ISO 8601 date of its attribution, when the text gives one
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity_id);
CREATE INDEX quotes_paragraph ON quotes(paragraph_id);   -- for ON DELETE CASCADE from paragraphs
CREATE INDEX quotes_dated ON quotes(date, article_id) WHERE date IS NOT NULL;   -- timeline's order

-- MARK: - Dates

-- Dates and times the text names ('on Wednesday', 'between 1:45am and 2:15am', 'last week'), resolved
-- against the publication date towards the past. value is ISO 8601 at its grain ('2020-01-08',
-- '2020-01-08T01:45', '2020-W02', '2020-01', '2019'); NULL when the article has no publication date
-- to resolve a relative date against. end_value closes a range; time_zone is as written ('GMT').
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
-- (Dates by value, for your own queries: half the mentions have none, relative ones in an undated article,
-- and are left out.)
CREATE INDEX date_mentions_value ON date_mentions(value) WHERE value IS NOT NULL;
CREATE INDEX date_mentions_paragraph ON date_mentions(paragraph_id);   -- for ON DELETE CASCADE from paragraphs

-- MARK: - Canned queries

-- The questions `archive query NAME` answers, each a view below. `archive query` lists this table.
CREATE TABLE canned_queries (
    name        TEXT PRIMARY KEY,
    view        TEXT NOT NULL,
    description TEXT NOT NULL
);
INSERT INTO canned_queries (name, view, description) VALUES
    ('strikes',    'strikes',             'Missiles, rockets, drones and other strikes per site, date and event: lowest and highest number reported, by whom'),
    ('casualties', 'casualties',          'People killed, injured, arrested or displaced per site, date and event: lowest and highest number reported, by whom'),
    ('reports',    'incident_reports',    'Every strike or casualty figure, one row each, with its date, site, source and sentence'),
    ('totals',     'totals',              'Strike and casualty totals over a stretch of time (since 2011, so far this year), as of their article''s date'),
    ('figures',    'figure_list',         'Every figure with its unit, site, event, source and article'),
    ('people',     'people',              'People named, with the roles seen, mentions and articles'),
    ('places',     'places',              'Places named, with country, point, mentions and articles'),
    ('organizations', 'organizations',    'Organisations named, with mentions and articles'),
    ('quotes',     'quote_list',          'Direct quotes with their speaker, article and paragraph'),
    ('articles',   'article_list',        'Every article with its source, date and counts of what was extracted'),
    ('timeline',   'timeline',            'Dated figures and quotes across the archive, in order');

-- The vocabularies below are the extractor's own (FigureVocabulary in Sources/Extraction/Figures): a test
-- fails when a word is added on one side only. Events the extractor writes that no view counts
-- (destroyed, damaged, captured, released) are left out on purpose: they count things, not strikes or people.

-- Things that strike: the units the strikes view counts (counted nouns, singular, as figures store them).
CREATE TABLE weapon_units (unit TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO weapon_units (unit) VALUES
    ('missile'), ('rocket'), ('drone'), ('shell'), ('mortar'), ('bomb'), ('airstrike'), ('strike'), ('raid'),
    ('projectile'), ('grenade'), ('munition'), ('warhead'), ('torpedo'), ('round'), ('sortie');

-- Events that put a weapon in the air (counted as 'launched') and those that say it did not hit ('failed').
CREATE TABLE strike_events (
    event  TEXT PRIMARY KEY,
    counts_as TEXT NOT NULL CHECK (counts_as IN ('launched', 'failed'))
) WITHOUT ROWID;
INSERT INTO strike_events (event, counts_as) VALUES
    ('launched', 'launched'), ('fired', 'launched'), ('targeted', 'launched'), ('hit', 'launched'),
    ('failed', 'failed'), ('intercepted', 'failed');

-- Events that count people harmed or moved (the casualties view reads them).
CREATE TABLE casualty_events (event TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO casualty_events (event) VALUES
    ('killed'), ('injured'), ('arrested'), ('detained'), ('displaced'), ('evacuated'), ('missing'),
    ('kidnapped'), ('executed'), ('rescued');

-- Counted nouns of people by the class of people they count, for telling when two of one article's
-- figures count the same people in other words ('90 fighters' in one sentence, '90 militants' in
-- another): 'anyone' (people, victims, deaths) may be anyone; the other classes are fighters of armed groups
-- (with 'members', which a toll mostly counts of a group: '20 members of the group'), forces of a
-- state, civilians, children and women. Nouns of two different classes never count
-- the same people ('five soldiers and five militants'), and nouns outside the list only themselves.
-- A view, not a table: incident_keys reads it, and a user's edit of it would leave stored keys stale.
CREATE VIEW people_classes (unit, class) AS VALUES
    ('person', 'anyone'), ('victim', 'anyone'), ('death', 'anyone'),
    ('fighter', 'fighters'), ('militant', 'fighters'), ('rebel', 'fighters'), ('insurgent', 'fighters'),
    ('jihadist', 'fighters'), ('gunman', 'fighters'), ('terrorist', 'fighters'), ('extremist', 'fighters'),
    ('member', 'fighters'),
    ('soldier', 'forces'), ('troop', 'forces'), ('trooper', 'forces'), ('force', 'forces'),
    ('personnel', 'forces'), ('policeman', 'forces'),
    ('police', 'forces'), ('officer', 'forces'), ('guard', 'forces'),
    ('civilian', 'civilians'), ('resident', 'civilians'), ('villager', 'civilians'), ('citizen', 'civilians'),
    ('child', 'children'), ('boy', 'children'), ('girl', 'children'), ('baby', 'children'),
    ('infant', 'children'), ('minor', 'children'),
    ('woman', 'women');

-- MARK: - Incidents

-- The copy of an article's headline that opens its first body paragraph, as many pages print it under
-- a dateline ('Tue 12 May 2020 Jets kill 12 in Marlow. Jets killed 12 people …') or at its very start:
-- copy_end is the offset in the paragraph where the copy ends. A number inside the copy is the headline's,
-- and incident_keys treats it so. Only a headline of 20 characters or more, found within the paragraph's
-- first 60, counts: a short one may be the body's own words.
CREATE VIEW headline_copies (paragraph_id, copy_end) AS
SELECT p.id, instr(p.text, a.title) - 1 + length(a.title)
FROM paragraphs p
JOIN articles a ON a.id = p.article_id
WHERE p.position = 1 AND length(a.title) >= 20 AND instr(p.text, a.title) BETWEEN 1 AND 60;


-- Each figure's sentence as the incident views read it: said is the sentence in lower case (figures.sentence,
-- else the paragraph's text at its offsets), and tells_of_another whether it tells of another incident than
-- one told before: 'another' or 'also' before the figure, 'separate', 'elsewhere' or 'meanwhile' anywhere in
-- it ('Another 11 were killed', 'In a separate raid, …'). The one word test of the incident views
-- (incident_keys, incidents' sources), which add what the figure's own words say ('11 more', 'the other 40').
CREATE VIEW figure_sentences (figure_id, said, tells_of_another) AS
SELECT s.figure_id, s.said,
       (' ' || substr(s.said, 1, s.lead) || ' ') GLOB '*[^a-z]another[^a-z]*'
           OR (' ' || substr(s.said, 1, s.lead) || ' ') GLOB '*[^a-z]also[^a-z]*'
           OR s.said GLOB '*separate*' OR s.said GLOB '*elsewhere*' OR s.said GLOB '*meanwhile*'
FROM (SELECT f.id AS figure_id, f.start_offset - f.sentence_start AS lead,
             lower(coalesce(f.sentence, substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start))) AS said
      FROM figures f
      JOIN paragraphs p ON p.id = f.paragraph_id) AS s;


-- One row per strike or casualty figure, as the article gives it: nothing merged, nothing summed.
--   incident   'strike' (a weapon unit with a strike event) or 'casualty' (a casualty event)
--   date       the date of the figure's clause, else of a sentence shortly before that it goes on from
--              (figures.date_from_earlier_sentence), else the article's publication date; dated_by says
--              which: 'clause', 'earlier sentence' or 'article';
--              NULL for a total over a stretch of time (period_total 1: '325 raids since 21 May'), which
--              is no one day's, and for a clause dated only against another moment (figures.relative_date:
--              'days earlier'), whose day the text does not give
--   site       the canonical name of the entity the site resolved to (so a user alias applies), else the
--              words as written (site_as_written); when the figure's sentence names no place, the one
--              place a sentence shortly before named (figures.earlier_site), the same way; NULL when
--              neither names a single place. site_from (the last column, so that older scripts reading
--              columns by position still work) says which: 'sentence' or 'earlier sentence'.
--              country, latitude and longitude are the site entity's place_locations, when the
--              gazetteer knows it
--   event      as extracted; counts_as is 'launched' or 'failed' for strikes, the event for casualties
--   reported   the number as a reader would say it ('more than 50', '10–12'); part_of is the whole of a
--              partitive ('two of the 17 missiles' → 17)
--   source     the canonical name of the entity the source resolved to, else as written
CREATE VIEW incident_reports AS
SELECT f.id AS figure_id,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       CASE WHEN f.period_total = 0
            THEN coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) END AS date,
       CASE WHEN f.period_total = 1 THEN NULL
            WHEN f.date IS NOT NULL THEN CASE WHEN f.date_from_earlier_sentence THEN 'earlier sentence' ELSE 'clause' END
            WHEN a.published IS NOT NULL AND f.relative_date IS NULL THEN 'article' END AS dated_by,
       f.period_total,
       coalesce(site.name, f.site, earlier.name, f.earlier_site) AS site,
       place.country,
       coalesce(f.site, f.earlier_site) AS site_as_written,
       coalesce(f.site_entity_id, f.earlier_site_entity_id) AS site_entity_id,
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
       coalesce(f.sentence, substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start)) AS sentence,
       CASE WHEN f.site IS NOT NULL THEN 'sentence' WHEN f.earlier_site IS NOT NULL THEN 'earlier sentence' END
           AS site_from
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
LEFT JOIN entities source ON source.id = f.source_entity_id
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
ORDER BY f.article_id, f.paragraph_id, f.start_offset;

-- The incident each figure reports, as figures.incident_order, incident_event and incident_article store
-- it: one incident is the figures of one site (the entity's name, else as written, ignoring case; the
-- earlier sentence's place when the figure's own sentence names none, as in incident_reports), date
-- (the clause's, else the article's publication date unless the clause is dated only against another
-- moment, figures.relative_date), kind of incident, unit and event (counts_as), and
-- for a figure with no site or no date its article too, since it cannot be matched with another
-- article's. A figure with no site is also keyed by its number (the upper end of a range): nothing but
-- the number ties two unsited figures of one article to one incident, so 'at least 14 raids' and 'three
-- raids' whose place went unnamed are two rows, the smaller one never hidden under the larger. incident_order
-- puts them in the order the incidents view lists them: sited first, then by site, date, incident, unit
-- and (unsited) number. A figure that is no incident report (see incident_reports), a total
-- over a stretch of time (period_total: the totals view lists those) or a figure that restates another of its article with the same event has no row: a part counted in its whole in the
-- same paragraph ('18 people, including 14 children') unless the part has a site of its own that the
-- whole does not share ('killed 18 across the province, 14 of them in Marlow': Marlow 14 is a row), a
-- whole that two or more such parts add up to exactly ('12 killed on Monday, seven in Vessa and five in Old
-- Tarvan': the parts are its rows), a whole told before the two or three counts that add up to it when the two
-- are tied by place and each part is a row of its own ('killed six in Kelvar province, hitting Vessa and Old
-- Tarvan' … 'two in Vessa' … 'four in Old Tarvan': the parts are its rows), a
-- headline number the body gives again, as one day's toll or as a total over a stretch (so is a number in
-- the headline's copy opening the first body paragraph, headline_copies, when the copy names no place or the
-- body's names the same), a toll the text gives as
-- replaced by a later one (figures.replaced_toll) beside another count of its article with the same event,
-- a number given again with no site in its own sentence beside
-- the same number with one (or, when it has no earlier sentence's place either, with one an earlier
-- sentence names, on the same day), a number at a place beside the same number, on the same day (or the
-- first's day only its article's), at a place whose own sentence names it as lying in the first ('58
-- killed in Marlow' beside 'killed 58 in the town of Ashby in Marlow province', 'Ashby near Marlow',
-- 'the Marlow district of Ashby', or a place the gazetteer does not know beside 'the province of Marlow':
-- Ashby's stands, as does the number at a place whose name holds the other's, 'the Old City of Marlow', unless
-- a building's or street's), and a number whose site is a country beside the same number at a place the
-- gazetteer puts in that country ('5 killed in Syria' and '5 killed in Marlow' when Marlow is in Syria;
-- two places of one country with the same number stay two) or at a place it does not know told of in the
-- same paragraph or the next, on the same day ('28 killed in northwestern Syria … 28 dead in Marlow'); in these two the other number is the
-- body's, not the headline's (which the body's restates), and a noun of the same class of people
-- (people_classes) counts as the same noun unless either is a vague plural ('dozens of civilians',
-- 'tens'), which stands for no number in particular. Nor has a row a number that another sentence of the
-- body, at most 25 paragraphs away (in its own paragraph, 10,000 characters), gives again at the same site (or both with none), of the same unit or class of people, on the
-- same day or with no day of its own beside one that has one: '90 fighters were killed in Marlow' and,
-- later, '90 militants died in Marlow' are one incident, as are '12 were killed in Marlow on Sunday' and,
-- undated in the next paragraph, '12 people died in Marlow'. Of the two, the dated one stands, else the
-- one that names who (fighters, not people), else the one read first; a part of a whole ('of them')
-- stands for none, and the same number twice in one sentence ('five soldiers and five militants') is
-- two. Nor has a row a vague count in the headline or its copy ('Dozens of soldiers killed near Marlow')
-- beside the one count the body gives of them that day, at least twice the vague word's number, at the
-- same place, a wider one or none ('40 soldiers were killed in Ashby'), nor a count giving again a part an
-- earlier sentence counted in its whole ('15 civilians, among them 11 children, …' then '11 children were
-- killed in a neighbourhood of Marlow'), both unless told of another incident or day; nor a part of the dead
-- that its words tell as a part of a larger toll given just before ('Among the dead were five children', 'Four
-- soldiers were among those killed'). The words are read from each count's sentence (figure_sentences), never
-- from its whole paragraph, so that a paragraph of thousands of counts takes time near its length. Each of these
-- is decided within one article:
-- across articles incidents match by site, date, unit and event alone, with one exception: a count of anyone
-- ('person', 'victim', 'death': people_classes) at a site on a day takes the noun of another article's row
-- of that site, day and event that says who (civilians, fighters or forces) and gives the same number, or a
-- range holding it or held in its own ('20 people were killed in Marlow on Monday' in one article, '20
-- civilians were killed in Marlow on Monday' in another: one row, of civilians). Only when one such noun
-- fits ('12 soldiers' and '12 civilians' there leave '12 people' a row of its own); never a vague plural, a
-- part ('of them'), a count telling of more ('six more people'), nor a part of the people ('children',
-- 'women': '22 people' may be children and adults); the other number is no part and no vague plural. The
-- row that says who keeps its own key, so the look-up never runs in a circle. The writer stores these for
-- each article it stores, and then keys again the counts of anyone of other articles at the sites and days
-- of its rows (before and after); the triggers below follow a user's edits of figures, entity names,
-- publication dates, the vocabularies and the places located (figures_incidents_fold,
-- figures_incidents_unnoun and figures_incidents_unfold the other articles' counts of anyone).
CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)')) || char(31)
           || coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END, '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           -- (an anyone's count another article's row says who: see above; the key of that row)
           || CASE WHEN f.unit IN ('person', 'victim', 'death') AND ce.event IS NOT NULL AND f.of_value IS NULL
                        AND coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NOT NULL
                        AND coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END)
                            IS NOT NULL
                        AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                        AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                   THEN coalesce((
                        SELECT CASE WHEN count(DISTINCT o.unit) = 1 THEN min(o.unit) END
                        FROM (SELECT '0' || char(31) || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site))
                                     || char(31) || coalesce(f.date, substr(a.published, 1, 10)) || char(31)
                                     || 'casualty' || char(31) AS place_and_day) AS k
                        JOIN figures o ON o.incident_order > k.place_and_day
                                      AND o.incident_order < k.place_and_day || char(1114111)
                        WHERE o.incident_event = f.event AND o.incident_article IS NULL AND o.article_id <> f.article_id
                          AND o.of_value IS NULL
                          AND +o.unit IN (SELECT c.unit FROM people_classes c
                                         WHERE c.class IN ('civilians', 'fighters', 'forces'))
                          AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                          -- (the same number, or one within the other's range)
                          AND (o.value <= f.value AND coalesce(f.max_value, f.value) <= coalesce(o.max_value, o.value)
                               OR f.value <= o.value
                                  AND coalesce(o.max_value, o.value) <= coalesce(f.max_value, f.value))), f.unit)
                   ELSE coalesce(f.unit, '') END
           || CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                   THEN char(31) || printf('%020.3f', coalesce(f.max_value, f.value)) ELSE '' END AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                 OR coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) IS NULL
            THEN f.article_id END AS incident_article
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
  AND f.period_total = 0
  -- a toll the text gives as replaced (figures.replaced_toll: 'updating an earlier toll of 15', 'rose to
  -- 32 from 15'), when its article gives another count of the same event that is not: the earlier report
  -- of the incident the current toll stands for
  AND NOT (f.replaced_toll = 1 AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.id <> f.id
          AND o.kind = 'count' AND o.replaced_toll = 0 AND o.period_total = 0))
  -- a whole that its parts add up to, each part told at a place of its own that the whole does not share
  -- ('Twelve people were killed on Monday, seven in Vessa and five in Old Tarvan'): each such part is a row
  -- (below), so the whole beside them would count its people twice, and the parts stand for it. At least
  -- two parts, of its event (or executed of the killed) and its people, none a range, no two at one place
  -- counting one noun, their numbers summing to the whole's exactly; a part at the whole's place or at none
  -- has no row of its own, so a whole with one such part keeps its row. (The parts are looked up in the
  -- whole's paragraph within 2,000 characters of it, a range of figures_reading_order, so that a paragraph
  -- of thousands of counts reads each one's neighbours only.)
  AND NOT (f.of_value IS NULL AND f.max_value IS NULL AND f.value >= 2 AND (
        SELECT count(*) >= 2 AND total(o.value) = f.value AND count(o.max_value) = 0
               -- (each part an incident of its own: two at one place of one noun would be one row, its
               -- larger number shown and the rest of the whole lost)
               AND count(DISTINCT lower(coalesce(o.site, o.earlier_site)) || char(31) || coalesce(o.unit, ''))
                   = count(*)
               AND min(coalesce(o.site, o.earlier_site) IS NOT NULL
                       AND coalesce(coalesce(o.site_entity_id, o.earlier_site_entity_id)
                                        = coalesce(f.site_entity_id, f.earlier_site_entity_id), 0) = 0
                       AND coalesce(lower(coalesce(o.site, o.earlier_site))
                                        = lower(coalesce(f.site, f.earlier_site)), 0) = 0) = 1
        FROM figures o
        WHERE o.article_id = f.article_id AND o.paragraph_id = f.paragraph_id
          AND o.start_offset BETWEEN f.start_offset - 2000 AND f.start_offset + 2000
          AND o.of_value = f.value AND o.id <> f.id AND o.kind = 'count' AND o.period_total = 0
          AND o.event IN (f.event, CASE f.event WHEN 'killed' THEN 'executed' END)
          -- (each part of the whole's people: the same noun, anyone's on either side, one class, or children,
          -- women or a noun of no class among civilians; not 'two civilians' under 'five patients')
          AND (o.unit = f.unit
               OR EXISTS (SELECT 1 FROM people_classes fc LEFT JOIN people_classes oc ON oc.unit = o.unit
                          WHERE fc.unit = f.unit
                            AND ('anyone' IN (fc.class, oc.class) OR fc.class = oc.class
                                 OR (fc.class = 'civilians' AND (oc.class IN ('children', 'women') OR oc.class IS NULL)))))))
  -- a whole told before the two or three counts that add up to it and tied to them by place ('Six civilians
  -- were killed on Monday in Vessa and Old Tarvan.' … 'Two were killed in Vessa.' … 'A car bomb killed four in
  -- Old Tarvan.'; or 'Five soldiers were killed in Kelvar province' … 'two in Vessa, in Kelvar' … 'three in Old
  -- Tarvan in Kelvar'; or a country's toll and towns the gazetteer puts in it): the parts are rows of their own
  -- and stand for it. The parts are the first two or three counts of its event that come next in its
  -- paragraph or the next one (a headline's: the first body paragraph's, past the headline's copy; a number
  -- equal to the whole's, the whole told again, is passed over, as are parts of their own wholes), their
  -- numbers summing to the whole's exactly; each of its people (as above) and day, each a row of its own: a
  -- place of its own sentence other than the whole's, no range, no total over a stretch, no vague plural, no
  -- toll replaced or dated against another moment, none marked a part ('among', 'including') or telling of
  -- another incident (figure_sentences), none a number its article gives more than once, no two at one place of
  -- one noun. The tie by place: the whole's sentence names the part's place, the part's sentence puts it 'in'
  -- the whole's place, or the whole's place is a country the gazetteer puts the part's town in. A count at an
  -- unrelated place ('Five were killed in Vessa' … 'two soldiers died in Tarvan' … 'three police in Marrowby':
  -- maybe three incidents), any other count in between, a whole vague, telling of more ('19 more') or of
  -- another incident leaves the whole its row. (Read from figures_reading_order: the 2,000 characters after the
  -- whole in its paragraph and the first 2,000 of the next, so that a paragraph of thousands of counts reads
  -- each one's neighbours only.)
  AND NOT (f.of_value IS NULL AND f.max_value IS NULL AND f.value >= 3 AND f.relative_date IS NULL
           AND f.replaced_toll = 0
           AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           -- (first the numbers alone, one look-up in the index: the first two or three counts of its event
           -- that come next add up to it; the sentences and the checks of each part below only for the few
           -- that do)
           AND f.value IN (
                 SELECT sum(near.value) OVER (ORDER BY near.paragraph_id, near.start_offset)
                 FROM (SELECT near.paragraph_id, near.start_offset, near.value
                       FROM (SELECT near.paragraph_id, near.start_offset, near.value, near.kind, near.of_value,
                                    near.event, near.end_offset
                             FROM figures near
                             WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id
                               AND near.start_offset BETWEEN f.start_offset + 1 AND f.start_offset + 2000
                             UNION ALL
                             SELECT near.paragraph_id, near.start_offset, near.value, near.kind, near.of_value,
                                    near.event, near.end_offset
                             FROM figures near
                             WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id + 1
                               AND near.start_offset <= 2000) AS near
                       WHERE near.kind = 'count' AND near.of_value IS NULL AND near.value <> f.value
                         AND near.event IN (f.event, CASE f.event WHEN 'killed' THEN 'executed' END)
                         AND near.end_offset > coalesce((SELECT h.copy_end FROM headline_copies h
                                                         WHERE h.paragraph_id = near.paragraph_id), 0)
                       ORDER BY near.paragraph_id, near.start_offset
                       LIMIT 3) AS near)
           AND NOT coalesce((SELECT s.tells_of_another FROM figure_sentences s WHERE s.figure_id = f.id), 0)
           AND EXISTS (
        SELECT 1 FROM (
            SELECT chain.n, chain.running, chain.misfits,
                   max(chain.repeats) OVER (ORDER BY chain.n) AS repeats
            FROM (SELECT row_number() OVER (ORDER BY parts.paragraph_id, parts.start_offset) AS n,
                         sum(parts.value) OVER (ORDER BY parts.paragraph_id, parts.start_offset) AS running,
                         sum(parts.fits = 0) OVER (ORDER BY parts.paragraph_id, parts.start_offset) AS misfits,
                         count(*) OVER (PARTITION BY parts.place ORDER BY parts.paragraph_id, parts.start_offset) AS repeats
                  FROM (SELECT ahead.paragraph_id, ahead.start_offset, ahead.value,
                               lower(coalesce(ahead.site, '#' || ahead.value)) || char(31) || coalesce(ahead.unit, '')
                                   AS place,
                               coalesce(ahead.max_value IS NULL AND ahead.value < f.value AND ahead.relative_date IS NULL
                               AND ahead.period_total = 0 AND ahead.replaced_toll = 0
                               AND coalesce(ahead.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                               -- (a place of its own sentence, not the whole's: a part at the whole's place or at
                               -- none may be keyed with it or give way to another count)
                               AND ahead.site IS NOT NULL
                               AND ahead.site_entity_id IS NOT coalesce(f.site_entity_id, f.earlier_site_entity_id, -1)
                               AND lower(ahead.site) IS NOT lower(coalesce(f.site, f.earlier_site))
                               AND (SELECT NOT s.tells_of_another AND s.said NOT LIKE '%among%' AND s.said NOT LIKE '%includ%'
                                           -- (the tie by place, by whole words: a site 'Elva' is not in
                                           -- 'Kelvar'. The names go into GLOB patterns, so a site with a GLOB
                                           -- character ([, * or ?) ties by words to nothing.)
                                           AND (lower(ahead.site) NOT GLOB '*[[*?]*'
                                                AND (' ' || (SELECT fs.said FROM figure_sentences fs WHERE fs.figure_id = f.id) || ' ')
                                                        GLOB ('*[^a-z]' || lower(ahead.site) || '[^a-z]*')
                                                OR lower(ahead.site) NOT GLOB '*[[*?]*'
                                                   AND lower(coalesce(f.site, f.earlier_site)) NOT GLOB '*[[*?]*'
                                                   AND instr(s.said, ' in ' || lower(coalesce(f.site, f.earlier_site)))
                                                       > instr(s.said, lower(ahead.site))
                                                   AND instr(s.said, lower(ahead.site)) > 0
                                                   AND ((' ' || s.said || ' ')
                                                            GLOB ('*[^a-z]' || lower(ahead.site) || '[^a-z]* in '
                                                                  || lower(coalesce(f.site, f.earlier_site)) || '[^a-z]*')
                                                        OR (' ' || s.said || ' ')
                                                            GLOB ('*[^a-z]' || lower(ahead.site) || ' in '
                                                                  || lower(coalesce(f.site, f.earlier_site)) || '[^a-z]*'))
                                                OR EXISTS (SELECT 1 FROM place_locations whole
                                                           JOIN place_locations part ON part.entity_id = ahead.site_entity_id
                                                           WHERE whole.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                                             AND whole.kind = 'country' AND part.kind <> 'country'
                                                             AND part.country_code = whole.country_code))
                                    FROM figure_sentences s WHERE s.figure_id = ahead.id)
                               -- (a number its article gives once: one told again may be the row of another
                               -- count or of none)
                               AND NOT EXISTS (SELECT 1 FROM figures x
                                               WHERE x.article_id = f.article_id AND x.event = ahead.event
                                                 AND x.value = ahead.value AND x.id <> ahead.id AND x.kind = 'count')
                               -- (no vague plural: 'dozens of others' stands for no number in particular)
                               AND lower(substr(ahead.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                               AND (ahead.unit = f.unit
                                    OR EXISTS (SELECT 1 FROM people_classes fc LEFT JOIN people_classes oc ON oc.unit = ahead.unit
                                               WHERE fc.unit = f.unit
                                                 AND ('anyone' IN (fc.class, oc.class) OR fc.class = oc.class
                                                      OR (fc.class = 'civilians'
                                                          AND (oc.class IN ('children', 'women') OR oc.class IS NULL))))), 0)
                                   AS fits
                        FROM (SELECT * FROM (SELECT * FROM figures near
                              WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id
                                AND near.start_offset BETWEEN f.start_offset + 1 AND f.start_offset + 2000
                              UNION ALL
                              SELECT * FROM figures near
                              WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id + 1
                                AND near.start_offset <= 2000) AS near
                        WHERE near.kind = 'count' AND near.of_value IS NULL AND near.value <> f.value
                          AND near.event IN (f.event, CASE f.event WHEN 'killed' THEN 'executed' END)
                          -- (past the headline's copy: its numbers are the headline's)
                          AND near.end_offset > coalesce((SELECT h.copy_end FROM headline_copies h
                                                          WHERE h.paragraph_id = near.paragraph_id), 0)
                        -- (the three first, then each one's checks: not every count of the range's)
                        ORDER BY near.paragraph_id, near.start_offset
                        LIMIT 3) AS ahead) AS parts) AS chain) AS run
        WHERE run.n >= 2 AND run.running = f.value AND run.misfits = 0 AND run.repeats = 1))
  -- each case its own look-up by article, event and number (figures_article), so that an article with
  -- many figures is not read whole for each of them
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.value = f.of_value AND o.id <> f.id
          -- (a part executed is a part of a toll of killed: `37 killed, 30 of them executed`)
          AND o.event IN (f.event, CASE f.event WHEN 'executed' THEN 'killed' END)
          AND o.kind = 'count' AND o.paragraph_id = f.paragraph_id
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))))
  -- a headline number the body gives again; so is a number inside the headline's copy that opens the
  -- first body paragraph, after a dateline or at its very start ('Tue 12 May 2020 Jets kill 12 in
  -- Marlow. Jets killed 12 people …', as many pages print it), with the body what follows the copy
  -- (the copy is looked up by paragraph, so that storing one article reads only its own paragraphs)
  AND NOT ((p.position = 0
            OR f.end_offset <= coalesce(CASE WHEN f.end_offset <= 59 + length(a.title)
                                             THEN (SELECT h.copy_end FROM headline_copies h
                                                   WHERE h.paragraph_id = f.paragraph_id) END, 0)) AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          -- (a total over a stretch too: 'Clashes kill 70 in Marlow' over '70 killed in 24 hours of fighting'
          -- is the total's headline, no incident of the headline's day)
          AND o.kind = 'count'
          AND (o.paragraph_id <> f.paragraph_id AND op.position <> 0          -- another paragraph of the body
               OR o.paragraph_id = f.paragraph_id                                   -- after the copy
                  AND o.start_offset >= (SELECT h.copy_end FROM headline_copies h
                                         WHERE h.paragraph_id = f.paragraph_id))
          -- (a copy naming a place restates only a number at that place: the body's number with none
          -- restates the copy's below, and one at another place may be another incident; but a copy's place
          -- the gazetteer knows and the body's town it does not, told in the copy's paragraph or the next two
          -- on the same day of one class of people, are one toll told at a wider place and a finer one when the
          -- body's sentence names the copy's place too and nothing from the copy to it tells of another
          -- incident ('another', 'also', 'separate', 'elsewhere', 'meanwhile'): 'Jets kill nine in Kelvar' over
          -- 'Kelvar officials said a strike on the village of Tarvan Minor killed nine')
          AND (p.position = 0 OR f.site IS NULL OR f.site_entity_id = o.site_entity_id
               OR lower(f.site) = lower(o.site)
               OR (o.site IS NOT NULL AND o.paragraph_id BETWEEN f.paragraph_id AND f.paragraph_id + 2
                   AND o.period_total = 0 AND f.relative_date IS NULL AND o.relative_date IS NULL
                   AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   AND EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = f.site_entity_id)
                   AND NOT EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = o.site_entity_id)
                   AND (o.unit = f.unit OR EXISTS (
                         SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                         WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))))
                   AND EXISTS (SELECT 1 FROM figure_sentences os
                               -- (by whole words, as the tie of a whole to its parts above: GLOB, so a site
                               -- with [, * or ? is named by no sentence)
                               WHERE os.figure_id = o.id AND lower(f.site) NOT GLOB '*[[*?]*'
                                 AND (' ' || os.said || ' ') GLOB ('*[^a-z]' || lower(f.site) || '[^a-z]*'))
                   -- (the text from the copy's number to the body's sentence, one paragraph at a time: an
                   -- article's paragraphs have consecutive ids)
                   AND NOT EXISTS (
                         SELECT 1 FROM (
                             SELECT ' ' || lower(substr(q.text,
                                                        CASE WHEN q.id = f.paragraph_id THEN f.end_offset + 1 ELSE 1 END,
                                                        CASE WHEN q.id = o.paragraph_id THEN o.sentence_end ELSE length(q.text) END
                                                            - CASE WHEN q.id = f.paragraph_id THEN f.end_offset ELSE 0 END))
                                        || ' ' AS between_words
                             FROM paragraphs q
                             WHERE q.id BETWEEN f.paragraph_id AND o.paragraph_id AND q.article_id = f.article_id) AS gap
                         WHERE gap.between_words GLOB '*[^a-z]another[^a-z]*' OR gap.between_words GLOB '*[^a-z]also[^a-z]*'
                            OR gap.between_words GLOB '*separate*' OR gap.between_words GLOB '*elsewhere*'
                            OR gap.between_words GLOB '*meanwhile*')))))
  -- a number in the article's opening sentence (the start of its first body paragraph: the headline's copy,
  -- or the lead when the copy is no headline_copies' or there is none) at a place the gazetteer knows, no
  -- country, beside the same number the body gives later at a place it does not know, in a sentence that names
  -- the opening's place too or the same cause ('Jets killed nine civilians in Kelvar on Monday.' … 'a strike on
  -- the village of Tarvan Minor in rural Kelvar killed nine civilians', 'Air strikes killed nine civilians in
  -- Kelvar on Monday.' … 'one of the air strikes hit Tarvan Minor, killing nine civilians'): one toll told at a
  -- wider place and a finer one, as the headline copy's rule above, and the finer one's number stands. (A
  -- finer place tied by neither stays a row of its own, as it does beside a copy.) Only on the same day, of one event and one
  -- class of people (no vague plural), in the opening's paragraph or the next two (in its own, within 6,000
  -- characters), when the body gives that number of that harm at one such place alone, and nothing from the
  -- opening's number to the end of the body's sentence tells of another incident; the later count no part,
  -- no total, no toll replaced or dated against another moment, and telling of no more ('nine more')
  AND NOT (p.position = 1 AND f.sentence_start = 0 AND f.site IS NOT NULL AND f.value > 1
           AND f.relative_date IS NULL AND f.of_value IS NULL
           AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
           AND EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = f.site_entity_id AND l.kind <> 'country')
           -- (every count of that number and harm the body gives at a place there, and each of them fits)
           AND (SELECT count(DISTINCT lower(o.site)) = 1
                       AND min(coalesce(o.max_value IS f.max_value AND o.of_value IS NULL AND o.period_total = 0
                               AND o.replaced_toll = 0 AND o.relative_date IS NULL
                               AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                               AND NOT EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = o.site_entity_id)
                               AND NOT os.tells_of_another
                               -- (tied to the opening: its sentence names the opening's place too, by whole
                               -- words as the rules above, so that a site with [, * or ? is named by no
                               -- sentence; or the two name one cause, 'an air strike' and 'the air strikes')
                               AND (lower(f.site) NOT GLOB '*[[*?]*'
                                    AND (' ' || os.said || ' ') GLOB ('*[^a-z]' || lower(f.site) || '[^a-z]*')
                                    -- (not 'near the Kelvar border', which is outside it)
                                    AND NOT (' ' || os.said || ' ') GLOB ('*[^a-z]' || lower(f.site) || ' border*')
                                    OR o.cause = f.cause)
                               AND NOT (' ' || replace(lower(o.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                               AND NOT (' ' || lower(o.text) || ' ') GLOB '*[^a-z]other*'
                               AND (o.unit IS f.unit
                                    OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                        AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                                        AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou'))), 0)) = 1
                FROM figures o
                JOIN figure_sentences os ON os.figure_id = o.id
                LEFT JOIN people_classes fc ON fc.unit = f.unit
                LEFT JOIN people_classes oc ON oc.unit = o.unit
                WHERE (o.article_id, o.event, o.value) = (f.article_id, f.event, f.value) AND o.id <> f.id
                  AND (o.paragraph_id BETWEEN f.paragraph_id + 1 AND f.paragraph_id + 2
                       OR o.paragraph_id = f.paragraph_id AND o.sentence_start >= f.sentence_end
                          AND o.start_offset <= f.start_offset + 6000)
                  AND o.kind = 'count' AND o.site IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM figure_sentences fs WHERE fs.figure_id = f.id AND fs.tells_of_another)
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           -- (nothing from the opening's number to the end of the body's sentence tells of another incident,
           -- read one paragraph at a time as in the headline copy's rule above; an article's paragraphs have
           -- consecutive ids)
           AND NOT EXISTS (
                 SELECT 1 FROM (
                     SELECT ' ' || lower(substr(q.text,
                                                CASE WHEN q.id = f.paragraph_id THEN f.end_offset + 1 ELSE 1 END,
                                                CASE WHEN q.id = o.paragraph_id THEN o.sentence_end ELSE length(q.text) END
                                                    - CASE WHEN q.id = f.paragraph_id THEN f.end_offset ELSE 0 END))
                                || ' ' AS between_words
                     FROM figures o
                     JOIN paragraphs q ON q.id BETWEEN f.paragraph_id AND o.paragraph_id AND q.article_id = f.article_id
                     WHERE (o.article_id, o.event, o.value) = (f.article_id, f.event, f.value) AND o.id <> f.id
                       AND (o.paragraph_id BETWEEN f.paragraph_id + 1 AND f.paragraph_id + 2
                            OR o.paragraph_id = f.paragraph_id AND o.sentence_start >= f.sentence_end
                               AND o.start_offset <= f.start_offset + 6000)
                       AND o.kind = 'count' AND o.site IS NOT NULL) AS gap
                 WHERE gap.between_words GLOB '*[^a-z]another[^a-z]*' OR gap.between_words GLOB '*[^a-z]also[^a-z]*'
                    OR gap.between_words GLOB '*separate*' OR gap.between_words GLOB '*elsewhere*'
                    OR gap.between_words GLOB '*meanwhile*'))
  AND NOT (f.site IS NULL AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          -- (a number with no place at all beside one on the same day whose place an earlier sentence
          -- names: 'killed 31 in shelling on Saturday' … 'He said 31 were killed', where the sentence
          -- before named Marlow)
          AND o.kind = 'count' AND (o.site IS NOT NULL
                                    OR (f.earlier_site IS NULL AND o.earlier_site IS NOT NULL AND o.period_total = 0
                                        AND o.relative_date IS NULL AND f.relative_date IS NULL
                                        AND coalesce(o.date, substr(a.published, 1, 10))
                                                IS coalesce(f.date, substr(a.published, 1, 10))))
          AND op.position <> 0
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  -- a vague count in the headline or its copy ('Dozens of soldiers killed in Marlow') beside the one count
  -- the body gives of the same harm to the same class of people on the same day, at least twice the vague
  -- word's own number ('At least 40 soldiers were killed in the town of Ashby'): the body's toll told
  -- vaguer, at the same place, at a wider one (a place the gazetteer knows beside a town it does not, a
  -- place the body's sentence names too) or at none. Two such counts (the headline may be their sum), a
  -- body count telling of another incident ('another', 'also', 'more', 'other', 'separate', 'elsewhere',
  -- 'meanwhile') or a headline's 'dozens more' keeps the headline's row.
  AND NOT ((p.position = 0
            OR f.end_offset <= coalesce(CASE WHEN f.end_offset <= 59 + length(a.title)
                                             THEN (SELECT h.copy_end FROM headline_copies h
                                                   WHERE h.paragraph_id = f.paragraph_id) END, 0))
           AND lower(substr(f.text, 1, 4)) IN ('doze', 'tens', 'scor', 'hund', 'thou') AND f.relative_date IS NULL
           AND ' ' || replace(lower(f.text), 'more than', '') || ' ' NOT LIKE '% more %' AND ' ' || lower(f.text) || ' ' NOT LIKE '% other%'
           AND (SELECT count(*) > 0
                       AND count(DISTINCT coalesce(body.max_value, body.value)) = 1
                       AND count(DISTINCT body.place) <= 1
                       -- (a count at no place goes with the others; when none names a place, the headline
                       -- names none or a country)
                       AND coalesce(min(body.place_fits),
                                    coalesce(f.site, f.earlier_site) IS NULL
                                    OR EXISTS (SELECT 1 FROM place_locations l
                                               WHERE l.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                                 AND l.kind = 'country')) = 1
                       AND max(body.other_incident) = 0
                FROM (SELECT o.value, o.max_value, lower(coalesce(o.site, o.earlier_site)) AS place,
                             CASE WHEN coalesce(o.site, o.earlier_site) IS NULL THEN NULL
                                  WHEN coalesce(f.site, f.earlier_site) IS NULL THEN 1
                                  WHEN coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                       = coalesce(o.site_entity_id, o.earlier_site_entity_id)
                                       OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))
                                  THEN 1
                                  WHEN instr(lower(said), lower(coalesce(f.site, f.earlier_site))) > 0 THEN 1
                                  ELSE EXISTS (SELECT 1 FROM place_locations l
                                               WHERE l.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id))
                                       AND NOT EXISTS (SELECT 1 FROM place_locations l
                                                       WHERE l.entity_id = coalesce(o.site_entity_id, o.earlier_site_entity_id))
                             END AS place_fits,
                             -- ('another' or 'also' before the count, 'more' or 'other' in it: 'also killed
                             -- 40 more'; not 'injuring 140 others' after it)
                             tells_of_another
                                 OR (' ' || replace(lower(o.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                                 OR (' ' || lower(o.text) || ' ') GLOB '*[^a-z]other*'
                                 AS other_incident
                      FROM (SELECT o.*, os.said, os.tells_of_another
                            FROM figures o
                            JOIN paragraphs op ON op.id = o.paragraph_id
                            JOIN figure_sentences os ON os.figure_id = o.id
                            LEFT JOIN people_classes fc ON fc.unit = f.unit
                            LEFT JOIN people_classes oc ON oc.unit = o.unit
                            WHERE o.article_id = f.article_id AND o.event = f.event AND o.id <> f.id
                              AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL
                              AND o.replaced_toll = 0 AND o.relative_date IS NULL
                              AND coalesce(o.max_value, o.value) >= 2 * f.value
                              AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                              AND op.position <> 0
                              AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
                                                               THEN (SELECT h.copy_end FROM headline_copies h
                                                                     WHERE h.paragraph_id = o.paragraph_id) END, 0)
                              AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                              AND (o.unit = f.unit
                                   OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                       AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))))) AS o) AS body))
  -- a count giving again a part that an earlier sentence counted in its whole ('15 civilians, among them 11
  -- children, were killed in Ashby' … '11 children were killed in a neighbourhood of Marlow'): the part
  -- told again, not another incident, for a number above two of one class of people, on the same day, at the
  -- same place, at none, or one of the two at a town the gazetteer does not know and the other at a place
  -- it knows (no country); not when the later count tells of another incident ('another' or 'also' before
  -- it, 'more' or 'other' in it, 'separate', 'elsewhere', 'meanwhile' in its sentence)
  AND NOT (f.of_value IS NULL AND f.value > 2 AND f.relative_date IS NULL
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           AND NOT (' ' || lower(f.text) || ' ') GLOB '*[^a-z]other*'
           AND EXISTS (
        SELECT 1 FROM figures o
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.id <> f.id
          AND o.kind = 'count' AND o.of_value IS NOT NULL AND o.period_total = 0 AND o.relative_date IS NULL
          AND coalesce(o.max_value, o.value) = coalesce(f.max_value, f.value)
          -- (before it, at most 25 paragraphs back; in its own paragraph at most 10,000 characters back)
          AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id BETWEEN f.paragraph_id - 25 AND f.paragraph_id - 1
               OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                   AND o.start_offset BETWEEN f.start_offset - 10000 AND f.start_offset - 1)
          AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
          AND (o.unit = f.unit OR (fc.class = oc.class AND fc.class <> 'anyone'))
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))
               -- (the later count told as in a part of its place: 'in a neighbourhood of Marlow')
               OR (coalesce(o.site, o.earlier_site) IS NOT NULL
                   AND EXISTS (SELECT 1 FROM figure_sentences fs
                               WHERE fs.figure_id = f.id
                                 AND (fs.said GLOB '*neighbo*' OR fs.said GLOB '*district*' OR fs.said GLOB '*quarter*'))
                   AND (SELECT count(l.entity_id) = 1 AND min(l.kind) <> 'country'
                        FROM (SELECT coalesce(f.site_entity_id, f.earlier_site_entity_id) AS id
                              UNION ALL SELECT coalesce(o.site_entity_id, o.earlier_site_entity_id)) AS two
                        LEFT JOIN place_locations l ON l.entity_id = two.id))))
           -- (the words read after the look-up: most counts have no earlier part to give again)
           AND NOT EXISTS (SELECT 1 FROM figure_sentences fs WHERE fs.figure_id = f.id AND fs.tells_of_another))
  -- a part of the dead that a count before gave whole, told as a part ('Twelve people were killed in Ashby on
  -- Monday. Among the dead were five children', 'Five children were among the dead'): words of its harm ('among
  -- the dead', 'among those killed', 'the dead included', 'of those killed' for the killed, 'among the wounded'
  -- for the injured) or of any ('among the victims', 'the victims included', 'of the victims') in its own words
  -- or before them in its sentence (at most 60 characters back), or 'among …' right after them ('were among
  -- the dead'); ('of them', 'among them' and 'of whom' right before a count are the extractor's part_of, and
  -- further back may belong to another count: 'Three died, two of them children, and nine were hurt'); and the same paragraph (at most 10,000 characters before) or the one before gives earlier a larger count of the same harm, on the
  -- part's day or with either undated by its clause, of the same people or a wider class (anyone for 'people',
  -- civilians for children and women; a part of 'people' is of anyone), at any place (a part may be told at a
  -- town of the whole's province). Not when the part's sentence tells of another incident or the count says
  -- 'more' or 'other'.
  AND NOT (f.relative_date IS NULL
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           AND NOT (' ' || lower(f.text) || ' ') GLOB '*[^a-z]other*'
           -- (the words first: a look-up of every larger count only for the few that tell of a part)
           AND EXISTS (
                 SELECT 1
                 FROM (SELECT substr(' ' || substr(fs.said, 1, f.start_offset - f.sentence_start), -60) || ' '
                                  || lower(f.text) AS before,
                              substr(fs.said, f.end_offset - f.sentence_start + 1, 40) AS after
                       FROM figure_sentences fs
                       WHERE fs.figure_id = f.id AND NOT fs.tells_of_another) AS near
                 JOIN (VALUES ('among the dead', 'killed'), ('among those killed', 'killed'),
                              ('among the killed', 'killed'), ('the dead includ', 'killed'),
                              ('of those killed', 'killed'), ('of the dead', 'killed'),
                              ('among the wounded', 'injured'), ('among the injured', 'injured'),
                              ('among those wounded', 'injured'), ('among those injured', 'injured'),
                              ('among the victims', NULL), ('the victims includ', NULL), ('of the victims', NULL))
                      AS part
                   ON (part.column2 IS NULL OR part.column2 = f.event)
                      AND (instr(near.before, ' ' || part.column1) > 0
                           -- ('of the dead' only in the count's own words or closing its phrase with a comma:
                           -- 'Relatives of the victims said 14 …' tells of no part)
                           AND (part.column1 NOT GLOB 'of *' OR instr(lower(f.text), part.column1) > 0
                                OR instr(near.before, ' ' || part.column1 || ',') > 0)
                           OR part.column1 GLOB 'among *'
                              AND (near.after GLOB ' ' || part.column1 || '*'
                                   OR near.after GLOB ' were ' || part.column1 || '*'
                                   OR near.after GLOB ' was ' || part.column1 || '*')))
           AND EXISTS (
        SELECT 1 FROM figures w
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes wc ON wc.unit = w.unit
        WHERE +w.event = f.event AND +w.value > coalesce(f.max_value, f.value)
          AND w.id <> f.id AND w.kind = 'count' AND w.of_value IS NULL AND w.relative_date IS NULL
          AND w.period_total = 0
          -- (the paragraph before, or its own at most 10,000 characters back: ranges of figures_reading_order,
          -- its own paragraph's by offset; the + keeps SQLite off a range of larger numbers, which would read
          -- every one of them)
          AND ((w.article_id, w.paragraph_id) = (f.article_id, f.paragraph_id - 1)
               OR (w.article_id, w.paragraph_id) = (f.article_id, f.paragraph_id)
                   AND w.start_offset BETWEEN f.start_offset - 10000 AND f.start_offset - 1)
          AND (f.date IS NULL OR w.date IS NULL OR f.date = w.date)
          AND (w.unit = f.unit OR wc.class = 'anyone' OR fc.class = 'anyone' OR wc.class = fc.class
               OR (wc.class = 'civilians' AND fc.class IN ('children', 'women')))))
  AND NOT (place.kind IS 'country' AND EXISTS (
        SELECT 1 FROM figures o
        -- (the other number's own site: one with only an earlier sentence's place gives way itself to a
        -- number with a site, below, and the two would leave no row)
        JOIN entities oe ON oe.id = o.site_entity_id
        LEFT JOIN place_locations inside ON inside.entity_id = oe.id
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND op.position <> 0
          -- a place the gazetteer puts in the country, or one it does not know told of in the same
          -- paragraph or the next ('28 killed in northwestern Syria … 28 dead in Marlow')
          AND ((inside.kind <> 'country' AND inside.country_code = place.country_code)
               OR (inside.entity_id IS NULL AND oe.kind = 'place'
                   AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   AND o.paragraph_id BETWEEN f.paragraph_id - 1 AND f.paragraph_id + 1))
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  -- a number at a place beside the same number at a place whose own name holds the first's whole, word by
  -- word ('11 soldiers died in Marlow' beside '11 soldiers were killed in the Old City of Marlow', 'East
  -- Plain of Marlow', 'Old Marlow', 'Marlow province'): one count told at the place and at the part its name says
  -- lies in it (or the region named after it), and the longer name's number stands; the numbers as in the
  -- place-within-place rule below (above one, in the same paragraph or the next, within 6,000 characters
  -- in one, on the same day or the first undated by its clause, of one class of people, the other's no part
  -- and not the headline's), neither sentence telling of another incident, and the longer name no building's
  -- or street's
  AND NOT (coalesce(f.site, f.earlier_site) IS NOT NULL AND f.value > 1 AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        JOIN figure_sentences os ON os.figure_id = o.id
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.id <> f.id
          AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL AND o.site IS NOT NULL
          AND o.relative_date IS NULL AND coalesce(o.max_value, o.value) = coalesce(f.max_value, f.value)
          AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id IN (f.paragraph_id - 1, f.paragraph_id + 1)
               OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                   AND o.start_offset BETWEEN f.start_offset - 6000 AND f.start_offset + 6000)
          AND op.position <> 0 AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
              THEN (SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id) END, 0)
          AND instr(' ' || lower(o.site) || ' ', ' ' || lower(coalesce(f.site, f.earlier_site)) || ' ') > 0
          AND lower(o.site) <> lower(coalesce(f.site, f.earlier_site))
          -- (no building or way named after the place: 'Marlow National Hospital', where the wounded were
          -- taken, and 'Marlow Street' or 'Marlow Road', which may be in another town)
          AND NOT EXISTS (SELECT 1 FROM (VALUES ('hospital'), ('clinic'), ('school'), ('university'), ('mosque'),
                                                ('church'), ('market'), ('airport'), ('stadium'), ('hotel'),
                                                ('prison'), ('base'), ('station'), ('square'), ('street'),
                                                ('road'), ('highway'), ('bridge'), ('gate')) AS building
                          WHERE instr(' ' || lower(o.site) || ' ', ' ' || building.column1 || ' ') > 0)
          AND o.site_entity_id IS NOT coalesce(f.site_entity_id, f.earlier_site_entity_id)
          -- (no country's name inside another's, 'Sudan' in 'South Sudan', nor one state's in another's,
          -- 'Virginia' in 'West Virginia', nor places the gazetteer puts in two countries)
          AND place.kind IS NOT 'country' AND NOT EXISTS (
                SELECT 1 FROM place_locations longer WHERE longer.entity_id = o.site_entity_id
                  AND (longer.kind = 'country' OR (longer.kind = 'region' AND place.kind IS 'region')
                       OR longer.country_code IS NOT coalesce(place.country_code, longer.country_code)))
          AND (coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
               OR (f.date IS NULL AND f.relative_date IS NULL))
          AND (o.unit = f.unit
               OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                            AND 'anyone' IN (fc.class, oc.class)))
                   AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                   AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))
          AND NOT os.tells_of_another
          AND NOT EXISTS (SELECT 1 FROM figure_sentences fs WHERE fs.figure_id = f.id AND fs.tells_of_another)))
  -- a number at a place beside the same number at a place that the other's own sentence names as lying in
  -- it: 'Jets kill 58 in Marlow' over 'killed 58 in the town of Ashby in Marlow province' (or 'Ashby near
  -- Marlow', 'the Marlow district of Ashby', 'Marlow's Ashby'): the finer place's number stands, on the
  -- same day (or the coarser one's day is only its article's)
  AND NOT (coalesce(f.site, f.earlier_site) IS NOT NULL AND EXISTS (
        SELECT 1 FROM (
            SELECT o.site AS fine,
                   os.said,
                   lower(coalesce(f.site, f.earlier_site)) AS coarse,
                   (SELECT fs.said FROM figure_sentences fs WHERE fs.figure_id = f.id) AS first_said
            FROM figures o
            JOIN paragraphs op ON op.id = o.paragraph_id
            JOIN figure_sentences os ON os.figure_id = o.id
            LEFT JOIN people_classes fc ON fc.unit = f.unit
            LEFT JOIN people_classes oc ON oc.unit = o.unit
            WHERE o.id <> f.id
              AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL AND o.site IS NOT NULL
              AND o.relative_date IS NULL
              AND op.position <> 0 AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
                  THEN (SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id) END, 0)
              AND lower(o.site) <> lower(coalesce(f.site, f.earlier_site))
              -- (a number above one, told in the same paragraph or the next, at a coarser place that is no
              -- country: a country's towns are the gazetteer's to tell; in one paragraph, within 6,000
              -- characters, so that a paragraph of thousands of counts compares each with its neighbours only:
              -- two ranges of figures_article, the same paragraph's by offset)
              AND f.value > 1
              AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                       AND o.paragraph_id IN (f.paragraph_id - 1, f.paragraph_id + 1)
                   OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                       AND o.start_offset BETWEEN f.start_offset - 6000 AND f.start_offset + 6000)
              AND NOT EXISTS (SELECT 1 FROM place_locations l
                              WHERE l.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                AND l.kind = 'country')
              AND o.site_entity_id IS NOT coalesce(f.site_entity_id, f.earlier_site_entity_id)
              AND (coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   OR (f.date IS NULL AND f.relative_date IS NULL))
              AND (o.unit = f.unit
                   OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                                AND 'anyone' IN (fc.class, oc.class)))
                       AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                       AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))) AS pair
        WHERE instr(pair.said, lower(pair.fine)) > 0 AND instr(pair.said, pair.coarse) > 0
          -- (neither sentence tells of another incident: 'In a separate incident', 'another', 'elsewhere',
          -- 'meanwhile')
          AND pair.said NOT LIKE '%separate%' AND pair.said NOT LIKE '%another%'
          AND pair.said NOT LIKE '%elsewhere%' AND pair.said NOT LIKE '%meanwhile%'
          AND pair.first_said NOT LIKE '%separate%' AND pair.first_said NOT LIKE '%another%'
          AND pair.first_said NOT LIKE '%elsewhere%' AND pair.first_said NOT LIKE '%meanwhile%'
          AND (
            -- the finer place first, the coarser a few words on after 'in', 'near', 'outside' or 'of' (not
            -- 'near the Marlow border', which is outside it)
            (SELECT instr(after, pair.coarse) BETWEEN 1 AND 30
                    AND substr(after, instr(after, pair.coarse) + length(pair.coarse), 7) <> ' border'
                    AND substr(after, 1, instr(after, pair.coarse) - 1) NOT GLOB '*[0-9;:]*'
                    AND ' ' || substr(after, 1, instr(after, pair.coarse) - 1) NOT LIKE '% and %'
                    AND (' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% in %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% near %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% outside %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% of %')
             FROM (SELECT substr(pair.said, instr(pair.said, lower(pair.fine)) + length(pair.fine), 60) AS after))
            -- the coarser place first, then 'district of', 'neighbourhood of' or a possessive before the finer
            OR (SELECT instr(pair.said, pair.coarse) < instr(pair.said, lower(pair.fine))
                       AND (between_words IN ('''s ', 's ', '’s ')
                            OR (length(between_words) <= 25 AND between_words LIKE '% of '
                                AND between_words NOT GLOB '*[0-9;:,]*'
                                AND ' ' || between_words NOT LIKE '% and %'))
                FROM (SELECT substr(pair.said, instr(pair.said, pair.coarse) + length(pair.coarse),
                                    instr(pair.said, lower(pair.fine)) - instr(pair.said, pair.coarse)
                                        - length(pair.coarse)) AS between_words)))))
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.id <> f.id
          AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL
          -- (not the headline or its copy, which the body's number restates)
          AND op.position <> 0 AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
                  THEN (SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id) END, 0)
          AND (o.paragraph_id <> f.paragraph_id OR o.sentence_start <> f.sentence_start)
          -- (never a number with a place of its own for one with only an earlier sentence's: that one gives
          -- way to it above, and the two would leave no row)
          AND NOT (f.site IS NOT NULL AND o.site IS NULL AND p.position <> 0)
          -- within 25 paragraphs either way (an article's paragraphs have consecutive ids), and in its own
          -- paragraph within 10,000 characters (longer than any paragraph of the news corpus): ranges of
          -- figures_article, its own paragraph's by offset, so that neither a long article repeating a number
          -- in every paragraph nor one paragraph of thousands of counts is read whole for each of its figures
          -- (each range spells out its article, event and number, so that SQLite seeks each one in the index)
          AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id BETWEEN f.paragraph_id - 25 AND f.paragraph_id - 1
               OR (o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id BETWEEN f.paragraph_id + 1 AND f.paragraph_id + 25
               OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                   AND o.start_offset BETWEEN f.start_offset - 10000 AND f.start_offset + 10000)
          -- another noun of the class, never for a vague plural ('dozens', 'tens', 'scores', 'hundreds',
          -- 'thousands'), which stands for no number in particular
          AND (o.unit = f.unit
               OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                            AND 'anyone' IN (fc.class, oc.class)))
                   AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                   AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))
          AND (coalesce(f.site, f.earlier_site, o.site, o.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site)))
          -- which of the two stands: the one whose own clause gives its day, when their days differ
          AND CASE WHEN coalesce(o.date, substr(a.published, 1, 10)) IS NOT coalesce(f.date, substr(a.published, 1, 10))
                   THEN f.date IS NULL AND o.date IS NOT NULL
                   -- … else the one whose clause dates it against another moment ('hours later'): the
                   -- other's publication day is no day of its own
                   WHEN f.date IS NULL AND (f.relative_date IS NULL) <> (o.relative_date IS NULL)
                   THEN o.relative_date IS NOT NULL
                   WHEN o.unit <> f.unit
                   THEN (fc.class = 'anyone' AND oc.class <> 'anyone')
                        OR ((fc.class = 'anyone') = (oc.class = 'anyone')
                            AND (op.position < p.position
                                 OR (op.position = p.position AND o.start_offset < f.start_offset)))
                   ELSE 0 END);

-- Keep figures' incident columns: the figures of an article a figure was added to, changed in or removed
-- from (another figure may restate it, or no longer), those of a renamed site entity, of an article whose
-- publication date changed, those of a unit or event the vocabularies gained or lost, and those of the
-- articles with a figure at a place whose location was added, changed or removed (a country's number may
-- restate a town's in it). The writer keeps them itself while it stores (see "The archive's writer").
CREATE TRIGGER figures_incidents_insert AFTER INSERT ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER figures_incidents_delete AFTER DELETE ON figures
WHEN OLD.kind = 'count' AND OLD.event IS NOT NULL BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = OLD.article_id AND event = OLD.event;
END;
CREATE TRIGGER figures_incidents_update AFTER UPDATE OF article_id, paragraph_id, value, kind, unit, of_value, site,
    event, date, site_entity_id, period_total, earlier_site, earlier_site_entity_id, text, relative_date,
    replaced_toll, sentence, cause ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (OLD.article_id, NEW.article_id);
END;
-- A count of anyone in another article may take the key of a row that says who at its site and day (see
-- incident_keys): when a key of a noun that is no anyone's is stored again (its number may have changed, which
-- a sited key does not hold) or goes, the counts of anyone of the other articles at its old and new site and day
-- are keyed again (the part of a key up to its last char(31): the
-- site, day and kind of a sited key, whose last part is the noun). The counts of anyone themselves fire nothing.
-- A row whose noun a user changes to anyone's or to none ('civilian' to 'victim') no longer says who, but its key is
-- stored again under a noun of anyone, which fires nothing: figures_incidents_unnoun keys again the counts of anyone
-- of the other articles at its old site and day (its old noun, OLD.unit, is known only to the user's update).
CREATE TRIGGER figures_incidents_fold AFTER UPDATE OF incident_order ON figures
WHEN NEW.unit NOT IN ('person', 'victim', 'death') BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE +unit IN ('person', 'victim', 'death') AND article_id <> NEW.article_id
      AND (incident_order > rtrim(OLD.incident_order, replace(OLD.incident_order, char(31), ''))
           AND incident_order < rtrim(OLD.incident_order, replace(OLD.incident_order, char(31), '')) || char(1114111)
           AND substr(OLD.incident_order, 1, 1) = '0'
           OR incident_order > rtrim(NEW.incident_order, replace(NEW.incident_order, char(31), ''))
           AND incident_order < rtrim(NEW.incident_order, replace(NEW.incident_order, char(31), '')) || char(1114111)
           AND substr(NEW.incident_order, 1, 1) = '0');
END;
CREATE TRIGGER figures_incidents_unnoun AFTER UPDATE OF unit ON figures
WHEN substr(OLD.incident_order, 1, 1) = '0' AND OLD.unit NOT IN ('person', 'victim', 'death')
     AND (NEW.unit IS NULL OR NEW.unit IN ('person', 'victim', 'death')) BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE +unit IN ('person', 'victim', 'death') AND article_id <> OLD.article_id
      AND incident_order > rtrim(OLD.incident_order, replace(OLD.incident_order, char(31), ''))
      AND incident_order < rtrim(OLD.incident_order, replace(OLD.incident_order, char(31), '')) || char(1114111);
END;
CREATE TRIGGER figures_incidents_unfold AFTER DELETE ON figures
WHEN substr(OLD.incident_order, 1, 1) = '0' AND OLD.unit NOT IN ('person', 'victim', 'death') BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE +unit IN ('person', 'victim', 'death') AND article_id <> OLD.article_id
      AND incident_order > rtrim(OLD.incident_order, replace(OLD.incident_order, char(31), ''))
      AND incident_order < rtrim(OLD.incident_order, replace(OLD.incident_order, char(31), '')) || char(1114111);
END;
CREATE TRIGGER entities_incidents_rename AFTER UPDATE OF name ON entities BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE site_entity_id = NEW.id OR earlier_site_entity_id = NEW.id;
END;
CREATE TRIGGER articles_incidents_redate AFTER UPDATE OF published ON articles BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id = NEW.id;
END;
CREATE TRIGGER weapon_units_incidents_add AFTER INSERT ON weapon_units BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE unit = NEW.unit;
END;
CREATE TRIGGER weapon_units_incidents_remove AFTER DELETE ON weapon_units BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE unit = OLD.unit;
END;
CREATE TRIGGER strike_events_incidents_add AFTER INSERT ON strike_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = NEW.event;
END;
CREATE TRIGGER strike_events_incidents_remove AFTER DELETE ON strike_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = OLD.event;
END;
CREATE TRIGGER strike_events_incidents_update AFTER UPDATE ON strike_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event IN (OLD.event, NEW.event);
END;
CREATE TRIGGER casualty_events_incidents_add AFTER INSERT ON casualty_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = NEW.event;
END;
CREATE TRIGGER casualty_events_incidents_remove AFTER DELETE ON casualty_events BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE event = OLD.event;
END;
CREATE TRIGGER place_locations_incidents_add AFTER INSERT ON place_locations BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (SELECT article_id FROM figures WHERE site_entity_id = NEW.entity_id
                         UNION SELECT article_id FROM figures WHERE earlier_site_entity_id = NEW.entity_id);
END;
CREATE TRIGGER place_locations_incidents_remove AFTER DELETE ON place_locations BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (SELECT article_id FROM figures WHERE site_entity_id = OLD.entity_id
                         UNION SELECT article_id FROM figures WHERE earlier_site_entity_id = OLD.entity_id);
END;
CREATE TRIGGER place_locations_incidents_update AFTER UPDATE OF entity_id, kind, country_code ON place_locations BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (SELECT article_id FROM figures WHERE site_entity_id IN (OLD.entity_id, NEW.entity_id)
                         UNION SELECT article_id FROM figures WHERE earlier_site_entity_id IN (OLD.entity_id, NEW.entity_id));
END;

-- One row per incident (see incident_keys): the reports of one site, date, event (counts_as) and unit, from
-- every article. A report is what one source says in one article: the largest number it gives there for
-- the incident, so a part ('two of the 17') or an earlier count never stands as a report beside its whole,
-- and a figure that restates another of its article is none (incident_reports keeps them all). Nothing is
-- summed: lowest and highest are the smallest and largest numbers reported, and sources sets them side by
-- side ('SOHR 12; SANA 8'); a report naming no source there takes the source of the one count of its
-- article that gives it again and has no row of its own ('A source at the hospital said the blast killed
-- 12'). site '(no site)' holds the figures whose text names no single place: none, or
-- several together ('22 missiles in all'), a row for each number an article gives so. site_from says where the site comes from: 'sentence' when a
-- report's own sentence names it, 'earlier sentence' when only a sentence shortly before a report does
-- (figures.earlier_site; see incident_reports), NULL for '(no site)'; it is the last column. Rows come in the order of an index (figures_incidents), each
-- incident worked out when it is read, so that the first page is read without the rest. dated_by says
-- where date comes from: 'clause' when a report's own sentence dates it ('on Tuesday'), 'earlier sentence'
-- when only a sentence shortly before a report does (figures.date_from_earlier_sentence), 'article' when
-- no sentence does and the article's publication date stands in; date and dated_by are NULL for reports
-- whose clauses date them only against another moment (figures.relative_date). The reports of one incident are
-- written out in each of lowest, sources and causes on purpose: taken from one shared view instead,
-- SQLite works out every incident's reports for each row it reads (first page 0.03 s → 7.4 s on 2,918
-- articles), since it cannot push the correlated incident key into a grouped view.
CREATE VIEW incidents AS
SELECT CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END AS incident,
       coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)') AS site,
       place.country,
       coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) AS date,
       CASE WHEN max(f.date IS NOT NULL AND NOT f.date_from_earlier_sentence) THEN 'clause'
            WHEN max(f.date IS NOT NULL) THEN 'earlier sentence'
            WHEN a.published IS NOT NULL AND min(f.relative_date IS NULL) THEN 'article' END AS dated_by,
       f.incident_event AS event,
       -- (the noun that says who, when another article's count of anyone took this row's key: see incident_keys)
       coalesce(max(CASE WHEN f.unit NOT IN ('person', 'victim', 'death') THEN f.unit END), min(f.unit)) AS unit,
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
            FROM (SELECT DISTINCT source, reported, high FROM (SELECT r.article,
                   -- a report naming no source takes the source of the one count of its article that
                   -- gives it again and has no row of its own ('… killed 12 people.' then 'A source at
                   -- the hospital told the agency that the blast killed 12 people'): the same number,
                   -- harm and day, at the same place or none, of the same people, when no
                   -- other row of the article has the number and no two such counts name two sources
                   -- (nor is the source a place, which a source seldom is)
                   coalesce(r.source, (
                       SELECT CASE WHEN count(DISTINCT coalesce(xs.name, x.source)) = 1
                                   THEN min(coalesce(xs.name, x.source)) END
                       FROM figures x
                       JOIN articles xa ON xa.id = x.article_id
                       LEFT JOIN entities xs ON xs.id = x.source_entity_id
                       WHERE x.article_id = rf.article_id AND x.event = rf.event AND x.value = rf.value
                         AND x.id <> rf.id AND x.incident_order IS NULL AND x.source IS NOT NULL
                         AND xs.kind IS NOT 'place'
                         -- (neither telling of another incident: 'more' in either count, 'another' or
                         -- 'also' before the later one, 'separate', 'elsewhere', 'meanwhile' in its sentence)
                         AND NOT (' ' || replace(lower(x.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                         AND NOT (' ' || replace(lower(rf.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                         AND NOT EXISTS (
                               SELECT 1 FROM figure_sentences xw WHERE xw.figure_id = x.id AND xw.tells_of_another)
                         AND x.kind = 'count' AND x.period_total = 0 AND x.replaced_toll = 0
                         AND x.of_value IS NULL AND x.relative_date IS NULL AND x.max_value IS rf.max_value
                         AND coalesce(x.date, substr(xa.published, 1, 10)) IS r.date
                         AND (coalesce(x.site, x.earlier_site) IS NULL
                              OR coalesce(x.site_entity_id, x.earlier_site_entity_id)
                                     = coalesce(rf.site_entity_id, rf.earlier_site_entity_id)
                              OR lower(coalesce(x.site, x.earlier_site)) = lower(coalesce(rf.site, rf.earlier_site)))
                         -- (the same noun, or one of them anyone's: people_classes' 'anyone', spelt out so
                         -- that the first page reads no vocabulary whole)
                         AND (x.unit = rf.unit
                              OR ((x.unit IN ('person', 'victim', 'death') OR rf.unit IN ('person', 'victim', 'death'))
                                  AND lower(substr(rf.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                                  AND lower(substr(x.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))
                         AND NOT EXISTS (
                               SELECT 1 FROM figures k
                               WHERE k.article_id = rf.article_id AND k.event = rf.event AND k.value = rf.value
                                 AND k.incident_order IS NOT NULL
                                 AND (k.incident_order <> rf.incident_order OR k.incident_event <> rf.incident_event)))) AS source,
                   max(coalesce(r.max_value, r.value)) AS high, r.value AS low, r.reported,
                   r.cause
            FROM incident_reports r JOIN figures rf ON rf.id = r.figure_id
            WHERE rf.incident_order = f.incident_order AND rf.incident_event = f.incident_event
              AND rf.incident_article IS f.incident_article
            GROUP BY r.article, 2) ORDER BY high DESC)
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
       place.longitude,
       CASE WHEN total(f.site IS NOT NULL) > 0 THEN 'sentence' WHEN total(f.earlier_site IS NOT NULL) > 0
            THEN 'earlier sentence' END AS site_from
FROM figures f
JOIN articles a ON a.id = f.article_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
LEFT JOIN entities source ON source.id = f.source_entity_id
WHERE f.incident_order IS NOT NULL
GROUP BY f.incident_order, f.incident_event, f.incident_article
ORDER BY f.incident_order, f.incident_event DESC, f.incident_article;

-- Strikes per site, date, weapon and event ('launched' or 'failed'): lowest and highest number
-- reported, how many reports and articles, and who said what ('Iraqi military 17'), with the site's
-- country and point when the gazetteer knows them. See incidents (site_from: whether a report's own
-- sentence names the site or only an earlier sentence does). Every strike's event is 'launched' or
-- 'failed' (strike_events.counts_as allows no other): saying so changes no row, and lets SQLite pass over the
-- casualties in figures_incidents by that column alone, instead of working out each one's reports first.
CREATE VIEW strikes AS
SELECT site, country, date, dated_by, unit AS weapon, event, lowest, highest, reports, articles, sources, latitude, longitude,
       site_from
FROM incidents
WHERE incident = 'strike' AND event IN ('launched', 'failed');

-- People killed, injured, arrested, displaced … per site, date, event and who ('person', 'child'):
-- lowest and highest number reported, how many reports and articles, who said what, the causes the
-- clauses name ('stampede'), and the site's country and point when the gazetteer knows them. See incidents
-- (site_from: whether a report's own sentence names the site or only an earlier sentence does).
CREATE VIEW casualties AS
SELECT site, country, date, dated_by, event, unit AS who, lowest, highest, reports, articles, sources, causes, latitude,
       longitude, site_from
FROM incidents
WHERE incident = 'casualty';

-- Totals over a stretch of time, one row per figure ('325 air raids since 21 May', 'more than 150,000
-- killed in the war', 'so far this year'): what incidents leaves out, since no one day is theirs. as_of
-- is the article's publication date, the day the total was given; period the stretch it covers as the
-- text names it (figures.period: 'since 21 May', 'October', 'this year'; NULL when unnamed, so the total
-- runs up to as_of from a start the text does not give); the other columns as in
-- incident_reports. Nothing is summed or merged: two articles' totals are two rows. The articles are read
-- in order of publication (articles_published, the CROSS JOIN keeps them first) and each one's totals
-- found from it, so that the first page is read without sorting every total; ordering by a.id, which is
-- r.article, tells SQLite that the index gives that order too. A total its own sentence gave before, with
-- the same number and event, has no row of its own: a headline run into the body's first sentence ('Clashes
-- kill 45 fighters in 2 days AP Monday … Clashes have killed 45 fighters over the past two days') gives
-- one total, not two (looked up in figures_period_totals).
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

-- Every figure, readable.
CREATE VIEW figure_list AS
SELECT f.id, f.article_id AS article, p.position AS paragraph, f.text,
       CASE WHEN f.value = CAST(f.value AS INTEGER) THEN CAST(f.value AS INTEGER) ELSE f.value END AS value,
       f.approx, f.kind, f.unit, f.site, f.event, f.source
FROM figures f
JOIN paragraphs p ON p.id = f.paragraph_id
ORDER BY f.article_id, p.position, f.start_offset;

-- MARK: - Views over entities and quotes

-- People named, with every role the articles gave them, their mentions and the articles naming them.
CREATE VIEW people AS
SELECT e.id, e.name,
       (SELECT group_concat(role, '; ') FROM (SELECT DISTINCT role FROM entity_mentions m2
            WHERE m2.entity_id = e.id AND m2.role IS NOT NULL)) AS roles,
       e.mentions,
       e.articles
FROM entities e
WHERE e.kind = 'person' AND e.mentions > 0
ORDER BY e.mentions DESC, e.name;

-- Places named, most mentioned first, with what the gazetteer knows of them: feature (country, region or
-- city), country, and for cities latitude and longitude (datasette-cluster-map draws these columns as they are).
CREATE VIEW places AS
SELECT e.id, e.name, l.kind AS feature, l.country, e.mentions, e.articles, l.latitude, l.longitude
FROM entities e
LEFT JOIN place_locations l ON l.entity_id = e.id
WHERE e.kind = 'place' AND e.mentions > 0
ORDER BY e.mentions DESC, e.name;

-- Organisations named, with their aliases (acronyms, other names).
CREATE VIEW organizations AS
SELECT e.id, e.name,
       (SELECT group_concat(alias, ', ') FROM entity_aliases a WHERE a.entity_id = e.id AND a.origin <> 'user-not')
           AS aliases,
       e.mentions, e.articles
FROM entities e
WHERE e.kind = 'organization' AND e.mentions > 0
ORDER BY e.mentions DESC, e.name;

-- Direct quotes in reading order, with the speaker's name as resolved in the article.
CREATE VIEW quote_list AS
SELECT q.id, q.speaker, q.text AS quote, q.article_id AS article, p.position AS paragraph
FROM quotes q
JOIN paragraphs p ON p.id = q.paragraph_id
ORDER BY q.article_id, p.position, q.start_offset;

-- Every article with what was extracted from it.
CREATE VIEW article_list AS
SELECT a.id, a.title, a.source, a.published,
       (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id) AS paragraphs,
       (SELECT count(*) FROM figures f WHERE f.article_id = a.id) AS figures,
       (SELECT count(DISTINCT entity_id) FROM entity_mentions m WHERE m.article_id = a.id) AS entities,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
FROM articles a
ORDER BY a.id;

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
