import ArticleModel
import Testing

@testable import Extraction

/// A count before a list of nouns of people counts people, not the first noun of the list.
@Suite struct FigureNounListUnitTests {
    @Test(arguments: [
        "The convoy brought food to 3,500 men, women and children in the valley.",
        "Floods displaced 900 children, teachers, and nurses along the coast.",
        "The strike killed 14 women and girls near the bridge.",
    ])
    func aListOfPeopleCountsPeople(text: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first, "\(text)")
        #expect(figure.unit == "person", "\(figure)")
    }

    @Test(arguments: [
        ("The dealer sold 40 trucks, tractors and trailers last year.", "truck"),
        ("The school has 300 students and a new library.", "student"),
        ("The clinic treated 25 children, the doctor said.", "child"),
        ("The raid killed 25 soldiers and militiamen at dawn.", "soldier"),
    ])
    func otherListsKeepTheFirstNoun(text: String, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first, "\(text)")
        #expect(figure.unit == unit, "\(figure)")
    }

    @Test func aCompoundCountsItsLastNoun() throws {
        let figure = try #require(TestData.bodyFigures("The charity opened two field clinics in the north.").first)
        #expect(figure.unit == "clinic", "\(figure)")
    }
}
