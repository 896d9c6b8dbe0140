import ArticleModel
import Testing

@testable import Extraction

/// `he` and `she` skip people whose given name or title says the other gender; when the evidence
/// conflicts they stand only for the latest subject with nobody else named (sentences written for these
/// tests).
@Suite struct QuoteGenderTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func theListReadsMaleAndFemaleNames() {
        let genders = QuoteGivenNames.genders(in: "# comment\nthomas\tm\nsarah\tf\nalex\n")
        #expect(genders == ["thomas": .male, "sarah": .female])
        #expect(QuoteGivenNames.gender(ofName: "Thomas Reed") == .male)
        #expect(QuoteGivenNames.gender(ofName: "Mrs Sarah Lin") == .female)
        #expect(QuoteGivenNames.gender(ofName: "Hamish Doyle") == nil)
    }

    @Test func sheSkipsTheLatestSubjectWhenHisNameIsMale() {
        let found = speakers([
            "Thomas Reed, a local shopkeeper, welcomed the delay.",
            "Reed spoke after Sarah Lin, a resident, had called the project a waste. \"It is money thrown away,\" "
                + "she said.",
        ])
        #expect(found == ["Sarah Lin"])
    }

    @Test func sheIsAWomanMentionedAfterAManAsSubject() {
        let found = speakers([
            "Mayor Robert Fielding met Emily Carter, the leader of the opposition, on Monday. Mr Fielding "
                + "defended the plan.",
            "\"We cannot wait another year for a decision on this,\" she said.",
        ])
        #expect(found == ["Emily Carter"])
    }

    @Test func heStillStandsForTheLatestSubject() {
        let found = speakers([
            "Mayor Robert Fielding met Emily Carter, the leader of the opposition, on Monday. Mr Fielding "
                + "defended the plan. \"We have waited long enough,\" he said."
        ])
        #expect(found == ["Robert Fielding"])
    }

    @Test func conflictingEvidenceLeavesTheSpeakerUnnamedWhenSomeoneElseWasNamed() {
        let found = speakers([
            "Mr Evelyn Hart, a local trader, attended the meeting with Dana Oskarsen. \"Nobody asked the "
                + "shopkeepers what they think,\" he said."
        ])
        #expect(found == [nil])
    }

    @Test func conflictingEvidenceStillLetsTheOnlySubjectSpeak() {
        // `Mr` says a man, `Evelyn` a woman: the pronoun goes to the one person the text is about.
        let found = speakers([
            "Mr Evelyn Hart, a local trader, attended the meeting.",
            "\"Nobody asked the shopkeepers what they think,\" he said.",
        ])
        #expect(found == ["Evelyn Hart"])
    }

    @Test func aChairmanMayBeAWoman() {
        let found = speakers([
            "Party chairman Adaeze Okonkwo urged calm on Tuesday. She said: \"We will not be rushed into a "
                + "decision this week.\"",
            "Party chairman Jane Holloway urged calm on Wednesday. \"Nobody will be rushed into a decision,\" "
                + "she said.",
        ])
        #expect(found == ["Adaeze Okonkwo", "Jane Holloway"])
    }
}
