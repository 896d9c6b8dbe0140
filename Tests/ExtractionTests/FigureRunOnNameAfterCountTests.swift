import ArticleModel
import Testing

@testable import Extraction

/// What follows a toll's bare number is no noun it counts when it is a verb before the next number
/// (`Kills Two Injures Three`), a credit run on after the toll (`kills 40 Observatory Reuters`) or a place's
/// name (`injured seven Homs Governor …`, a place of the gazetteer): the number counts people. A place before a plural noun still
/// modifies it, and a plural of people after the number is still counted.
@Suite struct FigureRunOnNameAfterCountTests {
    static func headlineFigures(_ headline: String) -> [Figure] {
        let article = Article(
            title: headline, paragraphs: [Paragraph(kind: .body, text: "The shells fell at dawn on Monday.")])
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 0 }
    }

    @Test func spelledOutNumbersAroundAVerbOfHarmCountPeople() throws {
        let figures = Self.headlineFigures("Rocket Attack on Kelvar Kills Two Injures Three")
        let killed = try #require(figures.first { $0.value == 2 }, "\(figures.map(\.text))")
        let injured = try #require(figures.first { $0.value == 3 }, "\(figures.map(\.text))")
        #expect(killed.unit == "person" && killed.event == "killed" && killed.text == "Two", "\(killed)")
        #expect(injured.unit == "person" && injured.event == "injured", "\(injured)")
    }

    @Test func aLowercaseRunOfHarmsCountsPeopleToo() throws {
        let figures = TestData.bodyFigures("Rocket fire on Kelvar kills two injures three.")
        let killed = try #require(figures.first { $0.value == 2 }, "\(figures.map(\.text))")
        #expect(killed.unit == "person" && killed.event == "killed", "\(killed)")
    }

    @Test(arguments: [
        "Shelling in Kelvar kills at least 40 Observatory Reuters",
        "Air raids on Kelvar kill 40 Observatory",
    ])
    func aCreditAfterATollIsNoNoun(headline: String) throws {
        let figures = Self.headlineFigures(headline)
        let toll = try #require(figures.first { $0.value == 40 }, "\(figures.map(\.text))")
        #expect(toll.unit == "person" && toll.event == "killed", "\(toll)")
    }

    @Test func aPlaceAfterATollIsNoNoun() throws {
        let figures = TestData.bodyFigures(
            "A bomb near Homs killed four people and injured seven Homs Governor Tam Kessar said on Friday.")
        let injured = try #require(figures.first { $0.value == 7 }, "\(figures.map(\.text))")
        #expect(injured.unit == "person" && injured.event == "injured" && injured.text == "seven", "\(injured)")
    }

    @Test(arguments: [
        ("A bomb in the town of Vardons injured seven Vardons residents on Friday.", "resident"),
        ("Shelling in Kelvar wounded 12 Reuters journalists on Friday.", "journalist"),
        ("The blast in Kelvar killed 20 Activists, the group said.", "activist"),
    ])
    func aNameBeforeItsNounStillModifiesIt(text: String, unit: String) {
        let figures = TestData.bodyFigures(text)
        #expect(figures.contains { $0.unit == unit }, "\(text): \(figures.map { "\($0.text) \($0.unit ?? "-")" })")
    }
}
