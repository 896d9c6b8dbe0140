import ArticleModel
import Testing

@testable import Extraction

/// Names that are no body and names a hyphen or an `and` joins: a share index named before `index` or by
/// its head (`Composite`), a measure of a company's accounts in capitals, a brokerage by its last word, the
/// topic of an owner's committee, two countries joined by a hyphen before what passes between them, and one
/// country or region whose name holds `and`. Every line here is written for these tests.
@Suite struct EntityShareIndexAndJoinedCountryTests {
    func entities(_ lines: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Markets and talks", paragraphs: lines.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ name: String, in found: [ExtractedEntity]) -> ExtractedEntity? {
        found.first { $0.name == name || $0.aliases.contains(name) }
    }

    @Test func aShareIndexIsNoOrganisation() {
        let found = entities([
            "The Kelvar 100 index gained a little on Tuesday while the Dornholm index slipped in thin trade.",
            "The Tarvan Composite fell for a third day and the Maresk index ended flat.",
        ])
        for name in ["Kelvar 100", "Kelvar", "Dornholm", "Tarvan Composite", "Tarvan", "Maresk"] {
            #expect(entity(name, in: found) == nil, "\(name)")
        }
    }

    @Test func aBodyNamedBesideAnIndexStays() {
        let found = entities([
            "Vellow Brokers said the Kestrel index would recover once the harvest was in.",
            "Analysts at Vellow Brokers expect the Kestrel index to end the year higher.",
        ])
        #expect(entity("Vellow Brokers", in: found)?.kind == .organization)
        #expect(entity("Kestrel", in: found) == nil)
    }

    @Test func aBrokerageIsAFirm() {
        let found = entities([
            "Profits will rise next year, said Maresk Brokers, while Dornvale Institutional Equities was wary.",
        ])
        #expect(entity("Maresk Brokers", in: found)?.kind == .organization)
        #expect(entity("Dornvale Institutional Equities", in: found)?.kind == .organization)
    }

    @Test func aMeasureOfAccountsIsNoOrganisation() {
        let found = entities(["Sales rose at Dornholm Industries, and EBITDA beat forecasts while EPS slipped."])
        #expect(entity("EBITDA", in: found) == nil)
        #expect(entity("EPS", in: found) == nil)
        #expect(entity("Dornholm Industries", in: found)?.kind == .organization)
    }

    @Test func theTopicOfAnOwnersCommitteeIsNoBody() {
        let found = entities([
            "Ana Vellow, who chairs the Dornvale Guild's Digital Entertainment committee, praised every entry.",
        ])
        #expect(entity("Digital Entertainment", in: found) == nil)
        #expect(entity("Dornvale Guild", in: found)?.kind == .organization)
        #expect(entity("Ana Vellow", in: found)?.kind == .person)
    }

    @Test func countriesJoinedByAHyphenAreEachAPlace() {
        let found = entities([
            "Hopes for a Norway-Chile fishing pact rose as the Peru-Bolivia border reopened to lorries.",
        ])
        for name in ["Norway", "Chile", "Peru", "Bolivia"] {
            #expect(entity(name, in: found)?.kind == .place, "\(name)")
        }
        #expect(!found.contains { $0.name.contains("-") })
    }

    @Test func aCountryShortFormJoinedByAHyphenIsTheCountry() {
        let found = entities(["The US-Japan currency dispute dragged on into the spring."])
        #expect(entity("United States", in: found)?.kind == .place)
        #expect(entity("Japan", in: found)?.kind == .place)
    }

    @Test func citiesJoinedByAHyphenBeforeARoadAreEachAPlace() {
        // (The route's ends are places: `EntityFusedPlaceListTests`.)
        let found = entities(["Lorries queued on the Lyon-Grenoble road for a week."])
        #expect(entity("Lyon", in: found)?.kind == .place)
        #expect(entity("Grenoble", in: found)?.kind == .place)
        #expect(entity("Lyon-Grenoble", in: found) == nil)
    }

    @Test func aCountryWhoseNameHoldsAndIsOnePlace() {
        let found = entities([
            "Sprinter Ana Vellow of Trinidad and Tobago won the heat ahead of Tomas Maresk of Bosnia and Herzegovina.",
        ])
        #expect(entity("Trinidad and Tobago", in: found)?.kind == .place)
        #expect(entity("Bosnia and Herzegovina", in: found)?.kind == .place)
        #expect(entity("Tobago", in: found) == nil)
        #expect(entity("Herzegovina", in: found) == nil)
        #expect(entity("Ana Vellow", in: found)?.kind == .person)
    }

    @Test func twoCountriesJoinedByAndStayTwo() {
        let found = entities(["Envoys of Tarvan held grain talks with Serbia and Montenegro, which stalled in May."])
        #expect(entity("Serbia", in: found)?.kind == .place)
        #expect(entity("Montenegro", in: found)?.kind == .place)
        #expect(entity("Serbia and Montenegro", in: found) == nil)
    }

    @Test func aCountryWhoseShortFormIsOneSideStaysOne() {
        let found = entities([
            "Envoys of Antigua and Barbuda met their peers from Saint Kitts and Nevis at a summit in Vessa.",
        ])
        #expect(entity("Antigua and Barbuda", in: found)?.kind == .place)
        #expect(entity("Saint Kitts and Nevis", in: found)?.kind == .place)
        #expect(entity("Barbuda", in: found) == nil)
        #expect(entity("Nevis", in: found) == nil)
    }

    @Test func twoPlacesBetweenWhichAndStandsStayTwo() {
        let found = entities(["Talks between Serbia and Montenegro on the shared railway resumed on Monday."])
        #expect(entity("Serbia", in: found)?.kind == .place)
        #expect(entity("Montenegro", in: found)?.kind == .place)
        #expect(entity("Serbia and Montenegro", in: found) == nil)
    }
}
