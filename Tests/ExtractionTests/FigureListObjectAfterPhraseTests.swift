import Testing

@testable import Extraction

/// The later object of a killing verb shares its event across a short phrase of origin after the first object.
@Suite struct FigureListObjectAfterPhraseTests {
    @Test(arguments: [
        "Jets killed 11 fighters from the Tarn Brigade and four civilians on Monday.",
        "The blast killed 6 soldiers of the Tarn garrison and two women.",
    ])
    func theSecondObjectSharesTheEvent(text: String) throws {
        let figures = TestData.bodyFigures(text)
        #expect(
            figures.count == 2 && figures.allSatisfy { $0.event == "killed" }, "\(figures.map { ($0.text, $0.event) })")
    }

    @Test func deathsAndInjuriesKeepTheirOwnEvents() throws {
        let figures = TestData.bodyFigures("The clinic counted three deaths from the gas leak and 41 injuries.")
        let injuries = try #require(figures.first { $0.value == 41 })
        #expect(injuries.event != "killed", "\(injuries.event ?? "nil")")
    }

    @Test func aCountWithAVerbOfItsOwnKeepsIt() throws {
        let figures = TestData.bodyFigures(
            "Jets killed 11 fighters from the Tarn Brigade and four civilians were hurt.")
        let second = try #require(figures.first { $0.value == 4 })
        #expect(second.event != "killed", "\(second.event ?? "nil")")
    }
}
