import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// incident_reports, strikes and casualties: one row per figure, one row per incident, no silent maximum.
/// The extractions are written by hand so that each test says exactly which figures the views read.
@Suite struct IncidentViewsTests {
    /// A figure of the first body paragraph, counting people unless told otherwise.
    static func figure(
        _ value: Double, _ event: String, site: String? = nil, source: String? = nil, unit: String = "person",
        of whole: Double? = nil, date: String? = nil
    ) -> Figure {
        Figure(
            span: TextSpan(paragraph: 1, start: 0, end: 2), text: "\(Int(value))", value: value, kind: .count,
            unit: unit, of: whole, site: site, event: event, source: source, sentence: "A sentence.", date: date)
    }

    static func place(_ name: String, aliases: [String] = []) -> ExtractedEntity {
        ExtractedEntity(
            name: name, kind: .place, aliases: aliases,
            mentions: [.init(span: TextSpan(paragraph: 1, start: 0, end: 1))])
    }

    static func organization(_ name: String, aliases: [String] = []) -> ExtractedEntity {
        ExtractedEntity(
            name: name, kind: .organization, aliases: aliases,
            mentions: [.init(span: TextSpan(paragraph: 1, start: 0, end: 1))])
    }

    static let observatory = organization("Syrian Observatory for Human Rights", aliases: ["SOHR"])

    let writer: ArchiveWriter

    init() throws {
        writer = try ArchiveWriter(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("incidents-\(UUID().uuidString).sqlite")
                .path)
    }

    /// Stores an article of its own (a distinct title each time) with the given extraction.
    @discardableResult
    func store(
        _ title: String, published: String? = "2016-07-02", entities: [ExtractedEntity], figures: [Figure]
    ) throws -> Int {
        let article = Article(
            title: title, paragraphs: [Paragraph(kind: .body, text: "Body of \(title).")], published: published)
        var outcome: ArchiveWriter.Outcome?
        try writer.inBatch {
            outcome = try writer.store(article, extraction: Extraction(entities: entities, figures: figures))
        }
        guard case .stored(let id) = outcome else { throw ArchiveError.noSuchArticle(id: 0) }
        return id
    }

    func rows(_ sql: String) throws -> [Row] { try writer.database.rows(sql) }

    @Test func sitesAndSourcesPointAtTheArticlesEntitiesAndTheTextStays() throws {
        try store(
            "One", entities: [Self.place("Eastern Ghouta"), Self.observatory],
            figures: [Self.figure(8, "killed", site: "Ghouta", source: "SOHR")])
        let report = try #require(try rows("SELECT * FROM incident_reports").first)
        #expect(report.string("site") == "Eastern Ghouta")
        #expect(report.string("site_as_written") == "Ghouta")
        #expect(report.string("source") == "Syrian Observatory for Human Rights")
        #expect(report.string("source_as_written") == "SOHR")
        #expect(report.string("date") == "2016-07-02" && report.string("dated_by") == "article")
        let ids = try rows(
            """
            SELECT count(*) AS n FROM figures f JOIN entities s ON s.id = f.site_entity_id
            JOIN entities o ON o.id = f.source_entity_id
            WHERE s.name = 'Eastern Ghouta' AND o.name = 'Syrian Observatory for Human Rights'
            """)
        #expect(ids.first?.int("n") == 1)
    }

    @Test func anIncidentSaysWhetherItsSentenceOrItsArticleDatesIt() throws {
        try store(
            "Stated day", entities: [Self.place("Idlib")],
            figures: [Self.figure(4, "killed", site: "Idlib", date: "2016-06-28")])
        try store("No day", entities: [Self.place("Hama")], figures: [Self.figure(6, "killed", site: "Hama")])
        try store(
            "No date at all", published: nil, entities: [Self.place("Homs")],
            figures: [Self.figure(3, "killed", site: "Homs")])
        let dated = try rows("SELECT site, date, dated_by FROM casualties ORDER BY site").map {
            "\($0.string("site") ?? "") \($0.string("date") ?? "-") \($0.string("dated_by") ?? "-")"
        }
        #expect(dated == ["Hama 2016-07-02 article", "Homs - -", "Idlib 2016-06-28 clause"])
        // A report whose sentence names the day makes the incident's day stated, whatever the others say.
        try store(
            "Same day", published: "2016-06-28", entities: [Self.place("Idlib")],
            figures: [Self.figure(5, "killed", site: "Idlib")])
        let idlib = try rows("SELECT dated_by, reports FROM casualties WHERE site = 'Idlib'")
        #expect(idlib.count == 1 && idlib.first?.string("dated_by") == "clause" && idlib.first?.int("reports") == 2)
    }

