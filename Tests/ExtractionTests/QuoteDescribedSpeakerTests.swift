import Testing

@testable import Extraction

/// Speakers of quotes closed by a description or a reporting outlet, or opened after a sentence whose
/// subject follows an opening phrase, and quotes that are names rather than speech (sentences written for
/// these tests).
@Suite struct QuoteDescribedSpeakerTests {
    @Test func aRoleStandsForSomeoneNamedBeforeNotAfter() {
        let found = TestData.quotes([
            "Former housing minister Nina Rowe MP attacked the plan on a radio show.",
            "“Why should families wait a year for homes they were promised?” the Labour MP for Leeds asked. "
                + "Green spokesman Dev Amari, MP for York, added: “It would be funny if it were not so sad.”",
        ])
        #expect(found.map(\.speaker).last == "Dev Amari")
        #expect(found.first?.speaker != "Dev Amari")
    }

    @Test func aRoleGivenEarlierStillNamesItsPerson() {
        let found = TestData.quotes([
            "Nina Rowe, the MP for Leeds, rose after the vote.",
            "“Who will pay for this?” the Leeds MP asked.",
            "“We will find the money,” Dev Amari said.",
        ])
        #expect(found.map(\.speaker) == ["Nina Rowe", "Dev Amari"])
    }

    @Test(arguments: [
        "“The bridges are held and the capital is calm,” state television reported.",
        "“The bridges are held and the capital is calm,” state radio reported on Monday.",
    ])
    func anUnnamedOutletReportingIsNoPerson(closing: String) {
        let found = TestData.quotes([
            "Dev Amari, the defence minister, spoke at noon. “We hold every road,” he said.", closing,
        ])
        #expect(found.map(\.speaker) == ["Dev Amari", nil])
    }

    @Test func theSubjectAfterAnOpeningPhraseSpeaksNext() {
        let found = TestData.quotes([
            "In an essay for the Morning Herald, Ms Nina Rowe set out her plan. “We must build more homes.”"
        ])
        #expect(found.map(\.speaker) == ["Nina Rowe"])
    }

    @Test func aNameGivenInThePassiveIsNobodysSpeech() {
        let found = TestData.quotes([
            "Dev Amari ruled the province for a decade.",
            "Tovin was once dubbed “the cradle of the uprising” against Amari, and still is.",
        ])
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}
