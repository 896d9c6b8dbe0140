import ArticleModel
import Testing

@testable import Extraction

/// A band before its members' roles or after `band`, an armed group before or after `rebel group`: an
/// organisation, though its name reads like a person's.
@Suite struct EntityGroupHeadNounTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(of name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? {
        found.first { $0.name == name }?.kind
    }

    @Test func aBandBeforeItsFrontmanIsAnOrganization() {
        let found = entities(["The Vesper Kings frontman Tom Hale told fans the tour would go ahead in spring."])
        #expect(kind(of: "Vesper Kings", in: found) == .organization)
        #expect(kind(of: "Tom Hale", in: found) == .person)
    }

    @Test func aBandBeforeItsLeadSingerIsAnOrganization() {
        let found = entities(["Fans cheered when Marrowby Lanterns lead singer Ann Roe walked on stage."])
        #expect(kind(of: "Marrowby Lanterns", in: found) == .organization)
    }

    @Test func aGenreOpeningTheSentenceBeforeSingerIsNoName() {
        let found = entities(["Soul singer Ann Roe won the prize for best newcomer on Tuesday."])
        #expect(!found.contains { $0.name == "Soul" })
        #expect(kind(of: "Ann Roe", in: found) == .person)
    }

    @Test func aNationalityBeforeSingerStaysANationality() {
        let found = entities(["The award went to French singer Ann Roe for her second record."])
        #expect(!found.contains { $0.name == "French" && $0.kind == .organization })
    }

    @Test func aBandOfTwoWordsAfterBandIsAnOrganization() {
        let found = entities(["He joined the indie band Silver Kettle in May and recorded two songs."])
        #expect(kind(of: "Silver Kettle", in: found) == .organization)
    }

    @Test func twoPeopleAfterDuoStayPeople() {
        let found = entities(["The band Tom Hale and Ann Roe started in a garage split last year."])
        #expect(kind(of: "Tom Hale", in: found) == .person)
    }

    @Test func aGroupBeforeRebelGroupIsAnOrganization() {
        let found = entities(["Fighters from the Kemal al-Tazir rebel group withdrew from the hills at dawn."])
        #expect(found.contains { $0.name.hasPrefix("Kemal al-Tazir") && $0.kind == .organization })
        #expect(!found.contains { $0.name.hasPrefix("Kemal") && $0.kind == .person })
    }

    @Test func aGroupAfterRebelGroupIsAnOrganization() {
        let found = entities(["The rebel group Harun al-Vessa said it had taken the bridge on Sunday."])
        #expect(kind(of: "Harun al-Vessa", in: found) == .organization)
    }

    @Test func aLeaderAfterRebelGroupsLeaderStaysAPerson() {
        let found = entities(["The rebel group leader Harun Vessar said the talks had failed."])
        #expect(kind(of: "Harun Vessar", in: found) == .person)
    }

    @Test func aLeaderAfterAGroupsNameAndRebelGroupStaysAPerson() {
        let found = entities(["Jets struck a commander of the Jaish al-Tarn militant group Abu Harun al-Vessa near Kelvar."])
        #expect(!found.contains { $0.name.hasSuffix("Harun al-Vessa") && $0.kind == .organization })
    }

    @Test func aKnownTownBeforeSingerStaysAPlace() {
        let found = entities(["The prize went to Glasgow singer Ann Roe, who wrote her first song at nine."])
        #expect(kind(of: "Glasgow", in: found) == .place)
    }

    @Test func oneWordOpeningASentenceBeforeSingerIsNoBand() {
        let found = entities(["Marrowbies singer Tom Hale dies at 80"])
        #expect(kind(of: "Marrowbies", in: found) != .organization)
    }
}
