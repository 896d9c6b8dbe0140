import Testing

@testable import Extraction

/// Armed groups' Arabic names written one after the other without a comma are one group each; a known
/// place glued before a group's name is the place and the group.
@Suite struct EntityArmedGroupRunTests {
    func kinds(_ text: String) -> [String: ExtractedEntity.Kind] {
        Dictionary(TestData.bodyEntities(text).map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func twoGroupsRunTogetherAreTwoOrganisations() {
        let found = kinds("Clashes between the rebel groups Jaish al-Rabwa Faylaq al-Hadid and Liwa al-Sandar went on.")
        #expect(found["Jaish al-Rabwa"] == .organization, "\(found)")
        #expect(found["Faylaq al-Hadid"] == .organization, "\(found)")
        #expect(found["Jaish al-Rabwa Faylaq al-Hadid"] == nil, "\(found)")
    }

    @Test func aSecondGroupWithAWordBeforeItsArticleIsSplitToo() {
        let found = kinds("Fighters of Ahrar al-Karmun Jabhat Vesk al-Tarn and others shelled the road.")
        #expect(found["Ahrar al-Karmun"] == .organization, "\(found)")
        #expect(found["Jabhat Vesk al-Tarn"] == .organization, "\(found)")
    }

    @Test func aKnownPlaceBeforeAGroupIsThePlaceAndTheGroup() {
        let found = kinds("In Aleppo Jabhat al-Varoun fighters shelled three districts on Monday.")
        #expect(found["Aleppo"] == .place, "\(found)")
        #expect(found["Jabhat al-Varoun"] == .organization, "\(found)")
    }

    @Test func aGroupPrefixAfterOneWordStaysInsideTheName() {
        let found = kinds("The brigade Liwa Ahrar Vesk al-Tarn joined the offensive.")
        #expect(found["Liwa Ahrar Vesk al-Tarn"] == .organization, "\(found)")
    }
}
