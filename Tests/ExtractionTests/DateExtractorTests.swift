import ArticleModel
import Testing

@testable import Extraction

/// Dates and clock times from sentences written the way wire stories write them, resolved against the
/// publication date. 2020-01-08 is a Wednesday.
@Suite struct DateExtractorTests {
    func dates(_ text: String, published: String? = "2020-01-08") -> [DateMention] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: published)
        return DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
    }

    func only(_ text: String, published: String? = "2020-01-08") -> DateMention? {
        let found = dates(text, published: published)
        #expect(found.count == 1, "\(found.map(\.text))")
        return found.first
    }

    func value(_ text: String, published: String? = "2020-01-08") -> String? { only(text, published: published)?.value }

    /// A sentence with one date, what it resolves to against `published`, and, when given, its text.
    struct DateCase: Sendable, CustomTestStringConvertible {
        let text: String
        var published: String? = "2020-01-08"
        let value: String?
        var mention: String? = nil

        init(_ text: String, published: String? = "2020-01-08", value: String?, mention: String? = nil) {
            self.text = text
            self.published = published
            self.value = value
            self.mention = mention
        }

        var testDescription: String { "\(text) (published \(published ?? "nil"))" }
    }

    func check(_ c: DateCase) {
        let found = only(c.text, published: c.published)
        #expect(found?.value == c.value)
        if let mention = c.mention { #expect(found?.text == mention) }
    }

    // MARK: The seed pattern

    @Test func rangeOfClockTimesWithTheDayOfEachClause() {
        let text =
            "Iran fired more than a dozen ballistic missiles at two bases in Iraq between 1:45am and 2:15am on Wednesday (22:45 GMT and 23:15 GMT on Tuesday), the Pentagon said."
        let found = dates(text)
        #expect(found.map(\.text) == ["between 1:45am and 2:15am", "Wednesday", "22:45 GMT", "23:15 GMT", "Tuesday"])
        guard found.count == 5 else { return }
        #expect(found[0].isRange && found[0].value == "2020-01-08T01:45" && found[0].endValue == "2020-01-08T02:15")
        #expect(found[0].grain == .minute && found[0].timeZone == nil)
        #expect(found[1].value == "2020-01-08" && found[1].grain == .day && !found[1].isRange)
        #expect(found[2].value == "2020-01-07T22:45" && found[2].timeZone == "GMT" && found[2].grain == .minute)
        #expect(found[3].value == "2020-01-07T23:15" && found[3].timeZone == "GMT")
        #expect(found[4].value == "2020-01-07" && found[4].grain == .day)
        // Spans are Unicode-scalar offsets into the paragraph.
        let scalars = Array(text.unicodeScalars)
        for mention in found {
            #expect(String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end])) == mention.text)
        }
    }

    // MARK: Weekdays and relative days

    static let weekdaysResolveToThePastCases: [DateCase] = [
        DateCase("The attack on Wednesday killed no one.", published: "2020-01-10", value: "2020-01-08"),
        DateCase("Wednesday's attack killed no one.", published: "2020-01-10", value: "2020-01-08"),
        DateCase("Wednesday's attack killed no one.", value: "2020-01-08", mention: "Wednesday"),
        DateCase("Iran struck on Wednesday, the ministry said.", value: "2020-01-08"),
        DateCase("Talks broke down on Thursday.", value: "2020-01-02"),
        DateCase("Protests began on Sunday night.", value: "2020-01-05", mention: "Sunday night"),
        DateCase("It happened last Wednesday.", value: "2020-01-01"),
        DateCase("He flies to Paris next Monday.", value: "2020-01-13"),
        DateCase("IRAN STRIKES U.S. BASES ON WEDNESDAY", value: "2020-01-08"),
        // A possessive whose apostrophe the text lost.
        DateCase("Mondays shelling hit two clinics.", value: "2020-01-06", mention: "Mondays"),
        DateCase("Medics said a nurse was among Sundays victims.", value: "2020-01-05", mention: "Sundays"),
        DateCase("During Tuesdays vote in the assembly nobody spoke.", value: "2020-01-07", mention: "Tuesdays"),
    ]

    @Test(arguments: weekdaysResolveToThePastCases) func weekdaysResolveToThePast(_ c: DateCase) { check(c) }

    static let publicationDateWithATimeCases: [DateCase] = [
        DateCase("The attack on Wednesday killed no one.", published: "2020-01-10T14:30:00Z", value: "2020-01-08"),
        DateCase("The attack on Wednesday killed no one.", published: "2020-01-10 14:30:00", value: "2020-01-08"),
    ]

    @Test(arguments: publicationDateWithATimeCases) func publicationDateWithATime(_ c: DateCase) { check(c) }

    static let futureVerbsLookForwardCases: [DateCase] = [
        DateCase("Parliament will vote on Friday.", value: "2020-01-10"),
        DateCase("Elections will be held on March 3.", value: "2020-03-03"),
        DateCase("The summit is due to open on Monday.", published: "2020-01-08", value: "2020-01-13"),
        DateCase("Tariffs were to replace a scheduled Dec. 15 increase.", published: "2019-11-20", value: "2019-12-15"),
        DateCase("Talks are planned for Monday.", value: "2020-01-13"),
        // Without one, the past.
        DateCase("Planned outages in October left thousands without power.", value: "2019-10"),
        DateCase("Parliament voted on Friday.", value: "2020-01-03"),
    ]

    @Test(arguments: futureVerbsLookForwardCases) func futureVerbsLookForward(_ c: DateCase) { check(c) }

    static let relativeDaysCases: [DateCase] = [
        DateCase("Police said yesterday that two men were arrested.", value: "2020-01-07"),
        DateCase("The funeral is today.", value: "2020-01-08"),
        DateCase("Crowds gathered tonight in Tehran.", value: "2020-01-08"),
        DateCase("Rockets hit the embassy last night.", value: "2020-01-07", mention: "last night"),
        DateCase("The body will be flown home tomorrow.", value: "2020-01-09"),
        DateCase("She arrived three days ago.", value: "2020-01-05"),
        DateCase("He spoke yesterday morning.", value: "2020-01-07"),
    ]

    @Test(arguments: relativeDaysCases) func relativeDays(_ c: DateCase) { check(c) }

    // MARK: Weeks, months, years

    @Test func weeksAreISOWeeks() {
        let last = only("Sanctions were announced last week.")
        #expect(last?.value == "2020-W01" && last?.grain == .week && last?.text == "last week")
        #expect(value("The talks resume next week.") == "2020-W03")
        #expect(value("Earlier this week the ministry denied it.") == "2020-W02")
        // 2020 has 53 ISO weeks.
        #expect(value("Sanctions were announced last week.", published: "2021-01-05") == "2020-W53")
    }

    /// `during the last week`, `over the past week`: the seven days up to the report, the week before the
    /// publication's to its own; not `the last week of March`, one week named, nor `the past week` alone.
    @Test func thePastWeekRunsUpToTheReport() {
        for text in ["Prices rose over the last week.", "In the past week, 12 people died.", "Talks stalled during the last week."] {
            let week = only(text)
            #expect(week?.value == "2020-W01" && week?.endValue == "2020-W02" && week?.isRange == true, "\(text)")
            #expect(week?.grain == .week && week?.text.lowercased().hasSuffix("week") == true, "\(text)")
        }
        #expect(dates("Sales peaked in the last week of the season.").isEmpty)
        #expect(dates("The past week was quiet.").isEmpty)
    }

    /// Datelines written with numbers, day first: `26.11.2014`, `26-11-2014`; not a month above 12. With
    /// dashes, only where no month-first reading is possible (`04-10-2015` is April in the US) or where the
    /// day-first reading is the publication date.
    @Test func numericDatelinesAreDays() {
        #expect(value("26.11.2014 Clashes continued near the border.") == "2014-11-26")
        #expect(value("26-11-2014 Talks resumed.") == "2014-11-26")
        #expect(value("04-04-2015 Talks resumed.") == "2015-04-04")
        #expect(value("04.10.2015 Talks resumed.") == "2015-10-04")
        #expect(dates("04-10-2015 Talks resumed.").isEmpty)
        // … unless the day-first reading is the day the page is dated (its dateline, which the reader took).
        #expect(value("04-10-2015 Talks resumed.", published: "2015-10-04") == "2015-10-04")
        #expect(dates("04-10-2015 Talks resumed.", published: "2015-04-10").isEmpty)
        #expect(dates("11-26-2014 Talks resumed.").isEmpty)
        #expect(dates("Version 2.31.2014 shipped.").isEmpty)
    }

    /// `late-March`, `early-May` as `mid-April`: the month.
    @Test func partsOfAMonthGluedToItAreTheMonth() {
        #expect(value("Fighting flared in late-March.") == "2019-03")
        #expect(value("Early-May saw another push.") == "2019-05")
        #expect(value("Talks resume in early-January.") == "2020-01")
        #expect(dates("He was an early-riser.").isEmpty)
    }

    @Test func monthsAndYears() {
        let month = only("Exports fell last month.")
        #expect(month?.value == "2019-12" && month?.grain == .month)
        #expect(value("Exports fell this month.") == "2020-01")
        #expect(value("The deal was signed in March.") == "2019-03")
        #expect(value("The deal was signed in January 2020.") == "2020-01")
        #expect(value("Fighting flared in mid-January.") == "2020-01")
        let year = only("The economy grew this year.")
        #expect(year?.value == "2020" && year?.grain == .year)
        #expect(value("The economy shrank last year.") == "2019")
    }

    @Test func yearsIntroducedByAPrepositionOrAMonth() {
        let year = only("The company was founded in 2019.")
        #expect(year?.value == "2019" && year?.grain == .year && year?.text == "2019")
        #expect(value("The war has killed thousands since 2011.") == "2011")
        #expect(value("Emissions must halve by 2030.") == "2030")
        #expect(value("Troops will leave by the end of 2021.") == "2021")
        #expect(value("Output peaked in mid-2019.") == "2019")
        #expect(value("Prices rose in early 2019.") == "2019")
    }

    // MARK: Calendar dates

    static let monthDayWithAndWithoutYearCases: [DateCase] = [
        DateCase("The strike came on January 8.", published: "2020-01-10", value: "2020-01-08"),
        DateCase("The strike came on Jan. 8.", published: "2020-01-10", value: "2020-01-08"),
        DateCase("The strike came on Jan 8.", published: "2020-01-10", value: "2020-01-08"),
        DateCase("The strike came on 8 January.", published: "2020-01-10", value: "2020-01-08"),
        DateCase("The strike came on 8th January.", published: "2020-01-10", value: "2020-01-08"),
        DateCase("The strike came on the 3rd of January.", value: "2020-01-03"),
        // The most recent such date, not after publication.
        DateCase("The strike came on January 9.", published: "2020-01-08", value: "2019-01-09"),
        DateCase("Soleimani was killed on January 3.", value: "2020-01-03"),
        DateCase("Protests began on December 31.", value: "2019-12-31"),
        DateCase(
            "It was signed on 8 January 2020 in Geneva.", published: "2021-06-01", value: "2020-01-08",
            mention: "8 January 2020"),
        DateCase("The bombing on April 19 2017 killed 12.", value: "2017-04-19"),
        DateCase("The bombing on April 19, 2017, killed 12.", value: "2017-04-19"),
        DateCase("The bombing on Sept. 11, 2001, changed everything.", value: "2001-09-11"),
        DateCase("A leap day: February 29.", published: "2021-03-01", value: "2020-02-29"),
        DateCase("Filed 2019-11-20 in Delaware.", value: "2019-11-20"),
    ]

    @Test(arguments: monthDayWithAndWithoutYearCases) func monthDayWithAndWithoutYear(_ c: DateCase) { check(c) }

    static let weekdayPicksTheYearOfAMonthDayCases: [DateCase] = [
        // 6 December 2019 is a Friday: a scheduled date after publication, not 2018.
        DateCase("Tickets go on sale Friday, Dec. 6, at LiveNation.com.", published: "2019-11-20", value: "2019-12-06"),
        DateCase("He was born on Wednesday 8 January.", published: "2021-03-01", value: "2020-01-08"),
    ]

    @Test(arguments: weekdayPicksTheYearOfAMonthDayCases) func weekdayPicksTheYearOfAMonthDay(_ c: DateCase) {
        check(c)
    }

    @Test func weekdayBeforeAFullDateIsOneMention() {
        let found = only("The vote took place on Wednesday, January 8, 2020.", published: nil)
        #expect(found?.text == "Wednesday, January 8, 2020" && found?.value == "2020-01-08")
    }

    @Test func datelineInTheHeadline() {
        let article = Article(
            title: "Iraq says no casualties, Jan 8 (Reuters)", paragraphs: [], published: "2020-01-08")
        let found = DateExtractor().extract(from: AnalyzedArticle(article))
        #expect(found.count == 1)
        #expect(found.first?.span.paragraph == 0 && found.first?.value == "2020-01-08" && found.first?.text == "Jan 8")
    }

    // MARK: Clock times

    @Test func clockTimesTakeTheDayOfTheirClause() {
        #expect(value("The blast struck at 2.15pm.") == nil)
        let pm = dates("The blast struck at 2.15pm on Tuesday.")
        #expect(pm.first?.value == "2020-01-07T14:15" && pm.first?.text == "2.15pm")
        let hour = dates("Voting opened at 10 a.m. on Monday.")
        #expect(hour.first?.value == "2020-01-06T10" && hour.first?.grain == .hour && hour.first?.text == "10 a.m.")
        let wire = dates("The first missile landed on Tuesday at 0400 GMT, the army said.")
        #expect(wire.map(\.text) == ["Tuesday", "0400 GMT"])
        #expect(wire.last?.value == "2020-01-07T04:00" && wire.last?.timeZone == "GMT")
        let local = dates("Sirens sounded at 1:30 a.m. local time yesterday.")
        #expect(local.first?.value == "2020-01-07T01:30" && local.first?.timeZone == "local")
        #expect(dates("Curfew starts at 22:00 tonight.").first?.value == "2020-01-08T22:00")
        #expect(dates("The convoy left at noon on Sunday.").first?.value == "2020-01-05T12:00")
        // Text that lost its colons.
        #expect(dates("The raids hit Hass around 1130 am on Wednesday.").first?.value == "2020-01-08T11:30")
        // The day of a saying does not date the event before it.
        let said = dates("The first blast was heard at 1:45am, police said on Tuesday.")
        #expect(said.first?.text == "1:45am" && said.first?.value == nil)
        // A day in an earlier clause of the same sentence does.
        #expect(dates("On Tuesday, at 11pm, the rockets came.").last?.value == "2020-01-07T23")
    }

    @Test func clockTimeRanges() {
        let over = dates("Shelling continued between 11pm and 1am on Tuesday.")
        #expect(
            over.first?.value == "2020-01-07T23" && over.first?.endValue == "2020-01-08T01"
                && over.first?.grain == .hour)
        let shared = dates("The polls were open from 8 to 11am on Monday.")
        #expect(
            shared.first?.text == "from 8 to 11am" && shared.first?.value == "2020-01-06T08"
                && shared.first?.endValue == "2020-01-06T11")
        let afternoon = dates("The strike lasted from 1:45 to 2:15pm yesterday.")
        #expect(afternoon.first?.value == "2020-01-07T13:45" && afternoon.first?.endValue == "2020-01-07T14:15")
        let dashed = dates("Markets were closed 10am-2pm on Monday.")
        #expect(
            dashed.first?.text == "10am-2pm" && dashed.first?.isRange == true
                && dashed.first?.endValue == "2020-01-06T14")
    }

    // MARK: Date ranges

    @Test func dateRanges() {
        let days = only("Talks ran from Monday to Wednesday.", published: "2020-01-10")
        #expect(
            days?.isRange == true && days?.value == "2020-01-06" && days?.endValue == "2020-01-08"
                && days?.grain == .day)
        let years = only("Inflation doubled between 2015 and 2019.")
        #expect(years?.value == "2015" && years?.endValue == "2019" && years?.grain == .year)
        let span = only("The festival runs 8-10 January.", published: "2020-01-10")
        #expect(span?.value == "2020-01-08" && span?.endValue == "2020-01-10" && span?.text == "8-10 January")
        let months = only("Sales fell between March and May.", published: "2020-06-01")
        #expect(months?.value == "2020-03" && months?.endValue == "2020-05")
        let bare = only("The 2012 through 2015 models had a different keyboard.")
        #expect(bare?.text == "2012 through 2015" && bare?.value == "2012" && bare?.endValue == "2015")
        #expect(only("He led the company from 2004 – 2014.")?.text == "from 2004 – 2014")
        #expect(only("The war of 1939-1945 ended.")?.endValue == "1945")
    }

    // MARK: Without a publication date

    @Test func noPublicationDateKeepsTextAndSpan() {
        let found = only("Iran struck on Wednesday.", published: nil)
        #expect(found?.text == "Wednesday" && found?.value == nil && found?.grain == .day && found?.span.start == 15)
        #expect(only("Sanctions came last week.", published: nil)?.value == nil)
        #expect(dates("The missiles landed at 1:45am on Wednesday.", published: nil).map(\.value) == [nil, nil])
        #expect(only("The bombing on January 8 was condemned.", published: nil)?.value == nil)
        // A date that says everything needs no anchor.
        #expect(value("The company was founded in 2019.", published: nil) == "2019")
        #expect(value("It was signed on 8 January 2020.", published: nil) == "2020-01-08")
        #expect(value("It was signed on Wednesday.", published: "not a date") == nil)
    }

    // MARK: Not dates

    static let notDates: [String] = [
        // A span of time, not a date.
        "Some 2019 people signed the petition.",
        "The count fell from 2000 to 1500.",
        "The toll rose by 2000 people.",
        "Centre Jamie Noon was injured.",
        "Between 1500 and 2000 people marched.",
        "Some 1500 to 2000 troops remain.",
        "Crowds grew from 1500 to 2000 people.",
        "Iraq invoked Article 51 of the UN Charter.",
        "5 people were killed and 12 injured.",
        "Leaders met at the G20 summit in Osaka.",
        // (A decade, `in the 1990s`, is a range of years since stop 40: DateNamedYearAndPresentEraTests.)
        "The conflict began in the late 1990s.",
        "Theresa May said she would resign.",
        "The minister said talks may resume.",
        "Marchers commemorated Bloody Sunday.",
        "He told the Sunday Times he would stay.",
        "She told the BBC's Today programme.",
        "Richardson told USA Today he disagreed.",
        "Shoppers queued for black Friday deals.",
        "Jan Egeland, of the Norwegian Refugee Council, said aid was blocked.",
        "The F16 jets flew 20 sorties at 300 knots, 1:2 odds.",
        // A plural day name is every such day; a band's name is no day.
        "The market opens on Thursdays and Fridays.",
        "Most Sundays the square is empty.",
        "Mondays are the busiest for the clinic.",
        "The choir sings on most Fridays too.",
        "Fans of Happy Mondays singer Ryder queued.",
        "The gallery is closed Mondays except in summer.",
        "She works Saturdays now.",
        "Sundays usually draw the biggest crowds.",
    ]

    @Test(arguments: notDates) func numbersAndNamesThatAreNotDates(_ text: String) {
        #expect(dates(text).isEmpty)
    }

    // MARK: The calendar

    @Test func gregorianArithmetic() {
        let wednesday = CivilDate(year: 2020, month: 1, day: 8)
        #expect(wednesday.weekday == 3)
        #expect(CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CivilDate(year: 2000, month: 2, day: 29).adding(days: 1) == CivilDate(year: 2000, month: 3, day: 1))
        #expect(CivilDate(year: 1900, month: 2, day: 28).adding(days: 1) == CivilDate(year: 1900, month: 3, day: 1))
        #expect(CivilDate(year: 2019, month: 12, day: 30).isoWeek == (2020, 1))
        #expect(CivilDate(year: 2021, month: 1, day: 3).isoWeek == (2020, 53))
        #expect(CivilDate(year: 2016, month: 1, day: 1).isoWeek == (2015, 53))
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: number).dayNumber == number)
        }
        #expect(CivilDate(iso: "2020-01-08T14:30:00+03:00") == wednesday)
        #expect(CivilDate(iso: "2020-02-30") == nil)
        #expect(CivilDate.month(year: 2020, month: 1, adding: -1) == (2019, 12))
    }
}
