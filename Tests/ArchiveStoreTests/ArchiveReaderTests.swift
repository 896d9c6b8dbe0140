import ArticleModel
import Extraction
import Foundation
import SQLite
import Testing

@testable import ArchiveStore

@Suite struct ArchiveReaderTests {
    func archive(_ texts: [(String, String)]) throws -> ArchiveReader {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).sqlite")
            .path
        let writer = try ArchiveWriter(path: path)
        try writer.inBatch {
            for (title, body) in texts {
                let article = Article(
                    title: title,
                    paragraphs: body.split(separator: "\n").map { Paragraph(kind: .body, text: String($0)) })
                _ = try writer.store(article, extraction: TestData.extractor.extract(from: article))
            }
        }
        return try ArchiveReader(path: path)
    }

    @Test func searchRanksAndHighlights() throws {
        let reader = try archive([
            ("Storm passes", "The storm passed the coast.\nA second storm, and another storm, hit the town."),
            ("Quiet day", "Nothing happened; no storm at all."),
        ])
        let hits = try reader.search("storm")
        // Both headlines count as paragraphs (position 0) too.
        #expect(hits.count == 4)
        let snippets = hits.map(\.snippet)
        // The paragraph naming the storm three times ranks above the one naming it once in passing.
        let often = snippets.firstIndex { $0.contains("another [storm]") }
        let once = snippets.firstIndex { $0.contains("no [storm] at all") }
        #expect(often != nil && once != nil && often! < once!)
    }

    @Test func searchRanksTheCandidatesStoredLastWhenBounded() throws {
        let reader = try archive([
            ("Storm passes", "The storm passed the coast.\nA second storm, and another storm, hit the town."),
            ("Quiet day", "Nothing happened; no storm at all."),
        ])
        // Room for every match: each one ranked, as with no bound.
        let all = try reader.search("storm")
        #expect(all.count == 4)
        #expect(try reader.search("storm", candidates: 4) == all)
        // Two candidates: the two paragraphs stored last, best first among them; the others are not ranked.
        let two = try reader.search("storm", candidates: 2)
        #expect(two.map(\.title) == ["Storm passes", "Quiet day"])
        #expect(two.first?.snippet.contains("another [storm]") == true)
        #expect(two.last?.snippet.contains("no [storm]") == true)
        #expect(try reader.search("storm", limit: 1, candidates: 2).count == 1)
        #expect(try reader.searchMatchCount("storm", cap: 2) == .exactly(4))
        #expect(try reader.searchMatchCount("calm", cap: 2) == .exactly(0))
        #expect(throws: ArchiveError.self) { _ = try reader.searchMatchCount("\"unclosed", raw: true, cap: 2) }
    }

    @Test func everyCannedQueryIsCountedAsItsViewCountsItself() throws {
        let reader = try archive([
            ("Missiles hit bases", "Iran fired 22 missiles, the Iraqi military said.\nSeventeen missiles hit Ain al-Assad."),
            ("Shelling in Hama", "Shelling killed 12 people in Hama on Monday, said Ahmed Khalil.\n\"We fled,\" said Mona Saad."),
            (
                "Toll",
                "On 8 January 2020, Iran fired 22 missiles at Erbil.\nMore than 230,000 people have been killed since 2011."
            ),
        ])
        // totals and timeline have rows here, so that their counts (from partial indexes) are put to the test.
        #expect(try reader.database.scalar("SELECT count(*) FROM totals") != .integer(0))
        #expect(try reader.database.scalar("SELECT count(*) FROM timeline") != .integer(0))
        for query in try reader.cannedQueries() {
            let viewCount = try reader.database.scalar("SELECT count(*) FROM \(query.view)")
            #expect(try reader.rowCount(ofQuery: query.name).map { DatabaseValue.integer(Int64($0)) } == viewCount, "\(query.view)")
        }
    }

    @Test func strayQuotesAndOperatorsAreSearchedAsWords() throws {
        let reader = try archive([("A", "Officials said AND then NEAR the base.")])
        #expect(try reader.search("\"AND").count == 1)
        #expect(try reader.search("NEAR(").count == 1)
        #expect(try reader.search("(base").count == 1)
    }

    @Test func malformedRawSearchIsAClearError() throws {
        let reader = try archive([("A", "Words.")])
        #expect(throws: ArchiveError.self) { _ = try reader.search("\"unclosed", raw: true) }
        do {
            _ = try reader.search("AND OR", raw: true)
            Issue.record("expected an error")
        } catch let error as ArchiveError {
            #expect(error.description.hasPrefix("cannot search for 'AND OR'"))
        }
    }

    @Test func unknownCannedQueryListsTheKnownOnes() throws {
        let reader = try archive([])
        do {
            _ = try reader.run("nonsense")
            Issue.record("expected an error")
        } catch let ArchiveError.noSuchQuery(name, known) {
            #expect(name == "nonsense")
            #expect(known.contains("strikes") && known.contains("casualties"))
        }
    }

    @Test func statisticsCountWhatIsStored() throws {
        let reader = try archive([("Blast", "A blast in Aleppo killed six people and wounded 30 others.")])
        let stats = try reader.statistics()
        #expect(stats.articles == 1)
        #expect(stats.paragraphs == 2)
        #expect(stats.figures == 2)
        #expect(stats.databaseBytes > 0)
        // Mentions come from the entities' own counts, which agree with the rows they count.
        let rows = try reader.database.scalar("SELECT sum(mentions) FROM entity_mentions")
        #expect(stats.entityMentions > 0 && rows == .integer(Int64(stats.entityMentions)))
    }
}

