import ArticleModel
import Testing

@testable import Extraction

/// `Bishop Anton Merrowby has spoken out against the abduction of 130 farmers`: whoever speaks out states
/// the count of what they speak against (sentences written for these tests).
@Suite struct FigureSpeakingOutSourceTests: FigureSourceChecks {
    @Test(arguments: [
        "Bishop Anton Merrowby has spoken out against the abduction of more than 130 Tarvan farmers.",
        "Anton Merrowby spoke out on Friday against the abduction of more than 130 Tarvan farmers.",
    ])
    func theOneWhoSpeaksOutStatesTheCount(text: String) {
        let found = TestData.figures([text])
        #expect(source(of: 130, in: found) == "Anton Merrowby", "\(described(found))")
    }

    @Test func aCountBeforeTheVerbIsNotWhatTheyState() throws {
        let found = TestData.figures([
            "After 130 Tarvan farmers were abducted in Kelvar, Anton Merrowby spoke out against the raids."
        ])
        #expect(try figure(130, in: found).source != "Anton Merrowby", "\(described(found))")
    }

    @Test func speakingOutAsTheObjectOfSomethingIsNoSubject() throws {
        let found = TestData.figures([
            "Rebels seized Anton Merrowby who spoke out against the abduction of 130 Tarvan farmers."
        ])
        #expect(try figure(130, in: found).source != "Anton Merrowby", "\(described(found))")
    }
}
