import ArticleModel
import Foundation
import Testing

@testable import ArticleReaders

@Suite struct JSONArticleReaderTests {
    let reader = ArticleFileReader()

    func readAll(_ text: String, origin: String) throws -> ArticleReadResult {
        try reader.readAll(Array(text.utf8), origin: origin)
    }

    @Test func readsAnArrayOfObjects() throws {
        let json = """
            [{"title": "Strike on Erbil", "text": "Five missiles hit.\\n\\nNo one was hurt.", "url": "https://x.example/1",
              "published": "2020-01-08", "source": "Wire", "authors": ["Ann Writer", "Bo Writer"],
              "description": "The regional capital was targeted."},
             {"headline": "Second", "body": "One line.\\nAnother line.", "publisher": {"name": "Daily"},
              "author": {"name": "Cy Writer"}, "datePublished": "Wed, 08 Jan 2020 06:30:00 GMT", "language": "en"}]
            """
        let result = try readAll(json, origin: "feed.json")
        #expect(result.problems.isEmpty)
        #expect(
            result.articles == [
                Article(
                    title: "Strike on Erbil",
                    paragraphs: [
                        Paragraph(kind: .standfirst, text: "The regional capital was targeted."),
                        Paragraph(kind: .body, text: "Five missiles hit."),
                        Paragraph(kind: .body, text: "No one was hurt."),
                    ], source: "Wire", url: "https://x.example/1", published: "2020-01-08",
                    byline: "Ann Writer, Bo Writer",
                    originPath: "feed.json", publishedFrom: .file),
                Article(
                    title: "Second",
                    paragraphs: [
                        Paragraph(kind: .body, text: "One line."), Paragraph(kind: .body, text: "Another line."),
                    ], source: "Daily", published: "2020-01-08T06:30:00Z", byline: "Cy Writer", language: "en",
                    originPath: "feed.json", publishedFrom: .file, publishedAsWritten: "Wed, 08 Jan 2020 06:30:00 GMT"),
            ])
    }

    @Test func readsASingleObjectWithScraperFieldNames() throws {
        let json = """
            {"title": "Maintext", "maintext": "Body text.", "date_publish": "2020-01-08 06:30:00",
             "source_domain": "news.example", "publishedAt": "ignored, date_publish comes first"}
            """
        #expect(
            try reader.read(Array(json.utf8), origin: "one.json") == [
                Article(
                    title: "Maintext", paragraphs: [Paragraph(kind: .body, text: "Body text.")], source: "news.example",
                    published: "2020-01-08T06:30:00", originPath: "one.json", publishedFrom: .file,
                    publishedAsWritten: "2020-01-08 06:30:00")
            ])
    }

    /// Which articles a file holds, by title, whatever shape it has.
    @Test(arguments: [
        (
            #"{"status": "ok", "articles": [{"title": "A", "content": "x"}, {"title": "B", "content": "y"}]}"#,
            "news.json", ["A", "B"]
        ),
        (#"{"title": "One"}"# + "\n" + #"{"title": "Two"}"# + "\n", "feed.json", ["One", "Two"]),  // lines in a .json file
    ])
    func titles(text: String, origin: String, titles: [String]) throws {
        let result = try readAll(text, origin: origin)
        #expect(result.articles.map(\.title) == titles)
        #expect(result.problems.isEmpty)
    }

    @Test func aBadLineIsAProblemAndTheOthersLand() throws {
        let lines = [
            #"{"title": "One", "text": "First."}"#,
            #"{"title": "Two", "text": "Second."}"#,
            "",
            #"{"title": "Three", "text": "Third."}"#,
            #"{"title": "Four", "text": "Fourth."}"#,
            #"{"title": "Five", "text": "Fifth."}"#,
            #"{"title": "Six" "text": "missing comma"}"#,
            #"{"title": "Seven", "text": "Seventh."}"#,
            #"{"text": "no title here"}"#,
            #"{"title": 42, "text": "a number for a title"}"#,
            #"{"title": "Eleven", "text": 7}"#,
            #"["not", "an", "object"]"#,
        ]
        let result = try readAll(lines.joined(separator: "\n") + "\n", origin: "feed.jsonl")
        #expect(result.articles.map(\.title) == ["One", "Two", "Three", "Four", "Five", "Seven"])
        #expect(
            result.problems.map(\.description) == [
                "line 7: not JSON",
                "line 9: no title",
                "line 10: title is a number, not text",
                "line 11: text is a number, not text",
                "line 12: not an article: an array, not an object",
            ])
        #expect(result.problems[0] == ArticleReadProblem(.line(7), .malformed("not JSON")))
    }

    @Test func theOldAPIDropsProblemsAndThrowsWhenNothingWasRead() throws {
        let mixed = #"{"title": "One", "text": "First."}"# + "\nnot json\n"
        #expect(try reader.read(Array(mixed.utf8), origin: "feed.jsonl").map(\.title) == ["One"])

        #expect(throws: ArticleReadProblem(.line(1), .malformed("not JSON"))) {
            try reader.read(Array("nope\n".utf8), origin: "feed.jsonl")
        }
    }

    @Test(arguments: [
        (#"[{"a": 1}, {"b": 2}]"#, "none of the 2 items could be read (item 1: no title; item 2: no title)"),
        ("[]", "no articles: the JSON array is empty"),
        (#"{"title": "#, "not JSON"),
    ])
    func nothingReadIsMalformed(json: String, reason: String) {
        #expect(throws: ArticleReadError.malformed(reason)) { try reader.read(Array(json.utf8), origin: "feed.json") }
    }

    @Test func arrayItemsAreNumberedInProblems() throws {
        let result = try readAll(#"[{"title": "Fine"}, {"title": ["a"]}, 3]"#, origin: "x.json")
        #expect(result.articles.map(\.title) == ["Fine"])
        #expect(
            result.problems.map(\.description) == [
                "item 2: title is an array, not text",
                "item 3: not an article: a number, not an object",
            ])
    }

    @Test func acceptsParagraphArraysAndEpochDates() throws {
        let json = #"{"title": "T", "content": ["First.", " Second. "], "date": 1578465000, "url": 5}"#
        #expect(
            try readAll(json, origin: "x.json").articles == [
                Article(
                    title: "T",
                    paragraphs: [Paragraph(kind: .body, text: "First."), Paragraph(kind: .body, text: "Second.")],
                    published: "2020-01-08T06:30:00Z", originPath: "x.json", publishedFrom: .file,
                    publishedAsWritten: "1578465000")
            ])
    }
}

