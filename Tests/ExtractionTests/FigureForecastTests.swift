import ArticleModel
import Testing

@testable import Extraction

/// A count whose verb only foresees, threatens or risks a harm (`will die`, `could kill`, `are expected to
/// die`) carries no event: nothing has happened to it yet. What happened stays, past or perfect.
@Suite struct FigureForecastTests {
    func event(of value: Double, in text: String) throws -> String? {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)").event
    }

    @Test(arguments: [
        ("Charities warned that three million infants will die by June without more food aid.", 3_000_000.0),
        ("The drought could kill tens of thousands of cattle herders in the south.", 10_000),
        ("Up to 400 villagers are expected to die in the coming weeks, doctors said.", 400),
        ("Nearly 7,000 asylum seekers risk dying in the mountains this winter.", 7_000),
        ("Another 60 patients would be killed if the generators ran out, the director said.", 60),
        ("The kidnappers threatened to kill 14 sailors unless a ransom was paid.", 14),
        ("Officials said 2,500 residents will be evacuated from the valley on Friday.", 2_500),
        ("As many as 90 miners may die if the shaft floods again.", 90),
        ("Some 300 more refugees are at risk of being killed in the crossfire.", 300),
        ("Some 80 families trying to flee the valley on foot had no shelter.", 80),
    ])
    func aForecastCarriesNoEvent(text: String, value: Double) throws {
        #expect(try event(of: value, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("At least 45 villagers have died in the mudslide, officials said.", 45.0, "killed"),
        ("Sixteen miners died when the shaft flooded on Monday.", 16, "killed"),
        ("The flooding killed 23 herders and their families.", 23, "killed"),
        // The verb before the count is its own; a foreseen verb after it is of another clause.
        ("Gunboats killed at least 40 villagers trying to flee across the lake.", 40, "killed"),
        // A clause of intent on the noun (`trying to flee`) is not its verb: the finite verb after it is.
        ("Thirty villagers trying to flee the shelling were killed by border guards.", 30, "killed"),
        ("Eleven migrants attempting to flee the island died on Tuesday.", 11, "killed"),
        ("About 25 pupils waiting to be evacuated from the school were wounded in the blast.", 25, "injured"),
        // A modal's perfect reports a death, however unsure.
        ("As many as 70 sailors may have been killed in the blast.", 70, "killed"),
        // A participle on the noun tells what happened; the modal after it is about later.
        ("Doctors said the 12 injured could die without treatment.", 12, "injured"),
        // `May` is a month, `Will` a name.
        ("Shelling in May killed 31 people in the old town.", 31, "killed"),
    ])
    func whatHappenedKeepsItsEvent(text: String, value: Double, expected: String) throws {
        #expect(try event(of: value, in: text) == expected, "\(text)")
    }
}
