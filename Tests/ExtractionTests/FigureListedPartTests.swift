import ArticleModel
import Testing

@testable import Extraction

/// Every count of a list of parts stores the whole, not the first alone (`killed 100 people, including 25
/// children and 15 women`), and so does a list a sentence opens on a toll given before (`Those killed
/// included …` is left alone), so that no view counts a later part as an incident of its own.
@Suite struct FigureListedPartTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("The blast killed 90 people, including 22 children and 13 women, in Marlow.", 13.0, 90.0),
        ("Medics counted 34 dead, among them 12 children and three teachers.", 3, 34),
        ("Nine people were killed, including at least two soldiers and four farmers.", 4, 9),
        // (A text that lost its commas.)
        ("Raids have killed 6204 civilians including 1822 children 955 women and 3117 men.", 955, 6_204),
        ("Raids have killed 6204 civilians including 1822 children 955 women and 3117 men.", 3_117, 6_204),
    ])
    func aLaterListedPartStoresTheWhole(text: String, value: Double, whole: Double) throws {
        let part = try #require(figure(value, in: text), "\(text)")
        #expect(part.of == whole, "\(text)")
        #expect(part.event == "killed", "\(text)")
    }

    @Test(arguments: [
        // Its own harm, or more than the whole: another count.
        ("The raid killed 20 people, including six children, and wounded 14 women.", 14.0),
        ("Jets killed 20 people, including three children, and 40 militants died in clashes.", 40),
        ("Jets killed 40 people, including ten children, and 15 soldiers died in clashes.", 15),
    ])
    func notAListedPart(text: String, value: Double) {
        #expect(figure(value, in: text)?.of == nil, "\(text)")
    }
}

/// A count over several days is a total over them, no one day's incident: `killed 70 rebels in two days`,
/// `40 raids over three days`, `in the past 48 hours`; not a record (`the second attack in two days`), nor
/// one day's hours (`the past 24 hours`).
@Suite struct FigureSeveralDaysTotalTests {
    @Test(arguments: [
        ("The army said it had killed some 70 rebels in two days near the border.", 70.0, "two days"),
        ("Jets carried out 40 raids over three days on positions near Vesk.", 40, "three days"),
    ])
    func aCountOverSeveralDaysIsATotal(text: String, value: Double, period: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.isRunningTotal, "\(text)")
        #expect(figure.period == period, "\(text)")
    }

    @Test(arguments: [
        ("The blast killed 12 people in Vesk, the second attack in two days.", 12.0),
        ("Another 9 people were killed in the past 24 hours in Tarn.", 9),
        ("Rebels freed 14 hostages two days after the raid on Vesk.", 14),
    ])
    func oneDaysCountIsNone(text: String, value: Double) {
        #expect(TestData.bodyFigures(text).first { $0.value == value }?.isRunningTotal == false, "\(text)")
    }
}

/// A war's total whose stretch only the sentence before names takes it: `… at war since March 2014. The
/// conflict has claimed …` (`since March 2014`), `… civil war in early 2013 … Since then, thousands have
/// been killed` (`since early 2013`, not the bare `Since then`).
@Suite struct FigureEarlierSentencePeriodTests {
    @Test func theConflictsTotalTakesTheStretchBefore() throws {
        let text =
            "Mali has been gripped by war since March 2014. The conflict has claimed more than 40,000 lives and displaced two million people."
        let figures = TestData.bodyFigures(text)
        let killed = try #require(figures.first { $0.value == 40_000 })
        let displaced = try #require(figures.first { $0.value == 2_000_000 })
        #expect(killed.isRunningTotal && killed.period == "since March 2014")
        #expect(displaced.isRunningTotal && displaced.period == "since March 2014")
        // (The country the sentence before opens on is the war's place, as an earlier sentence's: the site
        // stays the sentence's own.)
        #expect(killed.earlierSite == "Mali" && displaced.earlierSite == "Mali")
        #expect(killed.site == nil && displaced.site == nil)
    }

