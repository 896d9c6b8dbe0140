import ArticleModel
import Testing

@testable import Extraction

/// Totals over a stretch of time are marked, so that no single day poses as their date.
@Suite struct FigureRunningTotalTests {
    func isRunningTotal(_ value: Double, in text: String) -> Bool? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }?.isRunningTotal
    }

    @Test(arguments: [
        ("More than 280,000 people have been killed since the war began in 2011.", 280_000.0),
        ("The fighting has killed 12,000 people over the past five years, the UN said.", 12_000),
        ("Some 4,000 fighters have died in six years of war in the valley.", 4_000),
        ("So far this year 900 migrants have drowned at sea.", 900),
        // Several days or weeks are a stretch too; a part of a total is a total.
        (
            "Jets have carried out 210 raids around the town since 3 June, including 17 strikes in the past three days.",
            17
        ),
        ("Shelling has killed 64 people in the past two weeks, the monitor said.", 64),
        // A toll over the whole of a war.
        ("More than 90,000 people have died in the conflict which began in 2012.", 90_000),
        ("Some 6,000 civilians have been killed in the civil war.", 6_000),
        ("Over 200,000 people have been killed in Yemen's war, which began in 2014.", 200_000),
        // `since` a weekday or the start of a week totals the days since.
        ("Police said 45 people have been wounded since Tuesday.", 45),
        ("Some 30 people have been killed since the start of the month.", 30),
        ("Shelling has wounded 23 people in the unrest since Sunday.", 23),
        // Several days of what lasts.
        ("Six days of bombing have killed 80 people in the city.", 80),
        ("Three weeks of clashes have left 57 fighters dead.", 57),
        // A toll of tens of thousands or more in the present perfect is the toll so far.
        ("The UN says 170,000 people have been killed.", 170_000),
        ("Millions have been displaced, aid groups said.", 1_000_000),
        ("More than 50,000 fighters have died, the group said.", 50_000),
        // … past an adverb (`have reportedly been killed`), and after `has left`, `has caused`, `has forced`, or
        // `an estimated`.
        ("An estimated 90,000 people have reportedly been killed in the north.", 90_000),
        ("Millions of villagers have also been displaced by the floods.", 1_000_000),
        ("The revolt has left more than 40,000 people dead, monitors say.", 40_000),
        ("The drought has caused over 60,000 deaths in the south.", 60_000),
        ("The bombing has forced tens of thousands of residents to flee the valley.", 10_000),
        ("The uprising has claimed an estimated 70,000 lives.", 70_000),
        // … and so is one after `has claimed`, `have killed`.
        ("The uprising has claimed more than 120,000 lives, monitors say.", 120_000),
        ("Government forces have killed at least 25,000 people, the group said.", 25_000),
        ("The famine has claimed the lives of 40,000 people in the north.", 40_000),
        // Several single days are a stretch again, and so is a year of war.
        ("Two days of fighting have killed 35 rebels in the hills.", 35),
        ("A year of war has killed 10,000 people in the region.", 10_000),
        // Several days with no number are a stretch too: no one day is their date.
        ("Shelling has killed 26 people in the valley in recent days, medics said.", 26),
        ("Raids killed 31 fighters over the past few days, the army said.", 31),
        ("The army said 19 soldiers died after two months of air strikes on the valley.", 19),
        // The seven days up to the report, a length up to now, or the years or months between two.
        ("Strikes killed 8 people over the past week.", 8),
        ("During the last week, 37 people were killed in raids on Tarn.", 37),
        ("The bombardment has killed 48 civilians over less than a month, the monitor said.", 48),
        ("In less than two weeks the town was hit by 47 barrel bombs.", 47),
        ("Between March 2011 and January 2017, 6,200 people were detained.", 6_200),
        // A day and more of fighting, or fighting since the day it began.
        ("At least 70 fighters have been killed in 24 hours of battle in the hills, the monitor said.", 70),
        ("48 hours of bombardment have killed 31 people in the old town.", 31),
        ("The monitor said 45 rebels had been killed in the fighting that began on Thursday.", 45),
        ("Another 20 people died in clashes which erupted Friday near the border.", 20),
    ])
    func aTotalOverAStretchOfTime(text: String, value: Double) {
        #expect(isRunningTotal(value, in: text) == true, "\(text)")
    }

    @Test(arguments: [
        ("Shelling killed 9 people in Idlib on Tuesday.", 9.0),
        ("The deadliest attack since 2015 killed 30 people.", 30),
        ("Strikes killed 14 people over the past 24 hours.", 14),
        ("A bomb killed 8 people over the past week.", 8),
        // A record over a stretch, not a total over it.
        ("It was the third attack in less than a week, with 6 people killed.", 6),
        ("The first raid on Tarn in more than a year killed 5 people.", 5),
        ("Air strikes killed 40 people in Tovin on Monday, a toll unseen in more than a year.", 40),
        ("Air strikes killed 40 people in Tovin on Monday, a toll not seen in more than a year.", 40),
        // A place in a war is no war's toll.
        ("Four soldiers were killed in the war zone on Monday.", 4),
        // One day of it, or the days as the count itself.
        ("A day of shelling killed 15 people in the old town.", 15),
        ("A day of fighting killed 40 soldiers near the border.", 40),
        ("Three hours of clashes killed 6 people in the port.", 6),
        ("The assault that began at dawn killed 13 soldiers.", 13),
        // A day's count raising a total over a stretch is the day's (in a text that lost its commas too).
        ("Jets killed 12 civilians in the port on Monday bringing to 45 the number killed in 24 hours of bombardment.", 12),
        // A small toll, or a large one dated to a day, is one occasion's.
        ("Police said 170 people have been killed.", 170),
        ("Officials said 12,000 people have been evacuated overnight.", 12_000),
        ("Some 20,000 people have been evacuated on Sunday.", 20_000),
        ("The storm has killed 12 people in the valley.", 12),
        ("Floods have displaced 30,000 people on Monday night.", 30_000),
        ("A night of violence in the port left 7 people dead.", 7),
        ("Police arrested 12 people on the third day of protests.", 12),
        ("The deadliest clashes since Tuesday killed 33 people.", 33),
        // A record's `since` after a long noun phrase dates the record (`the biggest … loss … since`).
        (
            "A jet crashed near Marlow on Friday, killing all nine crew, in the heaviest single loss of life for the air force since it began flying missions abroad.",
            9
        ),
        (
            "Two ferries sank, drowning 48 people, the worst accident on the river for the region since records began.",
            48
        ),
        // … in a text that lost its commas too.
        (
            "A jet crashed on Friday killing all nine crew in the largest loss of life for the navy since the war began.",
            9
        ),
        // A toll since an earlier hour of the same day is that day's.
        ("Air strikes have killed 23 people in the old town since dawn, rescuers said.", 23),
        ("Since early this morning 17 people have died in the shelling of Vesk.", 17),
        ("Medics said 8 people were wounded since the morning in the port.", 8),
        // A vague plural dated to a day is that day's, even beside the war.
        ("Dozens were killed in the shelling of the old town on Tuesday.", 12),
        ("Hundreds have been killed in the war's heaviest shelling on Sunday.", 100),
    ])
    func oneOccasion(text: String, value: Double) {
        #expect(isRunningTotal(value, in: text) == false, "\(text)")
    }

    /// Words of time belong to the number they stand with: a day's count and the toll it raises sit in one
    /// sentence, and only the toll is a total; a year after `since` starts no range (`since 2011 to 4,000`).
    @Test(arguments: [
        ("Air strikes killed 9 people on Tuesday, bringing the toll since 2012 to 4,000 people.", 9.0, false),
        ("Air strikes killed 9 people on Tuesday, bringing the toll since 2012 to 4,000 people.", 4_000, true),
        ("Air strikes killed 9 people on Tuesday, bringing the toll since the war began to 4,000 people.", 9.0, false),
        ("Air strikes killed 9 people on Tuesday, bringing the toll since the war began to 4,000 people.", 4_000, true),
        ("Rockets killed 6 soldiers overnight, raising to 310 the number of soldiers killed since January.", 6, false),
        ("Rockets killed 6 soldiers overnight, raising to 310 the number of soldiers killed since January.", 310, true),
        ("Shelling killed 11 civilians on Friday, taking the toll in the past four days to 52 civilians.", 11, false),
        ("Shelling killed 11 civilians on Friday, taking the toll in the past four days to 52 civilians.", 52, true),
        // `since` in a record (`the deadliest day since March`) dates the record, not the count.
        ("Militants killed 25 people since March in the northern province.", 25, true),
        ("Militants killed 25 people on Monday, the deadliest day since March.", 25, false),
        ("Militants killed 25 people on Monday, the deadliest day for the province since March.", 25, false),
        // Words before the number, or after a part of it, still speak of it.
        ("Since 2011, more than 280,000 people have been killed.", 280_000, true),
        // A superlative before a verb of the total is no record of the `since` after the verb.
        ("Some 3,000 people in the poorest villages have been displaced since the floods began.", 3_000, true),
        ("More than 280,000 people, including 80,000 civilians, have been killed since 2011.", 280_000, true),
        ("More than 280,000 people, including 80,000 civilians, have been killed since 2011.", 80_000, true),
        ("Officials said 40 soldiers who have died since May were buried in the capital.", 40, true),
        // A relative clause about another noun speaks of that noun.
        ("About 90,000 people live in the old quarter, which has been besieged since 2013.", 90_000, false),
        ("Shelling killed 7 people in Daraa, where fighting has raged since January.", 7, false),
        ("She said 12 people had been wounded and that the shelling had not stopped since dawn.", 12, false),
        // The hour of a day it names counts over days.
        ("In all 30 people have died in the floods since the morning of March 3.", 30, true),
        ("In all 30 people have died in the floods since midnight on Friday.", 30, true),
        // A count joined by `and` after a total, with a day of its own and no comma, is that day's.
        ("More than 400 people have been killed in the region since 2011 and 12 died on Tuesday.", 12, false),
        ("More than 400 people have been killed in the region since 2011 and 12 died on Tuesday.", 400, true),
        ("Rebels have killed 70 soldiers and 9 policemen since March.", 9, true),
        ("Rebels have killed 70 soldiers and 9 policemen since March.", 70, true),
        // A list after `and` with no verb of its own stays in the total.
        ("Since Monday shelling has killed 30 people including 8 women and one nurse.", 1, true),
        ("The war has left 9,000 people dead since 2012 and thousands of people trapped under siege.", 1_000, true),
    ])
    func wordsOfTimeBelongToTheirNumber(text: String, value: Double, isTotal: Bool) {
        #expect(isRunningTotal(value, in: text) == isTotal, "\(text)")
    }

    // A war total's next count keeps its total when the list lost its commas (`has claimed 90,000 lives injured
    // 400,000 others and displaced millions`).
    @Test func theNextCountOfAWarTotalIsATotal() {
        let text =
            "The war in Loria has claimed the lives of over 90,000 people injured 400,000 others"
            + " and displaced millions, a research centre said."
        #expect(isRunningTotal(90_000, in: text) == true)
        #expect(isRunningTotal(400_000, in: text) == true)
    }

    @Test func theNextCountOfOneDaysTollStaysAnIncident() {
        let text = "Jets killed 12 people injured 30 others in Vesk, medics said."
        #expect(isRunningTotal(30, in: text) == false)
    }

    /// A paragraph cut right after the relative word (`died in clashes which`) has no verb of beginning to
    /// read: the count is kept as one occasion's, and reading it does not run past the text.
    @Test(arguments: [
        "Eleven people died in clashes which",
        "Eleven people died in clashes which,",
        "Eleven people died in the fighting that",
    ])
    func aRelativeWordAtTheTextsEndOpensNoClause(text: String) {
        #expect(isRunningTotal(11, in: text) == false, "\(text)")
    }

    /// `hours` anywhere in the sentence keeps a vague plural's present perfect one occasion's (`Hundreds have
    /// been killed as the shelling went on for hours`); a toll in figures is the toll so far all the same.
    @Test(arguments: [
        ("Hundreds have been wounded as the shelling of Dornholm went on for hours, rescuers said.", 100.0, false),
        ("Hundreds have been wounded in the shelling of Dornholm, rescuers said.", 100, true),
        ("More than 40,000 people have been displaced, hours after the dam above Maresk gave way.", 40_000, true),
    ])
    func hoursKeepAVaguePluralsTollOneOccasions(text: String, value: Double, isTotal: Bool) {
        #expect(isRunningTotal(value, in: text) == isTotal, "\(text)")
    }
}
