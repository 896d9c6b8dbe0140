import Testing

@testable import Extraction

/// A count over places joined as a list (`A and B`, `A & B`, `A, B and C`) is at none of them alone.
@Suite struct FigureJoinedPlacesTests {
    func site(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    @Test(arguments: [
        "Shelling killed 40 people in Aleppo & Homs on Monday.",
        "Shelling killed 40 people in Aleppo, Homs and Idlib on Monday.",
        "Shelling killed 40 people in Aleppo, Homs, Hama and Idlib on Monday.",
    ])
    func aCountOverAListOfPlacesHasNoSite(text: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == 40 }, "\(text)")
        #expect(figure.site == nil, "\(text): \(figure.site ?? "nil")")
    }

    @Test(arguments: [
        ("Shelling killed 40 people in Aleppo, Syria, on Monday.", "Aleppo"),
        ("Shelling killed 40 people in Aleppo on Monday, and rebels fled to Homs and Idlib.", "Aleppo"),
    ])
    func aPlaceWithItsCountryOrBeforeAnotherClauseKeepsIt(text: String, site: String) {
        #expect(self.site(of: 40, in: text) == site, "\(text)")
    }
}
