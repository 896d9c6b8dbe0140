import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// One toll told by two articles, one as 'N people' and one as 'N civilians' (or fighters, or forces), at one
/// site on one day, is one row of `casualties`, of the noun that says who. Other numbers, two nouns that say
/// who with the number, parts of the people (children, women), vague plurals and counts of more stay apart.
@Suite struct IncidentAnyoneAcrossArticlesTests {
    let parts: IncidentPartAndWholeTests

    init() throws { parts = try IncidentPartAndWholeTests() }

    /// `query casualties` as 'site event who lowest–highest articles'.
    func casualties() throws -> [String] {
        try parts.views.rows("SELECT * FROM casualties ORDER BY who").map {
            "\($0.string("site") ?? "") \($0.string("event") ?? "") \($0.string("who") ?? "") "
                + "\($0.int("lowest") ?? 0)–\($0.int("highest") ?? 0) \($0.int("articles") ?? 0)"
        }
    }

    @Test func peopleInOneArticleAndCiviliansInAnotherAreOneRow() throws {
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        #expect(try casualties() == ["Vessa killed civilian 14–14 2"])
    }

    @Test func theCiviliansToldFirstTakeThePeopleToldLater() throws {
        // (the count of people is stored after the row it joins: the writer keys it when it comes)
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        #expect(try casualties() == ["Vessa killed civilian 14–14 2"])
    }

    @Test func theWoundedAndTheFightersToo() throws {
        try parts.ingest("Raid on Kelvar", "A raid wounded 9 people in Kelvar on Monday, officials said.")
        try parts.ingest("Kelvar raid", "Nine militants were wounded in Kelvar on Monday, the group said.")
        #expect(try casualties() == ["Kelvar injured militant 9–9 2"])
    }

    @Test func aNumberWithinTheOthersRangeJoinsIt() throws {
        try parts.ingest("Dornholm blast", "The blast killed 12 people in Dornholm on Monday, police said.")
        try parts.ingest("Dornholm toll", "Between 10 and 15 civilians were killed in Dornholm on Monday.")
        #expect(try casualties() == ["Dornholm killed civilian 10–15 2"])
    }

    @Test func anotherNumberStaysARowOfItsOwn() throws {
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        try parts.ingest("Vessa toll", "A monitor said 11 civilians were killed in Vessa on Monday.")
        #expect(try casualties() == ["Vessa killed civilian 11–11 1", "Vessa killed person 14–14 1"])
    }

    @Test func twoNounsThatSayWhoLeaveThePeopleARowOfTheirOwn() throws {
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        try parts.ingest("Vessa clashes", "The army said 14 soldiers were killed in Vessa on Monday.")
        #expect(
            try casualties() == [
                "Vessa killed civilian 14–14 1", "Vessa killed person 14–14 1", "Vessa killed soldier 14–14 1",
            ])
    }

    @Test func childrenAreAPartOfThePeopleAndStayApart() throws {
        // ('22 people' may be 22 children and others besides)
        try parts.ingest("School hit in Marrowby", "Jets killed 22 people in Marrowby on Monday, medics said.")
        try parts.ingest("Marrowby school", "An agency said 22 children were killed in Marrowby on Monday.")
        #expect(try casualties() == ["Marrowby killed child 22–22 1", "Marrowby killed person 22–22 1"])
    }

    @Test func anotherDayOrPlaceStaysApart() throws {
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Sunday, medics said.")
        try parts.ingest("Tarvan toll", "A monitor said 14 civilians were killed in Tarvan on Monday.")
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        #expect(try casualties().count == 3)
    }

    @Test func theRowGoesBackWhenTheArticleThatSaysWhoGoes() throws {
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        try parts.views.writer.database.execute("DELETE FROM articles WHERE title = 'Vessa toll'")
        #expect(try casualties() == ["Vessa killed person 14–14 1"])
    }

    @Test func aUsersEditOfTheNumberThatSaysWhoKeysThePeopleAgain() throws {
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        try parts.views.writer.database.execute("UPDATE figures SET value = 11 WHERE unit = 'civilian'")
        #expect(try casualties() == ["Vessa killed civilian 11–11 1", "Vessa killed person 14–14 1"])
        try parts.views.writer.database.execute("UPDATE figures SET value = 14 WHERE unit = 'civilian'")
        #expect(try casualties() == ["Vessa killed civilian 14–14 2"])
    }

    @Test func aUsersEditOfTheNounThatSaysWhoToAnyonesKeysThePeopleAgain() throws {
        // (the row that said who is stored again under a noun of anyone, which fires no fold: the people's
        // stored key must not keep the civilians' noun)
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        try parts.views.writer.database.execute("UPDATE figures SET unit = 'victim' WHERE unit = 'civilian'")
        #expect(try casualties() == ["Vessa killed person 14–14 1", "Vessa killed victim 14–14 1"])
        #expect(
            try parts.views.writer.database.scalar(
                """
                SELECT count(*) FROM figures f LEFT JOIN incident_keys k ON k.figure_id = f.id
                WHERE f.incident_order IS NOT k.incident_order OR f.incident_event IS NOT k.incident_event
                   OR f.incident_article IS NOT k.incident_article
                """) == .integer(0))
        try parts.views.writer.database.execute("UPDATE figures SET unit = 'civilian' WHERE unit = 'victim'")
        #expect(try casualties() == ["Vessa killed civilian 14–14 2"])
    }

    @Test func extractingTheArticleThatSaysWhoAgainKeysThePeopleAgain() throws {
        try parts.ingest("Shelling hits Vessa", "Shelling killed 14 people in Vessa on Monday, medics said.")
        try parts.ingest("Vessa toll", "A monitor said 14 civilians were killed in Vessa on Monday.")
        let writer = parts.views.writer
        let id = try #require(
            try writer.database.rows("SELECT id FROM articles WHERE title = 'Vessa toll'").first?.int("id"))
        let stored = try writer.storedArticle(id)
        // (extracted again with no toll: the row of civilians goes, and the people's row comes back)
        try writer.inBatch {
            try writer.replaceExtraction(
                articleID: id, paragraphIDs: stored.paragraphIDs, with: Extraction(entities: [], figures: []))
        }
        #expect(try casualties() == ["Vessa killed person 14–14 1"])
    }

    @Test func countsOfMoreAndVagueCountsStayApart() throws {
        try parts.ingest("Raid on Kelvar", "A raid killed six more people in Kelvar on Monday, officials said.")
        try parts.ingest("Kelvar raid", "Six civilians were killed in Kelvar on Monday, the monitor said.")
        #expect(try casualties().count == 2)
    }
}
