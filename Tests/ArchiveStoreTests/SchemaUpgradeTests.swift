import ArticleModel
import ArticleReaders
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// An archive made by an older version is upgraded in place to exactly the schema a new one gets.
@Suite struct SchemaUpgradeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Lays out `db` as schema version `version` was: the version-1 fixture, then each migration up to it.
    static func migrate(_ db: Database, upTo version: Int) throws {
        try db.execute(try String(contentsOf: fixtures.appendingPathComponent("schema-v1.sql"), encoding: .utf8))
        for next in 2...version { try db.execute(ArchiveSchema.migrations[next] ?? "") }
    }

    func temporaryArchive() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("upgrade-\(UUID().uuidString).sqlite").path
    }

    /// Tables with their columns, the names of indexes and triggers, and views with their SQL: what a schema is.
    func shape(_ db: Database) throws -> [String] {
        var shape: [String] = []
        for row in try db.rows(
            "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        {
            let type = row.string("type") ?? "", name = row.string("name") ?? ""
            shape.append("\(type) \(name)")
            if type == "view" { shape.append(row.string("sql") ?? "") }
            if type == "table" && !name.hasPrefix("paragraphs_fts") {
                for column in try db.rows("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", name) {
                    shape.append(
                        "  \(column.string("name") ?? "") \(column.string("type") ?? "") \(column.string("notnull") ?? "") \(column.string("pk") ?? "")"
                    )
                }
            }
        }
        return shape
    }

    @Test func versionOneUpgradesToTheCurrentSchemaKeepingItsArticles() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try db.execute(
                try String(contentsOf: Self.fixtures.appendingPathComponent("schema-v1.sql"), encoding: .utf8))
            try db.execute(
                """
                INSERT INTO articles (id, title, content_sha256, extractor_version) VALUES (1, 'Old article', 'abc', 1);
                INSERT INTO paragraphs (article_id, position, kind, text) VALUES (1, 0, 'headline', 'Old article'),
                    (1, 1, 'body', 'On Wednesday, 22 missiles were launched at Erbil, officials said.');
                """)
        }
        let upgraded = try ArchiveWriter(path: old)
        let fresh = try ArchiveWriter(path: temporaryArchive())
        #expect(try upgraded.database.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try shape(upgraded.database) == shape(fresh.database))
        #expect(try upgraded.database.scalar("SELECT title FROM articles WHERE id = 1") == .text("Old article"))
        #expect(
            try upgraded.database.scalar("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'missiles'")
                == .integer(1))
        // The old article is stale for the new extractor, and re-extraction fills the new tables.
        #expect(try upgraded.articlesToReindex() == [1])
        let stored = try upgraded.storedArticle(1)
        try upgraded.inBatch {
            try upgraded.replaceExtraction(
                articleID: 1, paragraphIDs: stored.paragraphIDs,
                with: TestData.extractor.extract(from: stored.article))
        }
        #expect(try upgraded.database.scalar("SELECT count(*) FROM figures WHERE value = 22") == .integer(1))
        #expect(
            try upgraded.database.scalar(
                "SELECT e.name FROM figures f JOIN entities e ON e.id = f.site_entity_id WHERE f.value = 22")
                == .text("Erbil"))
    }

    @Test func versionEightCountsRoundsAndSortiesAsWeaponsAndLeavesRestatedFiguresOut() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try db.execute(
                try String(contentsOf: Self.fixtures.appendingPathComponent("schema-v1.sql"), encoding: .utf8))
        }
        let upgraded = try ArchiveWriter(path: old)
        #expect(
            try upgraded.database.scalar("SELECT count(*) FROM weapon_units WHERE unit IN ('round', 'sortie')")
                == .integer(2))
        // Since version 11 incident_keys decides which figures are incident reports of their own.
        let keys: DatabaseValue? = try upgraded.database.scalar(
            "SELECT sql FROM sqlite_schema WHERE name = 'incident_keys'")
        #expect(keys?.textValue?.contains("o.value = f.of_value AND o.id <> f.id") == true)
    }

    @Test func versionTenStoresTheIncidentOfEachStoredFigureAndCountsAsBefore() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 10)
            try db.execute(
                """
                PRAGMA user_version = 10;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Old article', 'abc', 3, '2020-01-08');
                INSERT INTO paragraphs (id, article_id, position, kind, text) VALUES (1, 1, 0, 'headline', 'Old'),
                    (2, 1, 1, 'body', 'Five missiles hit Erbil and two hit Hama.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Erbil', 'place');
                INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset)
                    VALUES (1, 1, 2, 18, 23);
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, 0, 13, 'Five missiles', 5, 'count', 'missile', 'Erbil', 'hit', 0, 41, 1),
                           (2, 1, 2, 28, 31, 'two', 2, 'count', 'missile', 'Hama', 'hit', 0, 41, NULL);
                """)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("SELECT mentions FROM entities WHERE id = 1") == .integer(1))
        #expect(
            try db.rows("SELECT site, highest FROM strikes").map { [$0.string("site"), $0.string("highest")] }
                == [["Erbil", "5"], ["Hama", "2"]])
        #expect(try db.scalar("SELECT count(*) FROM figures WHERE incident_order IS NULL") == .integer(0))
        // Since version 12 each row says where its date comes from: here the article's publication date.
        #expect(try db.rows("SELECT dated_by FROM strikes").map { $0.string("dated_by") } == ["article", "article"])
        try db.execute("UPDATE figures SET date = '2020-01-07' WHERE id = 1")
        #expect(
            try db.rows("SELECT date, dated_by FROM strikes WHERE site = 'Erbil'").map {
                [$0.string("date"), $0.string("dated_by")]
            } == [["2020-01-07", "clause"]])
    }

    @Test func versionThirteenLooksUpItsStoredEntitiesByLooseKeyAndListsNoUserNotAlias() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 13)
            try db.execute(
                """
                PRAGMA user_version = 13;
                INSERT INTO entities (id, name, kind) VALUES (1, 'Deir ez-Zor', 'place'),
                    (2, 'Syrian Democratic Forces', 'organization');
                INSERT INTO entity_aliases (entity_id, alias, origin) VALUES (2, 'SDF', 'extracted');
                """)
        }
        let writer = try ArchiveWriter(path: old)
        #expect(try writer.database.scalar("SELECT count(*) FROM entity_keys") == .integer(0))
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: "Deir Ezzor was named.")])
        let mention = ExtractedEntity.Mention(span: TextSpan(paragraph: 1, start: 0, end: 10))
        let entity = ExtractedEntity(name: "Deir Ezzor", kind: .place, mentions: [mention])
        let extraction = Extraction(entities: [entity], figures: [], quotes: [], dates: [])
        try writer.inBatch { _ = try writer.store(article, extraction: extraction) }
        // The first batch keyed the entities stored before, so the new spelling found its entity.
        #expect(try writer.database.scalar("SELECT count(*) FROM entities WHERE kind = 'place'") == .integer(1))
        #expect(try writer.database.scalar("SELECT mentions FROM entities WHERE id = 1") == .integer(1))
        try writer.database.execute(
            """
            UPDATE entity_aliases SET origin = 'user-not' WHERE entity_id = 2;
            INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset)
                SELECT 2, article_id, paragraph_id, 0, 4 FROM entity_mentions WHERE entity_id = 1;
            """)
        #expect(try writer.database.rows("SELECT aliases FROM organizations").map { $0.string("aliases") } == [nil])
    }

    @Test func versionFiveResolvesStoredSitesAndSourcesToTheArticlesEntities() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 5)
            try db.execute(
                """
                PRAGMA user_version = 5;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Old article', 'abc', 1, '2020-01-08');
                INSERT INTO paragraphs (id, article_id, position, kind, text) VALUES (1, 1, 0, 'headline', 'Old'),
                    (2, 1, 1, 'body', 'Officials in Hawler said five missiles hit Erbil; two hit Hama.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Erbil', 'place'), (2, 'Kurdistan Regional Government', 'organization'),
                    (3, 'Hama', 'place'), (4, 'Hama', 'organization');
                INSERT INTO entity_aliases (entity_id, alias) VALUES (2, 'KRG');
                INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset, text)
                    VALUES (1, 1, 2, 12, 18, 'Hawler'), (2, 1, 2, 0, 9, 'Officials'), (3, 1, 2, 58, 62, 'Hama'),
                    (4, 1, 2, 58, 62, 'Hama');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, source, sentence)
                    VALUES (1, 1, 2, 27, 40, 'five missiles', 5, 'count', 'missile', 'hawler', 'hit', 'krg', 'S.'),
                           (2, 1, 2, 46, 49, 'two', 2, 'count', 'missile', 'Hama', 'hit', 'officials', 'S.');
                """)
        }
        let db = try ArchiveWriter(path: old).database
        // By the words the article wrote and by an alias, ignoring case; two entities named Hama: neither.
        #expect(try db.scalar("SELECT site_entity_id FROM figures WHERE id = 1") == .integer(1))
        #expect(try db.scalar("SELECT source_entity_id FROM figures WHERE id = 1") == .integer(2))
        #expect(try db.scalar("SELECT site_entity_id FROM figures WHERE id = 2") == .null)
        #expect(try db.scalar("SELECT site FROM strikes WHERE highest = 5") == .text("Erbil"))
        #expect(
            try db.scalar("SELECT sources FROM strikes WHERE highest = 5") == .text("Kurdistan Regional Government 5"))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'strikes_by_site'") == .integer(0))
        #expect(try db.scalar("SELECT view FROM canned_queries WHERE name = 'casualties'") == .text("casualties"))
    }

    @Test func versionSixPutsPublicationDatesInOneFormKeepingWhatWasWritten() throws {
        let old = temporaryArchive()
        let written = [
            "2019-11-19", "2019-11-19T02:24:00+03:00", "2019-11-19 02:24:00", "2019-11-19T02:24:00.000Z",
            "Tuesday", nil,
        ]
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 6)
            try db.execute("PRAGMA user_version = 6")
            for (id, published) in written.enumerated() {
                try db.prepare(
                    "INSERT INTO articles (id, title, content_sha256, extractor_version, published) VALUES (?, 'A', ?, 1, ?)"
                ).execute(id + 1, "hash\(id)", published)
            }
        }
        let db = try ArchiveWriter(path: old).database
        let rows = try db.rows("SELECT published, published_as_written FROM articles ORDER BY id").map {
            [$0.string("published"), $0.string("published_as_written")]
        }
        #expect(
            rows == [
                ["2019-11-19", nil], ["2019-11-19", "2019-11-19T02:24:00+03:00"],
                ["2019-11-19T02:24:00", "2019-11-19 02:24:00"],
                ["2019-11-19", "2019-11-19T02:24:00.000Z"], [nil, "Tuesday"], [nil, nil],
            ])
        #expect(try db.scalar("PRAGMA application_id") == .integer(Int64(ArchiveSchema.applicationID)))
    }

    /// Version 7 kept each figure's sentence as text and each mention as a row; version 8 keeps offsets and
    /// one row per entity, paragraph and role. Every answer read from them stays what it was.
    @Test func versionSevenKeepsSentencesAsOffsetsAndMentionsByParagraph() throws {
        let old = temporaryArchive()
        let body = "Officials said five missiles hit Erbil. Erbil was calm. Later, Erbil reopened."
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 7)
            try db.execute(
                """
                PRAGMA user_version = 7;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Old article', 'abc', 2, '2020-01-08');
                INSERT INTO paragraphs (id, article_id, position, kind, text) VALUES (1, 1, 0, 'headline', 'Old'),
                    (2, 1, 1, 'body', '\(body)');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Erbil', 'place'), (2, 'Ali Khamenei', 'person');
                INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset, text, role)
                    VALUES (1, 1, 2, 63, 68, 'Erbil', NULL), (1, 1, 2, 33, 38, 'Erbil', NULL),
                           (1, 1, 2, 40, 45, 'Erbil', NULL), (2, 1, 1, 0, 3, 'Old', 'Supreme Leader'),
                           (2, 1, 1, 0, 3, 'Old', NULL);
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence, site_entity_id)
                    VALUES (1, 1, 2, 15, 28, 'five missiles', 5, 'count', 'missile', 'Erbil', 'hit',
                            'Officials said five missiles hit Erbil.', 1),
                           (2, 1, 2, 15, 28, 'five missiles', 5, 'count', 'missile', NULL, 'hit', 'Not there.', NULL);
                """)
        }
        let writer = try ArchiveWriter(path: old)
        let db = writer.database
        #expect(
            try db.rows("SELECT sentence FROM incident_reports ORDER BY figure_id").map { $0.string("sentence") }
                == ["Officials said five missiles hit Erbil.", body])
        // Three namings of Erbil in one paragraph are one row; the person's two roles stay two rows.
        #expect(try db.scalar("SELECT count(*) FROM entity_mentions") == .integer(3))
        let erbil =
            "SELECT mentions || ' ' || start_offset || ' ' || more_offsets FROM entity_mentions WHERE entity_id = 1"
        #expect(try db.scalar(erbil) == .text("3 33 40-45 63-68"))
        #expect(try db.scalar("SELECT mentions FROM places WHERE name = 'Erbil'") == .integer(3))
        #expect(try db.scalar("SELECT roles FROM people WHERE name = 'Ali Khamenei'") == .text("Supreme Leader"))
        let reader = ArchiveReader(database: db)
        #expect(
            try reader.mentions(article: 1).map {
                "\($0.span.paragraph):\($0.span.start)-\($0.span.end) \($0.text)"
            } == ["0:0-3 Old", "0:0-3 Old", "1:33-38 Erbil", "1:40-45 Erbil", "1:63-68 Erbil"])
        #expect(try reader.figures(article: 1).map(\.sentence) == ["Officials said five missiles hit Erbil.", body])
        #expect(try reader.statistics().entityMentions == 5)
    }

    /// Version 9 → 10: a figure that totals a stretch of time is marked, has no date in incident_reports,
    /// is no incident, and is listed by the totals query, which comes right after reports.
    @Test func versionNineListsPeriodTotalsApartFromIncidents() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 9)
            try db.execute(
                """
                PRAGMA user_version = 9;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Old article', 'abc', 3, '2016-07-07');
                INSERT INTO paragraphs (id, article_id, position, kind, text) VALUES (1, 1, 0, 'headline', 'Old'),
                    (2, 1, 1, 'body', 'Jets carried out 300 raids since May. Raids killed 12 people.');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     event, sentence_start, sentence_end)
                    VALUES (1, 1, 2, 17, 26, '300 raids', 300, 'count', 'raid', 'launched', 0, 37),
                           (2, 1, 2, 51, 60, '12 people', 12, 'count', 'person', 'killed', 38, 61);
                """)
        }
        let writer = try ArchiveWriter(path: old)
        let db = writer.database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        // Stored figures stay incidents until reindex marks them.
        #expect(try db.scalar("SELECT count(*) FROM incidents") == .integer(2))
        try db.execute("UPDATE figures SET period_total = 1 WHERE id = 1")
        #expect(try db.scalar("SELECT count(*) FROM incidents") == .integer(1))
        #expect(try db.scalar("SELECT count(*) FROM strikes") == .integer(0))
        #expect(try db.scalar("SELECT date IS NULL FROM incident_reports WHERE figure_id = 1") == .integer(1))
        #expect(try db.scalar("SELECT date FROM incident_reports WHERE figure_id = 2") == .text("2016-07-07"))
        #expect(
            try db.scalar("SELECT as_of || ' ' || reported || ' ' || unit FROM totals") == .text("2016-07-07 300 raid"))
        let queries = try ArchiveReader(database: db).cannedQueries().map(\.name)
        #expect(queries.firstIndex(of: "totals") == queries.firstIndex(of: "reports").map { $0 + 1 })
        #expect(queries.last == "timeline")
        #expect(try db.scalar("SELECT count(*) FROM figures WHERE period_total NOT IN (0, 1)") == .integer(0))
    }

    /// Version 15 → 16: strikes and totals give the same rows in the same order, and totals reads the
    /// articles in order of publication (those with none first) to find each one's totals.
    @Test func versionFifteenListsStrikesAndTotalsAsBefore() throws {
        let old = temporaryArchive()
        let strikes = "SELECT site, date, weapon, event, highest FROM strikes"
        let totals = "SELECT as_of, reported, article, paragraph, figure_id FROM totals"
        func rows(_ db: Database, _ sql: String) throws -> [[String?]] {
            try db.rows(sql).map { row in row.values.map(\.textValue) }
        }
        var before: [[[String?]]] = []
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 15)
            try db.execute(
                """
                PRAGMA user_version = 15;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Late', 'a', 6, '2020-01-09'), (2, 'Undated', 'b', 6, NULL),
                           (3, 'Early', 'c', 6, '2020-01-08T06:30:00Z');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Late'), (2, 1, 1, 'body', 'Text.'),
                           (3, 2, 0, 'headline', 'Undated'), (4, 2, 1, 'body', 'Text.'),
                           (5, 3, 0, 'headline', 'Early'), (6, 3, 1, 'body', 'Text.'), (7, 3, 2, 'body', 'More.');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, period_total)
                    VALUES (1, 1, 2, 0, 4, 'x', 300, 'count', 'person', NULL, 'killed', 0, 5, 1),
                           (2, 3, 7, 0, 4, 'x', 200, 'count', 'person', NULL, 'killed', 0, 5, 1),
                           (3, 3, 6, 0, 4, 'x', 100, 'count', 'person', NULL, 'killed', 0, 5, 1),
                           (4, 2, 4, 0, 4, 'x', 50, 'count', 'raid', NULL, 'launched', 0, 5, 1),
                           (5, 1, 2, 0, 4, 'x', 5, 'count', 'missile', 'Erbil', 'fired', 0, 5, 0),
                           (6, 3, 6, 0, 4, 'x', 2, 'count', 'missile', 'Erbil', 'intercepted', 0, 5, 0),
                           (7, 3, 6, 0, 4, 'x', 9, 'count', 'person', 'Erbil', 'killed', 0, 5, 0),
                           (8, 2, 4, 0, 4, 'x', 3, 'count', 'drone', 'Hama', 'hit', 0, 5, 0);
                """)
            before = [try rows(db, strikes), try rows(db, totals)]
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try [rows(db, strikes), rows(db, totals)] == before)
        #expect(try rows(db, totals).map { $0[4] } == ["4", "3", "2", "1"])
        #expect(try rows(db, strikes).count == 3)
        let reader = ArchiveReader(database: db)
        #expect(try reader.rowCount(ofQuery: "strikes") == 3)
        #expect(try reader.rowCount(ofQuery: "totals") == 4)
    }

    /// Version 16 → 18: figures gain an earlier sentence's site; stored figures keep their rows and have
    /// none, and the incident views give the rows they gave, each site now from its sentence.
    @Test func versionSixteenKeepsItsFiguresAndTheirIncidents() throws {
        let old = temporaryArchive()
        let casualties = "SELECT site, date, event, who, lowest, highest, reports, sources FROM casualties"
        let strikes = "SELECT site, date, weapon, event, highest FROM strikes"
        func rows(_ db: Database, _ sql: String) throws -> [[String?]] {
            try db.rows(sql).map { row in row.values.map(\.textValue) }
        }
        var before: [[[String?]]] = []
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 16)
            try db.execute(
                """
                PRAGMA user_version = 16;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2020-01-09'), (2, 'Two', 'b', 6, '2020-01-09');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Text.'),
                           (3, 2, 0, 'headline', 'Two'), (4, 2, 1, 'body', 'Text.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Erbil', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id, source)
                    VALUES (1, 1, 2, 0, 4, 'x', 5, 'count', 'missile', 'Erbil', 'fired', 0, 5, 1, 'Iraqi military'),
                           (2, 1, 2, 0, 4, 'x', 9, 'count', 'person', 'Erbil', 'killed', 0, 5, 1, NULL),
                           (3, 2, 4, 0, 4, 'x', 7, 'count', 'person', NULL, 'killed', 0, 5, NULL, 'SANA'),
                           (4, 2, 4, 0, 4, 'x', 3, 'count', 'drone', NULL, 'hit', 0, 5, NULL, NULL);
                """)
            before = [try rows(db, casualties), try rows(db, strikes)]
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try [rows(db, casualties), rows(db, strikes)] == before)
        #expect(try db.scalar("SELECT count(*) FROM figures") == .integer(4))
        #expect(try db.scalar("SELECT count(*) FROM figures WHERE earlier_site IS NOT NULL") == .integer(0))
        #expect(
            try rows(db, "SELECT site_from FROM incident_reports ORDER BY figure_id")
                == [["sentence"], ["sentence"], [nil], [nil]])
        // An earlier site set on a stored figure moves it to that place's incident.
        try db.execute("UPDATE figures SET earlier_site = 'Erbil', earlier_site_entity_id = 1 WHERE id = 3")
        #expect(
            try rows(db, "SELECT site, site_from, reports FROM casualties WHERE site = 'Erbil'")
                == [["Erbil", "sentence", "2"]])
    }

    /// Version 18 → 19: stored figures' incidents are worked out again, so that one article's unsited
    /// numbers are rows of their own and a country's number restating a town's in it leaves its row.
    @Test func versionEighteenTellsApartWhatItsIncidentKeyMerged() throws {
        let old = temporaryArchive()
        let casualties = "SELECT site, event, lowest, highest FROM casualties"
        func rows(_ db: Database, _ sql: String) throws -> [[String?]] {
            try db.rows(sql).map { row in row.values.map(\.textValue) }
        }
        var before: [[String?]] = []
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 18)
            try db.execute(
                """
                PRAGMA user_version = 18;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2020-01-09');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Text.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Syria', 'place'), (2, 'Saraqib', 'place');
                INSERT INTO place_locations (entity_id, kind, country_code, country)
                    VALUES (1, 'country', 'SY', 'Syria'), (2, 'city', 'SY', 'Syria');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, 0, 4, 'x', 14, 'count', 'person', NULL, 'killed', 0, 5, NULL),
                           (2, 1, 2, 0, 4, 'x', 3, 'count', 'person', NULL, 'killed', 0, 5, NULL),
                           (3, 1, 2, 0, 4, 'x', 5, 'count', 'person', 'Syria', 'injured', 0, 5, 1),
                           (4, 1, 2, 0, 4, 'x', 5, 'count', 'person', 'Saraqib', 'injured', 0, 5, 2);
                """)
            before = try rows(db, casualties)
        }
        #expect(
            before == [
                ["Saraqib", "injured", "5", "5"], ["Syria", "injured", "5", "5"], ["(no site)", "killed", "14", "14"],
            ])
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(
            try rows(db, casualties) == [
                ["Saraqib", "injured", "5", "5"], ["(no site)", "killed", "3", "3"],
                ["(no site)", "killed", "14", "14"],
            ])
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM figures f LEFT JOIN incident_keys k ON k.figure_id = f.id
                WHERE f.incident_order IS NOT k.incident_order OR f.incident_article IS NOT k.incident_article
                """) == .integer(0))
    }

    /// Version 19 → 20: stored figures' incidents are worked out again, so that one article's toll told
    /// again with another noun of the same class of people, or with no day of its own, is one row.
    @Test func versionNineteenMergesATollToldInOtherWords() throws {
        let old = temporaryArchive()
        let casualties = "SELECT site, date, event, who, lowest, highest FROM casualties"
        func rows(_ db: Database, _ sql: String) throws -> [[String?]] {
            try db.rows(sql).map { row in row.values.map(\.textValue) }
        }
        var before: [[String?]] = []
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 19)
            try db.execute(
                """
                PRAGMA user_version = 19;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2020-01-09');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Text.'), (3, 1, 2, 'body', 'More.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Saraqib', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id, date)
                    VALUES (1, 1, 2, 0, 4, 'x', 90, 'count', 'fighter', 'Saraqib', 'killed', 0, 5, 1, NULL),
                           (2, 1, 3, 0, 4, 'x', 90, 'count', 'militant', 'Saraqib', 'killed', 0, 5, 1, NULL),
                           (3, 1, 2, 0, 4, 'x', 7, 'count', 'person', 'Saraqib', 'injured', 0, 5, 1, '2020-01-07'),
                           (4, 1, 3, 0, 4, 'x', 7, 'count', 'person', 'Saraqib', 'injured', 0, 5, 1, NULL);
                """)
            before = try rows(db, casualties)
        }
        #expect(before.count == 4)
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(
            try rows(db, casualties) == [
                ["Saraqib", "2020-01-07", "injured", "person", "7", "7"],
                ["Saraqib", "2020-01-09", "killed", "fighter", "90", "90"],
            ])
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM figures f LEFT JOIN incident_keys k ON k.figure_id = f.id
                WHERE f.incident_order IS NOT k.incident_order OR f.incident_article IS NOT k.incident_article
                """) == .integer(0))
    }

    /// Version 20 → 21: writer_batch goes and the triggers that read it run for every insert but the
    /// writer's own (its connection turns triggers off while it stores, and counts and indexes itself).
    @Test func versionTwentyDropsTheWritersMarkerAndItsTriggersStillCount() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 20)
            try db.execute("PRAGMA user_version = 20")
        }
        let writer = try ArchiveWriter(path: old)
        let db = writer.database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'writer_batch'") == .integer(0))
        let article = Article(title: "Ferries", paragraphs: [Paragraph(kind: .body, text: "Ferries left Geneva.")])
        try writer.inBatch { _ = try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        let user = try Database(path: old)
        try user.execute(
            """
            INSERT INTO paragraphs (article_id, position, kind, text) VALUES (1, 2, 'body', 'Geneva again.');
            INSERT INTO entity_mentions (entity_id, article_id, paragraph_id, start_offset, end_offset)
            SELECT e.id, 1, p.id, 0, 6 FROM entities e, paragraphs p WHERE e.name = 'Geneva' AND p.position = 2;
            """)
        #expect(
            try user.scalar("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'geneva'") == .integer(2))
        #expect(try user.scalar("SELECT mentions FROM entities WHERE name = 'Geneva'") == .integer(2))
    }

    /// Version 21 → 22: figures gain relative_date; a figure whose clause dates it only against another
    /// moment gets no publication day in the incident views, and is its own incident rather than that day's.
    @Test func versionTwentyOneLeavesARelativelyDatedFigureUndated() throws {
        let old = temporaryArchive()
        let casualties = "SELECT site, date, dated_by, event, who, lowest, highest FROM casualties"
        func rows(_ db: Database, _ sql: String) throws -> [[String?]] {
            try db.rows(sql).map { row in row.values.map(\.textValue) }
        }
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 21)
            try db.execute(
                """
                PRAGMA user_version = 21;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2020-01-09');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Text.'), (3, 1, 2, 'body', 'More.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Saraqib', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, 0, 4, 'x', 12, 'count', 'person', 'Saraqib', 'killed', 0, 5, 1),
                           (2, 1, 3, 0, 4, 'x', 30, 'count', 'person', 'Saraqib', 'killed', 0, 5, 1),
                           (3, 1, 3, 6, 8, 'x', 12, 'count', 'person', 'Saraqib', 'killed', 6, 9, 1);
                """)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(
            try rows(db, casualties) == [["Saraqib", "2020-01-09", "article", "killed", "person", "30", "30"]])
        // A user's edit is followed by the trigger: the figure dated 'days earlier' leaves that day's incident,
        // and the same toll given again with no day of its own is the same report, not that day's.
        #expect(try db.scalar("SELECT count(*) FROM figures WHERE incident_order IS NOT NULL") == .integer(3))
        let user = try Database(path: old)
        try user.execute("UPDATE figures SET relative_date = 'days earlier' WHERE id = 1")
        #expect(
            try rows(db, casualties) == [
                ["Saraqib", nil, nil, "killed", "person", "12", "12"],
                ["Saraqib", "2020-01-09", "article", "killed", "person", "30", "30"],
            ])
        #expect(
            try rows(db, "SELECT figure_id, date, dated_by FROM incident_reports ORDER BY figure_id") == [
                ["1", nil, nil], ["2", "2020-01-09", "article"], ["3", "2020-01-09", "article"],
            ])
        #expect(try db.scalar("SELECT count(*) FROM figures WHERE incident_order IS NOT NULL") == .integer(2))
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM figures f LEFT JOIN incident_keys k ON k.figure_id = f.id
                WHERE f.incident_order IS NOT k.incident_order OR f.incident_article IS NOT k.incident_article
                """) == .integer(0))
    }

    /// Schema 22 keeps a part executed inside its toll of killed: the upgrade stores the incident keys again, so
    /// the stored columns (which `incidents` reads) agree with `incident_keys` at once, with no reindex.
    @Test func versionTwentyOneStoresTheIncidentKeysAgain() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 21)
            try db.execute(
                """
                PRAGMA user_version = 21;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2020-01-09');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Text.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Saraqib', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     of_value, site, event, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, 0, 4, 'x', 37, 'count', 'person', NULL, 'Saraqib', 'killed', 0, 5, 1),
                           (2, 1, 2, 6, 8, 'x', 30, 'count', 'person', 37, 'Saraqib', 'executed', 6, 9, 1);
                """)
            // Schema 21 keyed the executed part as an incident of its own.
            #expect(try db.scalar("SELECT incident_order IS NOT NULL FROM figures WHERE id = 2") == .integer(1))
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("SELECT incident_order IS NULL FROM figures WHERE id = 2") == .integer(1))
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM figures f LEFT JOIN incident_keys k ON k.figure_id = f.id
                WHERE f.incident_order IS NOT k.incident_order OR f.incident_article IS NOT k.incident_article
                """) == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM incidents") == .integer(1))
    }

    /// Version 22 → 23: figures gain period, and totals shows it after as_of; a total stored before has none
    /// until a reindex, and one given a period shows it.
    @Test func versionTwentyTwoGivesTotalsAPeriod() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 22)
            try db.execute(
                """
                PRAGMA user_version = 22;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2020-11-02');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Text.');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     event, sentence_start, sentence_end, period_total)
                    VALUES (1, 1, 2, 0, 4, 'x', 2100, 'count', 'person', 'killed', 0, 5, 1),
                           (2, 1, 2, 0, 4, 'x', 12, 'count', 'person', 'killed', 0, 5, 0);
                """)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        let totals = "SELECT as_of, period, value FROM totals"
        #expect(try db.rows(totals).map { $0.values.map(\.textValue) } == [["2020-11-02", nil, "2100"]])
        try db.execute("UPDATE figures SET period = 'October' WHERE id = 1")
        #expect(try db.rows(totals).map { $0.values.map(\.textValue) } == [["2020-11-02", "October", "2100"]])
    }

    /// Version 23 → 24: figures gain date_from_earlier_sentence; a date stored before cannot be told apart and
    /// stays the clause's until a reindex, and one marked so shows as an earlier sentence's.
    @Test func versionTwentyThreeTellsAnEarlierSentencesDateApart() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 23)
            try db.execute(
                """
                PRAGMA user_version = 23;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2020-11-02');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Text.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Saraqib', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id, date)
                    VALUES (1, 1, 2, 0, 4, 'x', 12, 'count', 'person', 'Saraqib', 'killed', 0, 5, 1, '2020-11-01');
                """)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        let dated = "SELECT date, dated_by FROM casualties UNION ALL SELECT date, dated_by FROM incident_reports"
        #expect(
            try db.rows(dated).map { $0.values.map(\.textValue) } == [
                ["2020-11-01", "clause"], ["2020-11-01", "clause"],
            ])
        try db.execute("UPDATE figures SET date_from_earlier_sentence = 1 WHERE id = 1")
        #expect(
            try db.rows(dated).map { $0.values.map(\.textValue) } == [
                ["2020-11-01", "earlier sentence"], ["2020-11-01", "earlier sentence"],
            ])
    }

    /// Version 24 → 25: the headline's copy opening the body is the headline, and the stored incident keys are
    /// worked out again: its number in another noun is the body's toll at once, with no reindex.
    @Test func versionTwentyFourTakesTheHeadlinesCopyForTheHeadline() throws {
        let old = temporaryArchive()
        let title = "Jets kill five soldiers near the border"
        let body = "Mon 04 Jul 2016 \(title). A raid killed five government forces in Kestrel Hill."
        func offset(_ words: String) -> Int {
            body.distance(from: body.startIndex, to: body.range(of: words)!.lowerBound)
        }
        let copyEnd = offset(title) + title.count
        let soldiers = offset("five soldiers")
        let forces = offset("five government forces")
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 24)
            try db.execute(
                """
                PRAGMA user_version = 24;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, '\(title)', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', '\(title)'), (2, 1, 1, 'body', '\(body)');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Kestrel Hill', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, \(soldiers), \(soldiers + 13), 'five soldiers', 5, 'count', 'soldier',
                            NULL, 'killed', 0, \(copyEnd), NULL),
                           (2, 1, 2, \(forces), \(forces + 22), 'five government forces', 5, 'count', 'force',
                            'Kestrel Hill', 'killed', \(copyEnd + 1), \(body.count), 1);
                """)
            #expect(try db.rows("SELECT * FROM casualties").count == 2)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try db.rows("SELECT site FROM casualties").map { $0.string("site") } == ["Kestrel Hill"])
        // figures gain replaced_toll (0 until re-extracted), and the trigger follows it: the body's toll marked
        // replaced beside the copy's count of the same event has no row (nor has the copy, which restates it)
        #expect(try db.scalar("SELECT count(*) FROM figures WHERE replaced_toll = 0") == .integer(2))
        try db.execute("UPDATE figures SET replaced_toll = 1 WHERE id = 2")
        #expect(try db.rows("SELECT * FROM casualties").isEmpty)
    }

    /// Version 25 → 26: the indexes of figures by site and source entity, and of dates by value, hold only the
    /// rows that have one; a look-up by entity still reads the index, and a deleted entity's figures lose it.
    @Test func versionTwentyFiveIndexesOnlyTheFiguresAtAnEntity() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 25)
            try db.execute(
                """
                PRAGMA user_version = 25;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'One', 'a', 6, '2021-03-02');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'One'), (2, 1, 1, 'body', 'Two shells hit Varden and five fell.');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Varden', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, 0, 10, 'Two shells', 2, 'count', 'shell', 'Varden', 'hit', 0, 36, 1),
                           (2, 1, 2, 25, 29, 'five', 5, 'count', 'shell', NULL, 'fell', 0, 36, NULL);
                """)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        for (index, column) in [
            ("figures_site_entity", "site_entity_id"), ("figures_source_entity", "source_entity_id"),
            ("date_mentions_value", "value"),
        ] {
            let sql = try db.scalar("SELECT sql FROM sqlite_schema WHERE name = ?", index)?.textValue ?? ""
            #expect(sql.hasSuffix("WHERE \(column) IS NOT NULL"), "\(sql)")
        }
        let plan = try db.prepare("EXPLAIN QUERY PLAN SELECT id FROM figures WHERE site_entity_id = 1").rows()
            .compactMap { $0.string("detail") }
        #expect(plan.contains { $0.contains("figures_site_entity") }, "\(plan)")
        #expect(try db.scalar("SELECT id FROM figures WHERE site_entity_id = 1") == .integer(1))
        try db.execute("DELETE FROM entities WHERE id = 1")
        #expect(try db.scalar("SELECT count(*) FROM figures WHERE site_entity_id IS NULL") == .integer(2))
    }

    /// Version 26 → 27: a toll at a city given again at a town the sentence puts in it is one incident, at
    /// the town; the stored keys are worked out again.
    @Test func versionTwentySixTakesTheCitysTollForTheTownInIt() throws {
        let old = temporaryArchive()
        let body = "Jets killed nine people in Homs. Jets killed nine people in Tovin near Homs."
        let town = body.distance(from: body.startIndex, to: body.range(of: "Jets killed nine people in Tovin")!.lowerBound)
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 26)
            try db.execute(
                """
                PRAGMA user_version = 26;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Jets', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Jets'), (2, 1, 1, 'body', '\(body)');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Homs', 'place'), (2, 'Tovin', 'place');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, 12, 23, 'nine people', 9, 'count', 'person', 'Homs', 'killed', 0, \(town - 1), 1),
                           (2, 1, 2, \(town + 12), \(town + 23), 'nine people', 9, 'count', 'person', 'Tovin',
                            'killed', \(town), \(body.count), 2);
                """)
            #expect(try db.rows("SELECT * FROM casualties").count == 2)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try db.rows("SELECT site FROM casualties").map { $0.string("site") } == ["Tovin"])
    }

    /// Version 27 → 28: a total its sentence gives twice with the same number and event is one row of totals.
    @Test func versionTwentySevenListsATotalGivenTwiceOnce() throws {
        let old = temporaryArchive()
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 27)
            try db.execute(
                """
                PRAGMA user_version = 27;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Clashes', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Clashes'), (2, 1, 1, 'body', 'Clashes kill 45 in Vesk; 45 died.');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     event, sentence_start, sentence_end, period_total)
                    VALUES (1, 1, 2, 13, 15, '45', 45, 'count', 'person', 'killed', 0, 33, 1),
                           (2, 1, 2, 25, 27, '45', 45, 'count', 'person', 'killed', 0, 33, 1);
                """)
            #expect(try db.rows("SELECT * FROM totals").count == 2)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try db.rows("SELECT figure_id FROM totals").map { $0.int("figure_id") } == [1])
        #expect(try ArchiveReader(database: db).rowCount(ofQuery: "totals") == 1)
    }

    /// Version 29 → 30: each count with an event keeps its sentence as text, which the incident views read.
    @Test func versionTwentyNineStoresTheSentencesOfItsCounts() throws {
        let old = temporaryArchive()
        let body = "Jets killed nine people in Vessa. The town has 4 schools."
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 29)
            try db.execute(
                """
                PRAGMA user_version = 29;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Jets', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Jets'), (2, 1, 1, 'body', '\(body)');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end)
                    VALUES (1, 1, 2, 12, 23, 'nine people', 9, 'count', 'person', 'Vessa', 'killed', 0, 33),
                           (2, 1, 2, 47, 56, '4 schools', 4, 'count', 'school', NULL, NULL, 34, 57);
                """)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(
            try db.rows("SELECT sentence FROM figures ORDER BY id").map { $0.string("sentence") }
                == ["Jets killed nine people in Vessa.", nil])
        #expect(try db.rows("SELECT site FROM casualties").map { $0.string("site") } == ["Vessa"])
    }

    @Test func versionThirtyLeavesOutAWholeThatItsSitedPartsAddUpTo() throws {
        let old = temporaryArchive()
        let body = "Rockets killed 12 people on Monday, seven in Vessa and five in Old Tarvan."
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 30)
            try db.execute(
                """
                PRAGMA user_version = 30;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Rockets', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Rockets'), (2, 1, 1, 'body', '\(body)');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     of_value, site, event, sentence_start, sentence_end)
                    VALUES (1, 1, 2, 15, 24, '12 people', 12, 'count', 'person', NULL, NULL, 'killed', 0, 74),
                           (2, 1, 2, 36, 41, 'seven', 7, 'count', 'person', 12, 'Vessa', 'killed', 0, 74),
                           (3, 1, 2, 54, 58, 'five', 5, 'count', 'person', 12, 'Old Tarvan', 'killed', 0, 74);
                """)
            #expect(try db.rows("SELECT site FROM casualties").count == 3)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(
            Set(try db.rows("SELECT site FROM casualties").compactMap { $0.string("site") }) == ["Vessa", "Old Tarvan"])
    }

    /// Version 31 → 32: figures_article ends with start_offset, by which the checks of the same number near a
    /// count seek their own paragraph's counts; an article with a paragraph longer than 10,000 characters has
    /// its keys worked out again (a toll told again farther on in one paragraph is no longer looked for).
    @Test func versionThirtyOneSeeksTheCountsNearACountByOffset() throws {
        let old = temporaryArchive()
        let first = "Rockets killed 12 fighters in Vessa.", last = "Rockets killed 12 militants in Vessa."
        let body = first + " " + String(repeating: "The talks in the capital went on. ", count: 320) + last
        let second = body.count - last.count
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 31)
            try db.execute(
                """
                PRAGMA user_version = 31;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Rockets', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Rockets'), (2, 1, 1, 'body', '\(body)');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end)
                    VALUES (1, 1, 2, 15, 26, '12 fighters', 12, 'count', 'fighter', 'Vessa', 'killed', 0, \(first.count)),
                           (2, 1, 2, \(second + 15), \(second + 27), '12 militants', 12, 'count', 'militant', 'Vessa',
                            'killed', \(second), \(body.count));
                """)
            // (the militants restate the fighters: one report)
            #expect(try db.rows("SELECT who FROM casualties").map { $0.string("who") } == ["fighter"])
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(
            try db.rows("SELECT name FROM pragma_index_info('figures_article') ORDER BY seqno").map { $0.string("name") }
                == ["article_id", "event", "value", "paragraph_id", "start_offset"])
        #expect(try db.rows("SELECT who FROM casualties ORDER BY who").map { $0.string("who") } == ["fighter", "militant"])
    }

    /// Version 32 → 33: a whole told before the counts that add up to it, its sentence naming their places,
    /// has no row beside them; every stored key is worked out again.
    @Test func versionThirtyTwoLeavesOutAWholeToldBeforeItsPartsAtPlacesItNames() throws {
        let old = temporaryArchive()
        let whole = "Bombs killed six people in Kelvar on Monday, in Vessa and Tarvan.",
            first = "Two people died in Vessa.", second = "Four people died in Tarvan."
        let body = [whole, first, second].joined(separator: " ")
        let firstStart = whole.count + 1, secondStart = firstStart + first.count + 1
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 32)
            try db.execute(
                """
                PRAGMA user_version = 32;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Bombs', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Bombs'), (2, 1, 1, 'body', '\(body)');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end)
                    VALUES (1, 1, 2, 13, 23, 'six people', 6, 'count', 'person', 'Kelvar', 'killed', 0, \(whole.count)),
                           (2, 1, 2, \(firstStart), \(firstStart + 10), 'Two people', 2, 'count', 'person', 'Vessa',
                            'killed', \(firstStart), \(firstStart + first.count)),
                           (3, 1, 2, \(secondStart), \(secondStart + 11), 'Four people', 4, 'count', 'person', 'Tarvan',
                            'killed', \(secondStart), \(secondStart + second.count));
                """)
            #expect(try db.rows("SELECT site FROM casualties").count == 3)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(Set(try db.rows("SELECT site FROM casualties").compactMap { $0.string("site") }) == ["Vessa", "Tarvan"])
    }

    /// Version 33 → 34: one toll two articles tell as 'N people' and 'N civilians' at one site on one day is
    /// one row, of civilians; the counts of anyone are keyed again.
    @Test func versionThirtyThreeMakesPeopleAndCiviliansOfTwoArticlesOneRow() throws {
        let old = temporaryArchive()
        let first = "Shelling killed 14 people in Vessa.", second = "A monitor said 14 civilians died in Vessa."
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 33)
            try db.execute(
                """
                PRAGMA user_version = 33;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Shelling', 'a', 6, '2016-07-04'), (2, 'Toll', 'b', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Shelling'), (2, 1, 1, 'body', '\(first)'),
                           (3, 2, 0, 'headline', 'Toll'), (4, 2, 1, 'body', '\(second)');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, sentence_start, sentence_end)
                    VALUES (1, 1, 2, 16, 25, '14 people', 14, 'count', 'person', 'Vessa', 'killed', 0, \(first.count)),
                           (2, 2, 4, 15, 27, '14 civilians', 14, 'count', 'civilian', 'Vessa', 'killed', 0,
                            \(second.count));
                """)
            let before = try db.rows("SELECT who FROM casualties ORDER BY who").map { $0.string("who") }
            #expect(before == ["civilian", "person"])
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        let rows = try db.rows("SELECT who, articles FROM casualties")
        #expect(rows.map { "\($0.string("who") ?? "") \($0.int("articles") ?? 0)" } == ["civilian 2"])
    }

    /// Version 34 → 35: a toll the article opens on at a city the gazetteer knows, told again later at a town
    /// of the same cause, is one row, at the town; the stored keys are worked out again.
    @Test func versionThirtyFourTakesTheOpeningTollForTheTownOfItsCause() throws {
        let old = temporaryArchive()
        let body = "Air strikes killed nine civilians in Kandahar. One air strike hit Tarvan Minor, killing nine civilians."
        let town = body.distance(from: body.startIndex, to: body.range(of: "One air strike")!.lowerBound)
        let later = body.distance(from: body.startIndex, to: body.range(of: "nine civilians.")!.lowerBound)
        do {
            let db = try Database(path: old)
            try Self.migrate(db, upTo: 34)
            try db.execute(
                """
                PRAGMA user_version = 34;
                INSERT INTO articles (id, title, content_sha256, extractor_version, published)
                    VALUES (1, 'Strikes', 'a', 6, '2016-07-04');
                INSERT INTO paragraphs (id, article_id, position, kind, text)
                    VALUES (1, 1, 0, 'headline', 'Strikes'), (2, 1, 1, 'body', '\(body)');
                INSERT INTO entities (id, name, kind) VALUES (1, 'Kandahar', 'place'), (2, 'Tarvan Minor', 'place');
                INSERT INTO place_locations (entity_id, kind, country_code, country) VALUES (1, 'city', 'AF', 'Afghanistan');
                INSERT INTO figures (id, article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit,
                                     site, event, cause, sentence_start, sentence_end, site_entity_id)
                    VALUES (1, 1, 2, 19, 33, 'nine civilians', 9, 'count', 'civilian', 'Kandahar', 'killed',
                            'air strike', 0, \(town - 1), 1),
                           (2, 1, 2, \(later), \(later + 14), 'nine civilians', 9, 'count', 'civilian',
                            'Tarvan Minor', 'killed', 'air strike', \(town), \(body.count), 2);
                """)
            #expect(try db.rows("SELECT * FROM casualties").count == 2)
        }
        let db = try ArchiveWriter(path: old).database
        #expect(try db.scalar("PRAGMA user_version") == .integer(Int64(ArchiveSchema.version)))
        #expect(try db.rows("SELECT site FROM casualties").map { $0.string("site") } == ["Tarvan Minor"])
    }

    @Test func datesAreStoredWithTheirFigures() throws {
        let writer = try ArchiveWriter(path: temporaryArchive())
        let article = Article(
            title: "Missiles hit bases",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "The Iraqi military said 22 missiles were launched between 1:45am and 2:15am on Wednesday.")
            ],
            published: "2020-01-08"
        )
        try writer.inBatch { _ = try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        let db = writer.database
        #expect(try db.scalar("SELECT date FROM figures WHERE value = 22") == .text("2020-01-08"))
        #expect(try db.scalar("SELECT value FROM date_mentions WHERE text = 'Wednesday'") == .text("2020-01-08"))
        #expect(try db.scalar("SELECT what FROM timeline WHERE date = '2020-01-08'") == .text("22 missiles"))
    }
}
