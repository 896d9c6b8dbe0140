import ArticleModel
import Testing

@testable import Extraction

/// Fragments of names that are no names of their own: a direction from a place, a compass adjective before a
/// place, the first word of a known organisation written in lowercase, a people's noun or a band's member
/// before a person, a theory's name, a glossed term, a plural noun in its British spelling.
@Suite struct EntityNameFragmentTests {
    func names(_ text: String) -> [String] { TestData.bodyEntities(text).map(\.name) }
    func kind(_ text: String, _ name: String) -> ExtractedEntity.Kind? {
        TestData.bodyEntities(text).first { $0.name == name }?.kind
    }

    @Test func aDirectionFromAPlaceIsNoPlace() {
        let found = names("Troops massed Northwest of Dornholm on Monday, the monitor reported.")
        #expect(!found.contains { $0.contains("Northwest") }, "\(found)")
    }

    @Test func aDirectionFusedBetweenTwoNamesIsCutOut() {
        let text = "Rebels shelled Maresk Farms Northwest of Aleppo Province during the week."
        let found = names(text)
        #expect(!found.contains { $0.contains("Northwest") }, "\(found)")
        #expect(found.contains("Maresk Farms"), "\(found)")
        #expect(kind(text, "Aleppo") == .place, "\(found)")
    }

    @Test func aCompassAdjectiveBeforeAKnownPlaceNamesNoPeople() {
        let text = "The push by the army in Western Aleppo went into its fifth day."
        #expect(kind(text, "Western") == nil, "\(names(text))")
        #expect(kind(text, "Aleppo") == .place, "\(names(text))")
    }

    @Test func theFirstWordOfAKnownGroupInLowercaseIsNoNationality() {
        let text = "Fighters loyal to the Islamic state pulled back from Tarvan overnight."
        #expect(kind(text, "Islamic") == nil, "\(names(text))")
    }

    @Test func aPeoplesNounBeforeAPersonIsARole() {
        let found = names("Welshman Tarn Obrey told reporters the squad was ready for Kelvar.")
        #expect(found.contains("Tarn Obrey"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Welshman") }, "\(found)")
    }

    @Test func aBandsMemberBeforeAPersonIsARole() {
        let found = names("Crowds cheered when the former Beatle Corin Vask walked on stage in Maresk.")
        #expect(found.contains("Corin Vask"), "\(found)")
        #expect(!found.contains { $0.contains("Beatle") }, "\(found)")
    }

    @Test func aTheorysNameIsNoPerson() {
        let found = names("Economists at Kelvar cite the Dornholm Curve when inequality rises and then eases.")
        #expect(!found.contains("Dornholm Curve"), "\(found)")
    }

    @Test func aGlossedTermAfterAnArticleIsNoName() {
        let found = names("The judge in Tarvan had issued a Qadra (binding ruling) against the traders.")
        #expect(!found.contains("Qadra"), "\(found)")
    }

    @Test func aBritishSpelledPluralOpeningASentenceIsNoPerson() {
        let found = names("Organisers said the fair in Kestrel Hill would go ahead despite the rain.")
        #expect(!found.contains("Organisers"), "\(found)")
    }
}

/// Transliterated place names ending in an adjective joined to its article (`al-Shamaliyeh`, `al-Kabir`):
/// one place, not two.
@Suite struct EntityArabicPlaceAdjectiveTests {
    func names(_ text: String) -> [String] { TestData.bodyEntities(text).map(\.name) }

    @Test func anAdjectiveAfterANameJoinedToItsArticleGoesOnWithIt() {
        let found = names("Two men were killed in al-Dorak al-Kabir area east of Vessa, the group said.")
        #expect(found.contains("al-Dorak al-Kabir"), "\(found)")
        #expect(!found.contains("al-Kabir"), "\(found)")
    }

