import SQLite
import Testing

@testable import ArchiveStore

/// The writer finds a figure's sentence in its paragraph itself; it must find exactly what SQLite's
/// instr() and length() found when the INSERT did it.
@Suite struct SentenceOffsetsTests {
    /// What the INSERT of figures computed before the writer did it.
    /// (searched from the figure's end less the sentence's length, as the INSERT did last).
    func offsetsBySQLite(_ sentence: String, in paragraph: String, around figureEnd: Int = 0) throws
        -> [DatabaseValue]
    {
        let db = try Database(path: ":memory:")
        return try db.prepare(
            """
            SELECT CASE WHEN found > 0 THEN since + found - 1 ELSE 0 END,
                   CASE WHEN found > 0 THEN since + found - 1 + length(?1) ELSE length(text) END
            FROM (SELECT text, since, instr(substr(text, since + 1), ?1) AS found
                  FROM (SELECT ?2 AS text, max(0, ?3 - length(?1)) AS since))
            """
        ).rows(sentence, paragraph, figureEnd).first?.values ?? []
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

    @Test(arguments: [
        ("Again.", "Again. And Again. Again.", 24),
        ("Again.", "Again. And Again. Again.", 5),
        ("Two failed.", "Two failed. Then two failed. Two failed.", 31),
        ("🚀 launched", "🚀 launched 🚀 launched", 20),
        ("é", "é é é", 3),
    ])
    func findsTheCopyTheFigureStandsIn(sentence: String, paragraph: String, figureEnd: Int) throws {
        let offsets = SentenceOffsets.of(sentence, in: paragraph, around: figureEnd)
        let expected: [DatabaseValue] = [.integer(Int64(offsets.start)), .integer(Int64(offsets.end))]
        #expect(try offsetsBySQLite(sentence, in: paragraph, around: figureEnd) == expected)
        #expect(offsets.start > 0 || figureEnd <= sentence.unicodeScalars.count)
    }
}
