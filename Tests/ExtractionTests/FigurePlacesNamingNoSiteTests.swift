import ArticleModel
import Testing

@testable import Extraction

/// Places a sentence names as something other than where its figure happened: the country that opens an
/// aid society's name, the sides a team beat, the place of `everybody`; and a place written between a count
/// and its noun, which modifies the noun and may be the site.
@Suite struct FigurePlacesNamingNoSiteTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    func headlineFigure(_ value: Double, headline: String) -> Figure? {
        let article = Article(
            title: headline, paragraphs: [Paragraph(kind: .body, text: "The charity gave no more details.")])
        return TestData.extractor.extract(from: article).figures.first { $0.value == value }
    }

    // (The entity pass reads the name and the place after it as one name, so the clinic's country is not
    // seen either: no site, rather than the aid society's country.)
    @Test(arguments: [
        ("Two killed in Kuwait Red Crescent Yemen clinic bombing", 2.0),
        ("Seven killed in Norway Red Cross Sudan hospital bombing", 7),
    ])
    func anAidSocietysCountryIsNoSite(headline: String, value: Double) {
        let found = headlineFigure(value, headline: headline)
        #expect(found != nil)
        #expect(found?.site == nil)
    }

    @Test(arguments: [
        "The side has had four wins over Italy, Wales and Scotland this season.",
        "After three victories against France the coach kept his squad.",
    ])
    func theSidesBeatenAreNoSite(text: String) {
        let first = TestData.bodyFigures(text).first
        #expect(first != nil)
        #expect(first?.site == nil)
    }

    @Test func aSideBeatenStillMakesTheClauseAboutAnotherPlace() {
        let text = "Two late tries gave them a 10-7 win over Scotland, before Wales were beaten 9-0 in Cardiff."
        #expect(figure(2, in: text)?.site == nil)
    }

    @Test func aWinInAPlaceKeepsThatPlace() {
        #expect(figure(3, in: "They scored 3 tries against Italy in Rome on Saturday.")?.site == "Rome")
    }

    @Test func theCountryOfEverybodyIsNoSite() {
        let text = "Keep it to the six words that everybody in Canada remembers, the adviser said."
        #expect(figure(6, in: text)?.site == nil)
    }

    @Test func aPlaceBetweenACountAndItsNounModifiesTheNoun() {
        let text = "Militants in Iraq shot dead 40 farmers in three Diyala villages on Saturday."
        #expect(figure(3, in: text)?.unit == "village")
        #expect(figure(40, in: text)?.site == "Diyala")
    }

    @Test(arguments: [
        // A ratio's `in`, not a place's.
        ("Nearly one in four US voters aged over 60 own a tablet.", 4.0),
        // A team's appearances, no places.
        ("The wing crossed for three tries in five Wales appearances.", 5),
    ])
    func aPlaceBeforeANounOfNoPlacesIsNoSite(text: String, value: Double) {
        #expect(figure(value, in: text) != nil)
        #expect(figure(value, in: text)?.site == nil)
    }

    @Test func aPlaceEndingInSBetweenACountAndItsNounIsNoCountedNoun() {
        let text = "Gunmen in Syria killed 19 people in two Homs villages last week."
        #expect(figure(2, in: text)?.unit == "village")
        #expect(figure(19, in: text)?.site == "Homs")
    }

    @Test(arguments: [
        ("Eleven rockets fired by jets hit the central hospital of Marib and other areas in the city.", 11.0, "Marib"),
        ("Shells struck the main market of Taiz on Friday, wounding 23 people.", 23, "Taiz"),
    ])
    func theBuildingOfAPlaceIsInThePlace(text: String, value: Double, site: String) {
        #expect(figure(value, in: text)?.site == site)
    }
}

/// `In Tarn and Vesk prices rose by 2% and 1% respectively`: each figure its place, in order.
@Suite struct FigureRespectiveSiteTests {
    func site(of value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    @Test(arguments: [
        ("In Wales and Scotland house prices rose by 2.4% and 1.7% respectively.", 2.4, "Wales"),
        ("In Wales and Scotland house prices rose by 2.4% and 1.7% respectively.", 1.7, "Scotland"),
        ("Sales in France and Germany fell 3% and 5% respectively last year.", 5, "Germany"),
        ("Shelling killed 14 and 9 people in Aleppo and Hama respectively.", 9, "Hama"),
    ])
    func eachFigureTakesItsPlaceInOrder(text: String, value: Double, site: String) {
        #expect(self.site(of: value, in: text) == site)
    }

    @Test func listsOfOtherLengthsGiveNoSite() {
        let text = "In Wales and Scotland prices rose by 2.4%, 1.7% and 0.9% respectively."
        #expect(site(of: 1.7, in: text) == nil)
    }

    /// Places joined by a hyphen (`Chile-Peru`) can be read as mentions that overlap: they make no list, and
    /// reading them does not trap on a gap that would end before it starts.
    @Test(arguments: [
        "Exports from Chile-Peru rose 4% and 6% respectively.",
        "Exports from Chile-Peru and Brazil rose 4% and 6% respectively.",
    ])
    func placesJoinedByAHyphenMakeNoList(text: String) {
        #expect(TestData.bodyFigures(text).contains { $0.value == 4 }, "\(text)")
    }
}

/// A headline count naming no place takes the site of the body count it restates, as an earlier sentence's
/// place.
@Suite struct FigureRestatedHeadlineSiteTests {
    func figures(headline: String, body: String) -> [Figure] {
        let article = Article(title: headline, paragraphs: [Paragraph(kind: .body, text: body)])
        return TestData.extractor.extract(from: article).figures
    }

    @Test func aHeadlineCountTakesTheSiteOfTheBodyCountItRestates() {
        let found = figures(
            headline: "Jets fire 18 rockets at main hospital",
            body: "A total of 18 rockets fired by jets hit the main hospital of Marib on Sunday night.")
        #expect(found.first?.value == 18)
        #expect(found.first?.site == nil)
        #expect(found.first?.earlierSite == "Marib")
    }

    @Test func aHeadlineNamingAPlaceKeepsItsOwn() {
        let found = figures(
            headline: "Jets fire 18 rockets at Yemen hospital",
            body: "A total of 18 rockets fired by jets hit the main hospital of Marib on Sunday night.")
        #expect(found.first?.earlierSite == nil)
    }
}

