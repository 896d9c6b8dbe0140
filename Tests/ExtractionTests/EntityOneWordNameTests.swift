import ArticleModel
import Testing

@testable import Extraction

/// One-word names that carry their kind in their own letters or in the names listed beside them.
@Suite struct EntityOneWordNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aWordEndingInNewsIsANewsOutlet() {
        let found = entities([
            "Harbornews interviews a ferry captain about the winter timetable.",
            "The captain told Harbornews that two boats would stop in January.",
        ])
        #expect(entity(found, "Harbornews")?.kind == .organization)
    }

    @Test func aWordEndingInNewsOpeningASentenceIsStillAName() {
        let found = entities(["Quaynews spoke with the harbour master on Monday."])
        #expect(entity(found, "Quaynews")?.kind == .organization)
        #expect(entity(found, "Monday") == nil)
    }
}

extension EntityOneWordNameTests {
    @Test func namesListedUnderAClassTakeItsKind() {
        let found = entities([
            "Pilgrims still honour the old gods, such as Tarvos, Belenos and Esusa, at the spring.",
            "The ferry calls at villages including Kerbrat, Lanvoc and Trezien.",
        ])
        for god in ["Tarvos", "Belenos", "Esusa"] { #expect(entity(found, god)?.kind == .person) }
        for village in ["Kerbrat", "Lanvoc", "Trezien"] { #expect(entity(found, village)?.kind == .place) }
    }

    @Test func aListWithoutAClassNounGivesNoKind() {
        let found = entities(["The guide named Tarvos, Belenos and Esusa as the cliffs to avoid."])
        #expect(entity(found, "Tarvos") == nil)
    }
}

extension EntityOneWordNameTests {
    @Test func aCreedAdjectiveBeforeFightersIsNoName() {
        let found = entities([
            "Police said Wahhabi militants and other Salafi terror groups had left the hills near Homs.",
            "Residents blamed the Salafi group for the blast.",
        ])
        #expect(entity(found, "Wahhabi") == nil)
        #expect(entity(found, "Salafi") == nil)
        #expect(entity(found, "Homs")?.kind == .place)
    }

    @Test func aFeastDayIsNoPerson() {
        let found = entities(["Shops in Amman closed for Eid al-Adha, and Karim Haddad said trade was slow."])
        #expect(!found.contains { $0.name.hasPrefix("Eid") })
        #expect(entity(found, "Karim Haddad")?.kind == .person)
    }
}

extension EntityOneWordNameTests {
    @Test func lettersBeforeADollarSignAreACurrency() {
        let found = entities(["The charity in Lagos raised US$ 40,000 and HK$ 12,000 for the clinic."])
        #expect(!found.contains { $0.kind == .place && $0.name != "Lagos" })
        #expect(entity(found, "Lagos")?.kind == .place)
    }
}

/// A given name alone after an article (`an Oscar`, `the Tony ceremony`) names an award or a thing named
/// after someone, not a person; an initial `A` before a surname is still one.
@Suite struct EntityGivenNameAfterArticleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aGivenNameAfterAnArticleIsNoPerson() {
        let found = entities(["She won an Oscar for the part, and the Tony ceremony is next month."])
        #expect(!found.contains { $0.kind == .person }, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func aGivenNameWithoutAnArticleIsStillAPerson() {
        let found = entities(["The coach asked Oscar to start, and Oscar said he was ready."])
        #expect(found.contains { $0.name == "Oscar" && $0.kind == .person })
    }
}
