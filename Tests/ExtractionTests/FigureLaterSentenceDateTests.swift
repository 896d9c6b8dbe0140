import ArticleModel
import Testing

@testable import Extraction

/// An incident count whose sentence names no day takes the day a later sentence gives it: the next sentence
/// opening `Also on <day>` (or `Earlier on`) and telling of an incident, or a later sentence pointing back to
/// the incident at the count's place with a day. Anything less plain leaves it undated.
@Suite struct FigureLaterSentenceDateTests {
    /// The figure with `value` in an article whose body is `paragraphs`, published on Friday 15 March 2019.
    func figure(_ value: Double, in paragraphs: [String]) -> Figure? {
        let article = Article(
            title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) }, published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.first { $0.value == value && $0.span.paragraph >= 1 }
    }

    @Test(arguments: [
        // The next sentence opens on the same day.
        (["Nine fighters were killed in clashes near Tovin. Also on Monday, jets struck a market in Marlow."], 9.0),
        (["Shelling killed 12 people in Tovin. Earlier on Monday, a car bomb went off in Marlow."], 12),
        // … in the next paragraph, when the count's sentence closes its own.
        (
            [
                "At least 8 people were killed in shelling on Tovin.",
                "Earlier on Monday, rebels fired rockets at Marlow.",
            ], 8
        ),
        // A later sentence points back to the incident at the count's place, with a day.
        (
            [
                "Air strikes killed 30 civilians in Tovin. Residents fled after the bombing that targeted Tovin on Monday."
            ], 30
        ),
        (
            [
                "Over 40 civilians were killed when jets bombed the town of Tovin.", "Aid workers reached the town.",
                "The mayor condemned the raid on Tovin on Monday.",
            ], 40
        ),
        // The very next sentence opens pointing back to the incident with its day.
        (["Jets hit the town of Tovin and killed 20 people, the monitor said. The strike on Monday destroyed a bakery."], 20),
        (["A car bomb killed 11 people in Marlow. The blast Monday damaged a mosque."], 11),
    ])
    func aLaterSentenceGivesTheIncidentsDay(paragraphs: [String], value: Double) {
        let found = figure(value, in: paragraphs)
        #expect(found?.date == "2019-03-11", "\(paragraphs)")
        #expect(found?.isDatedByEarlierSentence == true, "\(paragraphs)")
    }

    @Test(arguments: [
        // No opener: `also` cut off by a comma, or in the middle of the sentence.
        (["Nine fighters were killed in clashes near Tovin. Also, on Monday jets struck a market in Marlow."], 9.0),
        (["Nine fighters were killed near Tovin. The group also said on Monday that it had seized a hill."], 9),
        // The opener's sentence tells of no incident, even when it names the count's place.
        (["A roadside bomb killed 4 guards near Tovin.", "Also on Monday, the mayor opened a bridge in Tovin."], 4),
        (["Floods killed 14 farmers in Tovin. Earlier on Monday, the minister toured a school in Marlow."], 14),
        // `Later on <day>` goes on from whatever was told last, not from the count's day.
        (["Floods killed 15 farmers in Tovin. Later on Monday, rockets struck a depot in Marlow."], 15),
        // The sentence before the count's names another day: the count may be that day's.
        (
            [
                "Rockets struck Tovin on Wednesday. Seven people were killed in Marlow. Earlier on Monday, jets bombed a market."
            ], 7
        ),
        // The incident pointed back to is another moment's, or another place's.
        (
            [
                "Shelling killed 30 civilians in Tovin. It came two days after the bombing that targeted Tovin on Monday."
            ], 30
        ),
        (["Shelling killed 31 civilians in Tovin. Residents recalled the bombing that targeted Marlow on Monday."], 31),
        // References to the place name two days, or a count there is dated to another day by its own clause.
        (
            [
                "Shelling killed 32 civilians in Tovin. The bombing that targeted Tovin on Monday and the raid on Tovin on Tuesday were condemned."
            ], 32
        ),
        (
            [
                "Shelling killed 33 civilians in Tovin. On Sunday, jets killed 6 people in Tovin.",
                "Residents fled after the bombing that targeted Tovin on Monday.",
            ], 33
        ),
        // The next sentence pointing back counts again (maybe another incident), or is not the very next.
        (["Jets hit Tovin and killed 21 people. The strike on Monday killed 4 more in Marlow."], 21),
        (["Jets hit Tovin and killed 22 people. Aid came. The strike on Monday destroyed a bakery."], 22),
        // A new incident, not one pointed back to.
        (["Jets hit Tovin and killed 23 people. A strike on Monday destroyed a bakery."], 23),
    ])
    func otherwiseTheCountStaysUndated(paragraphs: [String], value: Double) {
        #expect(figure(value, in: paragraphs)?.date == nil, "\(paragraphs)")
    }

    /// The next sentence's incident names another place than the count's: maybe another incident.
    @Test func anIncidentNamingAnotherPlaceGivesNoDay() {
        let text = "Jets hit Tovin and killed 24 people. The bombing on Monday of a Marlow hospital drew condemnation."
        let found = figure(24, in: [text])
        #expect(found != nil)
        #expect(found?.date == nil)
    }
}
