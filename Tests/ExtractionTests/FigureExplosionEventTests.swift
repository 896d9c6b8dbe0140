import ArticleModel
import Testing

@testable import Extraction

/// Explosions counted hit where the clause says they went off: a verb of shaking after them (`rocked`,
/// `shook`), or a harm they did right before them (`killed in two explosions`). Explosions only heard keep
/// no event.
@Suite struct FigureExplosionEventTests {
    func event(_ text: String, value: Double) throws -> String? {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)").event
    }

    @Test(arguments: [
        ("Three explosions rocked the market town of Vessa on Monday, witnesses said.", 3.0),
        ("A series of four blasts shook the port of Dornholm overnight.", 4),
        ("Nine civilians were killed in two explosions in Marrowby on Sunday.", 2),
        ("Several guards were wounded by a series of three blasts near the Kelvar gate.", 3),
        ("Two blasts killed 11 people near the Kelvar bridge.", 2),
        ("Residents recalled the five explosions which tore through Tarvan in the spring.", 5),
    ])
    func explosionsThatWentOffHit(text: String, value: Double) throws {
        #expect(try event(text, value: value) == "hit", "\(text)")
    }

    @Test(arguments: [
        ("Five explosions were heard across Tarvan late on Friday.", 5.0),
        ("Police found the remains of two blasts in an empty lot near Vessa.", 2),
        ("The markets were rocked by news of two bombings in Marrowby.", 2),
    ])
    func explosionsNoClauseSetsOffKeepNoEvent(text: String, value: Double) throws {
        #expect(try event(text, value: value) == nil, "\(text)")
    }

    @Test func thePeopleKeepTheirOwnHarm() throws {
        let text = "Nine civilians were killed in two explosions in Marrowby on Sunday."
        #expect(try event(text, value: 9) == "killed")
    }
}
