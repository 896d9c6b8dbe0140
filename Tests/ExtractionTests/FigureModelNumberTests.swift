import Testing

@testable import Extraction

/// A number after a brand names its model where a product noun follows or the brand is written in
/// capitals (`the Vesko 20 graphics`, `VESKO 2.0 links`); a count after a place, a day or a headline's word
/// stays a count.
@Suite struct FigureModelNumberTests {
    @Test(arguments: [
        "The new laptop beats the Vesko 20 graphics of last year.", "Tarnbolt 3 docks are sold out.",
        "The firm says VESKO 2.0 links are faster.", "Karmix 7 owners can upgrade for free.",
        "It outsold the TARNIX 64 range at launch.", "Veterans of World War 2 battlefronts met in Vesk.",
        "Formula 1 teams tested in Tarn.", "Women hold a tenth of board seats in VESKEX 100 companies.",
    ])
    func aModelIsNoCount(text: String) {
        #expect(TestData.bodyFigures(text).isEmpty, "\(text): \(TestData.bodyFigures(text).map(\.text))")
    }

    @Test func theCountBeforeABrandCountsItsNoun() throws {
        let figures = TestData.bodyFigures("The laptop has two Tarnbolt 3 ports and one card slot.")
        let ports = try #require(figures.first { $0.unit == "port" }, "\(figures.map(\.text))")
        #expect(ports.value == 2 && !figures.contains { $0.value == 3 }, "\(figures.map(\.text))")
    }

    @Test(arguments: [
        ("In Aleppo 20 civilians were killed on Monday.", 20.0),
        ("On Friday 12 people died in the shelling.", 12),
        ("The ISIS 30 fighters were surrounded near the town.", 30),
        ("The group SOHR 14 civilians were killed.", 14),
        ("Shelling near Vesk 40 kilometres from the border killed 3 people.", 40),
        ("Troops of Tarn 20 soldiers strong held the bridge.", 20),
        ("According to DOVRA 14 airstrikes hit Karmun on Sunday.", 14),
        ("Witnesses said KELMO 40 rockets fell on Dovel at night.", 40),
        ("Near KARVO 12 houses were destroyed by shelling.", 12),
        ("The KELMAR 9 missiles struck the depot.", 9),
    ])
    func aCountAfterACapitalisedWordStays(text: String, value: Double) {
        #expect(TestData.bodyFigures(text).contains { $0.value == value }, "\(text)")
    }
}
