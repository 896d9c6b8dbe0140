import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// A person named with initials finds a stored person by the loose key only when the initials agree: the key
/// drops spaces, dots and doubled letters, so `J Varden` and `JJ Varden` share one, yet they are two people.
@Suite struct EntityInitialsMergeTests {
    /// The archive's entities as 'name: alias, alias', in order of id, after storing one article per entity.
    func stored(_ entities: [ExtractedEntity]) throws -> [String] {
        let writer = try ArchiveWriter(path: TestData.temporaryArchive("initials"))
        try writer.inBatch {
            for (index, entity) in entities.enumerated() {
                let article = TestData.article("Report \(index + 1)", "\(entity.name) was named.")
                var named = entity
                named.mentions = [.init(span: TextSpan(paragraph: 1, start: 0, end: entity.name.count))]
                _ = try writer.store(
                    article, extraction: Extraction(entities: [named], figures: [], quotes: [], dates: []))
            }
        }
        return try writer.database.rows(
            """
            SELECT e.name, (SELECT group_concat(alias, ', ') FROM (SELECT alias FROM entity_aliases a
                WHERE a.entity_id = e.id ORDER BY alias)) AS aliases
            FROM entities e ORDER BY e.id
            """
        ).map { "\($0.string("name") ?? ""): \($0.string("aliases") ?? "")" }
    }

    @Test func otherInitialsOfOneSurnameAreAnotherPerson() throws {
        let names = try stored([
            ExtractedEntity(name: "JJ Varden", kind: .person), ExtractedEntity(name: "J Varden", kind: .person),
        ])
        #expect(names == ["JJ Varden: ", "J Varden: "])
        let reversed = try stored([
            ExtractedEntity(name: "J Varden", kind: .person), ExtractedEntity(name: "JJ Varden", kind: .person),
        ])
        #expect(reversed == ["J Varden: ", "JJ Varden: "])
    }

    @Test func theSameInitialsWrittenWithDotsJoin() throws {
        let names = try stored([
            ExtractedEntity(name: "JT Varden", kind: .person), ExtractedEntity(name: "J. T. Varden", kind: .person),
        ])
        #expect(names.count == 1)
    }

    @Test func openingInitialsReadLettersBeforeTheFirstWord() {
        #expect(ArchiveWriter.openingInitials("J. T. Varden") == "JT")
        #expect(ArchiveWriter.openingInitials("JT Varden") == "JT")
        #expect(ArchiveWriter.openingInitials("J Varden") == "J")
        #expect(ArchiveWriter.openingInitials("Jon Varden") == "")
        #expect(ArchiveWriter.openingInitials("JON VARDEN") == "")
    }
}