@Suite struct ArticleFormatTests {
    @Test(arguments: [
        ("a/b.html", ArticleFormat?.some(.html)), ("b.HTM", .html), ("b.xhtml", .html),
        ("b.json", .json), ("b.jsonl", .jsonl), ("b.ndjson", .jsonl),
        ("a.txt", .text), ("b.TEXT", .text), ("c.md", .text),
        ("photo.jpg", nil), ("d.pdf", nil), ("README", nil), ("noext", nil), ("-", nil),
    ])
    func guessesByExtension(path: String, format: ArticleFormat?) {
        #expect(ArticleFormat.guess(path: path) == format)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html></html>", ArticleFormat.html),
        ("\u{FEFF}  <html lang=en>", .html),
        ("\n<p>Hi</p>", .html),
        ("[{\"title\": \"a\"}]", .json),
        ("{\n  \"title\": \"a\",\n  \"author\": {\"name\": \"b\"}\n}\n", .json),
        ("{\"title\": \"a\"}\n{\"title\": \"b\"}\n", .jsonl),
        ("{\"title\": \"a\"}\r\n\r\n  {\"title\": \"b\"}", .jsonl),
        ("Headline\n\nBody.", .text),
        ("", .text),
    ])
    func sniffsContent(text: String, expected: ArticleFormat) {
        #expect(ArticleFormat.sniff(Array(text.utf8)) == expected)
    }

    @Test(arguments: [
        (newsPage, "Missiles hit two bases in Iraq"),
        (#"{"title": "From stdin", "text": "Body."}"#, "From stdin"),
        ("Headline\n\nBody text.", "Headline"),
    ])
    func standardInputIsSniffed(text: String, title: String) throws {
        #expect(try ArticleFileReader().read(Array(text.utf8), origin: "-").map(\.title) == [title])
    }

    @Test func readsFilesFromDiskByExtension() throws {
        let directory = try TemporaryDirectory()
        let html = try directory.write("page.htm", Array(newsPage.utf8))
        let lines = try directory.write("feed.ndjson", Array("{\"title\": \"One\"}\n{\"title\": \"Two\"}\n".utf8))
        let reader = ArticleFileReader(metadata: ArticleMetadata(source: "Override"))
        #expect(try reader.read(path: html).first?.source == "Override")
        let result = try reader.readAll(path: lines)
        #expect(result.articles.map(\.title) == ["One", "Two"])
        #expect(result.articles.allSatisfy { $0.source == "Override" && $0.originPath == lines })
    }
}

/// Random and mutated bytes fed to every reader: errors are fine, crashes and hangs are not.
@Suite struct ReaderFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure replays.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomAndMutatedInputNeverCrashes() {
        var random = SplitMix64(state: 20200108)
        let seeds: [[UInt8]] = [
            Array(newsPage.utf8),
            Array(#"[{"title": "A", "text": "B", "authors": [{"name": "C"}], "date": 1578465000}]"#.utf8),
            Array((#"{"title": "A", "text": "B"}"# + "\n" + #"{"headline": "C", "body": ["D"]}"#).utf8),
            Array(shortenedSeed.utf8),
            Array("<html><div><p>x</div></p><table><td>y<script>z</script>".utf8),
        ]
        let reader = ArticleFileReader()
        var read = 0
        for iteration in 0..<2_000 {
            var bytes: [UInt8]
            if iteration % 4 == 0 {
                bytes = (0..<Int.random(in: 0...512, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }
            } else {
                bytes = seeds[Int.random(in: 0..<seeds.count, using: &random)]
                for _ in 0..<Int.random(in: 1...12, using: &random) where !bytes.isEmpty {
                    let at = Int.random(in: 0..<bytes.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
                    case 1: bytes.remove(at: at)
                    case 2: bytes.insert(Array("<>{}[]\",:/&;".utf8).randomElement(using: &random)!, at: at)
                    default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
                    }
                }
            }
            for format in ArticleFormat.allCases {
                if let articles = try? reader.read(bytes, origin: "fuzz", format: format) {
                    read += articles.count
                    #expect(articles.allSatisfy { !$0.title.isEmpty })
                }
            }
            _ = try? reader.readAll(bytes, origin: "-")
        }
        #expect(read > 0)
    }
}
