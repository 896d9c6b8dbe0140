import ArticleModel
import Testing

@testable import Extraction

/// A distance that says where a place lies (`the village of Kelvar, about 40 km east of Marrowby`, `Dornholm
/// some 100 km away`) describes the place: it takes no source of the incident its clause reports. No
/// distance, length, area or speed takes the date of its clause: the day is the incident's, not the measure's.
@Suite struct FigurePlaceLocatorTests {
    func describe(_ found: [Figure]) -> String {
        "\(found.map { ($0.value, $0.source ?? "-", $0.date ?? "-") })"
    }

    @Test(arguments: [
        ("Jets struck the village of Kelvar, about 40 km (25 miles) east of Marrowby, killing 12 people, the Kelso"
            + " Monitor said.", [40.0, 25]),
        ("The Kelso Monitor said shelling killed 12 people in Dornholm some 100 km away.", [100]),
        ("The Kelso Monitor said 12 people were killed in a camp located 30 miles from Vessa.", [30]),
    ])
    func aDistanceLocatingAPlaceTakesNoSource(text: String, distances: [Double]) throws {
        let found = TestData.figures([text])
        try #require(found.first { $0.value == 12 }?.source == "Kelso Monitor", "\(describe(found))")
        for distance in distances {
            let figure = try #require(found.first { $0.value == distance }, "\(describe(found))")
            #expect(figure.kind == .distance)
            #expect(figure.source == nil, "\(describe(found))")
        }
    }

    /// A source the next sentence names for the toll (a correspondent giving it again) passes over the
    /// distances after the toll and gives them nothing.
    @Test func theNextSentencesSourceReachesTheTollPastTheDistances() throws {
        let found = TestData.figures([
            "Nine villagers were killed in a mortar attack on the village of Dornholm, some 40 km (25 miles) north"
                + " of Kestrel Hill, on Friday. A Kelvan News Agency reporter said mortar shells hit the square,"
                + " killing nine villagers."
        ])
        let nine = found.filter { $0.value == 9 }
        try #require(!nine.isEmpty, "\(describe(found))")
        #expect(nine.allSatisfy { $0.source == "Kelvan News Agency" }, "\(describe(found))")
        for distance in [40.0, 25] {
            let figure = try #require(found.first { $0.value == distance }, "\(describe(found))")
            #expect(figure.source == nil, "\(describe(found))")
        }
    }

    /// A distance the source reports of what happened (how far the fighters went) is still its report.
    @Test func aDistanceReportedOfTheIncidentKeepsItsSource() throws {
        let found = TestData.figures(["The Kelso Monitor said rebels advanced 3 km along the road to Vessa."])
        let distance = try #require(found.first { $0.value == 3 }, "\(describe(found))")
        #expect(distance.source == "Kelso Monitor", "\(describe(found))")
    }

    @Test(arguments: [
        "Jets on Tuesday struck Kelvar, 30 km north of Marrowby, killing 12 people.",
        "On Tuesday rebels seized 30 square km of farmland near Kelvar and killed 12 people.",
        "A train on Tuesday left the rails at 30 mph near Kelvar, killing 12 people.",
    ])
    func aDistanceTakesNoDateOfItsClause(text: String) throws {
        let toll = try #require(TestData.figurePublishedFriday(12, in: text), "\(text)")
        try #require(toll.date == "2019-03-12", "\(text): \(toll.date ?? "nil")")
        let distance = try #require(TestData.figurePublishedFriday(30, in: text), "\(text)")
        #expect(distance.kind == .distance)
        #expect(distance.date == nil, "\(text): \(distance.date ?? "nil")")
    }
}