    @Test func sinceThenIsTheMomentBefore() throws {
        let text =
            "The country slid into civil war in early 2013 when protests were crushed. Since then, thousands have been killed and millions displaced."
        let figures = TestData.bodyFigures(text)
        let killed = try #require(figures.first { $0.value == 1_000 })
        #expect(killed.isRunningTotal && killed.period == "since early 2013")
        #expect(figures.first { $0.value == 1_000_000 }?.period == "since early 2013")
    }

    @Test(arguments: [
        // The conflict pointed back to inside a report of it.
        "Loria's civil war began in March 2012. Aid agencies say the war has killed more than 90,000 people.",
        // A total naming nothing of its own, right after the war's start.
        "The revolt in Loria began in March 2012 and turned into a war. More than 90,000 people have been killed and half the people have fled.",
    ])
    func aTotalGoingOnFromTheWarsStartTakesIt(text: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 90_000 }, "\(text)")
        #expect(figure.isRunningTotal && figure.period == "since March 2012", "\(text)")
    }

    @Test(arguments: [
        // A total at a place of its own, or of another war, keeps its own words.
        "Loria's civil war began in March 2012. More than 90,000 people have been killed in Vesk.",
        "Loria's civil war began in March 2012. Aid agencies say a war in the north has killed more than 90,000 people.",
        "Loria's civil war began in March 2012. The town has become home to more than 90,000 people displaced by fighting.",
    ])
    func aTotalOfItsOwnKeepsItsWords(text: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 90_000 }, "\(text)")
        #expect(figure.period != "since March 2012", "\(text)")
    }

    @Test(arguments: [
        // No moment before, a record's `since`, or a sentence further back: the total keeps its own words.
        ("Since then more than 700 people have been killed.", 700.0, "Since then"),
        ("Jets struck Vesk, the deadliest raid since 2015. The war has killed 300,000 people.", 300_000, nil),
        // A `since` that tells of no war, or of a rule.
        ("Bread prices in Loria have doubled since 2014. The conflict has killed 9,000 people.", 9_000, nil),
        ("The war began when a regime in power since 1963 crushed protests. The conflict has killed 9,000 people.", 9_000, nil),
        (
            "Loria has been at war since 2014. Jets struck Vesk on Monday. The conflict has killed 9,000 people.",
            9_000, nil
        ),
    ] as [(String, Double, String?)])
    func noMomentBeforeLeavesThePeriod(text: String, value: Double, period: String?) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.period == period, "\(text)")
    }
}

/// Strikes counted over a year are the year's total: `120 strikes on clinics last year`, `300 raids on the
/// province in 2018`; not strikes of one day (`30 raids on Monday`).
@Suite struct FigureYearsStrikesTests {
    @Test(arguments: [
        ("Attacks on health care rose sharply, with 120 strikes on clinics last year, the agency said.", 120.0, "last year"),
        ("Jets carried out 300 raids on the province in 2018, the group said.", 300, "2018"),
    ])
    func aYearsStrikesAreATotal(text: String, value: Double, period: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.isRunningTotal, "\(text)")
        #expect(figure.period == period, "\(text)")
    }

    @Test func oneDaysStrikesAreNone() throws {
        let text = "Jets carried out 30 raids on the province on Monday, the group said."
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 30 })
        #expect(!figure.isRunningTotal)
    }
}

/// One disaster's toll, however large, is that disaster's (`The tragedy has left 25,000 people dead`); a
/// war's is a total so far.
@Suite struct FigureOneDisasterTollTests {
    @Test func aDisastersTollIsNoTotal() throws {
        let text = "The tragedy has left at least 31,000 people dead across the coast, officials said."
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 31_000 })
        #expect(!figure.isRunningTotal)
        #expect(figure.event == "killed")
    }

    @Test func aWarsTollIsATotal() throws {
        let text = "The war has left at least 31,000 people dead across the region, officials said."
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 31_000 })
        #expect(figure.isRunningTotal)
    }
}
