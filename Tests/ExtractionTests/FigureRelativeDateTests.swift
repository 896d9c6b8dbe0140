import ArticleModel
import Testing

@testable import Extraction

/// A clause dated only against another moment (`days earlier`, `a week after the raid`) gives no day, and the
/// page's is not its day: the figure keeps the words, and the archive's views give it no date.
@Suite struct FigureRelativeDateTests {
    /// The figure with `value` in the body paragraph `text`, in an article published on Friday 15 March 2019.
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        ("Gunmen killed 14 villagers in Marlow several days before the vote.", 14.0, "several days before"),
        ("A few days ago, shelling killed 6 people in the old market.", 6, "A few days ago"),
        ("Days earlier, a car bomb had killed 23 people near the port.", 23, "Days earlier"),
        ("Militants recently killed 9 soldiers at a checkpoint near Tovin.", 9, "recently"),
        ("The raid follows by ten days a massacre of 40 farmers in the valley.", 40, "follows by ten days"),
        ("Less than two weeks after the attack, 17 people were arrested in Tovin.", 17, "Less than two weeks after"),
        ("Police detained 11 suspects in the city the next day.", 11, "the next day"),
        ("Within hours of the blast, 8 more bodies were found, killed by the fire.", 8, "Within hours of"),
        ("Hours later, jets hit an aid convoy in a strike which killed 12 drivers.", 12, "Hours later"),
        ("Published May 3 2019 A day after the vote, gunmen killed 16 people in Tovin.", 16, "A day after"),
    ])
    func aClauseDatedAgainstAnotherMomentKeepsItsWords(text: String, value: Double, phrase: String) {
        let found = figure(value, in: text)
        #expect(found?.date == nil, "\(text)")
        #expect(found?.relativeDate == phrase, "\(text)")
    }

    @Test(arguments: [
        // A clause that names its day stays dated by it.
        ("Gunmen killed 14 villagers in Marlow on Monday, several days before the vote.", 14.0),
        ("Three days ago, shelling killed 6 people in the old market.", 6),
        // The relative words are another clause's.
        ("Rebels killed 12 soldiers in Marlow; days earlier, jets had struck Tovin.", 12),
        ("Shelling killed 7 people in Marlow, while a week later the army retook Tovin.", 7),
        ("Mortars killed 5 people in Marlow, which rebels recently captured.", 5),
        // A description, not a day.
        ("The recently formed council said 13 people were killed in Marlow.", 13),
        ("Until recently, the town held 300 fighters.", 300),
        // A length of time is no date at all.
        ("Jets killed 21 people in the town after 3 days of fighting.", 21),
    ])
    func aClauseWithADayOrNoRelativeWordsIsNotMarked(text: String, value: Double) {
        #expect(figure(value, in: text)?.relativeDate == nil, "\(text)")
    }

    @Test func theClauseDayWins() {
        let found = figure(14, in: "Gunmen killed 14 villagers in Marlow on Monday, several days before the vote.")
        #expect(found?.date == "2019-03-11")
    }

    @Test func aPartOfAGroupDatedAgainstAnotherMomentIsToo() {
        let text = "Days earlier, shelling killed 19 civilians in Marlow. Four of them were children."
        #expect(figure(4, in: text)?.relativeDate == "Days earlier")
        // … but not a count that is no part of the group.
        #expect(
            figure(3, in: "Days earlier, shelling killed 19 civilians in Marlow. Three soldiers died.")?.relativeDate
                == nil)
    }
}
