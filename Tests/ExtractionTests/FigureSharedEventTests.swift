import ArticleModel
import Testing

@testable import Extraction

/// Counts joined by `and` share the verb that says what happened to them, whichever side it stands on,
/// and a few more ways of saying what happened (`claimed 20 lives`, `strikes on four schools`).
@Suite struct FigureSharedEventTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        // A verb after the second count is the first count's too.
        ("Four farmers and nine soldiers were killed near the border on Monday.", 4.0, "killed"),
        ("Two nurses and 11 patients were wounded when the shells landed.", 2, "injured"),
        ("Six journalists and three drivers were arrested at the checkpoint.", 6, "arrested"),
        // A verb before the first count is the second's too, past a place named for the first.
        ("The shelling killed 23 people in Marlow and 17 in Dunbridge overnight.", 17, "killed"),
        ("Police arrested 40 protesters in the capital and 12 in Porthaven on Friday.", 12, "arrested"),
        // Other ways of saying what happened.
        ("The fire claimed 14 lives before dawn.", 14, "killed"),
        ("The army carried out strikes on four schools in the valley.", 4, "targeted"),
    ])
    func theEventIsShared(text: String, value: Double, event: String) throws {
        let counted = try #require(figure(value, in: text), "\(text)")
        #expect(counted.event == event, "\(text)")
    }

    @Test(arguments: [
        // Each count has its own verb, or none that is about it.
        ("Nine soldiers and 20 cows survived the storm, and 4 people were killed.", 9.0),
        ("The shelling killed 23 people in Marlow and 17 buses left the city.", 17),
        ("Four schools and 12 clinics reopened after the strikes ended.", 4),
        ("She has written 14 books and 3 plays were staged.", 14),
    ])
    func theEventIsNotSharedAcrossClauses(text: String, value: Double) {
        let counted = figure(value, in: text)
        #expect(counted?.event == nil || counted?.event == "launched", "\(text): \(String(describing: counted?.event))")
    }

    @Test func livesAreCountedAsPeople() throws {
        let counted = try #require(figure(14, in: "The fire claimed 14 lives before dawn."))
        #expect(counted.unit == "person")
    }
}
