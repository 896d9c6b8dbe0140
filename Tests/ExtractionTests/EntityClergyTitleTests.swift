import Testing

@testable import Extraction

/// A cleric's title, a name and `of` the place or body they serve: the person and the place or body, not
/// one organisation or nothing (sentences written for these tests).
@Suite struct EntityClergyTitleTests {
    func kinds(_ text: String) -> [String: ExtractedEntity.Kind] {
        Dictionary(TestData.bodyEntities(text).map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aGrandMuftiOfAnUnknownBodyIsAPerson() {
        let found = kinds("The sermon by Grand Mufti Ahmed Varoun of Al-Karmun was broadcast.")
        #expect(found["Ahmed Varoun"] == .person, "\(found)")
        #expect(found["Al-Karmun"] != nil, "\(found)")
    }

    @Test func aNameWithAJoinedArticleBeforeOfIsAPerson() {
        let found = kinds("The sermon by Grand Imam Ahmed al-Varoun of Karmun University was broadcast.")
        #expect(found["Ahmed al-Varoun"] == .person, "\(found)")
        #expect(found["Karmun University"] == .organization, "\(found)")
    }

    @Test func aBishopOfAnUnknownSeeIsAPerson() {
        let found = kinds("Bishop Anton Varoun of Karmun spoke at the funeral.")
        #expect(found["Anton Varoun"] == .person, "\(found)")
    }
}
