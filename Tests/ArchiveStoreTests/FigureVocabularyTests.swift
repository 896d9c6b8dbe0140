import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

/// The words the figure pass writes and the words the archive's views count are one vocabulary: these
/// tests fail when a word is added, removed or reclassified on one side only.
@Suite struct FigureVocabularyTests {
    func archive() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute(ArchiveSchema.sql)
        return db
    }

    func column(_ sql: String, in db: Database) throws -> [String] {
        try db.rows(sql).map { $0.values[0].textValue ?? "" }
    }

    @Test func strikeEventsInSQLAreTheExtractorsStrikeEvents() throws {
        let db = try archive()
        var sql: [String: String] = [:]
        for row in try db.rows("SELECT event, counts_as FROM strike_events") {
            sql[row.string("event") ?? ""] = row.string("counts_as")
        }
        #expect(sql == FigureVocabulary.strikeEvents.mapValues(\.rawValue))
    }

    @Test func casualtyEventsInSQLAreTheExtractorsCasualtyEvents() throws {
        let db = try archive()
        #expect(Set(try column("SELECT event FROM casualty_events", in: db)) == FigureVocabulary.casualtyEvents)
    }

    @Test func weaponUnitsInSQLAreTheExtractorsWeaponUnits() throws {
        let db = try archive()
        #expect(Set(try column("SELECT unit FROM weapon_units", in: db)) == FigureVocabulary.weaponUnits)
    }

    @Test func everyEventTheExtractorWritesIsCountedOrLeftOutOnPurpose() {
        let strikes = Set(FigureVocabulary.strikeEvents.keys)
        let casualties = FigureVocabulary.casualtyEvents
        let uncounted = FigureVocabulary.uncountedEvents
        #expect(FigureVocabulary.events == strikes.union(casualties).union(uncounted))
        #expect(strikes.isDisjoint(with: casualties))
        #expect(strikes.union(casualties).isDisjoint(with: uncounted))
    }

    @Test func weaponUnitsAreSingleNounsAsFiguresStoreThem() {
        for unit in FigureVocabulary.weaponUnits {
            #expect(!unit.contains(" ") && unit == unit.lowercased() && !unit.hasSuffix("s"), "\(unit)")
        }
    }

    @Test func anUpgradedArchiveHasTheSameVocabularyAsANewOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vocabulary-\(UUID().uuidString).sqlite"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/schema-v1.sql")
        do {
            let db = try Database(path: path)
            try db.execute(try String(contentsOf: fixture, encoding: .utf8))
        }
        _ = try ArchiveWriter(path: path)  // upgrades in place
        let upgraded = try Database(path: path)
        let fresh = try archive()
        for table in ["strike_events", "casualty_events", "weapon_units"] {
            let sql = "SELECT * FROM \(table) ORDER BY 1"
            let rows = { (db: Database) in try db.rows(sql).map(\.values) }
            #expect(try rows(upgraded) == rows(fresh), "\(table)")
        }
    }
}
