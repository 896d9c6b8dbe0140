import ArticleModel
import Testing

@testable import Extraction

/// In a list of names, parentheses right after a listed name hold a note on it — a player's club, a county,
/// `capt` — as line-ups and squads write them, never another name of it; an acronym after a body's name in a
/// list still is one.
@Suite struct EntityListedNoteTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aClubAfterAListedPlayerIsNoAliasOfHim() {
        let found = entities([
            "The coach named his side on Friday.",
            "T Varden (Dornholm Harriers, capt); K Morvane (Kestrel Hill), J Tallis (Marrowby Athletic), "
                + "P Orrick (Vessa Wanderers); A Kelmor (Dornholm Harriers), D Pellwick (Tarvan).",
        ])
        for club in ["Dornholm Harriers", "Kestrel Hill", "Marrowby Athletic", "Vessa Wanderers", "Tarvan"] {
            #expect(!found.contains { $0.aliases.contains(club) }, "\(club)")
        }
        #expect(found.first { $0.name == "J Tallis" }?.kind == .person)
    }

    @Test func aSquadsNoteAfterOneNameIsNoAlias() {
        let found = entities([
            "The visitors held on for a draw.",
            "Subs not used: Vessan, Orrick (Kelvar Rovers), Tamber, Kelmor.",
        ])
        #expect(!found.contains { $0.aliases.contains("Kelvar Rovers") })
    }

    @Test func anAcronymAfterAListedBodyIsStillItsName() {
        let found = entities([
            "Three groups sent fighters: Kelvar Defence Units (KDU), Dornholm Popular Front (DPF), Tarvan Brigades "
                + "(TRB). The KDU said the talks went well."
        ])
        #expect(found.first { $0.name == "Kelvar Defence Units" }?.aliases.contains("KDU") == true)
    }

    @Test func anAcronymAfterAListedPlayerIsHisCountry() {
        let found = entities(["Forwards: T Varden (KVR), J Tallis (DRN), P Orrick (KVR), D Pellwick (TRV)."])
        #expect(!found.contains { $0.aliases.contains("KVR") || $0.aliases.contains("DRN") })
    }
}
