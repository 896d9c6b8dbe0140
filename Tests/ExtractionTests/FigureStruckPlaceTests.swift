import ArticleModel
import Testing

@testable import Extraction

/// Places a sentence names outside the usual `in X` slot: the street or square a strike hit, the area
/// around a town, a province owned by its country, a city after a compass point, a place
/// named after the reporter's; and what an age or a stretch of time carries (no date,
/// and for an age no source).
@Suite struct FigureStruckPlaceTests {
    func site(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    @Test(arguments: [
        // The square a strike hit, when the clause names no other place.
        ("Six people were hurt when three mortar shells hit the Tahrir Square.", 6.0, "Tahrir Square"),
        ("Nine people were killed when a car bomb struck the Bashir Street on Friday.", 9, "Bashir Street"),
        // … but the town it is in, when the clause names one.
        ("Three rockets hit the Tahrir Square in Marlow, killing 8 people.", 8, "Marlow"),
        ("Mortars targeted the Bashir roundabout in the town of Castor, wounding 5 people.", 5, "Castor"),
        // The area around a town is the town's.
        ("Artillery shelled the area around the town of Castor, killing 7 civilians.", 7, "Castor"),
        ("Clashes in the area around Castor killed 11 fighters.", 11, "Castor"),
        // A country owning an adjective and its province: the province.
        ("A drone strike killed 4 militants in Yemen's southern Shabwa province.", 4, "Shabwa"),
        ("An air raid killed 13 fighters in Iraq's western Anbar province.", 13, "Anbar"),
        // A bare compass point before a city is the part of it.
        ("Jets killed 6 people in east Aleppo on Monday.", 6, "Aleppo"),
        (
            "Four people were killed in rebel shelling of a school in the Karmiyeh district of west Aleppo.", 4,
            "Karmiyeh"
        ),
        // Where the reporter is yields to the place named after the report (alone, it stays).
        (
            "A reporter in west Marlow said 15 people were killed on Sunday in a school in the Karmiyeh district.", 15,
            "Karmiyeh"
        ),
        ("Activists in Douma said 9 people had died.", 9, "Douma"),
        // The area of a list of places, before the country around it.
        ("Rebels shelled Arlow town and Benning village in Hama province in north Syria, killing 3 people.", 3, "Hama"),
    ])
    func thePlaceTheSentenceNames(text: String, value: Double, expected: String) {
        #expect(site(of: value, in: text) == expected)
    }

    @Test(arguments: [
        // A square that is not what a strike hit names no site.
        ("Six people were killed, residents gathered in the Tahrir Square said.", 6.0),
        // A square where the attackers were is theirs, not the site.
        ("Gunmen based in the Tahrir Square fired 12 rockets.", 12),
        // A square among other places: the sentence names several.
        ("Shells hit the Tahrir Square and the Bashir Street, killing 3 people.", 3),
    ])
    func aSquareThatIsNoSite(text: String, value: Double) {
        #expect(site(of: value, in: text) == nil)
    }

    func figures(_ text: String) -> [Figure] {
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2019-03-15")
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 1 }
    }

    @Test func anAgeHasNoDateNorSource() {
        let found = figures("Nine children under the age of eight were killed on Tuesday, the Health Ministry said.")
        let age = found.first { $0.kind == .age }
        #expect(age?.value == 8)
        #expect(age?.date == nil)
        #expect(age?.source == nil)
        // The count beside it keeps both.
        let count = found.first { $0.value == 9 }
        #expect(count?.date == "2019-03-12")
        #expect(count?.source == "Health Ministry")
    }

    @Test func aDurationHasNoDateButKeepsItsSource() {
        let found = figures("The army took 20 villages in less than two weeks, the Defence Ministry said on Tuesday.")
        let duration = found.first { $0.kind == .duration }
        #expect(duration?.value == 2)
        #expect(duration?.date == nil)
        #expect(duration?.source == "Defence Ministry")
        // The count over that length up to now is a total over it, with no one day.
        let count = found.first { $0.value == 20 }
        #expect(count?.isRunningTotal == true && count?.period == "less than two weeks" && count?.date == nil)
    }
}
