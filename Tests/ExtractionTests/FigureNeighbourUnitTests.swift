import ArticleModel
import Testing

@testable import Extraction

/// A number's unit is never a neighbouring word that is no noun it counts: the number word itself (`8
/// hundreds hurt`), a linking verb (`40 remains unclear`), a word past a clause link (`six despite two
/// outings`), or the unit of an earlier count carried onto a bare record (`won 7 of 8`). No unit beats a
/// wrong one: such a number is left out or counts people when its verb says so.
@Suite struct FigureNeighbourUnitTests {
    @Test func aNumberWordIsNoUnit() throws {
        let figures = TestData.bodyFigures("Car bomb kills 6 hundreds hurt in the market.")
        #expect(!figures.contains { $0.unit == "hundred" })
        let six = try #require(figures.first { $0.value == 6 })
        #expect(six.unit == "person" && six.event == "killed")
    }

    @Test(arguments: [
        "The fate of some 30 remains unclear after the flood.",
        "The number of about 25 seems likely to rise.",
    ])
    func aLinkingVerbIsNoUnit(text: String) {
        let figures = TestData.bodyFigures(text)
        #expect(!figures.contains { ["remain", "seem"].contains($0.unit) }, "\(figures)")
    }

    @Test func aPluralNounOfThatShapeStaysCounted() throws {
        let figure = try #require(TestData.bodyFigures("Some 12 looks were shared by the designers.").first)
        #expect(figure.unit == "look" && figure.value == 12)
    }

    @Test func aCountedNounIsNeverFoundPastAClauseLink() {
        let figures = TestData.bodyFigures("The Larks lost four of nine despite three strong starts.")
        #expect(!figures.contains { $0.unit == "start" && $0.value != 3 }, "\(figures)")
        #expect(figures.contains { $0.unit == "start" && $0.value == 3 })
        #expect(!figures.contains { $0.text.contains("despite") })
    }

    @Test(arguments: [
        ("The choir has had six top ten albums since it formed.", "album"),
        ("The label is reissuing her 9 number one records on vinyl.", "record"),
        ("The four outside advisers resigned on Friday.", "adviser"),
    ])
    func aRankOrAModifierInsideTheNounPhraseStays(text: String, unit: String) {
        #expect(TestData.bodyFigures(text).first?.unit == unit, "\(TestData.bodyFigures(text))")
    }

    @Test func aBareRecordTakesNoEarlierUnit() {
        let figures = TestData.bodyFigures("Kim has 11 goals and 6 assists for the Larks, who have won 5 of 9.")
        #expect(figures.filter { $0.unit == "assist" }.map(\.value) == [6], "\(figures)")
        #expect(!figures.contains { $0.value == 5 || $0.value == 9 && $0.unit != nil && $0.unit != "game" })
    }

    @Test func aCasualtyVerbStillCountsPeopleInSuchAPair() throws {
        let figures = TestData.bodyFigures("Kim fired 4 shots, and 3 of 8 were killed.")
        let three = try #require(figures.first { $0.value == 3 })
        #expect(three.unit == "person" && three.event == "killed")
    }
}

/// A capitalised unit or document noun before digits names one, in a headline too: `Division 17 Moves
/// North`, `Protocol 2 allows observers`.
@Suite struct FigureCapitalisedNumberedNameTests {
    @Test(arguments: [
        "Fighters of Division 17 moves on the town, a spokesman wrote.",
        "Protocol 2 allows monitors in.",
        "Owners lost homes under Law 10 rules.",
    ])
    func aNumberedNameIsNoFigure(text: String) {
        #expect(TestData.bodyFigures(text).isEmpty, "\(TestData.bodyFigures(text))")
    }

    @Test func aHeadlineNumberedNameIsNoFigure() {
        let article = Article(title: "Division 17 Moves North As 12 Soldiers Die", paragraphs: [])
        let figures = TestData.extractor.extract(from: article).figures
        #expect(figures.map(\.value) == [12], "\(figures)")
    }

    @Test func aLowercaseUnitNounStillCounts() throws {
        let figure = try #require(TestData.bodyFigures("The army sent a division of 17 tanks and 3 units.").first)
        #expect(figure.value == 17 && figure.unit == "tank")
    }
}
