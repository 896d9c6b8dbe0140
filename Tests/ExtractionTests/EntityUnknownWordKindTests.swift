import ArticleModel
import Testing

@testable import Extraction

/// A capitalised word no dictionary has, seen alone twice, is no person without a person's evidence.
@Suite struct EntityUnknownWordKindTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aBareUnknownWordTwiceIsLeftOut() {
        let found = entities([
            "The probe flew past the comet on Monday, and Stardrift sent back its first pictures.",
            "Engineers hope Stardrift will reach the outer belt next year.",
        ])
        #expect(!found.contains { $0.name == "Stardrift" }, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func anUnknownWordWithSaidIsAPerson() {
        let found = entities(["The talks went well, Vaszary said on Monday."])
        #expect(found.first { $0.name == "Vaszary" }?.kind == .person, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func anUnknownWordWithAnInnerCapitalIsABrand() {
        let found = entities([
            "The launch was run by OrbitPeak on Monday.",
            "The next flight by OrbitPeak is due in March.",
        ])
        #expect(found.first { $0.name == "OrbitPeak" }?.kind == .organization)
    }
}

/// A surname before the regime, administration or loyalists it leads names a person, and a party's name
/// or an acronym there does not.
@Suite struct EntityLeaderFollowerTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aSurnameBeforeRegimeIsAPerson() {
        let found = entities([
            "Jets of the Morvan regime bombed the market on Monday.",
            "Critics say Morvan loyalists run the ministries.",
        ])
        #expect(found.first { $0.name == "Morvan" }?.kind == .person, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func aSurnameBeforeAdministrationIsAPerson() {
        let found = entities(["The Kessler administration rejected the plan on Tuesday."])
        #expect(found.first { $0.name == "Kessler" }?.kind == .person, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func anAcronymBeforeRegimeIsNoPerson() {
        let found = entities(["Opponents of the KNP regime fled abroad."])
        #expect(found.first { $0.name == "KNP" }?.kind != .person, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func aSurnameBeforeRegimeJoinsThePersonNamedElsewhere() {
        let found = entities(["Ann Roe ruled Vesk for ten years.", "Critics of the Roe regime were jailed."])
        #expect(found.first { $0.name == "Ann Roe" }?.kind == .person, "\(found.map { ($0.name, $0.kind) })")
        #expect(!found.contains { $0.name == "Roe" }, "\(found.map { ($0.name, $0.kind) })")
    }
}
