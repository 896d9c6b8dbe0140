import ArticleModel
import Testing

@testable import Extraction

/// What a count counts and what befell it, in shapes that misled the pass: a name ending in a plural between
/// the count and its noun, `others` after a part of a group, a describing `displaced` under a verb of harm,
/// harms told as treatment or suffering, bombs dropped in the passive, emergency numbers, `one of the
/// wounded` and an age between commas after a name.
@Suite struct FigureUnitAndEventShapeTests {
    func figure(_ text: String, value: Double) throws -> Figure {
        try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
    }

    @Test(arguments: [
        ("Police said 12 Red Helpers volunteers were injured in the blast in Marlow.", 12.0, "volunteer"),
        ("Jets killed eight Blue Shields workers near Marlow on Friday.", 8, "worker"),
        ("At least 5 Iron Wolves fighters died in the clashes near Dunbridge.", 5, "fighter"),
        // A people's name before the noun stays as it was, and a name with no noun after it keeps its word.
        ("Jets killed eight Blue Shields near Marlow on Friday.", 8, "shield"),
        ("Three Britons were held at the border.", 3, "briton"),
        // A verb after the name is no noun of it.
        ("The 14 Red Helpers says it will return.", 14, "helper"),
    ])
    func aNameEndingInAPluralIsNotTheCountedNoun(text: String, value: Double, unit: String) throws {
        #expect(try figure(text, value: value).unit == unit, "\(text)")
    }

    @Test func aNameEndingInAPluralKeepsTheEventOfItsNoun() throws {
        let found = try figure("Police said 12 Red Helpers volunteers were injured in the blast in Marlow.", value: 12)
        #expect(found.event == "injured")
        #expect(found.text == "12 Red Helpers volunteers")
    }

    @Test(arguments: [
        // `others` after a part of a group (`including`, a partitive) are others of the group.
        ("Five people including two children were killed and 40 others were injured in Marlow.", 40.0, "person"),
        ("Nine civilians, among them three women, died and 20 others were hurt in Marlow.", 20, "civilian"),
        ("One woman and one of her sons were killed in Marlow while dozens of others were wounded.", 12, "person"),
        // Others after a group of their own kind stay of that kind.
        ("Two children were killed and five others were wounded in Marlow.", 5, "child"),
        ("Shelling killed six soldiers and wounded 14 others near Marlow.", 14, "soldier"),
    ])
    func othersAfterAPartAreOthersOfTheWhole(text: String, value: Double, unit: String) throws {
        #expect(try figure(text, value: value).unit == unit, "\(text)")
    }

    @Test(arguments: [
        // A harm the clause tells of before the count outweighs the state its participle describes.
        ("Jets hit the mill near Marlow, claiming the lives of two guards and a family of five displaced people.", 5.0,
         "killed"),
        ("Shells killed two farmers near Marlow, and three displaced people who lived there.", 3, "killed"),
        // With no harm told, the describing participle stays the event.
        ("The camp near Marlow now holds 4,000 displaced people.", 4000, "displaced"),
        ("Officials counted 300 evacuated residents in the school near Marlow.", 300, "evacuated"),
    ])
    func aHarmOutweighsADescribingDisplacement(text: String, value: Double, event: String) throws {
        #expect(try figure(text, value: value).event == event, "\(text)")
    }

    @Test(arguments: [
        // `in addition to` joins a count to the harm of the one before.
        ("Two guards were killed near Marlow in addition to one elderly man.", 1.0, "killed"),
        ("The raid wounded 14 villagers in Marlow, in addition to three aid workers.", 3, "injured"),
        // Harms told as treatment or suffering.
        ("Rockets struck Marlow on Friday and twelve people were treated for suffocation.", 12, "injured"),
        ("Witnesses said 14 residents were treated for asphyxiation in Marlow.", 14, "injured"),
        ("At least 30 villagers suffered from breathing problems after the gas attack on Marlow.", 30, "injured"),
        ("Medics said four boys being treated for burns were in a stable state.", 4, "injured"),
        // Dropped in the passive, or barrels dropped.
        ("Activists said 20 barrel bombs were being dropped on Marlow every day.", 20, "launched"),
        ("Helicopters dropped 12 barrels on the town of Marlow.", 12, "launched"),
        ("Two barrels bombs were dropped on the camp near Marlow.", 2, "launched"),
    ])
    func aMissedEventIsFound(text: String, value: Double, event: String) throws {
        #expect(try figure(text, value: value).event == event, "\(text)")
    }

