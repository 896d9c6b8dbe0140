import ArticleModel
import Testing

@testable import Extraction

/// A casualty or strike count whose sentence names no day but goes on with the incident the sentence
/// before dated takes that day, not the page's; a day of another clause does not date a count of how things
/// stand.
@Suite struct FigureEarlierSentenceDateTests {
    /// The figure with `value` in the body paragraph `text`, in an article published on Friday 15 March 2019.
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        // The count's sentence points back to the incident.
        ("Mortars hit the bus station in Tovin late on Monday. Nine died and dozens were hurt in the shelling.", 9.0),
        ("Jets bombed a fuel store near Marlow on Monday. The raid outside Tovin injured five workers.", 5),
        ("Gunmen attacked a checkpoint on Monday. That attack left 7 police officers dead.", 7),
        // … or tells of no strike, harm done by anyone or site of its own.
        ("Rockets struck the old quarter of Tovin on Monday. At least 14 people were killed.", 14),
    ])
    func aCountGoingOnWithTheIncidentBeforeTakesItsDay(text: String, value: Double) {
        let found = figure(value, in: text)
        #expect(found?.date == "2019-03-11", "\(text)")
        #expect(found?.isDatedByEarlierSentence == true, "\(text)")
    }

    @Test(arguments: [
        (
            "Nerve gas was used on Tovin in 2013. The government denied that attack, which killed 1,400 people.",
            1_400.0, "2013"
        ),
        ("Gunmen stormed the Marlow mall in October 2016. That attack left 67 people dead.", 67, "2016-10"),
    ])
    func aCountPointingBackToAnEarlierYearsIncidentTakesThatYear(text: String, value: Double, expected: String) {
        let found = figure(value, in: text)
        #expect(found?.date == expected, "\(text)")
        #expect(found?.isDatedByEarlierSentence == true, "\(text)")
    }

    @Test(arguments: [
        // A stretch of time, not when the incident happened.
        "Tovin has been under siege since 2013. The shelling killed 12 people.",
        // The article's own year.
        "Gunmen stormed the Marlow mall in 2019. That attack left 12 people dead.",
        // A sentence that goes on without pointing back, or points back with `the` (today's attack told again).
        "Nerve gas was used on Tovin in 2013. At least 12 people were killed.",
        "The attack hit a hall that opened in 2013. Fire from the attacks wounded 12 people.",
        "The attack hit a hall that opened in 2013. Shells wounded 12 people, said those fighting there.",
    ])
    func noEarlierYearOtherwise(text: String) {
        #expect(figure(12, in: text)?.date == nil, "\(text)")
    }

    @Test func aCountDatedByItsOwnClauseSaysSo() {
        let found = figure(30, in: "Rockets struck Tovin on Monday. Shelling killed 30 people in Marlow on Tuesday.")
        #expect(found?.date == "2019-03-12")
        #expect(found?.isDatedByEarlierSentence == false)
    }

    @Test(arguments: [
        // A new incident of its own.
        ("Rockets struck the old quarter of Tovin on Monday. Gunmen killed 6 farmers in Marlow.", 6.0),
        ("Rockets struck the old quarter of Tovin on Monday. A bomb killed 8 people at a market.", 8),
        ("Rockets struck the old quarter of Tovin on Monday. Elsewhere, 4 people were killed.", 4),
        // The sentence before names two days, or a saying's day, or no incident.
        ("Rockets struck Tovin on Monday and Marlow on Wednesday. At least 12 people were killed.", 12),
        ("The army said on Wednesday that rockets struck Tovin. At least 13 people were killed in the attack.", 13),
        ("The council met on Monday to discuss the budget. At least 15 people were killed in the raid.", 15),
        // A year or a month dates no one incident; people displaced, a war's toll, a quote's own words.
        ("The war began in March 2011 in Tovin. Nearly 19 thousand people were displaced.", 19_000),
        ("Rockets struck Tovin on Monday. The war has killed 20 people in the valley.", 20),
        ("Rockets struck Tovin on Monday. \"At least 21 people were killed in the attack,\" he said.", 21),
        ("Shells hit Tovin on Monday. In Marlow, at least 22 people were killed in a car bomb.", 22),
        ("Shells hit Tovin on Monday. At least 23 people were killed in a separate air strike.", 23),
        // A date naming a street is no day.
        ("Mortars hit the market on April 3rd Street. At least 18 people were injured in the attack.", 18),
        // Not the sentence right before.
        ("Rockets struck Tovin on Monday. The town has a long history. At least 16 people were killed.", 16),
        // The count's clause dates itself against another moment.
        ("Rockets struck Tovin on Monday. Days later, 17 people were killed in the shelling.", 17),
        // A record since another incident tells of that one.
        ("Jets bombed the market in Tovin on Monday. It was the worst attack since the ambush at Marlow killed 24 guards.", 24),
    ])
    func otherwiseTheCountStaysUndated(text: String, value: Double) {
        #expect(figure(value, in: text)?.date == nil, "\(text)")
    }

    /// The figure with `value` in the body paragraphs `paragraphs`, published on Friday 15 March 2019.
    func figure(_ value: Double, in paragraphs: [String]) -> Figure? {
        let article = Article(
            title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) }, published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }
    }

    /// A later paragraph pointing back to the incident (`in the strikes`, `that attack`) takes the day of the
    /// lead that told of it, past sentences that name no date and tell of no other incident.
    @Test(arguments: [
        (["Jets struck the market in Tovin on Monday, killing 12 people.", "Rescuers said 20 more were hurt in the strikes."], 20.0),
        (["Rockets struck the old quarter of Tovin on Monday.", "At least 14 people were killed in the attack."], 14),
        (["Jets struck Tovin on Monday.", "The strikes also hit a school. Medics said 26 people were hurt in the raids."], 26),
        (["Jets struck Tovin on Monday. The town lies on the river.", "Medics said 27 people died in that attack."], 27),
    ])
    func aLaterParagraphPointingBackTakesTheLeadsDay(paragraphs: [String], value: Double) {
        let found = figure(value, in: paragraphs)
        #expect(found?.date == "2019-03-11", "\(paragraphs)")
        #expect(found?.isDatedByEarlierSentence == true, "\(paragraphs)")
    }

    @Test(arguments: [
        // No pointing back: the paragraph before is not reached.
        (["Rockets struck the old quarter of Tovin on Monday.", "At least 14 people were killed."], 14.0),
        // Beyond the paragraph before.
        (["Jets struck Tovin on Monday.", "The town lies on the river.", "Medics said 31 people died in the strikes."], 31),
        // More than three sentences back.
        (["Jets struck Tovin on Monday. The town lies on the river.", "It is old. Its mayor is new. Medics said 32 people died in the strikes."], 32),
        // Another date between, another incident between, or a turn.
        (["Jets struck Tovin on Monday.", "Talks resumed in Geneva on Wednesday. Medics said 33 people died in the strikes."], 33),
        (["Jets struck Tovin on Monday.", "A bomb exploded near a convoy in Marlow. Medics said 34 people died in the attack."], 34),
        (["Jets struck Tovin on Monday.", "Elsewhere, the town lies quiet. Medics said 35 people died in the strikes."], 35),
        // A sentence between telling of another moment.
        (["Jets struck Tovin on Monday.", "The attack came two days after shells hit Marlow. The attack left 37 people dead."], 37),
        // A quote's `the attack` is its speaker's.
        (["Jets struck Tovin on Monday.", "\"At least 36 people died in the attack,\" he said."], 36),
    ])
    func otherwiseALaterParagraphStaysUndated(paragraphs: [String], value: Double) {
        let found = figure(value, in: paragraphs)
        #expect(found != nil, "\(paragraphs)")
        #expect(found?.date == nil, "\(paragraphs)")
    }

    @Test func aPartOfTheGroupTakesTheDayToo() {
        let text = "Shells hit Tovin on Monday. The shelling killed 19 civilians. Four of them were children."
        #expect(figure(4, in: text)?.date == "2019-03-11")
        #expect(figure(4, in: text)?.isDatedByEarlierSentence == true)
    }

    @Test(arguments: [
        ("Troops pulled back from Tovin on Monday; 60 are still missing.", 60.0),
        ("Shelling hit the camp on Monday, and 25 people remain in hospital.", 25),
    ])
    func aDayOfAnotherClauseDoesNotDateAPresentState(text: String, value: Double) {
        let found = figure(value, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(text)")
    }

    /// `are feared dead` tells of what happened on the day, not of how things stand.
    @Test func aHedgedTollIsDatedByItsSentence() {
        let text = "Rebels stormed the base near Tovin on Monday, and 40 soldiers are feared dead."
        #expect(figure(40, in: text)?.date == "2019-03-11")
    }

    @Test(arguments: [
        ("Troops pulled back from Tovin on Monday; 60 soldiers were killed.", 60.0),
        ("On Monday 60 people are still missing after the flood in Tovin.", 60),
    ])
    func aDayOfTheSameClauseOrOfAHappeningStill(text: String, value: Double) {
        #expect(figure(value, in: text)?.date == "2019-03-11", "\(text)")
    }
}
