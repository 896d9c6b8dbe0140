import ArticleModel
import Testing

@testable import Extraction

/// Shapes of figures, events and sources seen on unseen news: units written against their digits, a raised
/// `number of X … to N`, a group's noun carried to `tens of them`, one counted thing after `including`,
/// people driven `out of their homes`, a harm done to `them`, and two sayers joined by `and`.
@Suite struct FigureUnseenShapeTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    // MARK: - Units against their digits

    @Test(arguments: [
        ("Customs officers seized 2.5kg of resin at the port.", 2.5, Figure.Kind.weight, "kg"),
        ("The parcel held 300g of powder.", 300, .weight, "g"),
        ("She shed 12lbs before the final.", 12, .weight, "lb"),
        // (A weight per litre is a concentration, a rate that names both units, as `mile per gallon` does.)
        ("The new limit is 50mg per litre.", 50, .weight, "mg per litre"),
        ("The village lies 15km north of the river.", 15, .distance, "km"),
    ])
    func aUnitWrittenAgainstItsDigitsMeasures(text: String, value: Double, kind: Figure.Kind, unit: String) {
        let found = figure(value, in: text)
        #expect(found?.kind == kind, "\(text)")
        #expect(found?.unit == unit, "\(text)")
        #expect(found?.event == nil, "\(text)")
    }

    @Test func aCapitalLetterAgainstDigitsIsNoUnit() {
        #expect(figure(3, in: "Sales of 3G handsets rose in the spring.") == nil)
        #expect(figure(4, in: "The band played 4G venues in March.") == nil)
    }

    // MARK: - Raised numbers

    @Test func aNumberRaisedToACountGivesItsNounAndEvent() {
        let found = figure(
            300, in: "The raid brought the total number of people killed in the valley to over 300, medics said.")
        #expect(found?.unit == "person")
        #expect(found?.event == "killed")
        #expect(found?.approx == .over)
    }

    @Test func aRaisedNumberOfThingsKeepsItsNoun() {
        let found = figure(40, in: "The storm pushed the number of flooded homes in Tarrow to nearly 40.")
        #expect(found?.unit == "home")
    }

    @Test func aNumberWithNoRaisingVerbGivesNothing() {
        #expect(figure(40, in: "The number of flooded homes in Tarrow was close to 40.") == nil)
    }

    /// `5g network`: a generation of mobile networks, no weight in grams (`5g of sugar` still is).
    @Test func aMobileGenerationIsNoWeight() {
        #expect(figure(5, in: "The carrier switched on its 5g network in 12 cities.")?.unit != "g")
        #expect(figure(5, in: "Each bar holds 5g of sugar.")?.unit == "g")
    }

    // MARK: - Groups and parts

    @Test func aVaguePartOfThingsCountedBeforeKeepsTheirNoun() {
        let found = figures(["Rebels fired dozens of mortars at the garrison. Tens of them landed in fields."])
        #expect(found.first { $0.text == "Tens of them" }?.unit == "mortar")
    }

    @Test func aVagueCountLendsNoNounToAnExactToll() {
        let found = figures(["Rebels fired dozens of mortars at the garrison. Twelve were wounded on Monday."])
        #expect(found.first { $0.text == "Twelve" }?.unit == "person")
    }

    @Test func oneAfterIncludingCountsTheThingBefore() {
        let found = TestData.bodyFigures("Four blasts shook the city, including one caused by a truck bomb.")
        #expect(found.first { $0.value == 1 }?.unit == "blast")
    }

    @Test(arguments: [
        "Four blasts shook the city, including one that nobody heard.",
        "The riders missed four checks, including one on the eve of the final.",
    ])
    func oneAfterIncludingWithNoPlaceOrParticipleCountsNothing(text: String) {
        #expect(TestData.bodyFigures(text).first { $0.value == 1 } == nil, "\(text)")
    }

    @Test func oneRecordShowingSomethingIsNoCount() {
        let found = TestData.bodyFigures("One video showed the bodies of three men lying in a lane.")
        #expect(found.first { $0.value == 1 } == nil)
        #expect(found.first { $0.value == 3 }?.unit == "man")
    }

    // MARK: - Events

    @Test func peopleForcedOutOfTheirHomesAreDisplaced() {
        #expect(figure(3000, in: "The floods forced 3,000 residents out of their homes.")?.event == "displaced")
    }

    @Test func aHarmDoneToThemIsDoneToTheCount() {
        #expect(figure(15, in: "Gunmen rounded up 15 men and executed them in the square.")?.event == "executed")
        #expect(figure(20, in: "Gunmen seized 20 villagers and shot them dead.")?.event == "killed")
    }

    @Test func aHarmDoneToOthersIsNot() {
        let found = figure(15, in: "Gunmen rounded up 15 men and released them at dawn.")
        #expect(found != nil)
        #expect(found?.event == nil)
    }

    // MARK: - Sources

    @Test func theFirstOfTwoSayersReports() {
        let found = figure(12, in: "The Kelso Health Ministry and doctors said 12 people were killed.")
        #expect(found?.source == "Kelso Health Ministry")
    }

    /// The first sayer reports only where the second names no one: a named second sayer (capitalized) is
    /// not passed over for the first, even when the article does not know its name.
    @Test func aNamedSecondSayerStillReports() {
        let found = figure(12, in: "Local doctors and the Kelso Health Ministry said 12 people were killed.")
        #expect(found?.source == "Kelso Health Ministry")
        let unknown = figure(12, in: "The Kelso Health Ministry and Tarn Aid Workers said 12 people were killed.")
        #expect(unknown != nil)
        #expect(unknown?.source != "Kelso Health Ministry")
    }

    /// A first sayer the article cannot name (`Local sources`) gives no source.
    @Test func anUnnamedFirstSayerGivesNoSource() {
        let found = figure(12, in: "Local sources and doctors said 12 people were killed.")
        #expect(found != nil)
        #expect(found?.source == nil)
    }

    @Test func aNameWithAndInsideIsNoPairOfSayers() {
        let found = figure(12, in: "The Council for Arts and Letters said 12 painters left the city.")
        #expect(found != nil)
        #expect(found?.source == nil)
    }

    @Test func aCorrespondentInAPlaceReportsForTheChannelThatNamesHim() {
        let found = figure(
            30, in: "Thirty people were killed in the strikes, a Kelso-TV correspondent in the city reported.")
        #expect(found?.source?.hasPrefix("Kelso-TV") == true)
    }

    @Test func aSayerAfterAnotherClauseIsNoCoordinatedSubject() {
        let found = figure(12, in: "Jets bombed the Kelso market and doctors said 12 people were killed.")
        #expect(found != nil)
        #expect(found?.source == nil)
    }
}
