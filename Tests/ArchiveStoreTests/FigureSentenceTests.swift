import SQLite
import Testing

@testable import ArchiveStore

/// A count with an event keeps its sentence as text (figures.sentence), the paragraph's text at its offsets,
/// so that the incident views compare two counts by their sentences, not their paragraphs; figure_sentences
/// reads the paragraph for a figure stored without it.
@Suite struct FigureSentenceTests {
    let parts: IncidentPartAndWholeTests

    init() throws { parts = try IncidentPartAndWholeTests() }

    var database: Database { parts.views.writer.database }

    @Test func aCountWithAnEventKeepsItsSentenceAndOtherFiguresNone() throws {
        try parts.ingest(
            "Raid", "The town of Tarvan has 4 schools, officials said. Jets killed 12 people in Tarvan on Monday.")
        let rows = try database.rows(
            """
            SELECT f.text, f.sentence, substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS at
            FROM figures f JOIN paragraphs p ON p.id = f.paragraph_id ORDER BY f.start_offset
            """)
        #expect(rows.map { $0.string("sentence") } == [nil, "Jets killed 12 people in Tarvan on Monday."])
        #expect(rows[1].string("sentence") == rows[1].string("at"))
    }

    @Test func aFigureStoredWithoutItsSentenceIsReadFromItsParagraph() throws {
        try parts.ingest("Raid", "Jets killed 12 people in Tarvan on Monday. Medics said 9 were hurt.")
        try database.execute(
            """
            INSERT INTO figures (article_id, paragraph_id, start_offset, end_offset, text, value, kind, unit, event,
                                 sentence_start, sentence_end)
            SELECT article_id, paragraph_id, 55, 56, '9', 9, 'count', 'person', 'injured', 43, 67 FROM figures LIMIT 1
            """)
        #expect(
            try database.scalar("SELECT said FROM figure_sentences WHERE figure_id = (SELECT max(id) FROM figures)")
                == .text("medics said 9 were hurt."))
    }

    @Test func anotherIncidentIsToldByTheWordsBeforeTheCountOrAnywhereInItsSentence() throws {
        try parts.ingest(
            "Raid",
            "Jets killed 12 people in Tarvan on Monday. Another 5 people were hurt in Vessa. "
                + "Nine were hurt in Kelvar, meanwhile.")
        #expect(
            try database.rows(
                """
                SELECT s.tells_of_another FROM figures f JOIN figure_sentences s ON s.figure_id = f.id
                ORDER BY f.start_offset
                """
            ).map { $0.int("tells_of_another") } == [0, 1, 1])
    }
}
