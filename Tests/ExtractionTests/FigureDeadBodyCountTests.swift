import ArticleModel
import Testing

@testable import Extraction

/// Bodies counted, carried off or lying somewhere in a sentence of death or war are the dead (`after the
/// shelling, 40 bodies were counted in Tarvan`, `carted away 30 bodies after the airstrike`), but bodies of
/// an institution are not (`168 public bodies`, `900 such bodies`, `the two bodies took part in the review`),
/// nor bodies counted or moved with no death or war told (`funding was removed from 40 bodies`).
@Suite struct FigureDeadBodyCountTests {
    func event(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.event
    }

    @Test(arguments: [
        (
            "After the shelling, 40 bodies were counted in Tarvan and 12 in Vessa, according to Kelvar medics.", 40.0,
            "killed"
        ),
        (
            "After the shelling, 40 bodies were counted in Tarvan and 12 in Vessa, according to Kelvar medics.", 12,
            "killed"
        ),
        (
            "Volunteers carted away at least 30 bodies from the market in Kestrel Hill after the airstrike.", 30,
            "killed"
        ),
        ("Medics said at least 17 bodies were taken to clinics in Dornholm after the attack.", 17, "killed"),
        (
            "From the rubble of a burnt warehouse in Marrowby, firemen carried one body away on a stretcher.", 1,
            "killed"
        ),
        (
            "Footage from Vessa after the massacre showed a hall filled with more than 25 bodies wrapped in sheets.",
            25, "killed"
        ),
        ("Along the wall outside the morgue lay another seven bodies.", 7, "killed"),
        ("Crews in Tarvan lifted nine bodies out of the rubble of a collapsed school.", 9, "killed"),
    ])
    func bodiesCountedOrMovedAreTheDead(text: String, value: Double, expected: String) {
        #expect(event(value, in: text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("The plan would merge 168 public bodies into a dozen agencies by Kelvar's reckoning.", 168.0),
        ("Kelvar ministers created at least 40 of the appointed bodies after the Vessa reforms.", 40),
        ("The kit maker has deals with 12 other national Olympic bodies in the region.", 12),
        ("The two bodies have taken part in the Tarvan review since spring.", 2),
        ("The three bodies carried out a joint audit of the Dornholm accounts.", 3),
    ])
    func bodiesOfAnInstitutionHaveNoEvent(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.event == nil, "\(text)")
    }

    @Test(arguments: [
        ("Funding was removed from 40 bodies last year.", 40.0),
        ("The audit counted 900 such bodies.", 900),
    ])
    func bodiesCountedOrMovedWithNoDeathOrWarAreNotTheDead(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.event != "killed", "\(text)")
    }
}
