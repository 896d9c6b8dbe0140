import ArticleModel
import Testing

@testable import Extraction

/// Other stories' headlines glued into a lead after a date stamp or `Related` (a count in headline case there
/// is no figure of the article), and tolls told as a noun of the harm (`the death of eight`).
@Suite struct FigureGluedHeadlineTests {
    @Test(arguments: [
        // A stamp, another story's headline, then the lead.
        (
            "Newswire Monday 6 Mar 2017 Jets kill 14 near Marlow monitor Minister says talks go on Jets struck"
                + " Dunmore on Monday killing 9 people the monitor said.", 14.0
        ),
        (
            "Share this page Tuesday March 7 2017 Shelling kills 23 in Kestrel Council opens new bridge At least 5"
                + " people were killed in Dunmore on Tuesday officials said.", 23
        ),
        (
            "Views 210 Related Mayor quits over budget 17 civilians dead in Kestrel shelling Rockets struck"
                + " Dunmore on Friday killing 4 people.", 17
        ),
    ])
    func aGluedHeadlinesCountIsNoFigure(text: String, value: Double) {
        let figures = TestData.bodyFigures(text)
        #expect(!figures.contains { $0.value == value }, "\(text)")
        // The lead after the glued headlines keeps its toll.
        #expect(figures.contains { $0.event == "killed" && $0.value != value }, "\(text)")
    }

    @Test(arguments: [
        // A lead right after the stamp, told as prose.
        (
            "Newswire Monday 6 Mar 2017 At least 14 civilians were killed in air strikes on Marlow the monitor"
                + " said.", 14.0
        ),
        ("Newswire Monday 6 Mar 2017 Air strikes on Marlow killed 12 civilians on Monday a monitor said.", 12),
        ("Newswire Monday 6 Mar 2017 Shelling hit the market in Marlow on Monday leaving 11 dead.", 11),
        // Headline case with no stamp before it: the article's own.
        ("Jets kill 14 near Marlow monitor.", 14),
        // A stamp too far before the count to glue it.
        (
            "Newswire Monday 6 Mar 2017 " + String(repeating: "and the envoys met again ", count: 14)
                + "as jets kill 8 in Marlow.",
            8
        ),
    ])
    func aLeadKeepsItsToll(text: String, value: Double) {
        let figures = TestData.bodyFigures(text)
        #expect(figures.contains { $0.value == value && $0.event == "killed" }, "\(text)")
    }

    @Test func aStampOpeningItsParagraphDatesATimelineEntry() {
        let figures = TestData.figures([
            "Monday 6 March 2017 Gunmen kill 14 at a market in Marlow, officials say.",
            "Friday 10 March 2017 Air strikes kill 30 in Dunmore.",
        ])
        let first = figures.first { $0.value == 14 }
        let second = figures.first { $0.value == 30 }
        #expect(first?.event == "killed" && first?.date == "2017-03-06", "\(figures.map(\.text))")
        #expect(second?.event == "killed" && second?.date == "2017-03-10", "\(figures.map(\.text))")
    }

    @Test(arguments: [
        // `Related` describing a noun is an adjective, not furniture.
        "Related flooding in the valley kills 3 people a week, officials say.",
        "Related attacks kill 3 people in Marlow each month.",
    ])
    func relatedAsAnAdjectiveGluesNothing(text: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 3 }, "\(text)")
        #expect(figure.event == "killed", "\(text)")
    }

    @Test func relatedWithAColonGluesAHeadline() {
        let text =
            "Views 210 Related: Mayor quits over budget 17 civilians dead in Kestrel shelling Rockets struck Dunmore"
            + " on Friday killing 4 people."
        let figures = TestData.bodyFigures(text)
        #expect(!figures.contains { $0.value == 17 }, "\(figures.map(\.text))")
        #expect(figures.contains { $0.value == 4 && $0.event == "killed" }, "\(figures.map(\.text))")
    }

    @Test func thePagesOwnHeadlineRepeatedAfterTheStampStays() {
        let article = Article(
            title: "Jets kill 14 near Marlow",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "Newswire Monday 6 Mar 2017 Jets kill 14 near Marlow Minister says talks go on Jets kill 9 in"
                        + " Dunmore Jets struck Marlow on Monday killing 14 people the monitor said.")
            ])
        let body = TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 1 }
        #expect(body.filter { $0.value == 14 }.count == 2, "\(body.map(\.text))")
        #expect(!body.contains { $0.value == 9 }, "\(body.map(\.text))")
    }

    @Test(arguments: [
        (
            "Shells struck the market in Marlow, leading to the death of six and the injury of 41 according to Radio"
                + " Kestrel.", 6.0, "killed"
        ),
        (
            "Shells struck the market in Marlow, leading to the death of six and the injury of 41 according to Radio"
                + " Kestrel.", 41, "injured"
        ),
        ("The raid caused the wounding of 12 villagers near Dunmore.", 12, "injured"),
        ("The deaths of five soldiers were reported in Marlow.", 5, "killed"),
    ])
    func aTollToldAsANounOfTheHarm(text: String, value: Double, event: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.event == event, "\(text)")
        #expect(figure.unit == "person" || figure.unit == "villager" || figure.unit == "soldier", "\(text)")
    }

    @Test func theInjuryOfTheTollHasItsSource() throws {
        let text =
            "Shells struck the market in Marlow, leading to the death of six and the injury of 41 according"
            + " to Radio Kestrel."
        let figures = TestData.bodyFigures(text)
        #expect(figures.filter { $0.source == "Radio Kestrel" }.count == 2, "\(figures.map(\.source))")
    }
}

/// A glued headline's `says` names no source for the lead after it.
@Suite struct GluedHeadlineSourceTests {
    @Test func aGluedHeadlinesSpeakerIsNoSource() throws {
        let text =
            "Monday 6 Mar 2017 Related Kestrel Minister says talks go on Rockets struck Dunmore on Monday"
            + " killing 4 people."
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 4 })
        #expect(figure.source?.contains("Kestrel") != true, "\(figure.source ?? "nil")")
    }

    @Test func aLeadAfterTheStampThatReportsACountKeepsItsSource() throws {
        let text = "Monday 6 Mar 2017 Kestrel state media says 30 people have been killed in rocket fire on Dunmore."
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 30 })
        #expect(figure.source?.contains("state media") == true, "\(figure.source ?? "nil")")
    }

    @Test func aSaysWithNoStampBeforeItStillReports() throws {
        let figure = try #require(TestData.bodyFigures("The Kestrel ministry says 40 families were moved.").first)
        #expect(figure.source?.contains("Kestrel") == true, "\(figure.source ?? "nil")")
    }
}
