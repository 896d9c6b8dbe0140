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

    /// A cursor carried from look-up to look-up, forward and back over characters of one to four bytes,
    /// finds what a look-up from the paragraph's start finds.
    @Test func aCursorCarriedBetweenLookUpsFindsWhatAFreshLookUpFinds() {
        let paragraph = "Après l’attaque 🚀 Two failed. Then two failed — é. Two failed. Again 🚀 é."
        let sentences = ["Two failed.", "é", "🚀", "Again", "Then two failed", "missing", ""]
        let length = paragraph.unicodeScalars.count
        var cursor = SentenceOffsets.Cursor()
        var looked = 0
        for figureEnd in Array(0...length + 3) + Array((0...length).reversed()) + [40, 3, 70, 12, 0] {
            for sentence in sentences {
                let carried = SentenceOffsets.of(sentence, in: paragraph, around: figureEnd, cursor: &cursor)
                let fresh = SentenceOffsets.of(sentence, in: paragraph, around: figureEnd)
                #expect(carried == fresh, "\(sentence) around \(figureEnd)")
                looked += 1
            }
        }
        #expect(looked > 100)
    }
}
