import ArticleModel
import Testing

@testable import Extraction

/// Who reports a study's findings (`A survey by Kelvar found that 40% …`), an accusation after a date, a
/// market's fall the writer tells in a relative clause of consequence, and a role's report that gives an
/// earlier sentence's count again (sentences written for these tests).
@Suite struct FigureStudyAndConsequenceSourceTests: FigureSourceChecks {
    @Test func aStudyByTwoIsReportedByThem() {
        let found = TestData.figures([
            "A recent survey by Kelvar Research and Dunmore Labs found that 42% of shoppers own 3 tablets."
        ])
        #expect(source(of: 42, in: found)?.hasPrefix("Kelvar Research") == true, "\(described(found))")
    }

    @Test(arguments: [
        "A study by Kelvar Research revealed last year that 42% of shoppers own 3 tablets.",
        "According to a new impact study by Kelvar Research, 42% of shoppers own 3 tablets.",
        "In a separate poll by Kelvar Research, 42% of shoppers said they owned 3 tablets.",
        "Some 42% of shoppers own 3 tablets, a survey by Kelvar Research has found.",
        "Some 42% of shoppers own 3 tablets, said the report by Kelvar Research.",
        "A report by analysts Kelvar Research has predicted that 42% of shoppers will own 3 tablets.",
    ])
    func aStudyIsReportedByWhoeverMadeIt(text: String) {
        let found = TestData.figures([text])
        #expect(source(of: 42, in: found) == "Kelvar Research", "\(described(found))")
    }

    @Test func aStudyASayerCitesIsTheSayersReport() {
        let found = TestData.figures(["Ann Roe said a survey by Kelvar Research found that 42% of shoppers own tablets."])
        #expect(source(of: 42, in: found) == "Ann Roe", "\(described(found))")
    }

    @Test func anAccusationAfterADateIsTheAccusersReport() {
        let found = TestData.figures([
            "21 August 2014 Rebel-backer Tarvania accuses the regime of killing more than 900 people in the hills."
        ])
        #expect(source(of: 900, in: found) != nil, "\(described(found))")
    }

    @Test func anAccusationPastAnAsideIsTheAccusersReport() {
        let found = TestData.figures([
            "The Kelso Relief Union has accused Tarvania, a member of the northern alliance, of killing 14 civilians in air raids."
        ])
        #expect(source(of: 14, in: found) == "Kelso Relief Union", "\(described(found))")
    }

    @Test func aSayerAfterTheStudysCommaReportsItself() {
        let found = TestData.figures(["In a report by Tarn Data, the army said it had killed 40 militants."])
        #expect(source(of: 40, in: found) != "Tarn Data", "\(described(found))")
    }

    @Test func aMarketFallInAClauseOfConsequenceIsTheWriters() {
        let found = TestData.figures([
            "Last month, Kelvar Energy revealed that its drilling in the north had failed, which caused its shares to"
                + " lose 18% in a day."
        ])
        #expect(found.contains { $0.value == 18 }, "\(described(found))")
        #expect(source(of: 18, in: found) == nil, "\(described(found))")
    }

    @Test func aConsequenceTheReporterTellsIsItsReport() {
        let found = TestData.figures([
            "The drilling in the north had failed, which caused its shares to drop 18% within a day, Kelvar Energy said."
        ])
        #expect(source(of: 18, in: found) == "Kelvar Energy", "\(described(found))")
    }

    @Test func theGroupIsTheBusinessTheArticleCalledAGroup() {
        let found = TestData.figures(["Revenues at media group Dunvale slipped 11% during 2004, the group said."])
        #expect(source(of: 11, in: found) == "Dunvale", "\(described(found))")
    }
}
