import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// Which entities the archive holds must not depend on the order its articles came in: an alias two
/// distinct known things share (a page's label, a player's team) joins neither to the other.
@Suite struct EntityOrderTests {
    /// Each entity of the archive as 'name (kind): alias, alias', sorted.
    func entities(_ writer: ArchiveWriter) throws -> [String] {
        try writer.database.rows(
            """
            SELECT e.name, e.kind, (SELECT group_concat(alias, ', ') FROM (SELECT alias FROM entity_aliases a
                WHERE a.entity_id = e.id ORDER BY alias)) AS aliases
            FROM entities e
            """
        ).map { "\($0.string("name") ?? "") (\($0.string("kind") ?? "")): \($0.string("aliases") ?? "")" }.sorted()
    }

    func archive(of articles: [Article]) throws -> ArchiveWriter {
        let writer = try ArchiveWriter(path: TestData.temporaryArchive("order"))
        writer.gazetteer = TestData.gazetteer
        try writer.inBatch {
            for article in articles {
                _ = try writer.store(article, extraction: TestData.extractor.extract(from: article))
            }
        }
        return writer
    }

    func archive(of entities: [ExtractedEntity]) throws -> ArchiveWriter {
        let writer = try ArchiveWriter(path: TestData.temporaryArchive("order"))
        writer.gazetteer = TestData.gazetteer
        try writer.inBatch {
            for (index, entity) in entities.enumerated() {
                let article = TestData.article("Report \(index + 1)", "\(entity.name) was named.")
                var named = entity
                named.mentions = [.init(span: TextSpan(paragraph: 1, start: 0, end: entity.name.count))]
                _ = try writer.store(
                    article, extraction: Extraction(entities: [named], figures: [], quotes: [], dates: []))
            }
        }
        return writer
    }

    @Test func twoArticlesGiveTheSameEntitiesInEitherOrder() throws {
        let first = TestData.article(
            "Qualifying round-up",
            "Norway (Group C): the hosts drew twice. Portugal (Group D): the visitors lost at home. "
                + "The coach said Tom Reddick (Harbour Rovers) and Ian Colvane (Lakeside United) scored.")
        let second = TestData.article(
            "Qualifying preview",
            "Peru (Group C): the side won its opener. Norway (Group D): a late goal decided it. "
                + "The coach said Sam Pettifer (Harbour Rovers) and Tom Reddick (Lakeside United) scored.")
        let forward = try entities(archive(of: [first, second]))
        let backward = try entities(archive(of: [second, first]))
        #expect(forward == backward)
        for country in ["Norway", "Portugal", "Peru"] {
            #expect(forward.contains("\(country) (place): "), "\(country)")
        }
        #expect(!forward.contains { $0.contains("Group C") && $0.hasPrefix("Norway") })
    }

    @Test func anAliasTwoKnownPlacesShareJoinsNeither() throws {
        let norway = ExtractedEntity(name: "Norway", kind: .place, aliases: ["Group C"])
        let peru = ExtractedEntity(name: "Peru", kind: .place, aliases: ["Group C"])
        for order in [[norway, peru], [peru, norway]] {
            let names = try entities(archive(of: order)).map { $0.components(separatedBy: " (")[0] }
            #expect(names == ["Norway", "Peru"])
        }
    }

    @Test func anAliasTwoPeopleShareJoinsNeither() throws {
        let tom = ExtractedEntity(name: "Tom Reddick", kind: .person, aliases: ["Harbour Rovers"])
        let ian = ExtractedEntity(name: "Ian Colvane", kind: .person, aliases: ["Harbour Rovers"])
        for order in [[tom, ian], [ian, tom]] {
            let names = try entities(archive(of: order)).map { $0.components(separatedBy: " (")[0] }
            #expect(names == ["Ian Colvane", "Tom Reddick"])
        }
    }

    @Test func anAliasThatIsTheOtherPersonsNameStillJoins() throws {
        let written = ExtractedEntity(name: "Omar Haddani", kind: .person, aliases: ["Abu Omar al-Tarni"])
        let known = ExtractedEntity(name: "Abu Omar al-Tarni", kind: .person)
        #expect(try entities(archive(of: [known, written])).count == 1)
    }
}
