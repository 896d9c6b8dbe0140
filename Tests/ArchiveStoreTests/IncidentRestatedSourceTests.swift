import ArticleModel
import Testing

/// A toll the lead gives with no source and a later sentence gives again with one ('A source at the police
/// told the agency that the shell killed 12 people') is one report: the casualty row names the later
/// sentence's source instead of none. Another incident's equal number lends no source.
@Suite struct IncidentRestatedSourceTests {
    let retold: IncidentRetoldTollTests
    var parts: IncidentPartAndWholeTests { retold.parts }

    init() throws { retold = try IncidentRetoldTollTests() }

    /// Stores an invented article of two body paragraphs, extracted as ingest extracts it.
    func ingest(_ first: String, _ second: String) throws {
        let article = Article(
            title: "Shelling", paragraphs: [Paragraph(kind: .body, text: first), Paragraph(kind: .body, text: second)],
            published: "2016-07-04")
        try parts.views.writer.inBatch {
            _ = try parts.views.writer.store(article, extraction: TestData.extractor.extract(from: article))
        }
    }

    /// `query casualties` as 'site who: sources'.
    func sources() throws -> [String] {
        try parts.views.rows("SELECT * FROM casualties").map {
            "\($0.string("site") ?? "") \($0.string("who") ?? ""): \($0.string("sources") ?? "")"
        }
    }

    @Test func theLeadsTollTakesTheSourceOfItsRetelling() throws {
        try ingest(
            "A shell killed 12 people in Kestrel Hill on Monday.",
            "A source at the Marlow Police Command told the agency that the shell killed 12 people.")
        #expect(try sources() == ["Kestrel Hill person: Marlow Police Command 12"])
    }

    @Test func anotherIncidentsEqualNumberLendsNoSource() throws {
        try ingest(
            "A shell killed 12 people in Kestrel Hill on Monday.",
            "A source at the Marlow Police Command told the agency that another shell also killed 12 people.")
        #expect(try sources() == ["Kestrel Hill person: (no source) 12"])
    }
}
