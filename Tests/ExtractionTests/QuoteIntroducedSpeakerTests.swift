import Testing

@testable import Extraction

/// `"…," he said` right after a sentence that opens with a role and then the person's name between commas
/// (`The head of the port authority, Tomas Vekko, spoke about …`): that person, not the speaker of the quote
/// before. Sentences written for these tests.
@Suite struct QuoteIntroducedSpeakerTests {
    @Test func aRoleThenTheNameIntroducesTheNextPronoun() {
        let found = TestData.quotes([
            "Piet Laar had warned of delays. “The money is not there yet,” he said.",
            "The head of the port authority, Tomas Vekko, spoke about the plan. “Every week adds to the bill,” he said.",
        ])
        #expect(found.map(\.speaker) == ["Piet Laar", "Tomas Vekko"])
    }

    @Test func aPossessiveRoleThenTheName() {
        let found = TestData.quotes([
            "Her deputy, Marta Kolins, opened the session on Monday. “We will finish before the floods,” she said."
        ])
        #expect(found.map(\.speaker) == ["Marta Kolins"])
    }

    /// `The plan is to …, says Ann Lee, …`: a clause, not a role, before the name.
    @Test func aClauseBeforeTheNameIsNoRole() {
        let found = TestData.quotes([
            "Factory boss Olaf Brandt wants longer hours. The answer is to cut costs, says Vera Lind, an economist "
                + "at the institute. “Wages here are far too high for the work,” he says."
        ])
        #expect(found.map(\.speaker) == ["Olaf Brandt"])
    }

    /// `"…," said Ann Lee in a statement, "and …"`: the second half of a quote split by an inverted attribution.
    @Test(arguments: ["said Hana Orlik", "said Hana Orlik in a statement", "comments Hana Orlik"])
    func theSecondHalfAfterAnInvertedAttribution(_ attribution: String) {
        let found = TestData.quotes([
            "“We have waited long enough for this,” \(attribution), “and now the work can begin at last.”"
        ])
        #expect(found.map(\.speaker) == ["Hana Orlik", "Hana Orlik"])
    }

    /// `"…," said Ann Lee, as the crowd shouted, "…"`: a clause of its own between the quotes says someone else
    /// speaks the second one.
    @Test(arguments: [
        "said Hana Orlik, as supporters shouted", "said Hana Orlik as protesters chanted outside the hall",
        "said Hana Orlik, while the crowd sang", "said Hana Orlik, and her rivals replied",
    ])
    func aClauseAfterTheAttributionIsNoSecondHalf(_ between: String) {
        let found = TestData.quotes([
            "“We have waited long enough for this,” \(between), “Not one more year of this rotten council.”"
        ])
        #expect(found.map(\.speaker) == ["Hana Orlik", nil])
    }

    /// `said Jo Lin, who wore the slogan "Back the Bid" on her shirt`: a quoted phrase in a clause of its own.
    @Test func aQuotedPhraseInARelativeClauseIsNoSecondHalf() {
        let found = TestData.quotes([
            "“I was quite surprised by the result,” said Jo Lin, who wore the slogan, “Keep the Faith”, on her shirt."
        ])
        #expect(found.map(\.speaker) == ["Jo Lin"])
    }
}