    @Test func barrelsBombsCountBombs() throws {
        #expect(try figure("Two barrels bombs were dropped on the camp near Marlow.", value: 2).unit == "bomb")
    }

    @Test(arguments: [
        ("Twelve people were treated well by the staff in Marlow.", 12.0),
        ("The port of Marlow shipped 5 million barrels of oil last year.", 5_000_000),
        ("About 300,000 barrels were dropped from the Marlow export plan.", 300_000),
        ("Prices dropped as 40 traders sold their stock in Marlow.", 40),
    ])
    func noEventIsMadeUp(text: String, value: Double) throws {
        let found = try figure(text, value: value)
        #expect(found.event == nil || found.event == "sold", "\(text)")
    }

    @Test(arguments: [
        "Police received 911 calls about the fire on Tuesday.",
        "Officials said the 999 calls doubled during the storm.",
        "She made a 911 call about the fire on Tuesday.",
        "A 112 operator took the message from Marlow.",
    ])
    func anEmergencyNumberIsNoCount(text: String) {
        let values = TestData.bodyFigures(text).map(\.value)
        #expect(!values.contains(911) && !values.contains(999) && !values.contains(112), "\(text)")
    }

    @Test(arguments: [
        ("At least 112 callers phoned the station in Marlow.", 112.0),
        ("Police received 112 calls during the storm in Marlow.", 112),
        ("The Marlow hotline took 999 calls on Monday.", 999),
        ("Rescuers sent 112 emergency workers to Marlow.", 112),
    ])
    func aCountNearAnEmergencyNumberStays(text: String, value: Double) throws {
        _ = try figure(text, value: value)
    }

    @Test func oneOfTheWoundedIsACountOfPeople() throws {
        let found = try figure("Jets killed three civilians in Marlow, and one of the wounded later died.", value: 1)
        // (the people the sentence counted before, as a bare casualty count takes them)
        #expect(found.unit == "civilian")
        #expect(found.event == "killed")
    }

    @Test(arguments: [
        ("Ten rockets were fired at Marlow, including one that hit a school.", "rocket", "hit"),
        ("Jets killed six soldiers, including one who had just arrived in Marlow.", "soldier", "killed"),
    ])
    func oneSingledOutBeforeARelativeClauseIsCounted(text: String, unit: String, event: String) throws {
        let found = try figure(text, value: 1)
        #expect(found.unit == unit, "\(text)")
        #expect(found.event == event, "\(text)")
    }

    @Test func aGroupCountedByItsPartitiveAloneIsNoPart() throws {
        // `four of its soldiers` opens the sentence's counts: the others are others of the soldiers.
        let text = "The army said four of its soldiers were killed and four others were wounded near Marlow."
        let others = try #require(TestData.bodyFigures(text).first { $0.text == "four others" })
        #expect(others.unit == "soldier")
    }

    @Test func anAgeBetweenCommasAfterANameIsAnAge() throws {
        let found = try figure("John Smith, 34, said he heard the blast from his shop in Marlow.", value: 34)
        #expect(found.kind == .age)
        #expect(found.unit == "year")
    }

    @Test(arguments: [
        "The shelling killed people in Marlow, 12, and Dunbridge, 5, the monitor said.",
        "Rebels attacked Marlow, 12, and fled.",
    ])
    func aCountBetweenCommasAfterAPlaceIsNoAge(text: String) {
        #expect(!TestData.bodyFigures(text).contains { $0.kind == .age }, "\(text)")
    }
}
