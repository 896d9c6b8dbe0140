import ArticleModel
import Testing

@testable import Extraction

/// `he` and `she` after a quote stand for the person the narration named since the last speaker, by
/// gender and recency; two such people leave the speaker unnamed (sentences written for these tests).
@Suite struct QuoteNarrationTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func anObjectPronounIsNoEvidenceOfTheSubjectsGender() {
        let found = speakers([
            "\"The budget was never realistic,\" said Mrs Helen Marsh.",
            "The accounts went to the regulator in June.",
            "Marlowe Finch found him asleep at his desk. \"He had not left the office for two days,\" she wrote.",
        ])
        #expect(found == ["Helen Marsh", "Marlowe Finch"])
    }

    @Test func aPersonNamedSinceAnOldSpeakerComesFirst() {
        let found = speakers([
            "\"We will appeal,\" said Mrs Helen Marsh.",
            "The ruling ran to ninety pages.",
            "The news reached Anna Fischer late on Friday.",
            "\"I never thought I would see this day,\" she replied in an email.",
        ])
        #expect(found == ["Helen Marsh", "Anna Fischer"])
    }

    @Test func twoPeopleNamedSinceLeaveTheSpeakerUnnamed() {
        let found = speakers([
            "\"We will appeal,\" said Mrs Helen Marsh.",
            "The ruling ran to ninety pages.",
            "The news reached Anna Fischer and Julia Brandt late on Friday.",
            "\"I never thought I would see this day,\" she replied in an email.",
        ])
        #expect(found == ["Helen Marsh", nil])
    }

    @Test func theSubjectOfAClauseComesBeforeTheObjectOfAVerb() {
        let found = speakers([
            "\"The plan is sound,\" said Mrs Helen Marsh.",
            "Although Peter Vance had drafted the plan himself, he emailed Owen Clarke about the delays. "
                + "\"Nobody warned me the steel would cost this much,\" he wrote.",
        ])
        #expect(found == ["Helen Marsh", "Peter Vance"])
    }

    @Test func aRecentSpeakerStillStandsForHisPronoun() {
        let found = speakers([
            "\"The plan is sound,\" said Peter Vance. He met Owen Clarke on Monday. \"We agreed on most "
                + "things,\" he said."
        ])
        #expect(found == ["Peter Vance", "Peter Vance"])
    }

    @Test func whomSheStoodForIsAWomanForLaterPronouns() {
        let found = speakers([
            "After that, Peter Vance wrote three more novels. The critic Morgan Ellis explained the trick to me. "
                + "\"You only ever see a tenth of the story,\" she said. Whenever editors wanted more, he'd respond, "
                + "\"I would hate to be obvious.\""
        ])
        #expect(found == ["Morgan Ellis", "Peter Vance"])
    }

    @Test func thePronounThatStoodForSomeoneTellsTheirGenderLater() {
        let found = speakers([
            "Marlowe Finch found the file in a drawer. \"It had been there for a year,\" she wrote.",
            "\"We checked every cabinet twice,\" said Mr Owen Clarke.",
            "Later, Marlowe Finch interviewed Peter Vance for the report.",
            "\"Nobody ever asked me about it,\" he said.",
        ])
        #expect(found == ["Marlowe Finch", "Owen Clarke", "Peter Vance"])
    }
}
