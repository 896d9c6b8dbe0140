import ArticleModel
import Testing

@testable import Extraction

/// Patterns found on news text the rules never saw: sources named by `documented`, an accusation or a
/// closing `claimed`; words that name no one left out; sites of lists split across places, of `the X
/// district of Y`, of a rate `in` a place; and vague present-perfect tolls and hosted people as totals.
@Suite struct FigureUnseenPatternTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func figure(_ value: Double, in found: [Figure]) -> Figure? { found.first { $0.value == value } }

    // MARK: - Sources

    @Test func anOrganisationThatDocumentedACountReportsIt() {
        let found = figures([
            "The Kurdistan Human Rights Network has documented 64 arrests in the border towns since March."
        ])
        #expect(figure(64, in: found)?.source == "Kurdistan Human Rights Network")
    }

    @Test func documentedWithoutACountReportsNothing() {
        let found = figures(["The Kurdistan Human Rights Network documented the raid, in which 9 people died."])
        #expect(figure(9, in: found)?.source == nil)
    }

    @Test func theAccuserReportsTheCountOfTheDeed() {
        let found = figures(["Amnesty International accused the militia of killing 37 villagers in Yelwata."])
        #expect(figure(37, in: found)?.source == "Amnesty International")
    }

    @Test func anAccusationAfterTheCountReportsNothing() {
        let found = figures([
            "A convoy strike killed 19 drivers near Tarhuna, and Amnesty International accused the militia of lying."
        ])
        #expect(figure(19, in: found)?.source == nil)
    }

    @Test func aClaimClosingTheClauseNamesItsSource() {
        let found = figures(["Some 800 prisoners were freed in the raid, the Kurdistan Workers Party claimed."])
        #expect(figure(800, in: found)?.source == "Kurdistan Workers Party")
    }

    @Test func aPassivePastAnAdverbNamesNoReporter() {
        let found = figures(["Nine people were also reported killed in shelling of Taiz."])
        #expect(figure(9, in: found)?.source == nil)
    }

    @Test func theCountedPhraseIsNeverTheSource() {
        let found = figures(["Two residents said 15 houses burned in Kidal."])
        #expect(figure(15, in: found)?.source == nil)
    }

    @Test func aNameAfterTheCountOfAClauseThatLostItsCommasReports() {
        let found = figures(["Shells killed two men and injured four Kidal Governor Ahmed Maiga said."])
        #expect(figure(2, in: found)?.source == "Ahmed Maiga")
    }

    @Test func aCountOfTheClauseBeforeIsNoPartOfTheSource() {
        let found = figures(["Raids hit Kidal killing two more herders three residents said."])
        #expect(figure(2, in: found)?.source == nil)
        let monitor = figures(["Air strike kills 9 in Kidal Malian watchdog group says"])
        #expect(figure(9, in: monitor)?.source == "Malian watchdog group")
    }

    @Test func anUnnamedSourceStaysUnnamed() {
        let found = figures(["A roadside bomb killed three policemen in Arish, a security source said."])
        #expect(figure(3, in: found)?.source == nil)
        // (A nationality before them names no one either: see ``FigureUnnamedSourceTests``.)
        let named = figures(["A roadside bomb killed three policemen in Arish, Egyptian security sources said."])
        #expect(figure(3, in: named)?.source == nil)
    }

    @Test func theCountedNounOfAClauseThatLostItsCommasIsNoPartOfTheSource() {
        let found = figures(["Tanks shelled Kidal killing six herders Malian officials said."])
        #expect(figure(6, in: found)?.source == "Malian officials")
    }

    @Test func aNameAfterADateIsWhole() {
        let found = figures(["12 Mar 2015 Human Rights Watch says 40 people died in the camp."])
        #expect(figure(40, in: found)?.source == "Human Rights Watch")
    }

    @Test func anInvertedReportGoesOnPastAParticiple() {
        let found = figures(["Gunmen killed 11 miners said the Amhara Regional Police adding that two escaped."])
        #expect(figure(11, in: found)?.source == "Amhara Regional Police")
    }

    @Test func whoIsSpokenToOpensTheSubject() {
        let found = figures([
            "Speaking to Reuters network director Fatima Diallo said 14 of the dead were children."
        ])
        #expect(figure(14, in: found)?.source == "Fatima Diallo")
    }

    // MARK: - Sites

    @Test func aTotalSplitAcrossPlacesHasNoSite() {
        let found = figures(["Drones dropped 12 bombs, eight near Kidal and four at Gao."])
        #expect(figure(12, in: found)?.site == nil)
        #expect(figure(8, in: found)?.site == "Kidal")
    }

    @Test func aCountWithItsOwnPlaceKeepsItBesideAPartElsewhere() {
        let found = figures(["Seven guards were killed in Kidal and two in Gao."])
        #expect(figure(7, in: found)?.site == "Kidal")
    }

    @Test func aListOfObjectsKeepsItsPlace() {
        let found = figures(["Jets conducted 18 strikes and destroyed 13 positions and two tanks near Gao."])
        #expect(figure(18, in: found)?.site == "Gao")
    }

    @Test func aDistrictNamedAfterOfIsTheSite() {
        let found = figures(["At least 6 civilians were killed in the eastern Homs district of Waer."])
        #expect(figure(6, in: found)?.site == "Waer")
        let town = figures(["Shelling killed 4 women in the Qalamoun town of Yabroud."])
        #expect(figure(4, in: town)?.site == "Yabroud")
    }

    @Test func aQuarterOfACityIsTheSite() {
        let found = figures(["Rockets killed two men and wounded five in the Bab Sharqi area of Old Damascus."])
        #expect(figure(2, in: found)?.site == "Bab Sharqi")
        #expect(figure(5, in: found)?.site == "Bab Sharqi")
    }

    @Test func aRateIsWhereInPutsItRightAfter() {
        let found = figures(["The Green candidate took 38% in Bristol."])
        #expect(figure(38, in: found)?.site == "Bristol")
    }

    // MARK: - Totals

    @Test func aVaguePresentPerfectTollIsATotal() {
        let found = figures([
            "Coalition raids have also claimed hundreds of civilian lives.", "The offensive has killed thousands.",
        ])
        #expect(figure(100, in: found)?.isRunningTotal == true)
        #expect(figure(1000, in: found)?.isRunningTotal == true)
    }

    @Test func aVagueTollOfTheLastHoursIsAnIncident() {
        let found = figures(["Shelling has killed hundreds of people in the past 48 hours."])
        #expect(figure(100, in: found)?.isRunningTotal == false)
    }

    @Test func peopleATownHostsAreATotal() {
        let found = figures(["Gao now hosts some 20000 refugees from the north."])
        #expect(figure(20000, in: found)?.isRunningTotal == true)
    }

    // MARK: - Page furniture

    @Test func aListOfOtherStoriesHeadlinesGivesNoFigures() {
        let found = figures([
            "Troops patrolled Gao on Monday. Related Army Kills 40 Militants Near Kidal Drone Strike Hits Convoy "
                + "Outside Gao Related News Mali talks stall | Floods displace 3000 in Mopti"
        ])
        #expect(figure(40, in: found) == nil)
        #expect(figure(3000, in: found) == nil)
    }

    @Test func relatedInRunningTextIsNoList() {
        let found = figures(["Related to the unrest, 40 students were detained in Gao."])
        #expect(figure(40, in: found) != nil)
    }
}
