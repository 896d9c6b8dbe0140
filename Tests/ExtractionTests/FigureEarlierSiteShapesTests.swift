import ArticleModel
import Testing

@testable import Extraction

/// Shapes of the place a sentence before names for a count whose own sentence names none: a town given with
/// its province and country (`Vesk, a village in the western Hama province, Syria`), districts side by side
/// in a city (the city), and what stops it (two places side by side, a sentence that tells of no incident).
@Suite struct FigureEarlierSiteShapesTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func described(_ figures: [Figure]) -> String {
        "\(figures.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })"
    }

    @Test(arguments: [
        // A town, then `a town in` its province and its country: the town.
        (
            [
                "Jets attacked a fuel convoy near Urum al-Sughra, a town in the western Aleppo Governorate, "
                    + "northwestern Syria, on Monday. In the attack 14 civilians were killed, the monitor said."
            ],
            14.0, "Urum al-Sughra"
        ),
        (
            ["Jets bombed Saraqib, a town in Idlib province, on Thursday.", "Eight civilians died in the raid."], 8,
            "Saraqib"
        ),
        // The same with the commas lost: `X a town in … Y Governorate northwestern Z`, `X a village in Y`.
        (
            [
                "A convoy was hit by airstrikes in the town of Maarat al-Numan a town in the southern Idlib "
                    + "Governorate northwestern Syria on Monday. In the attack 14 civilians were killed."
            ],
            14.0, "Maarat al-Numan"
        ),
        (
            ["Jets bombed Kafr Nabl a village in Idlib province on Tuesday. The raid also killed 8 children."], 8,
            "Kafr Nabl"
        ),
        // The count's sentence names only where the victims were going; the place beside the border's neighbour.
        (
            [
                "More than 20 rebels were killed on Sunday in an attack near Atme on the border with Turkey.",
                "The attack killed 22 rebels as they were entering Turkey.",
            ],
            22, "Atme"
        ),
        // Districts side by side, then the city they lie in: the city.
        (
            [
                "Mortar shells hit the Sulaymaniyah and Jamiliyah neighborhoods and Bab Square in Aleppo on Friday. "
                    + "Some 9 people were killed."
            ],
            9, "Aleppo"
        ),
    ])
    func thePlaceOfTheSentenceBefore(paragraphs: [String], value: Double, expected: String) {
        let found = figures(paragraphs).first { $0.value == value }
        #expect(found?.earlierSite == expected && found?.site == nil, "\(described(figures(paragraphs)))")
    }

    @Test(arguments: [
        // A place where nothing happened, in the same paragraph.
        ["Talks were held in Geneva on Tuesday. Five people were killed in the fighting."],
        ["Thousands of pilgrims gathered in Mecca on Tuesday. Five people were killed in the fighting."],
        // Districts side by side before, with no city named.
        ["Mortar shells hit the Sulaymaniyah and Jamiliyah neighborhoods and Bab Square. Five people were killed."],
        // Two places side by side before.
        ["Artillery pounded Homs and Hama on Tuesday. The shelling killed five people."],
        // Towns listed with their commas lost are still several places, a town named `a day after` another too.
        ["Jets bombed Ariha Saraqib and Binnish on Monday. In the attack five people were killed."],
        ["Jets bombed Saraqib a day after shelling Ariha in Idlib province. The raid killed five people."],
    ])
    func noPlaceFromBefore(paragraphs: [String]) {
        let found = figures(paragraphs).first { $0.value == 5 }
        #expect(found != nil)
        #expect(found?.site == nil && found?.earlierSite == nil, "\(described(figures(paragraphs)))")
    }

    @Test(arguments: [
        // After a paragraph break, a sentence that brings in another incident: its place is unknown.
        ["Jets bombed Saraqib on Monday, killing 4 people.", "A car bomb exploded at a checkpoint, killing 5 people."],
        ["Jets bombed Saraqib on Monday, killing 4 people.", "In another attack 5 people were killed."],
    ])
    func noPlaceFromTheParagraphBeforeForAnotherIncident(paragraphs: [String]) {
        let found = figures(paragraphs).first { $0.value == 5 }
        #expect(found != nil)
        #expect(found?.site == nil && found?.earlierSite == nil, "\(described(figures(paragraphs)))")
    }

    @Test(arguments: [
        // A sentence pointing back to the incident takes its place across the paragraph break.
        ["Jets bombed Saraqib on Monday, killing 4 people.", "The raid also wounded 5 people."],
        ["Jets bombed Saraqib on Monday.", "In the attack 5 people were killed."],
        ["Jets bombed Saraqib on Monday.", "The blast killed 5 people and wounded 12, the monitor said."],
    ])
    func thePlaceFromBeforeForTheSameIncident(paragraphs: [String]) {
        let found = figures(paragraphs).first { $0.value == 5 }
        #expect(found?.site == "Saraqib" || found?.earlierSite == "Saraqib", "\(described(figures(paragraphs)))")
    }

    @Test func theSamePlaceStillStandsPastASentenceOfNoIncident() {
        let paragraphs = ["Jets bombed Douma on Monday. The army said it would respond. Two children were killed."]
        let found = figures(paragraphs).first { $0.value == 2 }
        #expect(found?.site == "Douma" || found?.earlierSite == "Douma", "\(described(figures(paragraphs)))")
    }

    @Test(
        arguments: [
            // Districts side by side and no city: none of them.
            (
                "Dozens of shells hit the Sulaymaniyah and Jamiliyah neighborhoods and Bab Square on Friday, killing 7 people.",
                nil
            ),
            // The city they lie in named after them: the city.
            (
                "Shells hit the Sulaymaniyah and Jamiliyah neighborhoods and Bab Square in Aleppo on Friday, killing 7 people.",
                "Aleppo"
            ),
            // Where the victims were going is no site; where troops went and fought is.
            ("Border guards shot dead 7 migrants as they were crossing into Turkey.", nil),
            ("Border guards shot dead 7 migrants trying to reach Turkey.", nil),
            ("Troops entered Saraqib on Monday, killing 7 people.", "Saraqib"),
            // Who crossed into a place and acted there struck it.
            ("Militants crossed into Saraqib and attacked a checkpoint, killing 7 soldiers.", "Saraqib"),
            ("Gunmen made their way into Saraqib and killed 7 people.", "Saraqib"),
            // A place after `and` that opens the next clause or names a noun's people is no second place.
            ("Shelling killed 7 people in Saraqib and Turkey said it would respond.", "Saraqib"),
            ("Shelling killed 7 people in Saraqib and Aleppo residents fled.", "Saraqib"),
            // A list of two places stays one of neither.
            ("Shelling killed 7 people in Saraqib and Binnish on Monday.", nil),
            ("Shelling killed 7 people in Saraqib and Binnish towns.", nil),
            // A verb after the pair may be the whole phrase's: the pair stays a pair.
            ("The 7 raids on Saraqib and Binnish were the heaviest this year.", nil),
        ] as [(String, String?)])
    func theSiteOfTheFiguresOwnSentence(text: String, expected: String?) {
        let found = figures([text]).first { $0.value == 7 }
        #expect(found != nil)
        #expect(found?.site == expected, "\(described(figures([text])))")
    }
}
