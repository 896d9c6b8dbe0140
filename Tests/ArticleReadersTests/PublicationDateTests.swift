import Testing

@testable import ArticleReaders

@Suite struct PublicationDateTests {
    /// Every way of writing a publication date comes out in one ISO 8601 form: the date, then the time
    /// to the second, in UTC (`Z`) whenever the file gave a zone.
    @Test(
        arguments: [
            ("2020-01-08", "2020-01-08"),
            ("2020/01/08", "2020-01-08"),
            ("  2020-01-08\n", "2020-01-08"),
            ("2020-01-08T06:30:00Z", "2020-01-08T06:30:00Z"),
            ("2020-01-08T06:30:00.000Z", "2020-01-08T06:30:00Z"),
            ("2020-01-08T06:30:00+0000", "2020-01-08T06:30:00Z"),
            ("2020-01-08T06:30:00+00:00", "2020-01-08T06:30:00Z"),
            ("2020-01-08T09:30:00+03:00", "2020-01-08T06:30:00Z"),
            ("2020-01-08T01:30:00-0500", "2020-01-08T06:30:00Z"),
            ("2020-01-08T06:30:00.123456+05:30", "2020-01-08T01:00:00Z"),
            ("2020-01-01T01:30:00+03:00", "2019-12-31T22:30:00Z"),  // back over a year's end
            ("2020-02-28T22:00:00-05:00", "2020-02-29T03:00:00Z"),  // on into a leap day
            ("2021-02-28T22:00:00-05:00", "2021-03-01T03:00:00Z"),
            ("2020-01-08 06:30:00", "2020-01-08T06:30:00"),
            ("2020-01-08 06:30", "2020-01-08T06:30:00"),
            ("2020/01/08 06:30 UTC", "2020-01-08T06:30:00Z"),
            ("2020-01-08 | updated", "2020-01-08"),
            ("2020-01-08T25:00:00Z", "2020-01-08"),  // a damaged time leaves the date alone
            ("Wed, 08 Jan 2020 06:30:00 GMT", "2020-01-08T06:30:00Z"),
            ("January 8, 2020", "2020-01-08"),
            ("2020-02-29", "2020-02-29"),
            // A clock time before or after a written date, with its am/pm and a zone's letters: the day as
            // written (the zone may be one of several).
            ("06:30:00 AM IST Jan 8, 2020", "2020-01-08"),
            ("11:45 pm CST January 8, 2020", "2020-01-08"),
            ("8 Jan 2020 06:30 GMT", "2020-01-08"),
            ("Wednesday, January 8, 2020 6:30 PM", "2020-01-08"),
        ] as [(String, String)])
    func oneForm(input: String, expected: String) {
        #expect(PublicationDate.iso(input) == expected)
    }

    /// A damaged or impossible value is no date: nothing is invented from it.
    @Test(
        arguments: [
            "yesterday", "2020-13-45", "9999-99-99", "2019-02-29", "2021-04-31", "0000-01-01", "1200-05-05",
            "9999-12-31", "January 8, 3020", "06:30:00 AM IST", "06:30 PM yesterday", "Jan 8 06:30 GMT",
        ])
    func noDate(input: String) {
        #expect(PublicationDate.iso(input) == nil)
    }

    /// Seconds or, when too large for seconds, milliseconds since 1970.
    @Test(arguments: [1_578_465_000, 1_578_465_000_000] as [Double])
    func epoch(_ epoch: Double) {
        #expect(PublicationDate.iso(epoch: epoch) == "2020-01-08T06:30:00Z")
    }

    /// A number that is neither gives no date rather than a year in the millions or before 1800.
    @Test(arguments: [99_999_999_999_999_999, 0, -5, 1e30] as [Double])
    func epochOutOfRange(_ epoch: Double) {
        #expect(PublicationDate.iso(epoch: epoch) == nil)
    }

    /// A reader keeps the file's own spelling beside the date it stores, and the whole value when it is
    /// no date, so that nothing the file said is lost and nothing is invented.
    @Test func readersKeepWhatTheFileWrote() throws {
        let json =
            #"[{"title": "A", "text": "One.", "published": "9999-99-99"},"#
            + #" {"title": "B", "text": "Two.", "published": 99999999999999999},"#
            + #" {"title": "C", "text": "Three.", "published": "2020-01-08 06:30:00.000+0000"}]"#
        let articles = try ArticleFileReader().read(Array(json.utf8), origin: "feed.json")
        #expect(articles.map(\.published) == [nil, nil, "2020-01-08T06:30:00Z"])
        #expect(
            articles.map(\.publishedAsWritten) == ["9999-99-99", "99999999999999999", "2020-01-08 06:30:00.000+0000"])
        #expect(articles.map(\.unreadablePublished) == ["9999-99-99", "99999999999999999", nil])

        let text = "---\npublished: 2020-02-30\n---\nStorm hits coast\n\nA storm hit the coast.\n"
        let article = try #require(try ArticleFileReader().read(Array(text.utf8), origin: "a.txt").first)
        #expect(article.published == nil && article.unreadablePublished == "2020-02-30")
    }
}
