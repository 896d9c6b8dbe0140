import ArticleModel
import Testing

@testable import Extraction

/// Names run together with the name before them, titles of works written like names, and possessives
/// whose apostrophe was lost.
@Suite struct EntityGluedNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aPlaceRunIntoAPersonIsTwoNames() {
        let found = entities(["On the phone from Mosul Ahmed Karimi said the bridge was closed for a week."])
        #expect(entity(found, "Mosul")?.kind == .place)
        #expect(entity(found, "Ahmed Karimi")?.kind == .person)
        #expect(!found.contains { $0.name.contains("Mosul Ahmed") })
    }

    @Test func anOrganisationRunIntoItsSpokesmanIsTwoNames() {
        let found = entities(["The head of the Lantern Society Peter Okoro told reporters the hall would reopen."])
        #expect(entity(found, "Lantern Society")?.kind == .organization)
        #expect(entity(found, "Peter Okoro")?.kind == .person)
    }

    @Test func aRolesPlaceBeforeThePersonIsItsOwnName() {
        let found = entities(["Governor of Oregon Laura Whitcombe signed the bill on Tuesday."])
        #expect(entity(found, "Laura Whitcombe")?.kind == .person)
        #expect(entity(found, "Oregon")?.kind == .place)
        #expect(!found.contains { $0.name.contains("Oregon Laura") })
    }

    @Test func sportsAndOfficeTitlesStayOutOfTheName() {
        let found = entities(["Boss Martin Crewe praised the defence, and FM Lindqvist left for Oslo."])
        let manager = entity(found, "Martin Crewe")
        #expect(manager?.kind == .person)
        #expect(manager?.mentions.first?.role == "Boss")
        #expect(entity(found, "Lindqvist")?.kind == .person)
        #expect(!found.contains { $0.name.hasPrefix("Boss") || $0.name.hasPrefix("FM") })
    }

    @Test func twoGivenNamesInARowStayOnePerson() {
        let found = entities(["Mary Ann Corbett was mentioned twice."])
        #expect(entity(found, "Mary Ann Corbett")?.kind == .person)
    }
}

extension EntityGluedNameTests {
    @Test func titlesOfWorksAreNoPeople() {
        let found = entities([
            "She launched her novel Winter Orchard at the fair, and the film \u{201C}Copper Sky\u{201D} opened in May.",
            "Fans queued for Arcadia VR while the recently released Google Maplewood gained users.",
        ])
        #expect(
            !found.contains { ["Winter Orchard", "Copper Sky", "Arcadia VR", "Google Maplewood"].contains($0.name) })
    }

    @Test func titlesAfterACollectionOrTitledAreNoNames() {
        let found = entities([
            "Her collection Salt Lanterns sold well, and a memoir titled Quiet Harbor Nights followed.",
            "He wrote the novel Emberfall, then the game Iron Pilgrims. The book Halvard wrote later won a prize.",
        ])
        for title in ["Salt Lanterns", "Quiet Harbor Nights", "Emberfall", "Iron Pilgrims"] {
            #expect(!found.contains { $0.name.contains(title) }, "\(title)")
        }
        #expect(found.contains { $0.name == "Halvard" })
    }

    @Test func aPublisherOrFirmAloneIsNoPerson() {
        let found = entities([
            "The memoir was published by Harrowgate in March. Harrowgate's headquarters moved, and the imprint Quillmere "
                + "closed. Analysts at the brokerage Danvers said Quillmere lost money; Danvers's analysts agreed."
        ])
        #expect(entity(found, "Harrowgate")?.kind == .organization)
        #expect(entity(found, "Quillmere")?.kind == .organization)
        #expect(entity(found, "Danvers")?.kind == .organization)
    }

    @Test func aQuoteEndBeforeAPossessiveIsNoTitle() {
        let found = entities([
            "\"The growth is not robust,\" Hale Partners' Nora Quill. Nora Quill works at Hale Partners."
        ])
        #expect(entity(found, "Nora Quill")?.kind == .person)
    }

    @Test func aSmallTownBeforeACompassWordIsNoPlace() {
        let found = entities(["The singer toured with Kanye West and later with Jack White."])
        #expect(entity(found, "Kanye West")?.kind == .person)
    }

    @Test func aPossessiveWithoutItsApostropheFoldsIntoTheName() {
        let found = entities([
            "Critics of Theresa Mays government said the plan would fail",
            "Analysts said Friedrich Engels paid the bills and Tom Evans wrote the report",
        ])
        #expect(entity(found, "Theresa May")?.kind == .person)
        #expect(entity(found, "Theresa Mays") == nil)
        #expect(entity(found, "Friedrich Engels")?.kind == .person)
    }

    @Test func withApostrophesANameEndingInSStays() {
        let found = entities(["Tom Hanks movies sold well, and the studio's chief said so."])
        #expect(entity(found, "Tom Hanks")?.kind == .person)
    }
}

/// Capitalised words and abbreviations that name no person, place or organisation.
extension EntityGluedNameTests {
    @Test func capitalisedCommonNounsNameNothing() {
        let found = entities([
            "Since the Internet changed the trade, she studied Philosophy at night and wrote for The Harbinger."
        ])
        #expect(!found.contains { ["Internet", "Philosophy"].contains($0.name) })
    }

    @Test func technicalAbbreviationsAndShoutingAreNoOrganisations() {
        let found = entities(["The pages are written in HTML and XML, and the results were HUGE for the lab."])
        #expect(found.isEmpty)
    }

