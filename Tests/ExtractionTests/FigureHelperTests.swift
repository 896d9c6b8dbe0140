import Testing

@testable import Extraction

/// Those who carry, treat or take in the wounded (`30 volunteers carried the rest of the wounded`) are not
/// casualties: `the wounded` after their verb are others. A count that is a part of the dead (`made up the
/// rest of the dead`, `were among the dead`) still is.
@Suite struct FigureHelperTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        ("Some 40 volunteers carried the rest of the wounded to clinics in the city.", 40.0),
        ("Four ambulances took the injured to the nearest hospital.", 4),
        ("Eighteen doctors treated the wounded through the night.", 18),
        ("Two nurses carried one of the wounded away.", 2),
    ])
    func helpersAreNoCasualties(text: String, value: Double) throws {
        let helpers = try #require(figure(value, in: text), "\(text)")
        #expect(helpers.event == nil, "\(text)")
    }

    @Test(arguments: [
        ("Shelling killed 20 people in the town. Eleven rebels made up the rest of the dead.", 11.0, "killed"),
        ("Six soldiers were among the dead, the army said.", 6, "killed"),
        ("The bombing killed 30 people. Nine children were the majority of the wounded.", 9, "injured"),
        ("The bombing killed 30 people. Twelve of the dead were children.", 12, "killed"),
        ("A car bomb wounded 40 people; 15 of the wounded were in critical condition.", 15, "injured"),
    ])
    func partsOfTheDeadAreCasualties(text: String, value: Double, event: String) throws {
        let part = try #require(figure(value, in: text), "\(text)")
        #expect(part.event == event, "\(text)")
    }
}

/// A count of deaths is of the killed, whatever strike its clause names (`five more deaths in rebel fire`).
@Suite struct FigureDeathCountTests {
    @Test(arguments: [
        "The monitor reported four more deaths in army fire on the district.",
        "There were four deaths in the shelling of the camp.",
    ])
    func deathsAreKilled(text: String) throws {
        let deaths = try #require(TestData.bodyFigures(text).first { $0.value == 4 }, "\(text)")
        #expect(deaths.event == "killed", "\(text)")
    }
}
