import ArticleModel
import Testing

@testable import Extraction

/// A nationality and a force's head before plain English words (`Turkish Army Raids` in a headline written
/// as a sentence) are a phrase: the nationality stays, the words name nobody.
@Suite struct EntityNationalityPhraseTests {
    @Test func commonWordsAfterANationalityAndAForcesHeadNameNobody() {
        let found = TestData.bodyEntities("Gunmen Killed in Turkish Army Raids across Region")
        #expect(!found.contains { $0.name == "Army Raids" }, "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aNameWithNoHeadAfterANationalityKeepsItsAcronym() {
        let found = TestData.bodyEntities("British Film Rights (BFR) said ticket sales fell in May.")
        #expect(
            found.contains { $0.name == "BFR" || $0.name == "British Film Rights" },
            "\(found.map { "\($0.name) \($0.kind)" })")
    }

    @Test func aKnownNameAfterANationalityStays() {
        let found = TestData.bodyEntities("Volunteers of the British Red Cross reached Vesk on Monday.")
        #expect(
            found.contains { $0.name == "Red Cross" || $0.name == "British Red Cross" },
            "\(found.map { "\($0.name) \($0.kind)" })")
    }
}
