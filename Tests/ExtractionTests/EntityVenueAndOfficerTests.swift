import ArticleModel
import Testing

@testable import Extraction

/// Shapes seen outside war news: venues are places, a state's postal code after a town is the state, an
/// organisation run into its officer's name gives both, titles of more than one word stay out of the
/// person's name, and titles of works, records and competitions name nobody.
@Suite struct EntityVenueAndOfficerTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(of name: String, in found: [ExtractedEntity]) -> ExtractedEntity.Kind? {
        found.first { $0.name == name }?.kind
    }

    @Test func venuesArePlaces() {
        let found = entities([
            "The band will play the Harmon Auditorium next spring and the Ellen Brooks Pavilion in the autumn.",
            "Fans queued outside the Riverside Amphitheatre; the show plays at the Prince Albert Theatre later.",
        ])
        #expect(kind(of: "Harmon Auditorium", in: found) == .place)
        #expect(kind(of: "Ellen Brooks Pavilion", in: found) == .place)
        #expect(kind(of: "Riverside Amphitheatre", in: found) == .place)
        #expect(kind(of: "Prince Albert Theatre", in: found) == .place)
        #expect(!found.contains { $0.name == "Albert Theatre" })
    }

    @Test func theatreNamedAloneIsItsCompany() {
        let found = entities([
            "The Harrowgate Ballet Theatre announced a new season on Monday.",
            "Brackwater Theater announced that it had hired two actors for the spring.",
        ])
        #expect(kind(of: "Harrowgate Ballet Theatre", in: found) == .organization)
        #expect(kind(of: "Brackwater Theater", in: found) == .organization)
    }

    @Test func statePostalCodeAfterATownIsTheState() {
        let found = entities([
            "The tour opens in Dayton, OH on May 3 and closes in Tulsa, OK, two months later.",
            "A hometown show in Fresno, CA for the fans follows in June.",
        ])
        #expect(kind(of: "California", in: found) == .place)
        #expect(kind(of: "Ohio", in: found) == .place)
        #expect(kind(of: "Oklahoma", in: found) == .place)
        #expect(!found.contains { $0.name == "OH" || $0.name == "OK" })
    }

    @Test func postalCodeWithoutATownBeforeItIsNoState() {
        let found = entities([
            "The fund, IN the words of its manager, was doing well, said Gavin Rolt.",
            "Team: B Ostrov, S Marelli, CA del Varo, P Hune.",
        ])
        #expect(!found.contains { $0.name == "Indiana" || $0.name == "California" })
    }

    @Test func credentialAfterAPersonsNameIsNoState() {
        let found = entities([
            "The rash was harmless, said Jane Roe, MD, a cardiologist at the clinic.",
            "Tom Vekko, MA, taught the class, and Orla Dunne, PA, saw the patients with Ivo Brand, MS, DE.",
        ])
        #expect(
            !found.contains {
                ["Maryland", "Massachusetts", "Pennsylvania", "Mississippi", "Delaware"].contains($0.name)
            })
        #expect(kind(of: "Jane Roe", in: found) == .person)
    }

    @Test func organisationRunIntoItsOfficerGivesBoth() {
        let found = entities([
            "The chairman of the Harbour Network for Human Rights Rami Haddad told reporters the raids went on.",
            "Speaking to Anadolu Agency Karim el-Tawil a local activist said the town was shelled.",
        ])
        #expect(kind(of: "Harbour Network for Human Rights", in: found) == .organization)
        #expect(kind(of: "Rami Haddad", in: found) == .person)
        #expect(kind(of: "Anadolu Agency", in: found) == .organization)
        #expect(kind(of: "Karim el-Tawil", in: found) == .person)
    }

    @Test func organisationOfCommonWordsBeforeAVerbStaysWhole() {
        let found = entities(["Sale times lengthened, the Royal Institute of Chartered Glaziers found."])
        #expect(kind(of: "Royal Institute of Chartered Glaziers", in: found) == .organization)
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func givenNameAfterAParticleStaysInTheName() {
        let found = entities(["The commander Abu Karim al-Vesri said the fighters had withdrawn."])
        #expect(found.contains { $0.name == "Abu Karim al-Vesri" && $0.kind == .person })
        #expect(!found.contains { $0.name == "Karim al-Vesri" })
    }

    @Test func twoWordTitleStaysOutOfThePersonsName() {
        let found = entities([
            "Grand Master Alan Whitcombe opened the lodge.",
            "Crown Prosecutor Denise Harlow told the court the case was strong.",
        ])
        #expect(found.contains { $0.name == "Alan Whitcombe" && $0.kind == .person })
        #expect(found.contains { $0.name == "Denise Harlow" && $0.kind == .person })
        #expect(!found.contains { $0.name.hasPrefix("Grand") || $0.name.hasPrefix("Crown") })
    }

    @Test func placeAfterATitleWordIsNoPerson() {
        let found = entities(["Former Downing Street press chief Harold Penfold said the plan was late."])
        #expect(kind(of: "Downing Street", in: found) == .place)
        #expect(kind(of: "Harold Penfold", in: found) == .person)
    }

    @Test func personAfterATitleKeepsASurnameLikeAPlaceHead() {
        let found = entities(["Charity Director Ruth Lane said the school would reopen."])
        #expect(kind(of: "Ruth Lane", in: found) == .person)
        #expect(!found.contains { $0.name == "Lane" })
    }

    @Test func unknownGivenNameAfterATitleKeepsAStreetLikeSurname() {
        let found = entities([
            "Director Tavoka Lane resigned on Friday.", "Judge Ozuru Place ruled that the sale was void.",
        ])
        #expect(kind(of: "Tavoka Lane", in: found) == .person)
        #expect(kind(of: "Ozuru Place", in: found) == .person)
        #expect(!found.contains { $0.kind == .place })
    }

    @Test func placeOfThreeWordsAfterATitleStaysAPlace() {
        let found = entities(["Flights left Imam Varesh International Airport on Monday."])
        #expect(kind(of: "Varesh International Airport", in: found) == .place)
    }

    @Test func verbOpeningTheSentenceIsNoPartOfThePlace() {
        let found = entities(["Enter Nebraska, where the governor ran a campaign last year."])
        #expect(kind(of: "Nebraska", in: found) == .place)
        #expect(!found.contains { $0.name.hasPrefix("Enter") })
    }

    @Test func placeOpeningWithAVerbLikeWordKeepsIt() {
        let found = entities(["Mount Carmel nurses treated the patients, and Park Zion was closed."])
        #expect(!found.contains { $0.name == "Carmel" || $0.name == "Zion" })
    }

    @Test func quotedTitlesInAListNameNobody() {
        let found = entities([
            "Expect to hear “Harbour Lights,” “Rain Is Falling With Me” and others on the tour, said Lena Vos."
        ])
        #expect(!found.contains { $0.name.contains("Rain") || $0.name.contains("Harbour") })
        #expect(found.contains { $0.name == "Lena Vos" })
    }

    @Test func recordsHolidaysAndCompetitionsNameNobody() {
        let found = entities([
            "The group released an EP in March and a new LP in May.",
            "Crowds filled the coast over the Bank Holiday weekend, while Harlequins lead the Varna Premiership.",
        ])
        #expect(!found.contains { ["EP", "LP", "Bank Holiday", "Varna Premiership"].contains($0.name) })
    }
}