    @Test func anAdjectiveInAFramedListGoesOnWithThePlaceBefore() {
        let found = names("Jets struck the villages of al-Marun al-Gharbiyeh Tessouk and Faliss on Monday.")
        #expect(found.contains("al-Marun al-Gharbiyeh"), "\(found)")
        #expect(!found.contains("al-Gharbiyeh"), "\(found)")
    }

    @Test func anAdjectiveAfterAPlacePrefixAndNameEndsThatName() {
        let found = names("Troops entered Kafr Moussa al-Sharqiyeh and Tell Hamdan on Sunday.")
        #expect(found.contains("Kafr Moussa al-Sharqiyeh"), "\(found)")
        #expect(!found.contains("al-Sharqiyeh"), "\(found)")
    }

    @Test func aSecondNameJoinedToItsArticleStillOpensANewPlace() {
        let found = names("Jets struck the villages of al-Marun al-Tessouk Faliss and Vardan on Monday.")
        #expect(!found.contains("al-Marun al-Tessouk"), "\(found)")
    }
}

/// One-word stage names listed after a plural noun of performers, beside a person named in full, are people.
@Suite struct EntityPerformerListTests {
    func kind(_ text: String, _ name: String) -> ExtractedEntity.Kind? {
        TestData.bodyEntities(text).first { $0.name == name }?.kind
    }

    @Test func stageNamesBesideAFullNameAfterSingersArePeople() {
        let text = "On the night the gala will feature singers Kelvina, Sir Daniel Obrey, Dornella and Vessik."
        for name in ["Kelvina", "Dornella", "Vessik"] {
            #expect(kind(text, name) == .person, "\(name): \(TestData.bodyEntities(text).map(\.name))")
        }
    }

    @Test func withoutAFullNameTheWordsStayUnstored() {
        let text = "The gala will feature singers Kelvina, Dornella and Vessik on the night."
        #expect(kind(text, "Dornella") == nil, "\(TestData.bodyEntities(text).map(\.name))")
    }

    @Test func withoutAPerformersNounTheWordsStayUnstored() {
        let text = "The fund will support towns Kelvina, Daniel Obrey, Dornella and Vessik this year."
        #expect(kind(text, "Dornella") != .person, "\(TestData.bodyEntities(text).map(\.name))")
    }
}

/// A body's head and `of` before `for`: one organisation's name, not cut at `for`.
@Suite struct EntityBodyForNameTests {
    @Test func aBodyOfSomethingForSomethingIsOneName() {
        let found = TestData.bodyEntities("The Dornholm Council of Mediation for Fisheries ruled against the boat owners.")
        #expect(found.contains { $0.name == "Dornholm Council of Mediation for Fisheries" }, "\(found.map(\.name))")
    }
}

/// A people's word closing a name that a capitalised `The` opens inside a sentence is the outlet's, no nationality.
@Suite struct EntityOutletNameWordTests {
    @Test func aPeoplesWordEndingAnOutletsNameIsNoNationality() {
        let found = TestData.bodyEntities("A shopkeeper in Tarvan told The Modern Tamil that prices had doubled.")
        #expect(!found.contains { $0.name == "Tamil" }, "\(found.map { "\($0.name) \($0.kind)" })")
    }
}

/// Kinds and boundaries kept around the rules above.
@Suite struct EntityNameFragmentGuardTests {
    @Test func aCompassWordAfterTheInsideAName() {
        let found = TestData.bodyEntities("She studied at the University of the West of Varnia before moving to Tarvan.")
        #expect(!found.contains { $0.name == "University of the" }, "\(found.map(\.name))")
    }

    @Test func twoWordsJoinedToTheirArticlesEndingInAPlaceAdjectiveNameAPlace() {
        let found = TestData.bodyEntities("Gunmen attacked a checkpoint in al-Darun al-Gharbiyeh on Monday.")
        #expect(found.first { $0.name == "al-Darun al-Gharbiyeh" }?.kind == .place, "\(found.map { "\($0.name) \($0.kind)" })")
    }
}
