import ArticleModel
import Testing

@testable import Extraction

/// A count before a list of nouns counts what the nouns share (people, vehicles), not the first noun of the
/// list; a list of unlike things counts nothing one noun names.
@Suite struct FigureNounListUnitTests {
    @Test(arguments: [
        ("The convoy brought food to 3,500 men, women and children in the valley.", "person"),
        ("Floods displaced 900 children, teachers, and nurses along the coast.", "person"),
        ("The strike killed 14 women and girls near the bridge.", "person"),
        ("About 800,000 Karmunis and other minorities fled the fighting in the north.", "person"),
        ("Police detained 300 Velans and other migrants at the border.", "person"),
        ("The carmaker is recalling 12,000 sedans, coupes and SUVs over a faulty latch.", "vehicle"),
        ("The dealer sold 40 trucks, tractors and trailers last year.", "vehicle"),
        ("Dealers took back 9,000 minivans, jeeps and sports cars.", "vehicle"),
        ("The plant built 5,000 cars and trucks in May.", "vehicle"),
        ("Some 60 banks, brokers and other lenders signed the pact.", "lender"),
    ])
    func aListCountsWhatItsNounsShare(text: String, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first, "\(text)")
        #expect(figure.unit == unit, "\(figure)")
    }

    @Test(arguments: [
        ("The school has 300 students and a new library.", "student"),
        ("Floods cut off 11 towns and villages in the valley.", "town"),
        ("The clinic treated 25 children, the doctor said.", "child"),
        ("The raid killed 25 soldiers and militiamen at dawn.", "soldier"),
        ("Police seized 40 rifles and other weapons.", "rifle"),
        ("Shells killed two women and two children in the market.", "woman"),
        ("The army lost 40 Korvas and other helicopters.", "korva"),
    ])
    func otherListsKeepTheFirstNoun(text: String, unit: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first, "\(text)")
        #expect(figure.unit == unit, "\(figure)")
    }

    @Test(arguments: [
        "The storm flattened 300 homes, shops and schools along the coast.",
        "The fair showed 80 paintings, sculptures, and tapestries from the valley.",
    ])
    func aListOfUnlikeThingsCountsNothingOneNounNames(text: String) {
        #expect(TestData.bodyFigures(text).isEmpty, "\(TestData.bodyFigures(text))")
    }

    @Test(arguments: [
        ("The blast killed 12 firefighters, medics and rescuers in Tarn.", "firefighter", "killed"),
        ("Rebels fired 30 rockets, mortars and shells at Tarn.", "rocket", "fired"),
    ])
    func aCasualtyOrStrikeOverUnlikeThingsKeepsItsFirstNoun(text: String, unit: String, event: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first, "\(text)")
        #expect(figure.unit == unit && figure.event == event, "\(figure)")
    }

    @Test func aCompoundCountsItsLastNoun() throws {
        let figure = try #require(TestData.bodyFigures("The charity opened two field clinics in the north.").first)
        #expect(figure.unit == "clinic", "\(figure)")
    }
}
