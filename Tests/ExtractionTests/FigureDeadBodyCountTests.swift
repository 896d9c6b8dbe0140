import ArticleModel
import Testing

@testable import Extraction

/// Bodies counted, carried off or lying somewhere are the dead (`40 bodies were counted in Tarvan`, `carted
/// away 30 bodies`, `a hall filled with 25 bodies`), but bodies of an institution are not (`168 public
/// bodies`, `the two bodies took part in the review`).
@Suite struct FigureDeadBodyCountTests {
    func event(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.event
    }

    @Test(arguments: [
        ("The Kelvar media office said 40 bodies were counted in Tarvan and 12 in Vessa.", 40.0, "killed"),
        ("The Kelvar media office said 40 bodies were counted in Tarvan and 12 in Vessa.", 12, "killed"),
        ("Rescue crews said they had carted away at least 30 bodies from the site of the blast.", 30, "killed"),
        ("Medics said at least 17 bodies were taken to clinics in Dornholm.", 17, "killed"),
        ("Firemen carried one body away from the burnt warehouse in Marrowby.", 1, "killed"),
        ("Footage from Vessa showed a hall filled with more than 25 bodies wrapped in sheets.", 25, "killed"),
        ("Along the wall outside lay another seven bodies.", 7, "killed"),
        ("The crews said nine bodies were lifted from the rubble in Tarvan.", 9, "killed"),
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
    func bodiesOfAnInstitutionHaveNoEvent(text: String, value: Double) {
        #expect(event(value, in: text) == nil, "\(text)")
    }
}
