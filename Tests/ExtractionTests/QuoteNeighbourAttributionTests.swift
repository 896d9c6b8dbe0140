import Testing

@testable import Extraction

/// A quote opening its paragraph with no attribution of its own, and a neighbouring sentence that names
/// who says it: the name, not the speaker carried over from the paragraph before. A statement's
/// possessor or the one it is from, not the last speaker, issued it.
@Suite struct QuoteNeighbourAttributionTests {
    @Test func theNextSentencesNamedSpeakerWinsOverTheCarriedOne() {
        let found = TestData.quotes([
            "\u{201C}I did not feel up to the job any more,\u{201D} Ms Harwood said in her letter.",
            "\u{201C}I am sorry to see her go.\u{201D} Chancellor Owen Brackley said the party owed her a great deal.",
        ])
        #expect(found.map(\.speaker) == ["Harwood", "Owen Brackley"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aVerbOfAnsweringLeavesTheCarriedSpeaker() {
        let found = TestData.quotes([
            "\u{201C}This bill is a mess from start to finish,\u{201D} said Tory spokesman Dan Ferris.",
            "\u{201C}It will not survive the Lords.\u{201D} Former minister Alan Greer agreed with the assessment.",
        ])
        #expect(found.map(\.speaker) == ["Dan Ferris", "Dan Ferris"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func thePreviousSentencesNamedSubjectSpeaks() {
        let found = TestData.quotes([
            "Fostering charity director Robert Tansley criticised the existing system. \u{201C}There is just no logic to a system like this one.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Robert Tansley"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aSubjectActedOnDoesNotSpeak() {
        let found = TestData.quotes([
            "Robert Tansley was arrested at his home on Friday. \u{201C}This was a dangerous man to be around.\u{201D}",
        ])
        #expect(found.map(\.speaker) == [nil], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aStatementsPossessorIssuedIt() {
        let found = TestData.quotes([
            "In a letter to shareholders, chairman Robert Ashcombe wrote: \u{201C}We have made mistakes and we will put them right.\u{201D}",
            "The company's statement said: \u{201C}We regret any distress caused to our customers.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Robert Ashcombe", nil], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aStatementFromANamedIssuerIsTheirs() {
        let found = TestData.quotes([
            "Health Secretary John Redfern visited the hospital on Friday.",
            "A statement from the Department of Health said: \u{201C}Patient safety is our first concern at all times.\u{201D}",
            "Labour's statement said: \u{201C}These claims are without foundation and will be rejected.\u{201D}",
        ])
        #expect(
            found.map(\.speaker) == ["Department of Health", "Labour"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aQuoteRunOnOverParagraphsKeepsItsSpeaker() {
        let found = TestData.quotes([
            "Council leader Anne Marley said on Monday: \u{201C}We have made hard choices. Nobody wanted these cuts.",
            "\u{201C}But the alternative was worse, and we will protect the most vulnerable.\u{201D}",
            "Her deputy, Ken Lowther, said he backed her.",
            "\u{201C}The north has waited for years for a railway that works.",
            "\u{201C}People will not be fooled by promises made on the eve of an election,\u{201D} Lowther said.",
        ])
        #expect(
            found.map(\.speaker) == ["Anne Marley", "Anne Marley", "Ken Lowther", "Ken Lowther"],
            "\(found.map { ($0.text, $0.speaker) })")
    }
}
