import ArticleModel
import Testing

@testable import Extraction

/// Bodies found or recovered are the dead (`9 bodies were recovered`); bodies of an institution are not (`168
/// public bodies`, `900 such bodies`, `the two bodies took part in the review`), and bodies only counted,
/// carried off or lying somewhere are no event (most often the dead of a toll told beside them).
@Suite struct FigureDeadBodyCountTests {
    func event(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.event
    }

    @Test(arguments: [
        ("After the shelling, 40 bodies were counted in Tarvan and 12 in Vessa, according to Kelvar medics.", 40.0),
        ("Volunteers carted away at least 30 bodies from the market in Kestrel Hill after the airstrike.", 30),
        ("Along the wall outside the morgue lay another seven bodies.", 7),
    ])
    func bodiesOnlyCountedOrMovedAreNoEvent(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.event == nil, "\(text)")
    }

    @Test func bodiesRecoveredAreTheDeadThoughAnInstitutionWordIsNear() {
        #expect(event(14, in: "Rescuers in Dornholm recovered 14 bodies near the national archive.") == "killed")
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
