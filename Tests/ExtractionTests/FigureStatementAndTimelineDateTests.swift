import ArticleModel
import Testing

@testable import Extraction

/// The day of a saying dates the statement, not a count told in a relative clause or after `adding that`;
/// and in a timeline run into the text, an entry's date dates the count in the lines under it. Sentences
/// written for these tests, in an article published on Friday 15 March 2019.
@Suite struct FigureStatementAndTimelineDateTests {
    func figure(_ value: Double, in text: String) -> Figure? { TestData.figurePublishedFriday(value, in: text) }

    @Test(arguments: [
        ("A gas attack that killed 31 people in Tovin was the work of the army, the watchdog said on Tuesday.", 31.0),
        ("The raid which left 31 dead in Marlow broke the truce, monitors said Tuesday.", 31),
        ("Officials said Tuesday that a blast which has killed 31 people was no accident.", 31),
        ("The army said on Tuesday, adding that the blast had taken the lives of 31 soldiers.", 31),
    ])
    func aSayingsDayDoesNotDateTheCountOfAnotherClause(text: String, value: Double) {
        let found = figure(value, in: text)
        #expect(found != nil, "\(text)")
        #expect(found?.date == nil, "\(text): \(found?.date ?? "nil")")
    }

    @Test(arguments: [
        // What was said: the saying's day stands for the incident's.
        ("Monitors said on Tuesday that shelling killed 31 people in Tovin.", "2019-03-12"),
        ("Shelling killed 31 people in Tovin, monitors said on Tuesday.", "2019-03-12"),
        // The incident's own day beside the saying's.
        ("The group said on Tuesday, adding that 31 soldiers were killed in Monday's fighting.", "2019-03-11"),
        ("A strike that killed 31 people in Tovin on Monday was condemned, the envoy said on Tuesday.", "2019-03-11"),
    ])
    func aSayingsDayStillDatesWhatWasSaid(text: String, date: String) {
        #expect(figure(31, in: text)?.date == date, "\(text)")
    }

    @Test func aLineUnderATimelineEntryTakesItsDate() {
        let text =
            "May 4 2011 Crowds fill the squares of Tovin. September 30 2015 Jets of a neighbour join the raids on Tovin. "
            + "With that help the army retakes ground. Thousands more civilians killed."
        let found = TestData.figures([text]).first { $0.text.hasPrefix("Thousands") }
        #expect(found?.date == "2015-09-30", "\(found?.date ?? "nil")")
        #expect(found?.isDatedByEarlierSentence == true)
    }

    @Test func aBareYearEntryDatesTheLineUnderIt() {
        let text = "May 4 2011 Crowds fill the squares of Tovin. 2014 Rebels shell the port of Marlow. 40 civilians killed."
        let found = TestData.figures([text]).first { $0.value == 40 }
        #expect(found?.date == "2014", "\(found?.date ?? "nil")")
    }

    @Test func oneDatedOpeningIsNoTimeline() {
        let text =
            "September 30 2015 Jets of a neighbour join the raids on Tovin. With that help the army retakes ground. "
            + "Thousands more civilians killed."
        let found = TestData.figures([text]).first { $0.text.hasPrefix("Thousands") }
        #expect(found != nil)
        #expect(found?.date == nil, "\(found?.date ?? "nil")")
    }
}
