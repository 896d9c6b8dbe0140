import Testing

@testable import Extraction

/// Values, units and events of shapes seen on unseen text: a conversion in brackets after a bounded sum, a
/// noun of people left singular after a larger number, a dot as the thousands separator, units hyphened to
/// a number, audiences, a stretch of a counted whole, `one` of a thing there is, the victims after a toll of
/// the dead, people relocated, and targeting by a regulator.
@Suite struct FigureValueUnitEventShapeTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    func figure(_ text: String, in paragraphs: [String]) -> Figure? {
        TestData.figures(paragraphs).first { $0.text == text }
    }

    // MARK: - Conversions

    @Test(arguments: [
        (
            "The bakery could face a fine of up to 90,000 rupees ($1,100; £850).", [1100.0, 850],
            Figure.Approximation.under
        ),
        ("The mill is worth about 2bn euros (£1.7bn) to the group.", [1_700_000_000], .about),
        ("Harbour fees rose to more than 400m yen ($3.6m) last year.", [3_600_000], .over),
    ])
    func aConversionCarriesTheBoundOfItsSum(text: String, values: [Double], approx: Figure.Approximation) {
        for value in values {
            let found = figure(value, in: text)
            #expect(found?.kind == .money, "\(text) \(value)")
            #expect(found?.approx == approx, "\(text) \(value)")
        }
    }

    @Test func aConversionOfAnExactSumStaysExact() {
        let text = "The club paid 3m euros (£2.6m; $3.4m) for the striker."
        #expect(figure(2_600_000, in: text)?.approx == .exact)
        #expect(figure(3_400_000, in: text)?.approx == .exact)
    }

    // MARK: - Units

    @Test(arguments: [
        ("Shelling on Tarnow wounded residents, and 4 civilian were injured in the market.", 4.0, "civilian"),
        ("At least 19 soldier killed in the ambush near Vell, the army said.", 19, "soldier"),
    ])
    func aSingularPeopleNounAfterALargerNumberStillCountsThem(text: String, value: Double, unit: String) {
        #expect(figure(value, in: text)?.unit == unit, "\(text)")
    }

    @Test func aSingularPeopleNounBeforeAnotherNounModifiesIt() {
        #expect(figure(3, in: "The report counted 3 civilian deaths in Orla.")?.unit == "death")
    }

    @Test(arguments: [
        ("About 5.000 people marched through Kestel on Sunday.", 5000.0, "person"),
        ("Sales rose by 9% to 136.420 units in the quarter.", 136_420, "unit"),
    ])
    func aDotBeforeThreeDigitsSeparatesThousandsOfACount(text: String, value: Double, unit: String) {
        let found = figure(value, in: text)
        #expect(found?.unit == unit, "\(text)")
        #expect(found?.kind == .count, "\(text)")
    }

    @Test func aDecimalOfAScaleOrAMeasureStaysADecimal() {
        #expect(figure(2.500, in: "Output reached 2.500 million barrels a day.") == nil)
        #expect(figure(2_500_000, in: "Output reached 2.500 million barrels a day.") != nil)
        #expect(figure(1.250, in: "The rod is 1.250 metres long.")?.kind == .distance)
    }

    @Test(arguments: [
        ("The rebels agreed to a 48-hour truce in Oskar.", 48.0, Figure.Kind.duration, "hour"),
        ("The town lived through a three-week siege.", 3, .duration, "week"),
        ("The pair ended a four-decade feud last spring.", 4, .duration, "decade"),
        ("The 12-day-long fair opens in May.", 12, .duration, "day"),
        ("Hosts Vellin hold a two-goal lead at the break.", 2, .count, "goal"),
        ("The side is on a five-game winning run.", 5, .count, "game"),
        ("The channel aired a two-part film on the flood.", 2, .count, "part"),
        ("A two-week-old calf was found at the farm.", 2, .age, "week"),
    ])
    func aNumberHyphenedToItsUnitCountsOrMeasuresIt(text: String, value: Double, kind: Figure.Kind, unit: String) {
        let found = figure(value, in: text)
        #expect(found?.kind == kind, "\(text)")
        #expect(found?.unit == unit, "\(text)")
        #expect(found?.event == nil, "\(text)")
    }

    @Test func aNumberWordHyphenedToAnotherWordIsNoFigure() {
        #expect(TestData.bodyFigures("It was a one-off payment and a two-way deal.").isEmpty)
    }

    @Test func aCapitalisedCompoundBeforeACapitalisedWordIsAName() {
        #expect(TestData.bodyFigures("Veterans of the Ten-Day Raid met in the square.").isEmpty)
        #expect(figure(10, in: "Veterans of the ten-day raid met in the square.")?.kind == .duration)
    }

    @Test(arguments: [
        "In one of the evening's upsets, the holders lost.",
        "Nobody believed for one minute that the ferry would sail.",
    ])
    func oneAsAPartOrAnIdiomOfNeverIsNoLengthOfTime(text: String) {
        #expect(figure(1, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("The hosts won 3-1 in front of 14,870 at Dale Park.", 14870.0),
        ("The final drew a crowd of 52,000 to the stadium.", 52000),
    ])
    func aBareNumberOfAnAudienceCountsPeople(text: String, value: Double) {
        #expect(figure(value, in: text)?.unit == "person", "\(text)")
    }

    @Test func aPartOfAStretchOfACountedWholeIsAPartitive() {
        let text = "The club have lost seven of their last 11 games."
        let part = figure(7, in: text)
        #expect(part?.unit == "game")
        #expect(part?.of == 11)
    }

    @Test(arguments: [
        ("There will be one parade along the canal in June.", "parade"),
        ("Forty lanterns together form one giant whale above the square.", "whale"),
    ])
    func oneOfAThingThereIsCounts(text: String, unit: String) {
        #expect(figure(1, in: text)?.unit == unit, "\(text)")
    }

    @Test func oneOfAWayOfSpeakingStaysOut() {
        #expect(figure(1, in: "If there is one lesson from the vote, it is patience.") == nil)
        #expect(figure(1, in: "There is one thing the mayor wants.") == nil)
    }

    @Test func oneWeekAfterAPrepositionIsALengthOfTime() {
        let found = figure(1, in: "The crews worked on the road for one week.")
        #expect(found?.kind == .duration)
        #expect(figure(1, in: "One day the mill will reopen, he said.") == nil)
    }

    // MARK: - Events

    @Test func theVictimsAfterTollsOfTheDeadAreTheDead() {
        let paragraphs = [
            "Jets struck the town of Vessa on Monday, killing at least 40 people, a monitor said.",
            "The victims were mostly farmers and included at least 12 children.",
        ]
        #expect(figure("at least 12 children", in: paragraphs)?.event == "killed")
    }

    @Test func theVictimsAfterTollsOfTheWoundedStayUnsaid() {
        let paragraphs = [
            "Jets struck the town of Vessa on Monday, killing 40 people and wounding 90, a monitor said.",
            "The victims included at least 12 children.",
        ]
        #expect(figure("at least 12 children", in: paragraphs)?.event == nil)
    }

    @Test func victimsOutnumberingTheDeadStayUnsaid() {
        let paragraphs = [
            "A car bomb killed 5 people and wounded many others at a market in Vessa.",
            "The victims included 20 children.",
        ]
        #expect(figure("20 children", in: paragraphs)?.event == nil)
    }

    @Test func theVictimsAfterATollOverAStretchStayUnsaid() {
        // (Parts of the running total, not a toll of the day.)
        let paragraphs = [
            "Jets have killed 270 civilians in the province since March 2015, a monitor said.",
            "The victims included at least 12 children.",
        ]
        #expect(figure("270 civilians", in: paragraphs)?.period != nil)
        #expect(figure("at least 12 children", in: paragraphs)?.event == nil)
    }

    @Test func soldiersAmongTheDeceasedWereKilled() {
        #expect(figure(3, in: "Three soldiers are reportedly among the deceased in Harlow.")?.event == "killed")
    }

    @Test(arguments: [
        "More than 20,000 villagers had to be relocated when the dam was built.",
        "About 3,000 residents were relocated to camps outside Brena.",
    ])
    func peopleRelocatedWereDisplaced(text: String) {
        let found = TestData.bodyFigures(text).first { $0.kind == .count }
        #expect(found?.event == "displaced", "\(text)")
    }

    @Test(arguments: [
        "About 300 staff will be relocated to the new office in Dunmore.",
        "Some 2,000 posts have been cut, and 900 relocated out of the capital.",
    ])
    func aWorkforceOrPostsRelocatedAreNotDisplaced(text: String) {
        for found in TestData.bodyFigures(text) { #expect(found.event == nil, "\(text) \(found.text)") }
    }

    @Test func projectsTargetedByARegulatorWereNotStruck() {
        let text = "Only 12 of the 40 mines targeted by the state mining agency have closed."
        #expect(figure(12, in: text)?.event == nil)
        #expect(figure(40, in: text)?.event == nil)
    }

    @Test func placesTargetedByJetsWereStruck() {
        let text = "Four of the 15 villages targeted by government jets were emptied."
        #expect(figure(15, in: text)?.event == "targeted")
    }
}
