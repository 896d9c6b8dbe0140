import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// One entity row per real-world thing across articles: spellings, possessives and acronyms of one
/// entity find it, while a surname alone, another kind or a name several entities carry do not.
@Suite struct EntityMergeTests {
    func writer() throws -> ArchiveWriter {
        try ArchiveWriter(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString).sqlite")
                .path)
    }

    /// Stores one article per entity, each named once in its one paragraph.
    func store(_ entities: [ExtractedEntity], in writer: ArchiveWriter) throws {
        try writer.inBatch {
            for (index, entity) in entities.enumerated() {
                let text = "\(entity.name) was named."
                let article = Article(title: "Report \(index + 1)", paragraphs: [Paragraph(kind: .body, text: text)])
                var named = entity
                named.mentions = [
                    .init(span: TextSpan(paragraph: 1, start: 0, end: entity.name.count))
                ]
                _ = try writer.store(
                    article, extraction: Extraction(entities: [named], figures: [], quotes: [], dates: []))
            }
        }
    }

    /// Each entity of the archive as 'name (kind): alias, alias', in order of id.
    func entities(_ writer: ArchiveWriter) throws -> [String] {
        try writer.database.rows(
            """
            SELECT e.name, e.kind, (SELECT group_concat(alias, ', ') FROM (SELECT alias FROM entity_aliases a
                WHERE a.entity_id = e.id AND a.origin <> 'user-not' ORDER BY alias)) AS aliases
            FROM entities e ORDER BY e.id
            """
        ).map { "\($0.string("name") ?? "") (\($0.string("kind") ?? "")): \($0.string("aliases") ?? "")" }
    }

    @Test func spellingsOfOneNameAreOneEntityUnderTheLongerName() throws {
        let writer = try writer()
        try store(
            [
                .init(name: "Rami Abdelrahman", kind: .person), .init(name: "Rami Abdel-Rahman", kind: .person),
                .init(name: "Nusra Front", kind: .organization), .init(name: "al-Nusra Front", kind: .organization),
            ], in: writer)
        #expect(
            try entities(writer) == [
                "Rami Abdel-Rahman (person): Rami Abdelrahman", "al-Nusra Front (organization): Nusra Front",
            ])
    }

    @Test func aPlaceTheGazetteerKnowsKeepsItsNameOverALongerSpelling() throws {
        let writer = try writer()
        writer.gazetteer = TestData.gazetteer
        try store([.init(name: "Raqqa", kind: .place), .init(name: "al-Raqa", kind: .place)], in: writer)
        #expect(try entities(writer) == ["Raqqa (place): al-Raqa"])
    }

    @Test func anOrganisationOfOneWordJoinsNoSpellingWithALetterDoubled() throws {
        for order in [["Tarn", "Taarn"], ["Taarn", "Tarn"]] {
            let writer = try writer()
            try store(order.map { ExtractedEntity(name: $0, kind: .organization) }, in: writer)
            #expect(try entities(writer) == order.map { "\($0) (organization): " })
        }
        // The same letters written otherwise still join: `Ta'arn`, `al-Taarn`.
        let writer = try writer()
        try store(
            [.init(name: "Taarn", kind: .organization), .init(name: "Ta'arn", kind: .organization),
             .init(name: "al-Taarn", kind: .organization)], in: writer)
        #expect(try entities(writer).count == 1)
    }

    @Test func anApostropheLessPossessiveFoldsIntoTheName() throws {
        let writer = try writer()
        try store(
            [.init(name: "Bashar Assads", kind: .person), .init(name: "Bashar Assad", kind: .person)], in: writer)
        #expect(try entities(writer) == ["Bashar Assad (person): Bashar Assads"])
    }

    @Test func anAcronymFindsItsFullNameWhichNamesTheEntity() throws {
        let writer = try writer()
        try store(
            [
                .init(name: "SDF", kind: .organization),
                .init(name: "Syrian Democratic Forces", kind: .organization, aliases: ["SDF"]),
                .init(name: "SDF", kind: .organization),
            ], in: writer)
        #expect(try entities(writer) == ["Syrian Democratic Forces (organization): SDF"])
        #expect(try writer.database.scalar("SELECT mentions FROM entities") == .integer(3))
    }

    @Test func anAcronymSeveralEntitiesCarryFindsNone() throws {
        let writer = try writer()
        try store(
            [
                .init(name: "Medical Support Fund", kind: .organization, aliases: ["MSF"]),
                .init(name: "Mountain Sports Federation", kind: .organization, aliases: ["MSF"]),
                .init(name: "MSF", kind: .organization),
            ], in: writer)
        #expect(
            try entities(writer) == [
                "Medical Support Fund (organization): MSF", "Mountain Sports Federation (organization): MSF",
                "MSF (organization): ",
            ])
    }

    @Test func neitherASurnameAloneNorAnotherKindJoins() throws {
        let writer = try writer()
        try store(
            [
                .init(name: "Bashar al-Assad", kind: .person, aliases: ["Assad"]), .init(name: "Assad", kind: .person),
                .init(name: "Al-Nour", kind: .place), .init(name: "Nour", kind: .organization),
            ], in: writer)
        #expect(
            try entities(writer) == [
                "Bashar al-Assad (person): Assad", "Assad (person): ", "Al-Nour (place): ", "Nour (organization): ",
            ])
    }

    @Test func aNameAUserSaidIsNotAnEntityNeverFindsIt() throws {
        let writer = try writer()
        try store([.init(name: "Raqqa Council", kind: .organization)], in: writer)
        try writer.database.execute(
            """
            INSERT OR REPLACE INTO entity_aliases (entity_id, alias, origin)
            SELECT id, 'Raqa Council', 'user-not' FROM entities WHERE name = 'Raqqa Council'
            """)
        try store([.init(name: "Raqa Council", kind: .organization)], in: writer)
        #expect(try entities(writer) == ["Raqqa Council (organization): ", "Raqa Council (organization): "])
    }

    @Test func theKeysOfEntitiesStoredBeforeThemAreFilledByTheNextBatch() throws {
        let writer = try writer()
        try store([.init(name: "Deir ez-Zor", kind: .place)], in: writer)
        try writer.database.execute("DELETE FROM entity_keys")
        try store([.init(name: "Deir Ezzor", kind: .place)], in: writer)
        #expect(try entities(writer) == ["Deir ez-Zor (place): Deir Ezzor"])
    }

    @Test func aNationalityFindsAnotherOfItsCountry() throws {
        let writer = try writer()
        try store(
            [
                .init(name: "Spanish", kind: .nationality, aliases: ["Spain"]),
                .init(name: "Spaniard", kind: .nationality, aliases: ["Spain"]),
            ], in: writer)
        #expect(try entities(writer) == ["Spanish (nationality): Spain, Spaniard"])
    }

    @Test func aLongerNameFoundThroughAnAliasDoesNotRenameTheEntity() throws {
        let writer = try writer()
        try store(
            [
                .init(name: "Jane Moss", kind: .person),
                .init(name: "Oscar for Jane Moss", kind: .person, aliases: ["Jane Moss"]),
            ], in: writer)
        #expect(try entities(writer) == ["Jane Moss (person): Oscar for Jane Moss"])
    }

    @Test func theBetterNameIsTheFullOneThenTheLongerSpelling() {
        #expect(EntityNaming.prefers("Syrian Democratic Forces", aliases: ["SDF"], over: "SDF", kind: .organization))
        #expect(!EntityNaming.prefers("Syrian Democratic Forces", over: "SDF", kind: .organization))
        #expect(!EntityNaming.prefers("SDF", over: "Syrian Democratic Forces", kind: .organization))
        #expect(!EntityNaming.prefers("Saña", aliases: ["SANA"], over: "SANA", kind: .organization))
        #expect(!EntityNaming.prefers("Syrian Democratic Forces", over: "Syrian Democratic Force", kind: .organization))
        #expect(!EntityNaming.prefers("Free Syrian Army", over: "Free Syrian Armys", kind: .organization))
        #expect(EntityNaming.prefers("Raqqa", over: "RAQQA", kind: .place))
        #expect(EntityNaming.prefers("Rami Abdel-Rahman", over: "Rami Abdelrahman", kind: .person))
        #expect(!EntityNaming.prefers("Bashar Assad\u{2019}s", over: "Bashar Assad", kind: .person))
        #expect(EntityNaming.prefers("Bashar Assad", over: "Bashar Assads", kind: .person))
        #expect(!EntityNaming.prefers("Bashar Assads", over: "Bashar Assad", kind: .person))
        #expect(!EntityNaming.prefers("Oscar for Jane Moss", over: "Jane Moss", kind: .person))
        #expect(!EntityNaming.prefers("al-Raqqa", over: "Raqqa", kind: .place, isKnownPlace: { $0 == "Raqqa" }))
        #expect(EntityNaming.prefers("Tomas Varden", over: "T Varden", kind: .person))
        #expect(EntityNaming.prefers("Tomas Varden", over: "T. Varden", kind: .person))
        #expect(!EntityNaming.prefers("T Varden", over: "Tomas Varden", kind: .person))
        #expect(!EntityNaming.prefers("Tomas Varden", over: "K Varden", kind: .person))
        #expect(!EntityNaming.prefers("Tarvan Vessa", over: "T Vessa", kind: .place))
    }
}
