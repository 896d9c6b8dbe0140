import ArticleModel
import Testing

@testable import Extraction

/// Who reported a figure, as the article's entity: modifiers dropped, descriptions and pronouns
/// resolved to what the article named before, words that name nobody left out.
@Suite struct FigureSourceTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func source(of value: Double, in found: [Figure]) -> String? {
        found.first { $0.value == value }?.source
    }

    @Test func aModifierBeforeTheNameIsNotPartOfTheSource() {
        let found = figures([
            "The Geneva-based International Organization for Migration said 120 migrants drowned off the coast."
        ])
        #expect(source(of: 120, in: found) == "International Organization for Migration")
    }

    @Test func aDescriptionTakesTheOrganisationNamedBefore() {
        let found = figures([
            "The Kenya Red Cross Society said 14 people died in the floods in Garissa.",
            "At least 30 homes were swept away, the society said.",
        ])
        #expect(source(of: 14, in: found) == "Kenya Red Cross Society")
        #expect(source(of: 30, in: found) == "Kenya Red Cross Society")
    }

    @Test func aRoleTakesTheOrganisationItSpeaksFor() {
        let found = figures(["Four soldiers were wounded, a Xinhua correspondent said."])
        #expect(source(of: 4, in: found) == "Xinhua")
    }

    @Test func heSaidTakesThePersonNamedLast() {
        let found = figures([
            "\u{201C}The shelling has not stopped,\u{201D} local doctor Karim Haddad told reporters.",
            "He said 17 people were treated for burns.",
        ])
        #expect(source(of: 17, in: found) == "Karim Haddad")
    }

    @Test func toldNamesWhoHeardNotWhoSpoke() {
        let found = figures(["Nine fighters were killed in the raid, the army commander Omar Sayed told Reuters."])
        #expect(source(of: 9, in: found) != "Reuters")
    }

    @Test func wordsThatNameNobodyAreNoSource() {
        let found = figures(["Eleven people were killed and 40 wounded, speaking on condition of anonymity said."])
        #expect(found.allSatisfy { $0.source == nil }, "\(found.map { $0.source ?? "-" })")
    }

    @Test func anInstitutionNamedByDescriptionStaysAsWritten() {
        let found = figures(["The Iraqi military said 22 missiles were launched."])
        #expect(source(of: 22, in: found) == "Iraqi military")
    }
}
