import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// The README's worked example ("Entities: one row per thing, and how to merge or split them"): two
/// spellings of one name are one entity; a user's 'user-not' row splits them and a 'user' row merges them
/// again, each applied to what is stored by re-extracting every article as `archive reindex --all` does.
@Suite struct EntityFixTests {
    static let articles = [
        Article(
            title: "Talks resume in Vienna",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text:
                        "Tariq Abdul-Karim, the mayor of the town, said on Monday that the water supply had been restored."
                )
            ]),
        Article(
            title: "Water returns",
            paragraphs: [
                Paragraph(
                    kind: .body, text: "Residents thanked Tariq Abdulkarim, who said the pumps were working again.")
            ]),
    ]

    /// `archive reindex --all`, as Sources/archive/Reindex.swift runs it.
    func reindexAll(_ writer: ArchiveWriter) throws {
        let ids = try writer.articlesToReindex(all: true)
        try writer.inBatch {
            for id in ids {
                let stored = try writer.storedArticle(id)
                try writer.replaceExtraction(
                    articleID: id, paragraphIDs: stored.paragraphIDs,
                    with: TestData.extractor.extract(from: stored.article))
            }
        }
        try writer.removeUnmentionedEntities()
        try writer.locateStoredPlaces()
    }

    /// `archive entities --kind person`: name, mentions, articles and aliases of each person.
    func people(_ writer: ArchiveWriter) throws -> [String] {
        let reader = try ArchiveReader(path: writer.database.path)
        return try reader.entities(kind: "person").map {
            "\($0.name) \($0.mentions) \($0.articles) [\($0.aliases.joined(separator: ", "))]"
        }
    }

    func fix(_ writer: ArchiveWriter, origin: String) throws {
        try writer.database.execute(
            """
            INSERT OR REPLACE INTO entity_aliases (entity_id, alias, origin)
            SELECT id, 'Tariq Abdulkarim', '\(origin)' FROM entities WHERE name = 'Tariq Abdul-Karim' AND kind = 'person'
            """)
    }

    @Test func spellingsMergeAUserSplitsThemAndMergesThemAgain() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fix-\(UUID().uuidString).sqlite").path
        let writer = try ArchiveWriter(path: path)
        writer.gazetteer = TestData.gazetteer
        try writer.inBatch {
            for article in Self.articles {
                _ = try writer.store(article, extraction: TestData.extractor.extract(from: article))
            }
        }
        #expect(try people(writer) == ["Tariq Abdul-Karim 2 2 [Tariq Abdulkarim]"])

        try fix(writer, origin: "user-not")
        try reindexAll(writer)
        #expect(try people(writer) == ["Tariq Abdul-Karim 1 1 []", "Tariq Abdulkarim 1 1 []"])

        try fix(writer, origin: "user")
        try reindexAll(writer)
        #expect(try people(writer) == ["Tariq Abdul-Karim 2 2 [Tariq Abdulkarim]"])
        #expect(try writer.database.scalar("SELECT count(*) FROM entities WHERE kind = 'person'") == .integer(1))
    }
}
