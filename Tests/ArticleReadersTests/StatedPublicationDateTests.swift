import ArticleModel
import Foundation
import Testing

@testable import ArticleReaders

/// A publication date the text states at its start is used when the file gives none, and says so.
@Suite struct StatedPublicationDateTests {
    func read(_ text: String, flags: ArticleMetadata = ArticleMetadata()) throws -> Article {
        let reader = ArticleFileReader(metadata: flags)
        return try #require(try reader.read(Array(text.utf8), origin: "story.txt").first)
    }

    @Test(arguments: [
        ("Posted on March 3 2018 by Gulf Wire Staff The storm flattened two villages.", "2018-03-03"),
        ("Published 14 October 2019 Heavy rain closed the coastal road.", "2019-10-14"),
        ("Reuters Friday 5 Jun 2015 Rescuers reached the mine at dawn.", "2015-06-05"),
        ("12.03.2016 The council voted to close the port.", "2016-03-12"),
        ("30-09-2013 Officials said the dam would hold.", "2013-09-30"),
        ("Last updated at Mar 042018 Cairo The talks resumed.", "2018-03-04"),
        ("MADRID 2001-05-17 Spanish police arrested four men.", "2001-05-17"),
        ("Date of publication 9 August 2012 The report found delays.", "2012-08-09"),
        ("4/13/2017 Protesters gathered outside the court.", "2017-04-13"),
        ("13/4/2017 Protesters gathered outside the court.", "2017-04-13"),
        ("Sat Nov 21st, 2009 Fans queued overnight for tickets.", "2009-11-21"),
        ("14.02.2019(revised 14.02.2019) The convoy left at noon.", "2019-02-14"),
    ])
    func dateAtTheOpeningIsThePublicationDate(opening: String, date: String) throws {
        let article = try read("Storm report\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == date)
        #expect(article.publishedFrom == .text)
    }

    @Test(arguments: [
        "The treaty was signed on July 2 2016 in Vienna.",
        "2 children among 5 hurt in a crash on May 4 2015 near the border.",
        "31.02.2016 The council met.",
        "Officials said on 12.03.2016 that the port would close.",
        "In March 2018 the storm season began early.",
        "As of 29 November 2019, ten ferries will run each day.",
        "On 3 May 2011 the army entered the town.",
        "AFP Tuesday 5 Jun 2015 Rescuers reached the mine.",  // 5 June 2015 was a Friday
        "Heavy rain fell for a week, and on 14 October 2019 the river broke its banks.",
    ])
    func aDateInsideTheStoryIsNotThePublicationDate(opening: String) throws {
        let article = try read("Storm report\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == nil)
        #expect(article.publishedFrom == nil)
    }

    @Test func aHeadlineRepeatedBeforeTheDateIsSkipped() throws {
        let article = try read(
            "Floods hit river towns\n\nFloods hit river towns AFP Monday 3 Aug 2020 Water rose overnight.\n\nMore.\n")
        #expect(article.published == "2020-08-03")
    }

    @Test(arguments: [" - ", " | "])
    func aHeadlineRepeatedWithoutItsSectionTrailIsSkipped(separator: String) throws {
        let title = ["Floods hit river towns", "Region", "World", "Daily Post"].joined(separator: separator)
        let article = try read(
            "\(title)\n\nFloods hit river towns AFP Monday 3 Aug 2020 Water rose overnight.\n\nMore.\n")
        #expect(article.published == "2020-08-03")
    }

    @Test func trailSeparatorsAreFoundWhereASubstringSearchFindsThem() {
        let titles = [
            "Floods hit - Region - World", "A -- B - C", "Storm | Weather |", " - ", "No trail here", "",
            "Café — Monde — Jour", "a - - b", "Prix – Ville – Pays – Journal",
        ]
        for title in titles {
            for separator in StatedPublicationDate.trailSeparators {
                var expected: [String.Index] = []
                var from = title.startIndex
                while let found = title.range(of: separator, range: from..<title.endIndex) {
                    expected.append(found.lowerBound)
                    from = found.upperBound
                }
                #expect(StatedPublicationDate.starts(of: separator, in: title) == expected, "\(title) \(separator)")
            }
        }
    }

    @Test(arguments: [
        "Ferry sinks off the cape - Reports Harbour Wire Tomas Brennik World 1730 06.04.2017 Divers searched.",
        "Ferry sinks off the cape Harbour Wire Tomas Brennik Middle East 0041 06.04.2017(updated 0105 06.04.2017) "
            + "Get short URL 0 12 Divers searched.",
        "Ferry sinks off the cape - Reports Harbour Wire Europe 17:30 06.04.2017 Divers searched.",
    ])
    func aPagesOutletBylineSectionAndClockTimeBeforeTheDateAreSkipped(opening: String) throws {
        let article = try read("Ferry sinks off the cape\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == "2017-04-06", "\(opening)")
    }

    @Test func furnitureLinesOfTheirOwnBeforeTheDatelineAreSkipped() throws {
        let article = try read(
            "Ferry sinks off the cape\n\nFerry sinks off the cape - Reports\n\nHarbour Wire\n\nTomas Brennik\n\n"
                + "World\n\n1730\n\n06.04.2017 Divers searched the bay.\n\nMore.\n")
        #expect(article.published == "2017-04-06")
    }

    @Test(arguments: [
        // A number that is no clock time, or a clock time away from the date, leaves the date in doubt.
        "Ferry sinks off the cape Harbour Wire World 1790 06.04.2017 Divers searched.",
        "Ferry sinks off the cape Harbour Wire 1730 World 06.04.2017 Divers searched.",
        "Ferry sinks off the cape 1730 divers searched on 06.04.2017 for the crew.",
    ])
    func aNumberBeforeTheDateThatIsNoPagesClockTime(opening: String) throws {
        let article = try read("Ferry sinks off the cape\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == nil, "\(opening)")
    }

    @Test func sentencesBeforeADateInALaterParagraphLeaveItAlone() throws {
        let article = try read(
            "Ferry sinks off the cape\n\nDivers searched the bay.\n\nThe crew was rescued.\n\nWinds rose.\n\n"
                + "06.04.2017 The port reopened.\n")
        #expect(article.published == nil)
    }

    @Test func theFilesOwnDateAndTheFlagComeFirst() throws {
        let text = "---\ntitle: Storm report\npublished: 2018-01-02\n---\n12.03.2016 The council voted.\n\nMore text.\n"
        let own = try read(text)
        #expect(own.published == "2018-01-02")
        #expect(own.publishedFrom == .file)
        let flagged = try read(text, flags: ArticleMetadata(published: "2019-05-06"))
        #expect(flagged.published == "2019-05-06")
        #expect(flagged.publishedFrom == .flag)
    }
}

/// Wire datelines at the top of plain text: with a year they date the article; without one, only when
/// the article's address names the year.
@Suite struct DatelinePublicationDateTests {
    func read(_ text: String) throws -> Article {
        try #require(try ArticleFileReader().read(Array(text.utf8), origin: "story.txt").first)
    }

    @Test(arguments: [
        ("Reuters Monday 21 Apr 2014 Aid trucks crossed the border at dawn.", "2014-04-21"),
        ("Mon 21 Apr 2014 10.05 BST Aid trucks crossed the border at dawn.", "2014-04-21"),
        ("CAIRO, March 3, 2018 (Reuters) - Aid trucks crossed the border at dawn.", "2018-03-03"),
        ("By Sam Reed KABUL, 9 October 2017 (AFP) - Aid trucks crossed the border at dawn.", "2017-10-09"),
    ])
    func aDatelineWithItsYear(opening: String, date: String) throws {
        let article = try read("Aid reaches the valley\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == date, "\(opening)")
        #expect(article.publishedFrom == .text)
    }

    @Test func aDatelineOnItsOwnLineUnderTheHeadline() throws {
        let article = try read(
            "Aid reaches the valley\n\nBy Sam Reed\n\nTue 9 Sep 2014 08.30 BST\n\nAid trucks crossed the border.\n")
        #expect(article.published == "2014-09-09")
    }

    @Test(arguments: [
        "CAIRO, March 3 (Reuters) - Aid trucks crossed the border at dawn.",
        "GENEVA, 3 March (AFP) — Aid trucks crossed the border at dawn.",
    ])
    func aDatelineWithoutAYearDatesNothingAlone(opening: String) throws {
        let article = try read("Aid reaches the valley\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == nil, "\(opening)")
        #expect(article.publishedFrom == nil)
    }

    @Test(arguments: [
        ("https://news.example.org/world/2018/03/03/aid-valley", "2018-03-03"),
        ("https://news.example.org/2018-03-04-aid-valley", "2018-03-03"),
        // The address names another month, or no month: no date.
        ("https://news.example.org/world/2018/04/01/aid-valley", nil),
        ("https://news.example.org/world/2018/aid-valley", nil),
    ])
    func aDatelineWithoutAYearTakesTheAddresssYear(url: String, date: String?) throws {
        let text =
            "---\ntitle: Aid reaches the valley\nurl: \(url)\n---\n"
            + "CAIRO, March 3 (Reuters) - Aid trucks crossed the border at dawn.\n\nMore text.\n"
        let article = try read(text)
        #expect(article.published == date, "\(url)")
        #expect(article.publishedFrom == (date == nil ? nil : .text))
    }

    @Test(arguments: [
        // A month and day inside a sentence is no dateline, whatever the address says.
        "Aid trucks crossed the border on March 3 (local time) - officials said.",
        "On March 3 - a Saturday - aid trucks crossed the border.",
    ])
    func aMonthAndDayInASentenceIsNoDateline(opening: String) throws {
        let text =
            "---\ntitle: Aid reaches the valley\nurl: https://news.example.org/2018/03/03/aid\n---\n"
            + "\(opening)\n\nMore text.\n"
        #expect(try read(text).published == nil, "\(opening)")
    }
}
