import ArticleModel
import Testing

@testable import Extraction

/// Organisations named without a head word: the lexicon's well-known names (`Data/organizations.tsv`),
/// papers named after `the`, and one word saying something through a statement.
@Suite struct EntityOrganizationLexiconTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aListedLineNeedingTheIsKeptApartFromTheOthers() {
        let names = EntityOrganizationLexicon.names(
            in: "# a comment\nQuorvel\tQuorvel Group\nthe Lantern\tLantern\n\nbroken line\n")
        #expect(names.anywhere["Quorvel"] == "Quorvel Group")
        #expect(names.anywhere["Lantern"] == nil)
        #expect(names.afterThe["Lantern"] == "Lantern")
        #expect(names.anywhere["broken line"] == nil)
    }

    @Test func aThirdFieldMarksACarmaker() {
        let names = EntityOrganizationLexicon.names(
            in: "Quorvel\tQuorvel\tcarmaker\nBrantlow\tBrantlow\nVeskor\tVeskor\tsomething else\n")
        #expect(names.anywhere["Quorvel"] == "Quorvel")
        #expect(names.carmakers.contains("Quorvel"))
        #expect(!names.carmakers.contains("Brantlow"))
        #expect(names.anywhere["Veskor"] == nil)
    }

    @Test func firmsNamedLikePeopleAreOrganisations() {
        let found = entities([
            "Merrill Lynch advised the buyer, and Lockheed Martin and Swiss Re bid for the unit.",
            "The jets came from Lockheed, Ann Roe said.",
        ])
        for name in ["Merrill Lynch", "Lockheed Martin", "Swiss Re"] {
            #expect(entity(found, name)?.kind == .organization, "\(name): \(found.map { ($0.name, $0.kind) })")
        }
        #expect(!found.contains { $0.name == "Lockheed" && $0.kind == .person })
    }

    @Test func aClubNamedLikeAPersonIsAnOrganisation() {
        let found = entities(["Aston Villa signed the striker from Tarn, Ann Roe said."])
        #expect(entity(found, "Aston Villa")?.kind == .organization, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func theBundledListHoldsTheNamesTheSwiftListHeld() {
        #expect(EntityLexicon.knownOrganizations["Daesh"] == "Islamic State")
        #expect(EntityLexicon.knownOrganizations["Nato"] == "NATO")
        #expect(EntityOrganizationLexicon.bundled.afterThe["Guardian"] == "Guardian")
    }

    @Test func aGroupWrittenWithItsArticleAloneIsTheKnownGroup() {
        let found = entities([
            "Fighters of al-Nusra took Kelvar on Monday. Al-Nusra later left the town for Dornholm."
        ])
        #expect(entity(found, "Nusra Front")?.kind == .organization, "\(found.map { ($0.name, $0.kind) })")
        #expect(!found.contains { $0.kind == .person }, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func aGroupWithItsArticleInsideALongerNameStaysThatName() {
        let found = entities([
            "The al-Nusra Front said it held Kelvar. Jabhat al-Nusra fighters later left for Dornholm."
        ])
        #expect(!found.contains { $0.name == "Front" || $0.name == "Jabhat" }, "\(found.map { ($0.name, $0.kind) })")
        #expect(found.contains { $0.name.hasSuffix("Nusra Front") && $0.kind == .organization })
    }

    @Test func aWellKnownBodyWrittenAsAWordOpeningASentenceIsAnOrganisation() {
        let found = entities(["Nato said on Tuesday that its ministers would meet again next month."])
        #expect(entity(found, "NATO")?.kind == .organization)
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aPaperNamedAfterTheIsAnOrganisationButNotTheSameWordInAnotherName() {
        let found = entities([
            "The plan was first reported by the Guardian on Monday.",
            "The Guardian Council rejected the bill on Tuesday.",
        ])
        #expect(entity(found, "Guardian")?.kind == .organization)
        #expect(entity(found, "Guardian Council")?.kind == .organization)
        #expect(found.filter { $0.name == "Guardian" }.count == 1)
    }

    @Test func aListedNameNeedingTheCountsNotWithoutIt() {
        let found = entities(["Independent candidates won two seats in the ward."])
        #expect(entity(found, "Independent") == nil)
    }

    @Test func oneWordSayingThroughAStatementIsAnOrganisation() {
        let found = entities([
            "Quorvel said in a statement that it would close its office in the city.",
            "Brantlow announced in a press release that prices would rise.",
        ])
        #expect(entity(found, "Quorvel")?.kind == .organization)
        #expect(entity(found, "Brantlow")?.kind == .organization)
    }

    @Test func aPersonsSurnameSayingThroughAStatementStaysThePerson() {
        let found = entities([
            "Dana Whitlock, the council leader, opened the new bridge on Friday.",
            "Whitlock said in a statement that the work had finished early.",
        ])
        #expect(entity(found, "Dana Whitlock")?.kind == .person)
        #expect(entity(found, "Whitlock") == nil)
    }
}
