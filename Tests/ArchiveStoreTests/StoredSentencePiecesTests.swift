import SQLite
import Testing

@testable import ArchiveStore

/// A sentence too long to store whole (a run-on line of tolls with no full stop) stores, for each of its
/// figures, the bounded piece that holds the figure as its sentence, offsets and text alike; a sentence of
/// ordinary length is stored whole.
@Suite struct StoredSentencePiecesTests {
    let parts: IncidentPartAndWholeTests

    init() throws { parts = try IncidentPartAndWholeTests() }

    var database: Database { parts.views.writer.database }

    @Test func eachCountOfARunOnLineStoresABoundedPieceHoldingIt() throws {
        let clauses = (1...60).map {
            "shells struck \($0 + 3) farms outside Dornholm, and \($0 + 6) villagers died near Maresk"
        }
        let line = "In Tarvan " + clauses.joined(separator: "; ") + "."
        #expect(line.count > 4 * StoredSentencePieces.longestWholeSentence)
        try parts.ingest("Shelling", line)
        let rows = try database.rows(
            """
            SELECT f.text, f.start_offset, f.end_offset, f.sentence_start, f.sentence_end, f.sentence,
                   substr(p.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS at
            FROM figures f JOIN paragraphs p ON p.id = f.paragraph_id
            WHERE f.sentence IS NOT NULL ORDER BY f.start_offset
            """)
        #expect(rows.count >= 50)
        for row in rows {
            let sentence = try #require(row.string("sentence"))
            #expect(sentence.unicodeScalars.count <= StoredSentencePieces.longestWholeSentence)
            #expect(sentence == row.string("at"))
            let start = try #require(row.int("start_offset"))
            let end = try #require(row.int("end_offset"))
            let pieceStart = try #require(row.int("sentence_start"))
            let pieceEnd = try #require(row.int("sentence_end"))
            #expect(pieceStart <= start && end <= pieceEnd)
            #expect(sentence.contains(try #require(row.string("text"))))
        }
        // (Counts of one piece share it; the line is cut into several.)
        #expect(Set(rows.compactMap { $0.int("sentence_start") }).count >= 4)
    }

    @Test func aSentenceOfOrdinaryLengthIsStoredWhole() throws {
        let clauses = (1...10).map { "\($0 + 2) villagers died near Maresk" }
        let sentence = "Shells struck Dornholm, and " + clauses.joined(separator: ", ") + "."
        #expect(sentence.count < StoredSentencePieces.longestWholeSentence)
        try parts.ingest("Shelling", "Kelvar was quiet. " + sentence)
        let stored = try database.rows("SELECT DISTINCT sentence FROM figures WHERE sentence IS NOT NULL")
        #expect(stored.map { $0.string("sentence") } == [sentence])
    }

    @Test func piecesFollowEachOtherAndEachIsBounded() throws {
        let words = Substring(String(repeating: "Vessa é Kelvar ", count: 300))
        let length = words.unicodeScalars.count
        let pieces = try #require(StoredSentencePieces(sentence: words, at: (7, 7 + length)))
        #expect(StoredSentencePieces(sentence: words.prefix(900), at: (7, 907)) == nil)
        var covered = 7
        while covered < 7 + length {
            let piece = pieces.piece(holding: covered, to: covered + 1)
            #expect(piece.offsets.start == covered)
            #expect(piece.text.unicodeScalars.count == piece.offsets.end - piece.offsets.start)
            #expect(piece.offsets.end - piece.offsets.start <= StoredSentencePieces.longestWholeSentence)
            #expect(piece.text.first != " ")
            covered = piece.offsets.end
        }
        #expect(covered == 7 + length)
    }
}
