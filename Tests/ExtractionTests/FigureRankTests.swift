import ArticleModel
import Testing

@testable import Extraction

/// Numbers that rank rather than count: the number after `top` when a count stands before it (`eight top
/// three hits`), before a noun of finishing (`top six finishes`) or with no plural noun after it (`outside the
/// top 10`); and a `one` picked out of a ranking (`one of the world's largest makers`, `one of the top
/// priorities`). The best few counted (`the top 12 films`) and one of a counted whole stay.
@Suite struct FigureRankTests {
    func values(in text: String) -> [Double] {
        TestData.bodyFigures(text).map(\.value)
    }

    @Test(arguments: [
        ("Kelvar United are aiming for top six finishes every season, the manager said.", 6.0),
        ("The Vessa band has had eight top three hits since the spring.", 3),
        ("The Dornholm singer has had six Tarvan top 10 albums since the war began.", 10),
        ("The Marrowby choir had a top five hit with a song about the floods.", 5),
        ("Their new film opened outside the top 10 after a week of protests.", 10),
        ("Two rumours about the Kelvar dam made it onto the top 10 hoax list in January.", 10),
    ])
    func aRankIsNoCount(text: String, value: Double) {
        #expect(!values(in: text).contains(value), "\(text)")
    }

    @Test(arguments: [
        ("The top 12 films took an estimated $90m over the weekend in Vessa.", 12.0),
        ("The top five producers of wheat in Tarvan met on Monday.", 5),
        ("The Vessa band has had eight top three hits since the spring.", 8),
        ("Ticket sales could top 30,000 seats in Dornholm this year.", 30_000),
    ])
    func aCountOfTheBestStays(text: String, value: Double) {
        #expect(values(in: text).contains(value), "\(text)")
    }

    @Test(arguments: [
        ("The Dornholm singer has had six Tarvan top 10 albums since the war began.", 6.0, "album"),
        ("The Marrowby quartet's debut spawned three top 20 singles in a year.", 3, "single"),
    ])
    func theCountBeforeARankCountsTheThings(text: String, value: Double, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.unit == unit, "\(text)")
    }

    @Test(arguments: [
        "Vessa Motors, one of the world's largest makers of tractors, launched a new model.",
        "Marrowby, one of the region's top destinations for walkers, was hit by rockets on Monday.",
        "One of the more curious rulings of the Tarvan court concerned the attack on the mill.",
        "The Vessa Front, one of the main rebel groups in the hills, claimed the attack.",
    ])
    func aOneOfARankingIsNoCount(text: String) {
        #expect(!values(in: text).contains(1), "\(text)")
    }

    @Test(arguments: [
        "One of the more than 200 guests was injured when the roof fell in Dornholm.",
        "One of the guards was killed in the attack on the Kelvar depot.",
    ])
    func oneOfACountedWholeStays(text: String) {
        #expect(values(in: text).contains(1), "\(text)")
    }
}
