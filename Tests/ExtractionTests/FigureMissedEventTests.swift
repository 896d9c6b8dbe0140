import ArticleModel
import Testing

@testable import Extraction

/// Events a count's clause gives in shapes the event finders used to pass over: a second group of people
/// sharing the verb (`128 troops and militia were killed`), a toll dated between it and its number (`an
/// earlier toll on Sunday of 15`), a second object of a list that lost its commas (`killing two men 5
/// guards`); and the whole of a partitive, which does not take the part's verb.
@Suite struct FigureMissedEventTests {
    func figure(_ text: String, value: Double) throws -> Figure {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
    }

    @Test(arguments: [
        ("At least 64 soldiers and militia were killed in the hills on Tuesday.", 64.0, "killed"),
        ("Some 35 rebels and civilians were wounded when the market was shelled.", 35, "injured"),
        ("Dozens of guards and prisoners died in the riot.", 12, "killed"),
        ("The monitor said 27 fighters died, revising an earlier toll on Monday evening of 19.", 19, "killed"),
        ("Officials gave an earlier toll from Saturday of 8.", 8, "killed"),
        ("Gunmen raided the post near Marlow, killing three guards 6 militiamen.", 6, "killed"),
        ("Gunmen raided the post near Marlow, killing three guards and four militiamen.", 4, "killed"),
    ])
    func aMissedEventIsFound(text: String, value: Double, event: String) throws {
        #expect(try figure(text, value: value).event == event, "\(text)")
    }

    @Test(arguments: [
        // A thing joined to the people is no second group of them.
        ("About 50 villagers and their cattle were swept away by the flood.", 50.0),
        // An age, or a vague count that is no group of people, shares no verb with the people after it.
        ("The boys aged from six to 12 and women were killed in the raid.", 12),
        ("The wounded are in their hundreds and many civilians have been kidnapped.", 100),
        // A bare count after people is no list of people.
        ("Shelling killed three guards 6 times in a month.", 6),
        // People with a verb of their own after a list that lost its commas are its subject.
        ("Tanks shelled the district, killing seven civilians two witnesses said.", 2),
    ])
    func noEventIsMadeUp(text: String, value: Double) {
        let found = TestData.bodyFigures(text).first { $0.value == value }
        #expect(found?.event != "killed", "\(text)")
    }

    @Test func theWholeOfAPartitiveDoesNotTakeThePartsVerb() throws {
        let text = "In the raid on the depot, 14 of the 40 trucks were destroyed."
        #expect(try figure(text, value: 14).event == "destroyed")
        #expect(try figure(text, value: 14).of == 40)
        #expect(try figure(text, value: 40).event == nil)
        // The part's verb before the partitive says nothing of the whole either.
        let before = "Militants destroyed 9 of the 25 tanks near the border."
        #expect(try figure(before, value: 9).event == "destroyed")
        #expect(try figure(before, value: 25).event == nil)
    }

    @Test func theWholeOfAPartitiveKeepsItsOwnParticiple() throws {
        let text = "Seven of the 19 people killed in the blast were children."
        #expect(try figure(text, value: 19).event == "killed")
    }
}