@Suite struct ArchiveReaderRowTests {
    func reader(_ title: String, _ body: String, published: String? = nil) throws -> ArchiveReader {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rows-\(UUID().uuidString).sqlite")
            .path
        let writer = try ArchiveWriter(path: path)
        let article = Article(
            title: title, paragraphs: body.split(separator: "\n").map { Paragraph(kind: .body, text: String($0)) },
            source: "Wire", published: published)
        try writer.inBatch { _ = try writer.store(article, extraction: TestData.extractor.extract(from: article)) }
        return try ArchiveReader(path: path)
    }

    @Test func figuresComeTypedWithTheirParagraphAndSpan() throws {
        let reader = try reader("Blast", "A blast in Aleppo killed six people and wounded 30 others.")
        let figures = try reader.figures(unit: "persons")
        #expect(figures.map(\.value) == [6, 30])
        let six = try #require(figures.first)
        #expect(six.span.articleID == 1 && six.span.paragraph == 1)
        #expect(six.unit == "person" && six.event == "killed")
        let paragraph = Array("A blast in Aleppo killed six people and wounded 30 others.".unicodeScalars)
        #expect(String(String.UnicodeScalarView(paragraph[six.span.start..<six.span.end])) == six.text)
        #expect(try reader.figures(kind: "money").isEmpty)
        #expect(try reader.figures(article: 2).isEmpty)
    }

    @Test func everyFigureComesWithItsSentenceThoughOnlyCountsWithAnEventStoreIt() throws {
        let body = "Shelling in Dornholm killed nine people. The council set aside $4 million for repairs."
        let reader = try reader("Repairs", body)
        let figures = try reader.figures()
        let nine = try #require(figures.first { $0.value == 9 })
        let money = try #require(figures.first { $0.kind == "money" })
        #expect(nine.sentence == "Shelling in Dornholm killed nine people.")
        #expect(money.sentence == "The council set aside $4 million for repairs.")
    }

    @Test func oneArticleWhole() throws {
        let reader = try reader(
            "Strike on base", "Iran fired 22 missiles at Erbil on Wednesday, the Iraqi military said.",
            published: "2020-01-08")
        let article = try reader.article(1)
        #expect(article.summary.title == "Strike on base")
        #expect(article.summary.source == "Wire" && article.summary.url == nil)
        #expect(article.paragraphs.map(\.kind) == ["headline", "body"])
        #expect(article.figures.map(\.value) == [22])
        // The site is stored as written and as the article's entity; the source names no entity.
        #expect(article.figures.first?.site == "Erbil" && article.figures.first?.siteEntity?.name == "Erbil")
        #expect(article.figures.first?.source == "Iraqi military" && article.figures.first?.sourceEntity == nil)
        #expect(article.dates.first?.value == "2020-01-08")
        #expect(article.entities.contains { $0.name == "Erbil" && $0.kind == "place" && $0.mentions == 1 })
        #expect(article.mentions.contains { $0.text == "Erbil" && $0.kind == "place" && $0.span.paragraph == 1 })
        #expect(throws: ArchiveError.noSuchArticle(id: 2)) { _ = try reader.article(2) }
    }

    @Test func cannedQueryAnswersInAListingOfTheViewsColumns() throws {
        let reader = try reader("Strike on base", "Iran fired 22 missiles at Erbil, the Iraqi military said.")
        let strikes = try reader.run("strikes")
        #expect(
            strikes.columns == [
                "site", "country", "date", "dated_by", "weapon", "event", "lowest", "highest", "reports", "articles",
                "sources", "latitude", "longitude", "site_from",
            ])
        #expect(strikes.rows.first?.first == .text("Erbil"))
        #expect(strikes.rows.first?[1] == .text("Iraq"))
        #expect(strikes.rows.first?[7] == .integer(22))
        #expect(strikes.rows.first?[10] == .text("Iraqi military 22"))
        #expect(try reader.run("incident_reports") == reader.run("reports"))
    }

    @Test(arguments: [(17.0, ListingValue.integer(17)), (2.5, .real(2.5)), (-3, .integer(-3)), (1e300, .real(1e300))])
    func wholeNumbersAreIntegers(number: Double, value: ListingValue) {
        #expect(ListingValue(number: number) == value)
    }
}
