import ArticleModel
import Testing

@testable import Extraction

/// A bare count after a full one that only says where (`… killed in Afrin and two in Azaz`) is a figure with
/// the full count's noun and event, and its own place.
@Suite struct FigureEllipticalPartTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        (
            "Six soldiers were killed in Afrin and two in Azaz, both near Aleppo, the army said.", 6.0, "soldier",
            "killed",
            "Afrin"
        ),
        (
            "Six soldiers were killed in Afrin and two in Azaz, both near Aleppo, the army said.", 2, "soldier",
            "killed",
            "Azaz"
        ),
        ("Jets fired 10 missiles, nine near Kobani and one at Raqqa.", 9, "missile", "fired", "Kobani"),
        ("Jets fired 10 missiles, nine near Kobani and one at Raqqa.", 1, "missile", "fired", "Raqqa"),
        ("Police arrested 14 protesters in Homs on Friday and one in Hama.", 1, "protester", "arrested", "Hama"),
        (
            "Nine more civilians died in the town of Homs, and two in the village of Hama.", 9, "civilian",
            "killed", "Homs"
        ),
        (
            "Nine more civilians died in the town of Homs, and two in the village of Hama.", 2, "civilian",
            "killed", "Hama"
        ),
        (
            "Shelling killed 40 civilians in Hama and 12 in neighbouring Homs province.", 12, "civilian",
            "killed", "Homs"
        ),
    ])
    func aBarePartTakesTheFullCountsNounAndEvent(
        text: String, value: Double, unit: String, event: String, site: String
    ) {
        let found = figure(value, in: text)
        #expect(found?.unit == unit, "\(text)")
        #expect(found?.event == event, "\(text)")
        #expect(found?.site == site, "\(text)")
    }

    @Test(arguments: [
        "Nine more civilians died in the town of Homs, and two in the outlying farms.",
        "Nine more civilians died in the town of Homs, and two in each of the villages of Hama and Idlib.",
    ])
    func aBarePartWithNoPlaceRightAfterItHasNoSite(text: String) throws {
        let part = try #require(figure(2, in: text))
        #expect(part.site == nil, "\(part)")
    }

    @Test(arguments: [
        // Not a place after it, or no count before it: `one` stays a way of speaking.
        "Rebels fired 10 rockets and one at a time they fell short.",
        "Residents said one in Azaz was enough for the night.",
    ])
    func aOneThatSaysNoPlaceAfterACountIsNoPart(text: String) {
        #expect(figure(1, in: text) == nil, "\(text)")
    }
}
