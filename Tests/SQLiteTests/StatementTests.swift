import Foundation
import Testing

@testable import SQLite

@Suite struct StatementTests {
    static let roundTripValues: [DatabaseValue] = [
        .null,
        .integer(0), .integer(-1), .integer(Int64.max), .integer(Int64.min),
        .real(3.25), .real(-0.5), .real(1e-300), .real(Double.greatestFiniteMagnitude),
        .text(""), .text("plain ASCII"),
        .text("Iran’s Khamenei says missile strike a ‘slap in the face’ for US"),
        .text("«Ça va?» — 日本語 — Ελληνικά — العربية — 🇮🇷🙂"),
        .text("e\u{301} versus \u{e9}"),  // decomposed and precomposed stay distinct
        .text("line one\nline two\ttabbed"),
        .text("before\u{0}after"),
        .blob([]), .blob([0]), .blob([0, 1, 2, 254, 255]), .blob(Array(repeating: 0xAB, count: 100_000)),
    ]

    @Test(arguments: roundTripValues)
    func valueRoundTrips(_ value: DatabaseValue) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(v)")  // no declared type: no affinity conversions
        try db.prepare("INSERT INTO t(v) VALUES (?)").execute(value)

        let select = try db.prepare("SELECT v, typeof(v) FROM t")
        #expect(try select.step())
        #expect(select.column(0) == value)
        let expectedType: String
        switch value {
        case .null: expectedType = "null"
        case .integer: expectedType = "integer"
        case .real: expectedType = "real"
        case .text: expectedType = "text"
        case .blob: expectedType = "blob"
        }
        #expect(select.string(1) == expectedType)
        #expect(try !select.step())

