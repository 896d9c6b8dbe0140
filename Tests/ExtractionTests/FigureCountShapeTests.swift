import ArticleModel
import Testing

@testable import Extraction

/// Smaller shapes of a count: `one civilian` (a noun of people that may modify) with no noun after it, a
/// bare share of a toll by side (`with one on the government side`), `at least` after the noun, a rate per
/// litre, engine power and volume, a number joined to a noun by a hyphen, and a participle in -ing before the
/// people counted.
@Suite struct FigureCountShapeTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        "A local page said one civilian was among those killed in the raid.",
        "In the raid one civilian died and two were wounded.",
    ])
    func oneCivilianIsACount(text: String) {
        let found = figure(1, in: text)
        #expect(found?.unit == "civilian", "\(text)")
        #expect(found?.event == "killed", "\(text)")
    }

    @Test func oneCivilianBeforeANounIsAModifier() {
        // (No figure at all: one office is no count the extractor keeps.)
        #expect(figure(1, in: "The agency opened one civilian office in the port.") == nil)
    }

    @Test func aShareOfATollBySideTakesItsEvent() {
        let text = "Nine fighters were killed in the clashes, with one on the government side."
        let found = figure(1, in: text)
        #expect(found?.unit == "fighter")
        #expect(found?.event == "killed")
    }

    @Test func atLeastAfterTheNounMakesTheCountAFloor() {
        let found = figure(5, in: "Five villagers at least were killed in the landslide.")
        #expect(found?.approx == .over)
        #expect(found?.event == "killed")
        let pupils = figure(40, in: "Some 40 pupils, at least 3 of them girls, were sent home.")
        #expect(pupils != nil)
        #expect(pupils?.approx != .over)
    }

    @Test func enginePowerAndVolumeAreMeasuresNotPeople() {
        let text =
            "Five adults fit inside, and the 2.0-liter engine makes 180 hp, or 300 horsepower in the sport trim."
        #expect(figure(180, in: text)?.kind == .power)
        #expect(figure(300, in: text)?.kind == .power)
        #expect(figure(2, in: text)?.kind == .volume)
    }

    @Test func aNumberJoinedToANounByAHyphenCountsNoPeople() {
        // It counts its own noun (`7-seat`: seats), with no people carried from before and no event.
        let seats = figure(7, in: "Two drivers were hurt when the 7-seat van overturned.")
        #expect(seats?.unit == "seat" && seats?.event == nil)
        let members = figure(12, in: "Four guards were hurt, and the 12-member board met on Monday.")
        #expect(members?.unit == "member" && members?.event == nil)
        #expect(figure(10, in: "The striker was handed a 10-match ban after the brawl.")?.unit == "match")
        // A number word or a word of manner after the hyphen counts nothing.
        #expect(figure(17, in: "The region has a 17-million population.") == nil)
        #expect(figure(3, in: "It was a 3-way race for the seat.") == nil)
    }

    @Test func aParticipleInIngBeforePeopleDescribesThem() {
        #expect(figure(30, in: "Police said 30 fleeing civilians reached the camp.")?.unit == "civilian")
        #expect(figure(12, in: "Medics said 12 retreating soldiers were wounded.")?.unit == "soldier")
        #expect(figure(20, in: "The troops killed 20 including children.")?.unit == "person")
    }

    @Test func aParticipleBeforeOneCountsNounIsThatCountsOnly() {
        let text = "Police said 30 fleeing civilians and 12 smiling children reached the camp."
        #expect(figure(30, in: text)?.unit == "civilian")
        #expect(figure(12, in: text)?.unit == "child")
        #expect(figure(12, in: text)?.event != "displaced")
        let wounded = "Medics said 30 wounded soldiers and 12 smiling children reached the camp."
        #expect(figure(12, in: wounded)?.event == nil)
        let list = "Medics said 30 wounded soldiers, 12 children and 5 women reached the camp."
        #expect(figure(12, in: list)?.event == nil)
        #expect(figure(5, in: list)?.event == nil)
        // A verb before the first count is both counts' own.
        #expect(figure(12, in: "The blast killed 30 wounded soldiers and 12 children.")?.event == "killed")
    }

    @Test func aDistancePerLitreIsARate() {
        let found = figure(24, in: "The small model does well (24 kilometers per liter) on the highway.")
        #expect(found?.unit == "kilometer per liter")
    }
}
