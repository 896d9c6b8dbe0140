import SQLite
import Testing

@testable import ArchiveStore

/// The writer finds a figure's sentence in its paragraph itself; it must find exactly what SQLite's
/// instr() and length() found when the INSERT did it.
@Suite struct SentenceOffsetsTests {
    /// What the INSERT of figures computed before the writer did it.
    func offsetsBySQLite(_ sentence: String, in paragraph: String) throws -> [DatabaseValue] {
        let db = try Database(path: ":memory:")
        return try db.prepare(
            """
            SELECT CASE WHEN found > 0 THEN found - 1 ELSE 0 END,
                   CASE WHEN found > 0 THEN found - 1 + length(?1) ELSE length(text) END
            FROM (SELECT ?2 AS text, instr(?2, ?1) AS found)
            """
        ).rows(sentence, paragraph).first?.values ?? []
    }

    @Test(arguments: [
        ("Two failed.", "Officials said 17 missiles were fired. Two failed."),
        ("Officials said 17 missiles were fired.", "Officials said 17 missiles were fired. Two failed."),
        ("Baghdad’s “Green Zone” was hit.", "Après l’attaque — ça va? Baghdad’s “Green Zone” was hit."),
        ("Erbil", "No such sentence here."),
        ("", "An empty sentence."),
        ("Again.", "Again. And Again. Again."),
        ("é", "e\u{301} then é"),
        ("🚀 launched", "Rockets 🚀🚀 🚀 launched at dawn"),
        ("the whole", "the whole"),
        ("longer than the paragraph", "short"),
    ])
    func agreesWithSQLite(sentence: String, paragraph: String) throws {
        let offsets = SentenceOffsets.of(sentence, in: paragraph)
        let expected: [DatabaseValue] = [.integer(Int64(offsets.start)), .integer(Int64(offsets.end))]
        #expect(try offsetsBySQLite(sentence, in: paragraph) == expected)
    }
}