    @Test func eventsWarsAndStudiesAreNoEntities() {
        let found = entities([
            "The Civil War museum hosted the Marlow Science Fair, and the National Reading Habits Study came out."
        ])
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aLetterAloneIsNoName() {
        let found = entities(["The church was founded by writer Q. Lamont Ridley in the fifties."])
        #expect(!found.contains { $0.name == "Q" })
    }

    @Test func anAgencyNamedForItsCountryIsAnOrganisation() {
        let found = entities(["Forecasters at Fisheries Canada said the stock had recovered."])
        #expect(entity(found, "Fisheries Canada")?.kind == .organization)
    }

    @Test func anAdministratorIsATitle() {
        let found = entities(["NASA Administrator Carla Hewitt opened the new wing on Friday."])
        #expect(entity(found, "Carla Hewitt")?.kind == .person)
        #expect(entity(found, "NASA")?.kind == .organization)
    }
}

extension EntityGluedNameTests {
    @Test func aGivenNameAloneIsAPerson() {
        let found = entities(["The next morning I asked Melissa whether the boat was ready, and she said no."])
        #expect(entity(found, "Melissa")?.kind == .person)
    }

    @Test func aGivenNameAloneJoinsTheFullName() {
        let found = entities(["Melissa Crane runs the yard.", "Most mornings Melissa opens it at six."])
        #expect(entity(found, "Melissa Crane")?.mentions.count == 2)
        #expect(entity(found, "Melissa") == nil)
    }

    @Test func daysFeastsAndFaithsAreNoEntities() {
        let found = entities([
            "Crowds gathered on Harvest Moon Day, weeks after Ramadan, to talk about Islam; singer Doris Day came."
        ])
        #expect(!found.contains { ["Harvest Moon Day", "Ramadan", "Islam"].contains($0.name) })
        #expect(entity(found, "Doris Day")?.kind == .person)
    }

    @Test func aNameEndingInALetterIsNoPerson() {
        let found = entities(["The papers were marked Restricted C and left in a box of 400 MW plant designs."])
        #expect(found.isEmpty)
    }
}

extension EntityGluedNameTests {
    @Test func aMunicipalityOfATownIsAnOrganisation() {
        let found = entities(["The Municipality of Ferrara asked the schools to pay the tax."])
        #expect(entity(found, "Municipality of Ferrara")?.kind == .organization)
    }

    @Test func aTitleCaseRunWithAPlaceInsideIsNoPerson() {
        let found = entities([
            "Read more on Harbour Lights Tunisia Review and see George Washington Carver in the archive."
        ])
        #expect(!found.contains { $0.name.contains("Harbour Lights") && $0.kind == .person })
        #expect(entity(found, "George Washington Carver")?.kind == .person)
    }
}

extension EntityGluedNameTests {
    @Test func aSaintsTownIsNoGivenName() {
        let found = entities(["The fair moved from Dallas to St. Louis last year."])
        #expect(!found.contains { $0.name == "Louis" && $0.kind == .person })
    }
}

extension EntityGluedNameTests {
    @Test func aGivenNameBeforeAnEnglishWordIsStillAPerson() {
        let found = entities(["Later that year James Cook and Grace Miller sailed north."])
        #expect(entity(found, "James Cook")?.kind == .person)
    }
}

extension EntityGluedNameTests {
    @Test func aGivenNameTwoPeopleShareNamesNobodyAlone() {
        let found = entities([
            "The winners were Alice Ferro and Alice Dunmore.", "Later that night Alice thanked the voters.",
        ])
        #expect(entity(found, "Alice") == nil)
        #expect(entity(found, "Alice Ferro")?.kind == .person)
    }

    @Test func aCompanysProductIsNoOrganisationButItsNewsServiceIs() {
        let found = entities(["The device runs Sony Meridian software, and BBC News covered the launch."])
        #expect(entity(found, "Sony Meridian") == nil)
        #expect(entity(found, "BBC News")?.kind == .organization)
    }

    @Test func aCompassWordOpensAPlace() {
        let found = entities(["Shelling hit East Qaboun and Western Tarmala overnight, residents said."])
        #expect(entity(found, "East Qaboun")?.kind == .place)
    }
}

extension EntityGluedNameTests {
    @Test func anAcronymJoinsTheNameItAbbreviates() {
        let found = entities([
            "The Harbour Institute of Technology opened a lab, and the Western Grain Council praised it.",
            "Researchers at HIT said the lab would hire twenty people, and WGC members agreed.",
        ])
        #expect(entity(found, "Harbour Institute of Technology")?.aliases.contains("HIT") == true)
        #expect(entity(found, "HIT") == nil)
        #expect(entity(found, "Western Grain Council")?.aliases.contains("WGC") == true)
    }
}

extension EntityGluedNameTests {
    @Test func anUnknownPersonRunOntoAnOrganisationBeforeAVerbIsTwoNames() {
        let found = entities(["The chief of the Lantern Society Ekow Mensah told reporters the hall would reopen."])
        #expect(entity(found, "Lantern Society")?.kind == .organization)
        #expect(entity(found, "Ekow Mensah")?.kind == .person)
    }

    @Test func anUnknownPersonAfterAUniversityNamedForItsTownIsTwoNames() {
        let found = entities(["A nursing student at University of Kent Canterbury Adaeze Obiora heard of the case."])
        #expect(entity(found, "Adaeze Obiora")?.kind == .person)
        #expect(found.contains { $0.name.hasPrefix("University of Kent") && $0.kind == .organization })
        #expect(!found.contains { $0.name.contains("Obiora") && $0.kind != .person })
    }

    @Test func anOrganisationEndingInUnknownWordsWithoutAVerbStaysWhole() {
        let found = entities(["Tickets went on sale at the Harbour Society Vostrel Kandor on Friday."])
        #expect(!found.contains { $0.name == "Vostrel Kandor" && $0.kind == .person })
    }
}
