import ArticleModel
import Testing

@testable import Extraction

/// Places a bombardment was aimed at are targeted: `three villages came under fire` (they fired nothing),
/// `bombed heavily two areas`, `shelled the province's last two villages`. People under fire, and words that
/// only sound alike, are left alone.
@Suite struct FigureBombardedPlaceTests {
    func event(_ text: String, value: Double) throws -> String? {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)").event
    }

    @Test(arguments: [
        ("Three villages came under fire from the hills above Kelvar on Tuesday.", 3.0),
        ("Four towns have come under heavy shelling near Dornholm.", 4),
        ("The air force bombed heavily three residential areas in Vessa, residents said.", 3),
        ("Gunners heavily shelled the province's last two villages for a third day.", 2),
        ("Gunners shelled the provinces last two villages for a third day.", 2),
    ])
    func aPlaceBombardedIsTargeted(text: String, value: Double) throws {
        #expect(try event(text, value: value) == "targeted", "\(text)")
    }

    @Test(arguments: [
        // People under fire did not fire.
        ("Three soldiers came under fire near the Kelvar road.", 3.0),
        // Not a bombardment: the owner's last two, with no verb of it.
        ("Officials visited the province's last two villages on Monday.", 2),
        // An adverb after a verb that is no bombardment.
        ("The council visited briefly two villages near Vessa.", 2),
    ])
    func nothingElseIsTargeted(text: String, value: Double) throws {
        let found = try event(text, value: value)
        #expect(found != "targeted" && found != "fired", "\(text)")
    }

    /// `came under fire from MPs`: the idiom of criticism, of bodies that are no places.
    @Test func criticisedBodiesAreNotTargeted() throws {
        let text = "Three Dornholm banks came under fire from MPs over bonuses."
        #expect(try event(text, value: 3) == nil, "\(text)")
    }

    /// People under fire keep the verb after `and`.
    @Test func peopleUnderFireKeepTheFollowingVerb() throws {
        let text = "Three Kelvar soldiers came under fire and were killed near Tarvan."
        #expect(try event(text, value: 3) == "killed", "\(text)")
    }
}
