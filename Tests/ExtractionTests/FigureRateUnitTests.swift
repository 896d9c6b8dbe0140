import Testing

@testable import Extraction

/// A count per something is a rate whose unit names both (`mile per gallon`); a temperature names its scale; neither
/// is an event. A mixed-case brand's number names a model, not a count.
@Suite struct FigureRateUnitTests {
    @Test(arguments: [
        ("The new hatchback manages 52 miles per gallon on the motorway.", 52.0, "mile per gallon"),
        ("The camera records 120 frames per second in slow motion.", 120, "frame per second"),
        ("The link carries 10 gigabits per second between the sites.", 10, "gigabit per second"),
        ("The storm's winds reached 90 miles an hour near the coast.", 90, "mile per hour"),
        ("The portal draws 5,000 visits a day from abroad.", 5_000, "visit per day"),
        ("The plant burns 300 tonnes per day of coal.", 300, "tonne per day"),
    ])
    func aRateNamesBothUnits(text: String, value: Double, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.unit == unit, "\(text): \(figure.unit ?? "nil")")
    }

    @Test func aRateOfDistanceIsADistance() throws {
        let figure = try #require(TestData.bodyFigures("The train ran at 80 miles per hour.").first)
        #expect(figure.kind == .distance && figure.unit == "mile per hour")
    }

    @Test(arguments: [
        ("Troops held the town for three days a week ago.", 3.0, "day"),
        ("Jets carried out 40 strikes a day before the truce took hold.", 40, "strike"),
        ("Police made 12 arrests a week after the march.", 12, "arrest"),
        ("Prices rose 5 percent per year.", 5, "percent"),
        ("The militia killed 40 people per the agency's count.", 40, "person"),
        ("Engineers built 12 bridges per the plan.", 12, "bridge"),
        ("The new law could save 40 lives a year on the roads.", 40, "person"),
        ("Commuters pay 900 euros a year for the pass.", 900, "EUR"),
    ])
    func notARate(text: String, value: Double, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.unit == unit, "\(text): \(figure.unit ?? "nil")")
    }

    @Test(arguments: [
        ("The thermometer hit 104 degrees Fahrenheit on the roof.", 104.0, "degree Fahrenheit"),
        ("Water in the tank stayed at 4 degrees Celsius.", 4, "degree Celsius"),
        ("The heat hit 41 degrees in the afternoon.", 41, "degree"),
    ])
    func aTemperatureIsNoEvent(text: String, value: Double, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.unit == unit && figure.event == nil, "\(text): \(figure.unit ?? "nil") \(figure.event ?? "nil")")
    }

    @Test(arguments: [
        "Owners of the eReader 3 devices complained.", "The firm said iPad 4 buyers could swap them.",
    ])
    func aMixedCaseBrandsNumberIsAModel(text: String) {
        #expect(TestData.bodyFigures(text).isEmpty, "\(text)")
    }

    @Test func aCountAfterACurlyApostropheStays() throws {
        let figures = TestData.bodyFigures("By 11 o\u{2019}clock 40 shells had fallen on Tarn.")
        #expect(figures.contains { $0.value == 40 }, "\(figures.map(\.text))")
    }

    @Test func aCountAfterAHyphenatedNameStays() throws {
        let figures = TestData.bodyFigures("Shelling of al-Tarna 12 civilians died.")
        #expect(figures.contains { $0.value == 12 }, "\(figures.map(\.text))")
    }
}
