import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// One article's toll told again in other words is one incident: another noun of the same class of people
/// ('fighters', 'militants'; 'people' may be anyone), or no day of its own beside a mention that gives one.
/// Nouns of different classes, the same number twice in one sentence, other days and parts stay apart.
@Suite struct IncidentRetoldTollTests {
    let parts: IncidentPartAndWholeTests

    init() throws { parts = try IncidentPartAndWholeTests() }

    /// `query casualties` as 'site date event who lowest–highest'.
    func casualties() throws -> [String] {
        try parts.views.rows("SELECT * FROM casualties").map {
            "\($0.string("site") ?? "") \($0.string("date") ?? "") \($0.string("event") ?? "") "
                + "\($0.string("who") ?? "") \($0.int("lowest") ?? 0)–\($0.int("highest") ?? 0)"
        }
    }

    @Test func fightersAndMilitantsOfOneNumberAreOneIncident() throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed 40 fighters in Saraqib on Monday, the monitor said. "
                + "Residents said 40 militants were killed in Saraqib.")
        #expect(try casualties() == ["Saraqib 2016-07-04 killed fighter 40–40"])
    }

    @Test func peopleTakeTheNounThatSaysWho() throws {
        try parts.ingest(
            "Shelling",
            "Shelling killed 11 people in Binnish on Monday. Doctors said 11 civilians were killed in Binnish.")
        #expect(try casualties() == ["Binnish 2016-07-04 killed civilian 11–11"])
    }

    /// The toll in the first paragraph, told again after `between` paragraphs of other talk.
    func ingestRetold(between: Int) throws {
        let filler = Array(repeating: Paragraph(kind: .body, text: "The talks in the capital went on."), count: between)
        let paragraphs =
            [Paragraph(kind: .body, text: "Air strikes killed 40 fighters in Saraqib on Monday, the monitor said.")]
            + filler + [Paragraph(kind: .body, text: "Residents said 40 militants were killed in Saraqib.")]
        let article = Article(title: "Strikes", paragraphs: paragraphs, published: "2016-07-04")
        try parts.views.writer.inBatch {
            _ = try parts.views.writer.store(article, extraction: TestData.extractor.extract(from: article))
        }
    }

    @Test func aTollToldAgainIsLookedForWithinTwentyFiveParagraphs() throws {
        try ingestRetold(between: 23)
        #expect(try casualties() == ["Saraqib 2016-07-04 killed fighter 40–40"])
    }

    @Test func aTollToldAgainFartherAwayIsNotLookedFor() throws {
        // A bounded look-up keeps an article that repeats a number in every paragraph linear.
        try ingestRetold(between: 30)
        #expect(try casualties().count == 2)
    }

    /// The toll, then `fillers` sentences of other talk and the toll told again, all in one paragraph.
    func ingestRetoldInOneParagraph(fillers: Int) throws {
        try parts.ingest(
            "Strikes",
            "Air strikes killed 40 fighters in Saraqib on Monday, the monitor said. "
                + String(repeating: "The talks in the capital went on. ", count: fillers)
                + "Residents said 40 militants were killed in Saraqib.")
    }

    @Test func aTollToldAgainInItsOwnParagraphIsLookedForWithinTenThousandCharacters() throws {
        try ingestRetoldInOneParagraph(fillers: 280)  // 9,520 characters between
        #expect(try casualties() == ["Saraqib 2016-07-04 killed fighter 40–40"])
    }

    @Test func aTollToldAgainFartherOnInOneLongParagraphIsNotLookedFor() throws {
        // A bounded look-up keeps one paragraph of thousands of counts linear.
        try ingestRetoldInOneParagraph(fillers: 300)  // 10,200 characters between
        #expect(try casualties().count == 2)
    }

    @Test func nounsOfDifferentClassesStayTwoIncidents() throws {
        try parts.ingest(
            "Clashes",
            "Clashes killed five soldiers in Saraqib on Monday. Five militants were killed in Saraqib, a monitor said.")
        #expect(try casualties().count == 2)
    }

    @Test func oneSentencesTwoCountsStayTwoIncidents() throws {
        try parts.ingest("Clashes", "The fighting killed six rebels and six jihadists in Binnish on Monday.")
        #expect(try casualties().count == 2)
    }

    @Test func aVaguePluralTiesNoOtherNoun() throws {
        // 'dozens' is stored as 12 or more: the same 12 as 'a dozen' elsewhere says nothing.
        try parts.ingest(
            "Raids",
            "Jets wounded dozens of civilians in the old quarter on Monday. "
                + "Later a drone strike wounded a dozen people in Binnish, medics said.")
        #expect(try casualties().count == 2)
    }

    @Test func aPartStaysInItsWhole() throws {
        try parts.ingest(
            "Shelling",
            "Shelling killed 18 people in Binnish on Monday, including 14 children. "
                + "A doctor said 18 civilians were killed in Binnish.")
        #expect(try casualties() == ["Binnish 2016-07-04 killed civilian 18–18"])
    }

    @Test func aTollWithNoDayOfItsOwnTakesTheDayAnotherMentionGives() throws {
        try parts.ingest(
            "Rockets",
            "Rockets killed nine people in Saraqib on Saturday. Nine people were killed in Saraqib, medics said.")
        #expect(try casualties() == ["Saraqib 2016-07-02 killed person 9–9"])
    }

    @Test func twoDaysOfOneNumberStayTwoIncidents() throws {
        try parts.ingest(
            "Rockets",
            "Rockets killed nine people in Saraqib on Saturday. Rockets killed nine people in Saraqib on Sunday.")
        #expect(try casualties().count == 2)
    }

    @Test func aBodyNumberStaysWhenOnlyTheHeadlineNamesItsPlace() throws {
        // The headline's number is left out for the body's, so the body's is not left out for the headline's.
        try parts.ingest("28 militants killed in Saraqib", "Shelling killed 28 militants on Monday, a monitor said.")
        #expect(try casualties() == ["(no site) 2016-07-04 killed militant 28–28"])
    }

    @Test func otherArticlesMatchAsBefore() throws {
        try parts.ingest("Strikes", "Air strikes killed 40 fighters in Saraqib on Monday.")
        try parts.ingest("More strikes", "Air strikes killed 40 militants in Saraqib on Monday.")
        #expect(try casualties().count == 2)
    }
}