    /// A date a sentence before gave (figures.date_from_earlier_sentence) is told apart from the clause's own;
    /// a report dated by its own clause makes the incident's day the clause's.
    @Test func anIncidentSaysWhenAnEarlierSentenceDatesIt() throws {
        var earlier = Self.figure(7, "killed", site: "Idlib", date: "2016-06-28")
        earlier.isDatedByEarlierSentence = true
        try store("Lead's day", entities: [Self.place("Idlib")], figures: [earlier])
        #expect(try rows("SELECT dated_by FROM incident_reports").map { $0.string("dated_by") } == ["earlier sentence"])
        #expect(try rows("SELECT date, dated_by FROM casualties").map { $0.string("dated_by") } == ["earlier sentence"])
        try store(
            "Own day", entities: [Self.place("Idlib")],
            figures: [Self.figure(7, "killed", site: "Idlib", source: "SOHR", date: "2016-06-28")])
        #expect(try rows("SELECT dated_by FROM casualties").map { $0.string("dated_by") } == ["clause"])
    }

    @Test func aSiteTheGazetteerKnowsHasItsCountryAndPoint() throws {
        try store(
            "One", entities: [Self.place("Aleppo"), Self.place("Shaer field")],
            figures: [Self.figure(7, "killed", site: "Aleppo"), Self.figure(3, "killed", site: "Shaer field")])
        let rows = try rows("SELECT site, country, latitude, longitude FROM casualties")
        #expect(rows.map { $0.string("country") } == ["Syria", nil])
        #expect(rows.first?.double("latitude") != nil && rows.first?.double("longitude") != nil)
        #expect(rows.last?.double("latitude") == nil)
    }

    @Test func withoutAGazetteerPlacesStayUnlocated() throws {
        writer.gazetteer = nil
        try store("One", entities: [Self.place("Aleppo")], figures: [Self.figure(7, "killed", site: "Aleppo")])
        #expect(try rows("SELECT * FROM place_locations").isEmpty)
        #expect(try rows("SELECT country FROM casualties").first?.string("country") == nil)
        writer.gazetteer = TestData.gazetteer
        try writer.locateStoredPlaces()
        #expect(try rows("SELECT country FROM casualties").first?.string("country") == "Syria")
    }

