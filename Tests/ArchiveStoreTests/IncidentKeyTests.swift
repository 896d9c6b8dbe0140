import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// figures.incident_order, incident_event and incident_article, which the incidents view reads in order
/// from an index: the writer stores them, triggers follow a user's edits, and the view's first page
/// comes from the index.
@Suite struct IncidentKeyTests {
    let views: IncidentViewsTests

    init() throws { views = try IncidentViewsTests() }

    /// Figures whose stored incident columns differ from what incident_keys says now.
    func staleKeys() throws -> Int {
        try views.rows(
            """
            SELECT count(*) AS n FROM figures f LEFT JOIN incident_keys k ON k.figure_id = f.id
            WHERE f.incident_order IS NOT k.incident_order OR f.incident_event IS NOT k.incident_event
               OR f.incident_article IS NOT k.incident_article
            """
        ).first?.int("n") ?? -1
    }

    func storeTwoArticles() throws {
        try views.store(
            "One", entities: [IncidentViewsTests.place("Douma"), IncidentViewsTests.observatory],
            figures: [
                IncidentViewsTests.figure(12, "killed", site: "Douma", source: "SOHR"),
                IncidentViewsTests.figure(3, "killed"),
            ])
        try views.store(
            "Two", published: nil, entities: [IncidentViewsTests.place("Aleppo")],
            figures: [
                IncidentViewsTests.figure(8, "killed", site: "Aleppo"),
                IncidentViewsTests.figure(4, "launched", unit: "missile"),
            ])
    }

    @Test func theWriterStoresEachFiguresIncident() throws {
        try storeTwoArticles()
        #expect(try staleKeys() == 0)
        #expect(try views.rows("SELECT * FROM figures WHERE incident_order IS NOT NULL").count == 4)
    }

    @Test func aUsersEditsKeepTheKeys() throws {
        try storeTwoArticles()
        try views.writer.database.execute("UPDATE entities SET name = 'Duma' WHERE name = 'Douma'")
        #expect(try views.rows("SELECT site FROM casualties").compactMap { $0.string("site") }.contains("Duma"))
        try views.writer.database.execute("UPDATE articles SET published = '2016-08-01' WHERE title = 'Two'")
        try views.writer.database.execute("UPDATE figures SET site = 'Homs', site_entity_id = NULL WHERE value = 3")
        try views.writer.database.execute("DELETE FROM weapon_units WHERE unit = 'missile'")
        #expect(try staleKeys() == 0)
        #expect(try views.rows("SELECT * FROM strikes").isEmpty)
        try views.writer.database.execute("INSERT INTO weapon_units (unit) VALUES ('missile')")
        try views.writer.database.execute(
            """
            INSERT INTO figures (article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit, event,
                                 sentence_start, sentence_end)
            SELECT article_id, paragraph_id, 0, 2, '9', 9, 'count', 'person', 'injured', 0, 2 FROM figures LIMIT 1
            """)
        try views.writer.database.execute("DELETE FROM figures WHERE value = 8")
        try views.writer.database.execute("DELETE FROM articles WHERE title = 'One'")
        #expect(try staleKeys() == 0)
        #expect(try views.rows("SELECT * FROM strikes").count == 1)
    }

    @Test func aFigureNoLongerRestatedBecomesAReport() throws {
        // The headline's 5 restates the body's 5: one report, until the body's is removed.
        let article = Article(
            title: "Five killed", paragraphs: [Paragraph(kind: .body, text: "Five people were killed.")],
            published: "2016-07-02")
        var headline = IncidentViewsTests.figure(5, "killed", site: "Douma")
        headline.span = TextSpan(paragraph: 0, start: 0, end: 4)
        let body = IncidentViewsTests.figure(5, "killed", site: "Douma")
        try views.writer.inBatch {
            _ = try views.writer.store(
                article,
                extraction: Extraction(entities: [IncidentViewsTests.place("Douma")], figures: [headline, body]))
        }
        #expect(try views.rows("SELECT reports FROM casualties").first?.int("reports") == 1)
        try views.writer.database.execute("DELETE FROM figures WHERE paragraph_id = (SELECT max(id) FROM paragraphs)")
        #expect(try staleKeys() == 0)
        #expect(try views.rows("SELECT reports FROM casualties").first?.int("reports") == 1)
    }

    @Test func theIncidentViewsAreCountedFromTheStoredIncidents() throws {
        try storeTwoArticles()
        try views.store(
            "Three", entities: [IncidentViewsTests.place("Douma")],
            figures: [IncidentViewsTests.figure(9, "killed", site: "Douma")])
        let reader = ArchiveReader(database: views.writer.database)
        for view in ["strikes", "casualties"] {
            let rows = try views.rows("SELECT * FROM \(view)").count
            #expect(try reader.rowCount(ofQuery: view) == rows, "\(view)")
        }
        #expect(try reader.rowCount(ofQuery: "casualties") == 3)
    }

