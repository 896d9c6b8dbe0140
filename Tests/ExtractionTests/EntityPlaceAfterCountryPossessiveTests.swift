import ArticleModel
import Testing

@testable import Extraction

/// A town after its country's possessive in text that lost its apostrophes (`killed in Syrias Tarvan`): the
/// town is a place, and the site of a count the clause places there, not the country around it.
@Suite struct EntityPlaceAfterCountryPossessiveTests {
    func places(_ text: String) -> [String] {
        TestData.bodyEntities(text).filter { $0.kind == .place }.map(\.name)
    }

    func site(_ value: Double, in text: String) -> String? {
        TestData.bodyFigures(text).first { $0.value == value }?.site
    }

    @Test(arguments: [
        "Four guards were killed on Monday in Syrias Tarvan when a drone struck their post.",
        "Shells fell near Iraqs Tarvan overnight and four guards were killed.",
        "Four guards were killed in Syrias Tarvan.",
        "Four guards were killed in Syrias Tarvan on Monday.",
    ])
    func theTownAfterTheCountrysPossessiveIsAPlace(text: String) {
        #expect(places(text).contains("Tarvan"), "\(places(text))")
    }

    @Test(arguments: [
        "Four guards were killed on Monday in Syrias Tarvan when a drone struck their post.",
        "A drone strike killed four guards in Syrias Tarvan on Monday, a monitor said.",
    ])
    func theTownIsTheSiteNotTheCountry(text: String) {
        #expect(site(4, in: text) == "Tarvan", "\(TestData.bodyFigures(text).map { ($0.text, $0.site ?? "-") })")
    }

    @Test func aHeadlineTollInTheTownTakesTheTown() {
        let article = Article(
            title: "Drone strike kills four guards in Syrias Tarvan",
            paragraphs: [Paragraph(kind: .body, text: "The guards had held the post since the spring.")])
        let figures = TestData.extractor.extract(from: article).figures
        #expect(figures.first { $0.value == 4 }?.site == "Tarvan", "\(figures.map { ($0.text, $0.site ?? "-") })")
    }

    @Test func aPersonAfterTheCountrysPossessiveStaysNoPlace() {
        let text = "Few voters put their trust in Syrias Ahmed Kelvari after the vote."
        #expect(!places(text).contains { $0.hasPrefix("Ahmed") }, "\(places(text))")
    }

    @Test func aNameGoingOnInLowercaseIsNoPlaceCutShort() {
        // `Deir ezzor`: the gazetteer's `Deir Ezzor` goes on past the capital; its first word alone is no place.
        let text = "Four guards were killed in Syrias Deir ezzor on Monday."
        #expect(!places(text).contains("Deir"), "\(places(text))")
    }

    @Test func aRunHoldingAnEnglishWordIsNoPlace() {
        // A headline's credit run onto the town (`Tarvan Monitor`) is left as it was.
        let text = "A drone strike killed four guards in Syrias Tarvan Monitor on Monday."
        #expect(!places(text).contains("Tarvan Monitor"), "\(places(text))")
    }

    @Test(arguments: [
        "Kelvar Oil took a stake in Russias Tarvaneft last year.",
        "Kelvar Oil has invested in Chinas Tarvaneft since the spring.",
    ])
    func aCompanyBoughtIntoAfterTheCountrysPossessiveIsNoPlace(text: String) throws {
        // A word for money put in right before the preposition: the country's company, not its town.
        let entities = TestData.bodyEntities(text)
        try #require(entities.contains { $0.name == "Kelvar Oil" }, "\(entities.map { ($0.name, $0.kind) })")
        #expect(!places(text).contains("Tarvaneft"), "\(places(text))")
    }

    @Test func aNameInCapitalsAfterTheCountrysPossessiveIsNoPlace() throws {
        // A word in capitals is an acronym or a headline's shouting, as often a company's as a town's.
        let text = "Kelvar Oil sent two engineers to work in Russias TARVANEFT last winter."
        let entities = TestData.bodyEntities(text)
        try #require(entities.contains { $0.name == "Kelvar Oil" }, "\(entities.map { ($0.name, $0.kind) })")
        #expect(!places(text).contains { $0.lowercased() == "tarvaneft" }, "\(places(text))")
    }

    @Test func theAttackersBaseStaysNoSite() {
        let text = "Militants based in Syrias Tarvan fired rockets at the town of Kelvar, killing five people."
        #expect(site(5, in: text) != "Tarvan", "\(TestData.bodyFigures(text).map { ($0.text, $0.site ?? "-") })")
    }
}