    @Test func disagreeingSourcesStandSideBySideInOneIncident() throws {
        try store(
            "One", entities: [Self.place("Douma"), Self.observatory],
            figures: [Self.figure(12, "killed", site: "Douma", source: "SOHR")])
        try store(
            "Two", entities: [Self.place("Douma"), Self.organization("SANA")],
            figures: [Self.figure(8, "killed", site: "Douma", source: "SANA")])
        let rows = try rows("SELECT * FROM casualties")
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.string("site") == "Douma" && row.string("event") == "killed" && row.string("who") == "person")
        #expect(row.int("lowest") == 8 && row.int("highest") == 12)
        #expect(row.int("reports") == 2 && row.int("articles") == 2)
        #expect(row.string("sources") == "Syrian Observatory for Human Rights 12; SANA 8")
    }

    @Test func separateSitesAndDatesAreSeparateIncidents() throws {
        try store(
            "One", entities: [Self.place("Damascus"), Self.place("Palmyra")],
            figures: [
                Self.figure(130, "killed", site: "Damascus"), Self.figure(27, "killed", site: "Palmyra"),
                Self.figure(40, "killed", site: "Damascus", date: "2016-06-30"),
            ])
        let rows = try rows("SELECT site, date, highest FROM casualties")
        #expect(
            rows.map { "\($0.string("site") ?? "") \($0.string("date") ?? "") \($0.int("highest") ?? 0)" } == [
                "Damascus 2016-06-30 40", "Damascus 2016-07-02 130", "Palmyra 2016-07-02 27",
            ])
    }

    @Test func figuresWithNoSiteStayIncidentsOfTheirOwnArticle() throws {
        try store("One", entities: [], figures: [Self.figure(22, "launched", unit: "missile")])
        try store("Two", entities: [], figures: [Self.figure(20, "launched", unit: "missile")])
        let rows = try rows("SELECT site, highest, articles FROM strikes")
        #expect(rows.map { $0.int("highest") } == [22, 20] || rows.map { $0.int("highest") } == [20, 22])
        #expect(rows.allSatisfy { $0.string("site") == "(no site)" && $0.int("articles") == 1 })
    }

    @Test func aPartNeverStandsAsAReportBesideItsWholeAndNothingIsSummed() throws {
        try store(
            "One", entities: [Self.place("Aleppo")],
            figures: [
                Self.figure(18, "killed", site: "Aleppo"), Self.figure(4, "killed", site: "Aleppo", of: 18),
                Self.figure(14, "killed", site: "Aleppo", unit: "child"),
            ])
        let rows = try rows("SELECT who, lowest, highest, reports FROM casualties ORDER BY who")
        #expect(rows.map { $0.string("who") } == ["child", "person"])
        #expect(rows.last?.int("lowest") == 18 && rows.last?.int("highest") == 18 && rows.last?.int("reports") == 1)
        // Every figure is still a report of its own in incident_reports.
        #expect(try self.rows("SELECT * FROM incident_reports").count == 3)
    }

    /// `37 were killed, 30 of them executed`: a part executed is in its toll of killed; a part wounded is not
    /// a part of the dead, so it stays an incident of its own.
    @Test func anExecutedPartOfATollOfKilledIsInItsWhole() throws {
        try store(
            "One", entities: [Self.place("Aleppo")],
            figures: [
                Self.figure(37, "killed", site: "Aleppo"), Self.figure(30, "executed", site: "Aleppo", of: 37),
                Self.figure(5, "injured", site: "Aleppo", of: 37),
            ])
        let rows = try rows("SELECT event, highest FROM casualties ORDER BY event")
        #expect(rows.map { "\($0.string("event") ?? "") \($0.int("highest") ?? 0)" } == ["injured 5", "killed 37"])
    }

    @Test func aFigureRestatingAnotherOfItsArticleIsNoReportOfItsOwn() throws {
        var headline = Self.figure(9, "killed")
        headline.span.paragraph = 0
        try store(
            "One", entities: [Self.place("Idlib")],
            figures: [
                headline, Self.figure(9, "killed", site: "Idlib", unit: "civilian"),
                Self.figure(3, "killed", site: "Idlib", unit: "child", of: 9),
                // Said again with no site.
                Self.figure(9, "killed"),
                // Another event, and a number of its own, stay.
                Self.figure(9, "injured", site: "Idlib"), Self.figure(5, "killed"),
            ])
        let rows = try rows("SELECT site, event, who, highest FROM casualties")
        #expect(
            Set(
                rows.map {
                    "\($0.string("site") ?? "") \($0.string("event") ?? "") \($0.string("who") ?? "") \($0.int("highest") ?? 0)"
                })
                == ["Idlib killed civilian 9", "Idlib injured person 9", "(no site) killed person 5"])
        #expect(try self.rows("SELECT * FROM incident_reports").count == 6)
    }

    /// `325 raids since 21 May` and `150,000 killed in the war` are no incidents: incident_reports keeps them
    /// with no date, casualties and strikes leave them out, totals lists them as of their article's date.
    @Test func totalsOverAStretchOfTimeAreNoIncidents() throws {
        var raids = Self.figure(325, "launched", site: "Manbij", unit: "raid")
        raids.isRunningTotal = true
        var toll = Self.figure(150_000, "killed")
        toll.isRunningTotal = true
        try store(
            "One", entities: [Self.place("Manbij")],
            figures: [raids, toll, Self.figure(12, "killed", site: "Manbij", date: "2016-07-01")])
        #expect(try rows("SELECT * FROM strikes").isEmpty)
        #expect(try rows("SELECT highest FROM casualties").map { $0.int("highest") } == [12])
        let reports = try rows(
            """
            SELECT value || ' ' || coalesce(date, '-') || ' ' || coalesce(dated_by, '-') || ' ' || period_total AS r
            FROM incident_reports ORDER BY value
            """)
        #expect(reports.map { $0.string("r") } == ["12 2016-07-01 clause 0", "325 - - 1", "150000 - - 1"])
        let totals = try rows(
            """
            SELECT incident || ' ' || coalesce(site, '-') || ' ' || as_of || ' ' || event || ' ' || unit || ' '
                   || reported AS r
            FROM totals ORDER BY value
            """)
        #expect(
            totals.map { $0.string("r") }
                == ["strike Manbij 2016-07-02 launched raid 325", "casualty - 2016-07-02 killed person 150000"])
    }

    /// A total its own sentence gives again with the same number and event (a headline run into the body's
    /// first sentence: `Clashes kill 45 fighters … have killed 45 militants`) is one row of totals, and the
    /// count of rows says so; another number of the sentence is a row of its own.
    @Test func aTotalItsSentenceGivesTwiceIsOneRow() throws {
        func total(_ value: Double, _ unit: String, at start: Int) -> Figure {
            var figure = Figure(
                span: TextSpan(paragraph: 1, start: start, end: start + 2), text: "\(Int(value))", value: value,
                kind: .count, unit: unit, event: "killed", sentence: "A sentence.")
            figure.isRunningTotal = true
            return figure
        }
        try store("One", entities: [], figures: [total(45, "fighter", at: 0), total(45, "militant", at: 5), total(12, "civilian", at: 9)])
        #expect(try rows("SELECT value FROM totals ORDER BY figure_id").map { $0.int("value") } == [45, 12])
        #expect(try ArchiveReader(database: writer.database).rowCount(ofQuery: "totals") == 2)
    }

    @Test func strikesCountLaunchedAndFailedApartByWeapon() throws {
        try store(
            "One", entities: [Self.place("Erbil")],
            figures: [
                Self.figure(5, "targeted", site: "Erbil", unit: "missile"),
                Self.figure(2, "intercepted", site: "Erbil", unit: "missile"),
                Self.figure(3, "killed", site: "Erbil"),
                Self.figure(2, "destroyed", site: "Erbil", unit: "missile"),
            ])
        let rows = try rows("SELECT weapon, event, highest FROM strikes")
        #expect(rows.map { "\($0.string("event") ?? "") \($0.int("highest") ?? 0)" } == ["launched 5", "failed 2"])
        #expect(rows.allSatisfy { $0.string("weapon") == "missile" })
    }

    @Test func aUserAliasMakesSitesOfOneEntityOneIncident() throws {
        let first = try store(
            "One", entities: [Self.place("Hawler")], figures: [Self.figure(3, "injured", site: "Hawler")])
        try store("Two", entities: [Self.place("Erbil")], figures: [Self.figure(4, "injured", site: "Erbil")])
        #expect(try rows("SELECT * FROM casualties").count == 2)
        try writer.database.execute(
            "INSERT INTO entity_aliases (entity_id, alias, origin) SELECT id, 'Hawler', 'user' FROM entities WHERE name = 'Erbil'"
        )
        // Re-extracting the first article (as `archive reindex --all` does) resolves its site to Erbil.
        let stored = try writer.storedArticle(first)
        try writer.inBatch {
            try writer.replaceExtraction(
                articleID: first, paragraphIDs: stored.paragraphIDs,
                with: Extraction(
                    entities: [Self.place("Hawler")], figures: [Self.figure(3, "injured", site: "Hawler")]))
        }
        try writer.removeUnmentionedEntities()
        let rows = try rows("SELECT site, lowest, highest, articles FROM casualties")
        #expect(rows.count == 1)
        #expect(rows.first?.string("site") == "Erbil" && rows.first?.int("articles") == 2)
        #expect(rows.first?.int("lowest") == 3 && rows.first?.int("highest") == 4)
        #expect(
            try self.rows("SELECT site_as_written FROM incident_reports ORDER BY article").first?.string(
                "site_as_written") == "Hawler")
    }
}
