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
        #expect(found.contains { $0.name.hasSuffix("Harun al-Vessa") && $0.kind == .person })
    }

    @Test func aKnownTownBeforeSingerStaysAPlace() {
        let found = entities(["The prize went to Glasgow singer Ann Roe, who wrote her first song at nine."])
        #expect(kind(of: "Glasgow", in: found) == .place)
    }

    @Test func aBandOfTwoWordsBeforeSingerIsAnOrganization() {
        let found = entities(["Fans were queueing when Kelvar Tide singer Jon Vess strode out with a borrowed guitar."])
        #expect(kind(of: "Kelvar Tide", in: found) == .organization)
        #expect(kind(of: "Jon Vess", in: found) == .person)
    }

    @Test func aBandBeforeItsFormerDrummerIsAnOrganization() {
        let found = entities(["Police said Kelvar Static former drummer Ola Venn had been found safe near the coast."])
        #expect(kind(of: "Kelvar Static", in: found) == .organization)
    }

    @Test func aPeoplesAdjectiveBeforeSingerIsNoBand() {
        let found = entities(["Late on Friday the Cornish singer Tessa Marrow filled the Dornholm chapel again."])
        #expect(!found.contains { $0.name == "Cornish" && $0.kind == .organization })
        #expect(kind(of: "Tessa Marrow", in: found) == .person)
    }

    @Test func anUnknownPeoplesAdjectiveBeforeDrummerIsNoBand() {
        let found = entities(["Reviews praised the Tarvanese drummer Ola Venn for keeping time through the storm."])
        #expect(kind(of: "Tarvanese", in: found) != .organization)
    }

    @Test func aRegionsPeopleOfTwoWordsBeforeDrummerIsNoBand() {
        let found = entities(["Tickets sold out fast once the Northern Irish drummer Ola Venn joined the Tarvan tour."])
        #expect(!found.contains { $0.name.hasSuffix("Irish") && $0.kind == .organization })
    }

    @Test func oneWordInsideASentenceBeforeSingerIsNoBand() {
        let found = entities(["Crowds in Marrowby roared as Vessik singer Bram Tolley came back for one more song."])
        #expect(kind(of: "Vessik", in: found) != .organization)
    }

    @Test func oneWordOpeningASentenceBeforeSingerIsNoBand() {
        let found = entities(["Marrowbies singer Tom Hale dies at 80"])
        #expect(kind(of: "Marrowbies", in: found) != .organization)
    }
}
