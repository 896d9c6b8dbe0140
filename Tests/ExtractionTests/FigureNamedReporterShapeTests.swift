import Testing

@testable import Extraction

/// Reporters a sentence names (or the sentence right after it) that were left untaken: an acronym in brackets
/// before a perfect or an adverb, a role aside naming its organisation, a place with its direction after the
/// reporter, the harm the toll told of, a ranked business description one sentence on, and a headline's
/// `Reports` run into a dateline (sentences written for these tests).
@Suite struct FigureNamedReporterShapeTests {
    func source(of value: Double, in paragraphs: [String]) -> String? {
        TestData.figures(paragraphs).first { $0.value == value }?.source
    }

    @Test(arguments: [
        "Shelling killed 14 civilians in Tarvo on Monday, the Kelvan Relief Union (KRU) has announced.",
        "Shelling killed 14 civilians in Tarvo on Monday the Kelvan Relief Union (KRU) has said.",
        "The Kelvan Relief Union (KRU) earlier said that shelling killed 14 civilians in the village of Dorn.",
    ])
    func anAcronymInBracketsBeforeAnAuxiliaryOrAnAdverbStillNamesTheReporter(text: String) {
        #expect(source(of: 14, in: [text]) == "Kelvan Relief Union", "\(text)")
    }

    @Test func aPersonWithARoleAtANamedOrganisationReports() {
        let text = "Jana Velko, Kelvan Bank chief economist, said that prices had risen by 4.2% in May."
        #expect(source(of: 4.2, in: [text]) == "Jana Velko")
    }

    @Test func aPlacesAsideWithoutARoleNamesNoPersonReporting() {
        // (Its last word is no role: the aside says what the town is, not who reports.)
        let text = "Tarvo, Marlovia's second city, said it would spend 4.2% more on roads."
        #expect(source(of: 4.2, in: [text]) != "Tarvo")
    }

    @Test func aReporterInADirectionOfAPlaceReports() {
        let text =
            "On Monday the Directorate of Health in north Idlib reported that 31 people were killed in the raids."
        #expect(source(of: 31, in: [text]) == "Directorate of Health")
    }

    @Test func aReportOfTheDeathsNamesTheSourceOfTheTollBefore() {
        let found = source(of: 17, in: [
            "A car bomb killed 17 people in the town of Tarvo on Monday. According to the Kelvan Relief Union, the "
                + "deaths occurred near the main market."
        ])
        #expect(found == "Kelvan Relief Union")
    }

    @Test(arguments: [
        // A toll weighed again, not the incident told of: the organisation gives no count of the sentence before.
        "A car bomb killed 17 people in the town of Tarvo on Monday. The Kelvan Relief Union warned that the "
            + "number killed could rise.",
        "A car bomb killed 17 people in the town of Tarvo on Monday. The Kelvan Relief Union reported the death "
            + "count could rise further.",
    ])
    func aTollWeighedAgainNamesNoSourceOfTheTollBefore(text: String) {
        #expect(source(of: 17, in: [text]) == nil, "\(text)")
    }

    @Test func aDescriptionNamedByTheAcronymInBracketsAfterIt() {
        let text = "Shelling killed 14 civilians in Tarvo on Monday, the Marlovian relief agency (MRA) has said."
        #expect(source(of: 14, in: [text]) == "MRA")
    }

    @Test func theDeathsPointBackOnlyToAToll() {
        // (The sentence before counted damage, no harm to people: `the deaths` tells of no count of it.)
        let found = source(of: 12, in: [
            "Shells destroyed 12 houses in the town of Tarvo on Monday. According to the Kelvan Relief Union, the "
                + "deaths of two farmers were caused by a landmine."
        ])
        #expect(found == nil)
    }

    @Test func aRankedBusinessDescriptionIsTheOneCompanyOfTheSentenceBefore() {
        let found = source(of: 6, in: [
            "Kelvan Bank posted profits of 2.1 billion dollars last year. The country's biggest lender said its "
                + "loans grew by 6%."
        ])
        #expect(found == "Kelvan Bank")
    }

    @Test func aRankedBusinessDescriptionAfterTwoCompaniesIsNoOne() {
        let found = source(of: 6, in: [
            "Kelvan Bank and Orvel Bank posted profits of 2.1 billion dollars last year. The country's biggest "
                + "lender said its loans grew by 6%."
        ])
        #expect(found == nil)
    }

    @Test func aHeadlinesReportsBeforeADatelineTownNamesNoReporter() {
        let found = source(of: 12, in: [
            "Rebels Shell Marn - Reports TARVO (Kelvan Press) Earlier in the day the Nordic News Agency reported "
                + "about twelve casualties."
        ])
        #expect(found == "Nordic News Agency")
    }
}
