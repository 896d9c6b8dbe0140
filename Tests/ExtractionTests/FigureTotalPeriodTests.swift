import Testing

@testable import Extraction

/// A running total keeps the stretch of time its clause names (`since the push began`, `October`, `this
/// year`); a total naming none, and a count of one occasion, keep no period.
@Suite struct FigureTotalPeriodTests {
    @Test(arguments: [
        (
            "The blockade of Tarn has killed more than 400 people since the winter began.", 400.0,
            "since the winter began"
        ),
        ("Some 9,000 families have fled since 2019, the agency said.", 9_000, "since 2019"),
        ("May was the deadliest month of the year, with 1,700 people killed across Loria.", 1_700, "May"),
        ("August 2021 was the bloodiest month so far, with 950 civilians killed.", 950, "August 2021"),
        ("Clashes have killed 310 fighters so far this year.", 310, "this year"),
        ("Since Friday night shelling has killed 52 civilians in Vesk.", 52, "Since Friday night"),
        ("Gunfire has killed 16 people in Tarn since 3 June, medics said.", 16, "since 3 June"),
        ("Since Oct. 4 at least 52 people have been killed in Tarn.", 52, "Since Oct. 4"),
        ("Since then more than 700 people have been killed.", 700, "Since then"),
        ("Raids have killed 230 people since last March across the valley.", 230, "since last March"),
        ("Floods have displaced 5,000 families since early July.", 5_000, "since early July"),
        (
            "Raids have killed 85 people since the start of the truce talks in Vesk.", 85,
            "since the start of the truce talks"
        ),
        // The count after the moment is no part of it.
        ("Since Tuesday 44 people have been killed in Vesk.", 44, "Since Tuesday"),
        ("Since the siege began 300 people have starved in Vesk.", 300, "Since the siege began"),
        // A month's or a stretch's toll `alone`.
        ("In October alone, 1,200 people were killed across Loria.", 1_200, "October"),
        ("Last month alone, 300 people were killed in Vesk.", 300, "Last month"),
        // A stretch up to now, and the years or months named.
        ("Clashes have killed 12,000 fighters over the past five years.", 12_000, "the past five years"),
        ("Raids have killed 64 civilians in the past two weeks, medics said.", 64, "the past two weeks"),
        ("Shelling killed 19 civilians in Marrow over the past week.", 19, "the past week"),
        ("The bombardment has killed 48 civilians over less than a month.", 48, "less than a month"),
        ("Some 230 prisoners were executed since January last year.", 230, "since January last year"),
        ("From 2012 to 2014, 6,200 people were detained in Loria.", 6_200, "From 2012 to 2014"),
        ("So far in 2016, raids have killed 900 people in Vesk.", 900, "2016"),
        ("More than 55,000 people have been killed in Loria during 2015, the monitor said.", 55_000, "2015"),
        ("Between 2012 and 2014, more than 40,000 people have been killed in Loria.", 40_000, "Between 2012 and 2014"),
        ("So far in October, 210 people have been killed in Vesk.", 210, "October"),
        ("Raids have killed 75,000 people in Loria in 2014 and 2015.", 75_000, "2014 and 2015"),
        // Units of time of what lasts, with the words counting them.
        ("At least 64 fighters have been killed in two days of clashes near Vesk.", 64, "two days of clashes"),
        ("Nine days of air strikes had left 85 civilians dead, medics said.", 85, "Nine days of air strikes"),
        ("Some 45,000 people died in more than four years of war in Loria.", 45_000, "more than four years of war"),
        ("The town fell after weeks of shelling that cost more than 300 lives.", 300, "weeks of shelling"),
        ("Some 45,000 people died in more than four years of turmoil in Loria.", 45_000, "more than four years of turmoil"),
        // A count of units alone: what a war's toll took, or how long the war has lasted.
        ("Rockets have killed 48,000 people in six years, the monitor said.", 48_000, "six years"),
        ("The war in Loria, which has lasted four years, has killed 90,000 people.", 90_000, "four years"),
        // The war's own beginning, when the total is that war's.
        ("The war, which began in 2011, has claimed more than 90,000 lives.", 90_000, "war, which began in 2011"),
        (
            "More than 90,000 people have been killed in Loria's conflict which started in March 2011.", 90_000,
            "conflict which started in March 2011"
        ),
        (
            "A war broke out in Loria in 2012 and has since claimed the lives of 80,000 people.", 80_000,
            "war broke out in Loria in 2012"
        ),
    ])
    func aTotalKeepsThePeriodItsClauseNames(text: String, value: Double, period: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.isRunningTotal, "\(text)")
        #expect(figure.period == period, "\(text)")
    }

    /// A count joined to a total shares its verb, and so its stretch of time: the period before both
    /// (`Since 2011, …`) or after the first (`… killed since the war began and millions forced to flee`).
    @Test(arguments: [
        (
            "Since the floods began in 2019, more than 900 people have died and thousands have been displaced.",
            1_000.0, "Since the floods began"
        ),
        ("Since then some 70,000 people have been killed and 2 million displaced across Loria.", 2_000_000, "Since then"),
        (
            "About 60,000 people have been killed since the revolt began and millions have been forced to flee.",
            1_000_000, "since the revolt began"
        ),
        ("Since 12 May at least 140 civilians have been killed and 620 wounded in Vesk.", 620, "Since 12 May"),
    ])
    func aCountJoinedToATotalSharesItsPeriod(text: String, value: Double, period: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.isRunningTotal, "\(text)")
        #expect(figure.period == period, "\(text)")
    }

    /// A count with a day of its own, after a total, keeps no period.
    @Test func aCountOfItsOwnDayTakesNoPeriod() throws {
        let text = "More than 500 people have been killed in Vesk since 2017 and 14 died there on Monday."
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 14 })
        #expect(!figure.isRunningTotal && figure.period == nil)
    }

    @Test func aPartOfATotalKeepsItsPeriod() throws {
        let figures = TestData.bodyFigures(
            "More than 2,000 people, including 600 children, have died since the floods began.")
        let part = try #require(figures.first { $0.value == 600 })
        #expect(part.period == "since the floods began")
    }

    @Test(arguments: [
        "The war has claimed more than 90,000 lives.",
        "Gunmen killed 14 people in Tarn on Monday.",
        "It was the deadliest attack since 2015, with 40 people killed.",
        "The militia has since killed more than 300,000 people.",
        "Strikes have killed 40 people since it was announced.",
        "The fund has since paid 4,000 workers, the union said.",
        // A year of saying is no stretch counted over; one occasion's count has no period.
        "The agency said in 2016 that 30,000 people have been killed so far.",
        "The war has killed 90,000 people, the agency said in a report in April.",
        "The war has killed 90,000 people, according to a report released in 2016.",
        "Gunmen killed 14 people in Tarn in 2016.",
        "A bomb killed 15 people in Tarn over the past week.",
    ])
    func noPeriodIsNamed(text: String) {
        #expect(TestData.bodyFigures(text).allSatisfy { $0.period == nil }, "\(TestData.bodyFigures(text))")
    }

    /// A count of units of time that tells when, not how long: a time to come or gone, an age.
    @Test(arguments: [
        "The war has killed 90,000 people and the town will be rebuilt in five years' time.",
        "Some 40,000 people have been killed in the war, which the army joined two years ago.",
    ])
    func aTimeToComeOrGoneIsNoPeriod(text: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value >= 40_000 }, "\(text)")
        #expect(figure.isRunningTotal && figure.period == nil, "\(text): \(figure.period ?? "none")")
    }

    /// A record's stretch (`the worst fighting in two decades`) is no stretch the count is counted over.
    @Test(arguments: [
        "At least 12,000 people have been killed in the worst fighting in two decades.",
        "More than 3,000 families have fled the heaviest flooding in three decades.",
    ])
    func aRecordsStretchIsNoPeriod(text: String) {
        #expect(TestData.bodyFigures(text).allSatisfy { $0.period == nil }, "\(TestData.bodyFigures(text))")
    }

    /// `alone` after one day or after a word that is no stretch of time tells of one occasion.
    @Test(arguments: [
        "On 3 March alone, 40 people were killed in Vesk.",
        "Police said 30 protesters were injured during the march alone.",
    ])
    func aDayAloneIsNoTotal(text: String) {
        #expect(TestData.bodyFigures(text).allSatisfy { !$0.isRunningTotal }, "\(TestData.bodyFigures(text))")
    }
}
