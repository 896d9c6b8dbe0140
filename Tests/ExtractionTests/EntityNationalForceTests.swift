import ArticleModel
import Testing

@testable import Extraction

/// A nationality and a force's name (`Army`, `Navy`, `Air Force`) name a country's forces, an organisation,
/// even in a title-case headline or link title.
@Suite struct EntityNationalForceTests {
    private func entities(headline: String, body: String) -> [ExtractedEntity] {
        let article = Article(
            title: headline,
            paragraphs: [Paragraph(kind: .headline, text: headline), Paragraph(kind: .body, text: body)])
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aForceNamedInATitleCaseHeadlineIsAnOrganisation() {
        let found = entities(
            headline: "Jordanian Army Repels Smugglers Along Desert Frontier",
            body: "Border guards fired on a convoy of trucks late on Sunday, officials said.")
        #expect(
            found.contains { $0.name == "Jordanian Army" && $0.kind == .organization },
            "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func anAirForceInATitleCaseLinkTitleIsAnOrganisation() {
        let found = entities(
            headline: "Report",
            body: "Egyptian Air Force Jets Pound Hideouts Across Northern Sinai Before Dawn")
        #expect(
            found.contains { $0.name == "Egyptian Air Force" && $0.kind == .organization },
            "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aForceBeforeHeadlineWordsInASentenceKeepsItsName() {
        let found = TestData.bodyEntities("Gunmen Killed in Turkish Army Raids across Region")
        #expect(
            found.contains { $0.name == "Turkish Army" && $0.kind == .organization },
            "\(found.map { "\($0.name) \($0.kind)" })")
        #expect(!found.contains { $0.name == "Army Raids" })
    }

    @Test func aLongerForceNameIsNotCutToTheNationalOne() {
        let found = entities(
            headline: "Free Syrian Army Units Withdraw From Hilltop Positions",
            body: "The fighters left before dawn on Tuesday, a monitor said.")
        #expect(!found.contains { $0.name == "Syrian Army" }, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aKnifeNamedAfterAnArmyIsNoForce() {
        let found = entities(
            headline: "Campers Pack Swiss Army Knives and Maps for Long Treks",
            body: "Shops reported brisk sales of outdoor gear this week.")
        #expect(!found.contains { $0.name == "Swiss Army" }, "\(found.map { "\($0.name) \($0.kind)" })")
    }
}
