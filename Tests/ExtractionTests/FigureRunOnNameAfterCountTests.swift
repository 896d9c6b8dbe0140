import ArticleModel
import Testing

@testable import Extraction

/// A word right after a toll's bare number is no noun the number counts when it is a harm verb opening the
/// next count (`Wounds Nine Kills Four`), a singular credit word or a news agency's name run on after the toll
/// (`kill 57 Observatory`), or a gazetteer place whose name ends in `s` (`wounded nine Athens Mayor …`): the
/// number then counts people. A place before a lowercase plural noun still modifies that noun, and a
/// capitalised plural of people after the number is still the thing counted.
@Suite struct FigureRunOnNameAfterCountTests {
    static func headlineFigures(_ headline: String) -> [Figure] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .body, text: "Harbour staff in Kelvar cleared the quay by late evening.")])
        return TestData.extractor.extract(from: article).figures.filter { $0.span.paragraph == 0 }
    }

    @Test func spelledOutNumbersAroundAVerbOfHarmCountPeople() throws {
        let figures = Self.headlineFigures("Truck Bomb Outside Kelvar Checkpoint Wounds Nine Kills Four")
        let injured = try #require(figures.first { $0.value == 9 }, "\(figures.map(\.text))")
        let killed = try #require(figures.first { $0.value == 4 }, "\(figures.map(\.text))")
        #expect(injured.unit == "person" && injured.event == "injured" && injured.text == "Nine", "\(injured)")
        #expect(killed.unit == "person" && killed.event == "killed", "\(killed)")
    }

    @Test func aLowercaseRunOfHarmsCountsPeopleToo() throws {
        let figures = TestData.bodyFigures("Overnight sniper fire from rooftops in Vessa kills nine wounds fourteen.")
        let killed = try #require(figures.first { $0.value == 9 }, "\(figures.map(\.text))")
        #expect(killed.unit == "person" && killed.event == "killed", "\(killed)")
    }

    @Test(arguments: [
        "Militia raid near Dornholm kills at least 26 Monitor Xinhua",
        "Overnight jet strikes on a Marrowby market kill 26 Observatory",
    ])
    func aCreditAfterATollIsNoNoun(headline: String) throws {
        let figures = Self.headlineFigures(headline)
        let toll = try #require(figures.first { $0.value == 26 }, "\(figures.map(\.text))")
        #expect(toll.unit == "person" && toll.event == "killed", "\(toll)")
    }

    @Test func aPlaceAfterATollIsNoNoun() throws {
        let figures = TestData.bodyFigures(
            "Mortar shells struck a bus depot on Tuesday and wounded nine Athens Mayor Elna Vorst told state radio.")
        let injured = try #require(figures.first { $0.value == 9 }, "\(figures.map(\.text))")
        #expect(injured.unit == "person" && injured.event == "injured" && injured.text == "nine", "\(injured)")
    }

    @Test(arguments: [
        ("Police said gunfire in the town of Dornwells wounded 14 Dornwells farmers late on Sunday.", "farmer"),
        ("Gunmen near Marrowby briefly held 3 Reuters employees at a roadblock, the agency said.", "employee"),
        ("Troops detained 31 Activists near Vessa before dawn, according to a rights group.", "activist"),
    ])
    func aNameBeforeItsNounStillModifiesIt(text: String, unit: String) {
        let figures = TestData.bodyFigures(text)
        #expect(figures.contains { $0.unit == unit }, "\(text): \(figures.map { "\($0.text) \($0.unit ?? "-")" })")
    }
}
