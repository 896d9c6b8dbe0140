import ArticleModel
import Foundation
import Testing

@testable import ArchiveStore

/// The Datasette metadata names only tables, views and columns the archive has, and every canned query
/// in it runs on the archive with its parameters.
@Suite struct DatasetteMetadataTests {
    func archive() throws -> (ArchiveWriter, ArchiveReader) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("meta-\(UUID().uuidString).sqlite")
            .path
        let writer = try ArchiveWriter(path: path)
        let article = Article(
            title: "Missiles hit Erbil",
            paragraphs: [
                Paragraph(kind: .body, text: "Five missiles hit Erbil on Wednesday, the Iraqi military said."),
                Paragraph(kind: .body, text: "Three people were killed in Erbil, police said."),
                Paragraph(kind: .body, text: "“We will answer,” said Ali Khamenei."),
            ], published: "2020-01-08")
        _ = try writer.store(article, extraction: TestData.extractor.extract(from: article))
        return (writer, try ArchiveReader(path: path))
    }

    @Test func everyTableFacetAndQueryIsReal() throws {
        let (writer, reader) = try archive()
        let metadata = try reader.datasetteMetadata(database: "archive")
        let database = try #require((metadata["databases"] as? [String: Any])?["archive"] as? [String: Any])
        let tables = try #require(database["tables"] as? [String: [String: Any]])
        for (name, table) in tables {
            let columns = try writer.database.rows("SELECT name FROM pragma_table_info(?)", name).compactMap {
                $0.string("name")
            }
            #expect(!columns.isEmpty, "no table or view \(name)")
            for facet in table["facets"] as? [String] ?? [] { #expect(columns.contains(facet), "\(name).\(facet)") }
            if let label = table["label_column"] as? String { #expect(columns.contains(label), "\(name).\(label)") }
        }
        #expect(tables["paragraphs"]?["fts_table"] as? String == "paragraphs_fts")
        #expect(tables["strikes"]?["description"] as? String != nil)  // from canned_queries

        let queries = try #require(database["queries"] as? [String: [String: String]])
        #expect(queries.count == 5)
        let values = [
            "site": "Erbil", "from": "2020-01-01", "to": "2020-12-31", "unit": "missile", "speaker": "Ali Khamenei",
        ]
        for (name, query) in queries {
            let sql = try #require(query["sql"])
            let used = values.filter { sql.contains(":" + $0.key) }
            #expect(!used.isEmpty, "\(name) takes no parameter")
            let rows = try reader.query(sql, parameters: used)
            #expect(!rows.rows.isEmpty, "\(name) found nothing in the sample")
        }
    }
}