    @Test(arguments: ["strikes", "casualties", "incidents"])
    func theFirstPageIsReadInOrderFromAnIndex(view: String) throws {
        try storeTwoArticles()
        let plan = try views.writer.database.prepare("EXPLAIN QUERY PLAN SELECT * FROM \(view) LIMIT 50").rows()
        let details = plan.compactMap { $0.string("detail") }
        // (strikes may read the strikes' own index, in the same order: figures_strike_incidents)
        #expect(
            details.contains {
                $0.contains("USING INDEX figures_incidents") || $0.contains("USING INDEX figures_strike_incidents")
            }, "\(details)")
        // Nothing sorts or groups the incidents themselves: only each incident's own reports are grouped.
        var outer = Set(
            plan.filter { $0.string("detail")?.hasPrefix("CO-ROUTINE incidents") == true }.compactMap { $0.int("id") })
        if outer.isEmpty { outer = [0] }  // the view read directly: its steps are the query's own
        let outerSteps = plan.filter { outer.contains($0.int("parent") ?? -1) }.compactMap { $0.string("detail") }
        let sorts = outerSteps.filter {
            $0.contains("TEMP B-TREE FOR ORDER BY") || $0.contains("TEMP B-TREE FOR GROUP BY")
        }
        #expect(!outerSteps.isEmpty && sorts.isEmpty, "\(details)")
        // Each incident's reports are looked up by its key: no step reads a table or a view whole.
        // (A subquery's or the incidents view's own rows are read as they come: they hold one incident.)
        let wholeReads = details.filter { step in
            let words = step.split(separator: " ")
            guard words.count >= 2, words[0] == "SCAN" || words[0] == "SEARCH" else { return false }
            if words[1].hasPrefix("(") || words[1] == "incidents" || words[1] == view { return false }
            return words[0] == "SCAN" || !step.contains(" USING ")
        }
        #expect(wholeReads.isEmpty, "\(details)")
    }

    @Test func storingAnArticlesIncidentKeysReadsNoStoredTableWhole() throws {
        // The writer works the keys out for each article it stores: a step reading paragraphs, figures or
        // articles whole would make storing cost more as the archive grows. (The vocabularies, a few dozen
        // constant rows, may be read whole.)
        try storeTwoArticles()
        let plan = try views.writer.database.prepare(
            """
            EXPLAIN QUERY PLAN UPDATE figures SET (incident_order, incident_event, incident_article) =
                (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k
                 WHERE k.figure_id = figures.id)
            WHERE article_id = 1 AND kind = 'count' AND event IS NOT NULL
            """
        ).rows().compactMap { $0.string("detail") }
        let stored = ["paragraphs", "figures", "articles", "entities", "place_locations", "p", "a", "o", "op", "f"]
        let wholeReads = plan.filter { step in
            let words = step.split(separator: " ")
            return words.count >= 2 && words[0] == "SCAN" && stored.contains(String(words[1]))
        }
        #expect(wholeReads.isEmpty && !plan.contains { $0.hasPrefix("MATERIALIZE headline_copies") }, "\(plan)")
    }

    @Test func theCountsNearACountInItsOwnParagraphAreSoughtByOffset() throws {
        // One paragraph of thousands of counts: each check of the same number near a count (a part told again,
        // a part of the dead, at a place whose name holds its own, at a finer place, within 25 paragraphs)
        // seeks its own paragraph's counts by offset, not every count of the paragraph, so that storing the
        // paragraph takes time near its length.
        try storeTwoArticles()
        let plan = try views.writer.database.prepare(
            """
            EXPLAIN QUERY PLAN UPDATE figures SET (incident_order, incident_event, incident_article) =
                (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k
                 WHERE k.figure_id = figures.id)
            WHERE article_id = 1 AND kind = 'count' AND event IS NOT NULL
            """
        ).rows().compactMap { $0.string("detail") }
        let byOffset = plan.filter { $0.hasSuffix("paragraph_id=? AND start_offset>? AND start_offset<?)") }
        let sameNumber = byOffset.filter { $0.contains("figures_article (article_id=? AND event=? AND value=?") }
        let anyNumber = byOffset.filter { $0.contains("figures_reading_order (article_id=?") }
        // (a part of the dead looks for any larger number, in reading order; so do the parts of a whole)
        #expect(sameNumber.count >= 4 && anyNumber.count >= 2, "\(plan)")
        #expect(!plan.contains { $0.contains("value>?") }, "\(plan)")
    }

    @Test func deletingAnArticleFindsItsRowsThroughIndexesAndKeepsTheOthers() throws {
        try storeTwoArticles()
        let db = views.writer.database
        let plan = try db.prepare("EXPLAIN QUERY PLAN DELETE FROM paragraphs WHERE id = 1").rows()
            .compactMap { $0.string("detail") }
        for table in ["entity_mentions", "figures", "quotes", "date_mentions"] {
            #expect(plan.contains { $0.hasPrefix("SEARCH \(table) ") && $0.contains("(paragraph_id=?)") }, "\(plan)")
        }
        #expect(!plan.contains { $0.hasPrefix("SCAN ") }, "\(plan)")
        let first = try db.scalar("SELECT id FROM articles WHERE title = 'One'")?.textValue ?? ""
        try db.execute("DELETE FROM articles WHERE id = \(first)")
        #expect(try views.rows("SELECT DISTINCT article_id AS a FROM figures").count == 1)
        #expect(try views.rows("SELECT site FROM casualties").map { $0.string("site") } == ["Aleppo"])
    }
}
