import ArticleModel
import Testing

@testable import Extraction

/// An incident figure whose sentence names no place takes, apart from its site, the one place a sentence
/// shortly before named (`earlierSite`); never over a turn elsewhere, from one of several places, from a
/// headline, or for a total or people driven out.
@Suite struct FigureEarlierSiteTests {
    /// The figures of an article whose body paragraphs are `paragraphs` (after a headline and a byline).
    func figures(_ paragraphs: [String], headline: String = "Report") -> [Figure] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .standfirst, text: "By a staff reporter.")]
                + paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func figure(_ value: Double, in paragraphs: [String], headline: String = "Report") -> Figure? {
        figures(paragraphs, headline: headline).first { $0.value == value }
    }

    @Test(arguments: [
        // The paragraph before.
        (
            ["Warplanes pounded the town of Saraqib on Monday.", "The raids killed 12 civilians, the monitor said."],
            12.0, "Saraqib"
        ),
        (
            [
                "Government forces shelled Douma overnight, residents said.",
                "At least 23 people died and 40 were hurt.",
            ],
            40, "Douma"
        ),
        // Two sentences back, past a sentence that names no place.
        (
            ["Rebels fired rockets at Aleppo on Sunday.", "The army said it would respond. Two children were killed."],
            2, "Aleppo"
        ),
        // The nearest of two sentences naming places (the paragraph as a whole names two, so it gives no site).
        (["Jets bombed Homs on Monday. On Tuesday they struck Hama. The strikes killed nine people."], 9, "Hama"),
        // Strikes too.
        (["The army attacked Idlib at dawn.", "Jets fired 20 missiles, the monitor said."], 20, "Idlib"),
    ])
    func thePlaceOfTheNearestEarlierSentence(paragraphs: [String], value: Double, expected: String) {
        let found = figure(value, in: paragraphs)
        #expect(found?.earlierSite == expected, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
        #expect(found?.site == nil)
    }

    @Test(arguments: [
        // A turn elsewhere, in the figure's sentence or between.
        ["Jets bombed Douma on Tuesday.", "Elsewhere, shelling killed 15 people."],
        [
            "Jets bombed Douma on Tuesday.", "In other news, the ministry reopened schools.",
            "Shelling killed 15 people.",
        ],
        ["Jets bombed Douma on Tuesday.", "Meanwhile, shelling killed 15 people."],
        // Two places before: which one is unknown.
        ["Jets bombed Douma and Harasta on Tuesday.", "The raids killed 15 people."],
        // A place named between that is no site (where someone spoke) breaks the thread.
        [
            "Jets bombed Douma on Tuesday.", "The envoy told reporters in Geneva that talks would resume.",
            "Shelling killed 15 people.",
        ],
        // The sentence names an area of its own that no place mention covers.
        [
            "Jets bombed Douma on Tuesday.",
            "Later 15 people were hurt when terrorists fired rocket shells on al-Qarnasi area.",
        ],
        [
            "Jets bombed Douma on Tuesday.",
            "The source added that 15 people were injured when a shell fell on Velmora area.",
        ],
        // A place where nothing happened to anyone (a festival, talks) is no incident's place.
        ["A film festival opened in Douma on Tuesday.", "Shelling killed 15 people."],
        // Too far back: beyond the paragraph before, or more than three sentences.
        ["Jets bombed Douma on Tuesday.", "The town was quiet on Wednesday.", "Shelling killed 15 people."],
        ["Jets bombed Douma on Tuesday. The town was quiet. Shops opened. Schools opened. Shelling killed 15 people."],
        // A total over the war, and people driven out.
        ["Jets bombed Douma on Tuesday.", "The war has killed 15,000 people since 2011."],
        ["Jets bombed Douma on Tuesday.", "The fighting has forced 15,000 to flee."],
        ["Jets bombed Douma on Tuesday.", "Some 15,000 refugees have crossed the border."],
    ])
    func noEarlierSite(paragraphs: [String]) {
        let found = figures(paragraphs).first { $0.value == 15 || $0.value == 15_000 }
        #expect(found != nil)
        #expect(found?.earlierSite == nil, "\(figures(paragraphs).map { ($0.text, $0.earlierSite ?? "-") })")
    }

    @Test func aHeadlinesPlaceIsNotCarried() {
        let found = figure(15, in: ["Shelling killed 15 people on Tuesday."], headline: "Jets pound Douma")
        #expect(found != nil)
        #expect(found?.earlierSite == nil)
    }

    @Test func aSiteOfItsOwnSentenceTakesNoEarlierSite() {
        let found = figure(15, in: ["Jets bombed Douma on Tuesday.", "Shelling killed 15 people in Harasta."])
        #expect(found?.site == "Harasta")
        #expect(found?.earlierSite == nil)
    }
}
