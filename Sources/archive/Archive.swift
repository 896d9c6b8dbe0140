import ArchiveStore
import ArgumentParser

@main
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Keep news articles in one SQLite file and ask what they say: who, where, how many, who said what.",
        discussion: """
            The archive is ./archive.sqlite unless --db or ARCHIVE_DB names another file. Every canned query \
            is a view in the file, so the sqlite3 shell gives the same answers.
            """,
        version: "0.1.0 (archive schema version \(ArchiveSchema.version))",
        subcommands: [
            Ingest.self, Query.self, Search.self, Show.self, Figures.self, Entities.self, Export.self, Stats.self,
            Reindex.self, SQL.self, DatasetteMetadata.self,
        ]
    )
}