        #expect(try db.scalar("SELECT v FROM t") == value)
        #expect(try db.rows("SELECT v FROM t WHERE v IS ?", value).map { $0["v"] } == [value])
    }

    /// Text goes in as UTF-8: SQLite counts its characters as scalars and its bytes as UTF-8 bytes.
    @Test(arguments: [
        ("SELECT length(?)", "‘Iran is equipped’ 🇮🇷", DatabaseValue.integer(21)),
        ("SELECT length(CAST(? AS BLOB))", "‘Iran is equipped’ 🇮🇷", .integer(31)),
        ("SELECT upper(?)", "abc", .text("ABC")),
    ])
    func textFunctions(sql: String, text: String, expected: DatabaseValue) throws {
        #expect(try Database(path: ":memory:").scalar(sql, text) == expected)
    }

    @Test func swiftTypesBindAsTheirSQLiteTypes() throws {
        let db = try Database(path: ":memory:")
        let select = try db.prepare("SELECT ?, ?, ?, ?, ?, ?, ?, ?")
        let none: Int? = nil
        let some: String? = "present"
        let text = "a substring of this"
        try select.bind([42, Int64(7), 2.5, "text", text.prefix(11), true, none, some])
        #expect(try select.step())
        #expect(
            (0..<8).map(select.column) == [
                .integer(42), .integer(7), .real(2.5), .text("text"), .text("a substring"), .integer(1), .null,
                .text("present"),
            ])

        #expect(select.int(0) == 42)
        #expect(select.double(2) == 2.5)
        #expect(select.string(3) == "text")
        #expect(select.isNull(6))
        #expect(!select.isNull(0))
        #expect(select.string(6) == nil)
        #expect(select.columnCount == 8)
    }

    @Test func columnNamesAndRowAccessors() throws {
        let db = try Database(path: ":memory:")
        let rows = try db.rows("SELECT 1 AS id, 2.5 AS score, 'Al Jazeera' AS source, NULL AS url, '17' AS n")
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.columns == ["id", "score", "source", "url", "n"])
        #expect(row.int("id") == 1)
        #expect(row.double("score") == 2.5)
        #expect(row.double("id") == 1.0)
        #expect(row.string("source") == "Al Jazeera")
        #expect(row.string("url") == nil)
        #expect(row.int("n") == 17)
        #expect(row["missing"] == .null)
        #expect(try db.prepare("SELECT 1 AS a, 2 AS b").columnNames == ["a", "b"])
    }

    /// Texts bound together are read from one buffer of the statement's: each keeps its own bytes, an
    /// empty text among others stays empty text (not NULL), and a run with other texts does not change
    /// the rows the one before stored.
    @Test func textsOfOneStatementKeepTheirOwnBytes() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(n INTEGER, a, b)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?), (?, ?, ?)")
        let long = String(repeating: "Ελληνικά ", count: 500)
        let rows: [[DatabaseBindable]] = [
            [1, "", "short", 2, "before\u{0}after", long],
            [3, "🇮🇷 flag", "", 4, nil as String?, "last"],
        ]
        for row in rows { try insert.execute(row[...]) }
        let stored = try db.rows("SELECT a, b, typeof(a) AS ta FROM t ORDER BY n")
        #expect(stored.map { $0["a"] } == [.text(""), .text("before\u{0}after"), .text("🇮🇷 flag"), .null])
        #expect(stored.map { $0["b"] } == [.text("short"), .text(long), .text(""), .text("last")])
        #expect(stored.map { $0.string("ta") } == ["text", "text", "text", "null"])
        // A bound text is compared as the text it is, in a query that reads it more than once.
        #expect(try db.prepare("SELECT count(*) FROM t WHERE a = ?1 OR b = ?1").scalar("") == .integer(2))
    }

    @Test func statementIsReusedWithDifferentBindings() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(n INTEGER, square INTEGER, label TEXT)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?)")
        for n in 1...1_000 {
            try insert.execute(n, n * n, n.isMultiple(of: 2) ? "even" : nil)
        }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1_000))
        #expect(try db.scalar("SELECT sum(n) FROM t") == .integer(500_500))
        #expect(try db.scalar("SELECT count(label) FROM t") == .integer(500))

        let lookup = try db.prepare("SELECT square FROM t WHERE n = ?")
        for n in stride(from: 1_000, through: 1, by: -37) {
            #expect(try lookup.scalar(n) == .integer(Int64(n * n)))
        }
        #expect(try lookup.scalar(5_000) == nil)

        // Rebinding part-way through a result set starts over.
        let range = try db.prepare("SELECT n FROM t WHERE n <= ? ORDER BY n")
        try range.bind([10])
        #expect(try range.step())
        #expect(try range.step())
        #expect(try range.rows(3).map { $0.int("n") } == [1, 2, 3])
        #expect(try range.rows(0).isEmpty)
    }

    @Test func cachedStatementsAreReused() throws {
        let db = try Database(path: ":memory:")
        let first = try db.cachedStatement("SELECT ?")
        let second = try db.cachedStatement("SELECT ?")
        #expect(first === second)
        #expect(try db.cachedStatement("SELECT ? + 1") !== first)
        for n in 0..<100 {
            #expect(try db.scalar("SELECT ? * 2", n) == .integer(Int64(n * 2)))
            #expect(try db.rows("SELECT ? AS n UNION ALL SELECT ?", n, -n).map { $0.int("n") } == [n, -n])
        }
    }

    @Test func namedParameters() throws {
        let db = try Database(path: ":memory:")
        let select = try db.prepare("SELECT :title, @source, $url, :title || ' / ' || @source")
        try select.bind(named: ["title": "Headline", "source": "Al Jazeera", "url": "https://example.com/a"])
        #expect(try select.step())
        #expect(
            (0..<4).map(select.column) == [
                .text("Headline"), .text("Al Jazeera"), .text("https://example.com/a"), .text("Headline / Al Jazeera"),
            ])

        // Rebinding clears the old values: an unbound parameter is NULL.
        try select.bind(named: ["title": "Other"])
        #expect(try select.step())
        #expect((0..<4).map(select.column) == [.text("Other"), .null, .null, .null])
    }

    @Test func namedParametersInAnInsertReusedManyTimes() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a INTEGER, b TEXT)")
        let insert = try db.prepare("INSERT INTO t(a, b) VALUES (:a, :b)")
        for n in 0..<50 {
            try insert.bind(named: ["a": n, "b": "row \(n)"])
            #expect(try !insert.step())
        }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(50))
        #expect(try db.scalar("SELECT b FROM t WHERE a = 49") == .text("row 49"))
    }

    @Test func unknownNamedParameterThrows() throws {
        let db = try Database(path: ":memory:")
        let sql = "SELECT :title"
        let select = try db.prepare(sql)
        let error = #expect(throws: DatabaseError.self) { try select.bind(named: ["headline": "x"]) }
        #expect(error?.code == 25)  // SQLITE_RANGE
        #expect(error?.sql == sql)
        #expect(error?.message.contains("headline") == true)
    }

    @Test(arguments: [0, 1, 3])
    func wrongArgumentCountThrows(count: Int) throws {
        let db = try Database(path: ":memory:")
        let sql = "SELECT ?, ?"
        let select = try db.prepare(sql)
        let values: [DatabaseBindable] = Array(repeating: 1, count: count)
        let error = #expect(throws: DatabaseError.self) { try select.bind(values) }
        #expect(error?.code == 25)  // SQLITE_RANGE
        #expect(error?.sql == sql)
        #expect(error?.message == "expected 2 arguments, got \(count)")
        #expect(error.map(String.init(reflecting:))?.contains(sql) == true)

        #expect(throws: DatabaseError.self) { try db.scalar(sql, 1) }
        #expect(throws: DatabaseError.self) { try db.rows("SELECT 1", 1) }
        #expect(try db.scalar(sql, 1, 2) == .integer(1))
    }

    @Test(arguments: ["SELEC 1", "SELECT * FROM no_such_table", "INSERT INTO (", "SELECT 'unterminated"])
    func malformedSQLThrowsWithTheSQL(sql: String) throws {
        let db = try Database(path: ":memory:")
        let prepared = #expect(throws: DatabaseError.self) { try db.prepare(sql) }
        #expect(prepared?.code == 1)  // SQLITE_ERROR
        #expect(prepared?.sql == sql)
        #expect(prepared.map(String.init(reflecting:))?.contains("`\(sql)`") == true)
        #expect(prepared?.message.isEmpty == false)

        let executed = #expect(throws: DatabaseError.self) { try db.execute(sql) }
        #expect(executed?.code == 1)
        #expect(executed?.sql == sql)
    }

    @Test func failedStepLeavesStatementReusable() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)")
        let insert = try db.prepare("INSERT INTO t(name) VALUES (?)")
        try insert.execute("a")
        let duplicate = #expect(throws: DatabaseError.self) { try insert.execute("a") }
        #expect(duplicate?.code == 19)
        #expect(duplicate?.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        let missing = #expect(throws: DatabaseError.self) { try insert.execute(String?.none) }
        #expect(missing?.extendedCode == 1299)  // SQLITE_CONSTRAINT_NOTNULL
        try insert.execute("b")
        #expect(db.lastInsertedRowID == 2)
        #expect(try db.rows("SELECT name FROM t ORDER BY id").map { $0.string("name") } == ["a", "b"])
    }

    @Test func statementsOutliveNothingTheyNeed() throws {
        // Many prepared statements alive at once on one connection, finalised in any order.
        let db = try Database(path: ":memory:")
        var statements: [Statement] = []
        for n in 0..<20 { statements.append(try db.prepare("SELECT \(n)")) }
        for (n, statement) in statements.enumerated().reversed() {
            #expect(try statement.scalar() == .integer(Int64(n)))
        }
        statements.removeAll()
        #expect(try db.scalar("SELECT 1") == .integer(1))
    }
}
