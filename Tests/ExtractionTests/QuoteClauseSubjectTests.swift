import ArticleModel
import Testing

@testable import Extraction

/// The speaker is the subject of the main clause, not a name inside a fronted, relative or
/// subordinate clause (sentences written for these tests).
@Suite struct QuoteClauseSubjectTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func relativeClauseWithAVerbOfSayingBeforeTheVerb() {
        let found = speakers([
            "Finance Minister Paul Grant presented the budget on Tuesday.",
            "Earlier Mr Grant, whose party has promised lower fares for years, said: \"We will protect the "
                + "railways.\"",
        ])
        #expect(found == ["Paul Grant"])
    }

    @Test func subjectAfterADashedRelativeClause() {
        let found = speakers([
            "The minister apologised to the families on Wednesday.",
            "One of the men freed in 1990, Peter Walsh - who spent fifteen years in prison - said the families "
                + "were relieved. He said the minister had spoken with \"real feeling for our families\", adding: \"She listened "
                + "to every one of us.\"",
        ])
        #expect(found == ["Peter Walsh", "Peter Walsh"])
    }

    @Test func pronounAfterAConjunctionIsItsOwnClausesSubject() {
        let found = speakers([
            "Finance Minister Paul Grant presented the budget on Tuesday.",
            "Mr Grant thanked councillor Tom Price after he said the plan was sound. \"We are grateful to all "
                + "our partners for their support,\" he said.",
        ])
        #expect(found == ["Paul Grant"])
    }

    @Test func subjectAfterAFrontedParticipleClause() {
        let found = speakers([
            "Party adviser Mark Dunne wrote a note on Friday that was meant for a colleague.",
            "Opposition leader Peter Hale was angry about the note.",
            "Realising his mistake, Mr Dunne then phoned Mr Hale. In the call, he said: \"I sent it to the "
                + "wrong person and I am sorry.\"",
        ])
        #expect(found == ["Mark Dunne"])
    }

    @Test func passiveParticipleIsNoSpeaker() {
        let found = speakers([
            "Party adviser Mark Dunne sent the note on Friday.",
            "The posters prompted complaints, claims denied by the party. \"Nobody here wrote that note for the "
                + "newspapers,\" he said.",
        ])
        #expect(found == ["Mark Dunne"])
    }

    @Test func nameClosingTheSentenceAfterSaid() {
        let found = speakers([
            "Judge Anna Price opened the inquiry on Monday.",
            "The rules are clear, but the important thing is what the records hold, said Ms Price.",
            "\"If in doubt, keep the record. That has always been the rule for every public body.\"",
        ])
        #expect(found == ["Anna Price"])
    }

    @Test func relativeClauseThatLostItsClosingComma() {
        let found = speakers([
            "Television host Julia Moss spoke about the candidate in a new film.",
            "Ms Moss, who presents the morning show tells the director that she liked him. \"He was always "
                + "kind to the people who worked for him.\"",
        ])
        #expect(found == ["Julia Moss"])
    }

    @Test func objectRelativeClauseKeepsItsOwnSubject() {
        let found = speakers([
            "Foreign Secretary David Marsh said he had good relations with Mr Keane, who he described as "
                + "\"very talented indeed, a rare man\"."
        ])
        #expect(found == ["David Marsh"])
    }
}

/// A speech left open and reopened, and appositives holding a short quoted phrase (sentences written
/// for these tests).
@Suite struct QuoteRunOnTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func anOpenQuoteTakesTheAttributionAfterItsReopening() {
        let found = speakers([
            "Labour Minister Joan Reilly spoke at a conference on pay. The minister told delegates that the gap "
                + "was closing.",
            "\"Unfair pay holds back women of every age and every background. \"It is simply wrong to pay "
                + "someone less for the same job,\" she said.",
        ])
        #expect(found == ["Joan Reilly", "Joan Reilly"])
    }

    @Test func aShortQuotedPhraseInsideTheAppositive() {
        let found = speakers([
            "Researchers interviewed dozens of members of parliament.",
            "Barbara Cole, one of the \"class of 1997\" elected that year, told researchers: \"Nobody took us "
                + "seriously in the first few months.\"",
        ])
        #expect(found == ["Barbara Cole"])
    }
}
