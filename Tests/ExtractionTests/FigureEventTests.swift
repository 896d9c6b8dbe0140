import ArticleModel
import Testing

@testable import Extraction

/// What happened to what a figure counts, in the ways news sentences and headlines say it.
@Suite struct FigureEventTests {
    func event(of value: Double, in text: String) -> String? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).figures.first { $0.value == value && $0.span.paragraph == 1 }?
            .event
    }

    @Test(arguments: [
        // A verb in the third person singular before the number, as headlines write it.
        ("Landslide kills 14 villagers in mountain province", 14.0, "killed"),
        ("Drone strike hits 3 trucks near the border", 3, "hit"),
        // An event noun with `of`.
        ("The evacuation of 2,000 residents began at dawn.", 2000, "evacuated"),
        // A participle right after the counted noun wins over the verb before the number.
        ("Boy Killed 12 Villagers Injured in Market Blast", 12, "injured"),
        // Parts of a group take the group's event.
        ("The earthquake killed 40 people, including 11 children.", 11, "killed"),
        ("Gunmen killed 9 guards, among them 2 officers.", 2, "killed"),
        ("Three nurses were among 25 people injured in the blast.", 3, "injured"),
        // Strikes counted are strikes made; a noun that is itself the event.
        ("Jets carried out 40 air strikes on the valley overnight.", 40, "launched"),
        ("Officials confirmed the four fatalities on Monday.", 4, "killed"),
    ])
    func eventOfTheFigure(text: String, value: Double, expected: String) {
        #expect(event(of: value, in: text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("The company hires 300 engineers a year.", 300.0),
        ("The hospital has 40 beds for the wounded.", 40),
        ("The club signed 3 players, including 2 defenders.", 2),
    ])
    func noEventWhereNothingHappenedToThem(text: String, value: Double) {
        #expect(event(of: value, in: text) == nil, "\(text)")
    }
}
