import Testing

@testable import Extraction

/// Attribution shapes from a hand audit of fresh articles (sentences written for these tests).
@Suite struct QuoteFreshShapeTests {
    @Test func secondSentenceAfterLongAppositionWithPlaces() {
        let found = TestData.quotes([
            "“The river has never been this low in August,” Mira Holt, a fellow at the Keswick Institute in "
                + "Dayton, Ohio, said. “We are running out of time to act.”"
        ])
        #expect(found.map(\.speaker) == ["Mira Holt", "Mira Holt"])
    }

    @Test func titledNameInAppositionTellingAChannel() {
        let found = TestData.quotes([
            "The clinic closed its doors on Monday.",
            "“We saw more patients this winter than in any year before,” Dr. Ruth Calder, a member of the "
                + "group, told Channel 9.",
        ])
        #expect(found.map(\.speaker) == ["Ruth Calder"])
    }

    @Test func wentOnAndContinued() {
        let found = TestData.quotes([
            "Peter Lang spoke to the council on Tuesday. He went on: “The bridge must be closed until spring.”",
            "Anna Weir answered him at once. She continued: “Nobody here wants the bridge to close.”",
            "“The shops on the far side will lose their trade,” she went on.",
        ])
        #expect(found.map(\.speaker) == ["Peter Lang", "Anna Weir", "Anna Weir"])
    }

    @Test func strayVerbAfterAdded() {
        let found = TestData.quotes([
            "Tom Baird, the harbour master, spoke after the storm. He added: said “The boats were all tied up "
                + "in time.”"
        ])
        #expect(found.map(\.speaker) == ["Tom Baird"])
    }

    @Test func quotedInAPaperSaying() {
        let found = TestData.quotes([
            "Carla Nunes was quoted in the Herald saying “the league has lost its way entirely”.",
            "Owen Pike was quoted by the Courier as saying “nobody at the club saw this coming”.",
        ])
        #expect(found.map(\.speaker) == ["Carla Nunes", "Owen Pike"])
    }

    @Test func unnamedGroupStaysNull() {
        let found = TestData.quotes([
            "Doctors at the Linden Clinic treated the boy for burns.",
            "The doctors stated: “His condition is stable and he is expected to recover.”",
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    @Test func partialQuotesAfterWasToAndEmailThat() {
        let found = TestData.quotes([
            "Rosa Lind said the budget was “a reckless gamble with public money”.",
            "Hugh Dane said he wanted the council to “stop wasting time on studies”.",
            "Ivan Roth said in an email that the board had “failed the families it serves”.",
        ])
        #expect(found.map(\.speaker) == ["Rosa Lind", "Hugh Dane", "Ivan Roth"])
        #expect(found.map(\.text).first == "a reckless gamble with public money")
    }
}
