import ArticleModel
import Extraction
import Testing

@testable import ArchiveStore

/// A part of the dead that a sentence tells as a part of a toll given before it, in its paragraph or the one
/// before ('Among the dead were five children', 'The dead included four soldiers', 'Four soldiers were among
/// those killed') is no row of its own: it counts some of the same dead. A part of another class or harm, a
/// larger number, one told of another incident, one further back, or a count that says nothing of a part
/// stays a row of its own.
@Suite struct IncidentPartOfTheDeadTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    /// `query casualties` as 'site date event who lowest–highest'.
    func casualties() throws -> [String] { try retold.casualties() }

    /// Stores an invented article of these body paragraphs, published on a Monday.
    func ingest(_ body: [String]) throws {
        let article = Article(
            title: "Shelling", paragraphs: body.map { Paragraph(kind: .body, text: $0) }, published: "2016-07-04")
        try parts.views.writer.inBatch {
            _ = try parts.views.writer.store(article, extraction: TestData.extractor.extract(from: article))
        }
    }

    @Test func childrenAmongTheDeadAreNoRowOfTheirOwn() throws {
        try parts.ingest(
            "Raid",
            "Twelve people died when jets bombed the Dornholm market on Monday, a monitor reported. "
                + "Among the dead were five children, it added.")
        #expect(try casualties() == ["(no site) 2016-07-04 killed person 12–12"])
    }

    @Test func soldiersTheDeadIncludedAreNoRowOfTheirOwn() throws {
        try parts.ingest(
            "Shelling",
            "Shelling killed 14 people in Kelvar on Monday, medics told reporters. "
                + "The dead included four soldiers guarding the bridge.")
        #expect(try casualties() == ["Kelvar 2016-07-04 killed person 14–14"])
    }

    @Test func aPartOfAWarsTollIsStillAnIncidentOfItsOwn() throws {
        try ingest([
            "The war in Kelvar has killed 40,000 people since 2012, a monitor reported.",
            "Jets struck the market of Dornholm on Monday. Five children were among those killed, medics said.",
        ])
        #expect(try casualties().contains { $0.hasSuffix("killed child 5–5") })
    }

    @Test func relativesOfTheVictimsTellOfNoPart() throws {
        try ingest([
            "Shelling killed 14 people in Kelvar on Monday, medics told reporters.",
            "Relatives of the victims said that six soldiers were killed in Vessa on Monday.",
        ])
        #expect(try casualties().contains("Vessa 2016-07-04 killed soldier 6–6"))
    }

    @Test func childrenAmongTheWoundedAreNoRowOfTheirOwn() throws {
        try parts.ingest(
            "Bomb",
            "A car bomb wounded 30 people at a market in Vessa on Monday, police said. "
                + "Among the wounded were six children, a doctor said.")
        #expect(try casualties() == ["Vessa 2016-07-04 injured person 30–30"])
    }

    @Test func soldiersAmongThoseKilledInTheNextParagraphAreNoRowOfTheirOwn() throws {
        try ingest([
            "Shelling killed 14 people in Kelvar on Monday, medics told reporters.",
            "Four soldiers were among those killed, an officer said.",
        ])
        #expect(try casualties() == ["Kelvar 2016-07-04 killed person 14–14"])
    }

    @Test func aPartTwoParagraphsOnStays() throws {
        try ingest([
            "Shelling killed 14 people in Kelvar on Monday, medics told reporters.", "The bridge was shut.",
            "Four soldiers were among those killed, an officer said.",
        ])
        #expect(try casualties().count == 2)
    }

    @Test func theWoundedAreNoPartOfTheDead() throws {
        try parts.ingest(
            "Shelling",
            "Shelling killed 14 people in Kelvar on Monday, medics told reporters. "
                + "Among the wounded were six children, a doctor said.")
        #expect(try casualties().count == 2)
    }

    @Test func aPartToldOfASeparateRaidStays() throws {
        try parts.ingest(
            "Raid",
            "Twelve people died when jets bombed the Dornholm market on Monday, a monitor reported. "
                + "Among the dead in a separate raid on Maresk were five children.")
        #expect(try casualties().count == 2)
    }

    @Test func childrenAreNoPartOfFighters() throws {
        try parts.ingest(
            "Raid",
            "Twelve militants died when jets bombed the Dornholm market on Monday, a monitor reported. "
                + "Among the dead were five children, it added.")
        #expect(try casualties().count == 2)
    }

    @Test func aLargerNumberIsNoPart() throws {
        try parts.ingest(
            "Raid",
            "Five people died when jets bombed the Dornholm market on Monday, a monitor reported. "
                + "Among the dead were nine children, it added.")
        #expect(try casualties().count == 2)
    }

    @Test func aCountThatTellsOfNoPartStays() throws {
        try parts.ingest(
            "Raid",
            "Twelve people died when jets bombed the Dornholm market on Monday, a monitor reported. "
                + "Five children were killed in shelling on Vessa on Monday.")
        #expect(try casualties().count == 2)
    }
}
