import ArticleModel
import Foundation
import Testing

@testable import ArticleReaders

/// A news page with everything around the article a real one has: navigation, a cookie banner, a header
/// with the headline and byline, share buttons, a captioned photo, an ad, related stories, comments and
/// a footer.
let newsPage = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <title>Missiles hit two bases in Iraq | The Daily Wire Service</title>
    <meta property="og:title" content="Missiles hit two bases in Iraq">
    <meta property="og:site_name" content="The Daily Wire Service">
    <meta property="og:description" content="Iran fired 22 missiles at two bases housing US troops.">
    <meta property="article:published_time" content="2020-01-08T06:30:00Z">
    <meta name="author" content="Jane Reporter">
    <link rel="canonical" href="https://news.example/world/missiles-iraq">
    <style>body { color: black }</style>
    <script>var tracking = "Do not read this";</script>
    </head>
    <body>
    <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies to continue reading.</p></div>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and analysis from our correspondents</a></li></ul></nav>
    <div class="page">
    <article>
    <header><h1>Missiles hit two bases in Iraq</h1><p class="byline">By Jane Reporter, Baghdad correspondent</p></header>
    <p class="standfirst">Iran fired 22 missiles at two bases housing US troops.</p>
    <ul class="share-tools"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on Twitter</a></li></ul>
    <div class="article-body">
    <p>Iran fired 22 ballistic missiles at two bases in Iraq that house US troops early on Wednesday, the Iraqi military said in a statement.</p>
    <figure><img src="base.jpg"><figcaption>The Ain al-Assad air base in western Iraq, seen in 2019.</figcaption></figure>
    <p>Seventeen missiles targeted the Ain al-Assad base, two of which failed to explode, and five were aimed at Erbil, the statement said.</p>
    <div class="ad-slot"><p>Advertisement: buy the best widgets in town today, with free delivery.</p></div>
    <h2>No casualties reported</h2>
    <p>There were no immediate reports of casualties among Iraqi forces, according to the military, which gave no further details.</p>
    <p>The strikes came days after a US drone killed a senior Iranian general, Qassem Soleimani, near Baghdad airport.</p>
    </div>
    <aside class="related-stories"><h3>Related stories</h3><p><a href="/a">What we know about the Soleimani killing, and what happens next in the region</a></p></aside>
    </article>
    <section id="comments"><p>Reader comment: this is a very long comment about the strikes, with opinions, asides, and more opinions.</p></section>
    </div>
    <footer><p>Copyright 2020 The Daily Wire Service. All rights reserved, everywhere, always, forever and ever.</p></footer>
    </body>
    </html>
    """

@Suite struct HTMLArticleReaderTests {
    let reader = HTMLArticleReader()

    func read(_ html: String) throws -> Article {
        try reader.read(Array(html.utf8), origin: "page.html")
    }

    @Test func readsTheArticleAndNothingAroundIt() throws {
        #expect(
            try read(newsPage)
                == Article(
                    title: "Missiles hit two bases in Iraq",
                    paragraphs: [
                        Paragraph(kind: .standfirst, text: "Iran fired 22 missiles at two bases housing US troops."),
                        Paragraph(
                            kind: .body,
                            text:
                                "Iran fired 22 ballistic missiles at two bases in Iraq that house US troops early on Wednesday, the Iraqi military said in a statement."
                        ),
                        Paragraph(
                            kind: .body,
                            text:
                                "Seventeen missiles targeted the Ain al-Assad base, two of which failed to explode, and five were aimed at Erbil, the statement said."
                        ),
                        Paragraph(kind: .crosshead, text: "No casualties reported"),
                        Paragraph(
                            kind: .body,
                            text:
                                "There were no immediate reports of casualties among Iraqi forces, according to the military, which gave no further details."
                        ),
                        Paragraph(
                            kind: .body,
                            text:
                                "The strikes came days after a US drone killed a senior Iranian general, Qassem Soleimani, near Baghdad airport."
                        ),
                    ], source: "The Daily Wire Service", url: "https://news.example/world/missiles-iraq",
                    published: "2020-01-08T06:30:00Z", byline: "Jane Reporter", language: "en-GB",
                    originPath: "page.html"))
    }

    @Test func aDescriptionOnlyInTheMetaTagsIsNoStandfirst() throws {
        let page = newsPage.replacingOccurrences(
            of: "<p class=\"standfirst\">Iran fired 22 missiles at two bases housing US troops.</p>", with: "")
        let article = try read(page)
        #expect(article.paragraphs.first?.kind == .body)
        #expect(article.paragraphs.count == 5)
    }

    @Test func takesMetadataFromJSONLDAlone() throws {
        let page = """
            <html><head><title>Page</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Not this"},
              {"@type": ["NewsArticle"], "headline": "Strike on Erbil", "datePublished": "2020-01-08",
               "author": [{"@type": "Person", "name": "Ann Writer"}, {"@type": "Person", "name": "Bo Writer"}],
               "publisher": {"@type": "Organization", "name": "Wire Daily"}, "inLanguage": "en"}]}
            </script></head>
            <body><div><p>Five missiles were aimed at Erbil, the regional capital, the statement said on Wednesday morning.</p>
            <p>Officials in Erbil said the airport was closed for several hours, while the city stayed calm.</p></div></body></html>
            """
        let article = try read(page)
        #expect(article.title == "Strike on Erbil")
        #expect(article.published == "2020-01-08")
        #expect(article.byline == "Ann Writer, Bo Writer")
        #expect(article.source == "Wire Daily")
        #expect(article.language == "en")
        #expect(article.paragraphs.count == 2)
    }

    @Test func takesTheBylineFromAnAuthorLink() throws {
        let page = newsPage.replacingOccurrences(of: "<meta name=\"author\" content=\"Jane Reporter\">", with: "")
            .replacingOccurrences(
                of: "<p class=\"byline\">By Jane Reporter, Baghdad correspondent</p>",
                with: "<p class=\"byline\">By <a rel=\"author\" href=\"/jane\">Jane Reporter</a></p>")
        #expect(try read(page).byline == "Jane Reporter")
        #expect(HTMLMetadata.byline("By MEG KINNARD, Associated Press") == "MEG KINNARD, Associated Press")
        #expect(HTMLMetadata.byline("https://www.facebook.com/someone") == nil)
    }

    @Test func fallsBackToJSONLDArticleBody() throws {
        let page = """
            <html><head><meta property="og:title" content="Scripted page">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Scripted page",
            "articleBody": "The first paragraph of a page whose text the browser draws with scripts.\\n\\nA second paragraph, which the markup never holds at all."}</script>
            </head><body><div id="app"></div></body></html>
            """
        let article = try read(page)
        #expect(
            article.paragraphs.map(\.text) == [
                "The first paragraph of a page whose text the browser draws with scripts.",
                "A second paragraph, which the markup never holds at all.",
            ])
    }

    @Test func takesTheDateFromTimeWhenNothingElseGivesOne() throws {
        let page = """
            <html><head><title>Quiet day</title></head><body><article><h1>Quiet day</h1>
            <time datetime="2020-01-09T10:00:00+03:00">9 January</time>
            <p>Nothing much happened in the capital today, residents said, as shops reopened after the holiday.</p>
            <p>Traffic returned to the main roads by the afternoon, and the markets were busy again by evening.</p>
            </article></body></html>
            """
        let article = try read(page)
        #expect(article.published == "2020-01-09T07:00:00Z")
        #expect(article.title == "Quiet day")
    }

    @Test func aPageWithNoArticleIsAnError() {
        let page = """
            <html><head><title>Home</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <ul><li><a href="/a">First story headline on the front page today</a></li>
            <li><a href="/b">Second story headline on the front page today</a></li></ul>
            <footer>Copyright</footer></body></html>
            """
        #expect(throws: ArticleReadError.noArticleText) { try read(page) }
    }

    @Test(arguments: [(Array("  \n ".utf8), ArticleReadError.empty), ([0x3C, 0x68, 0x00, 0x01], .binary)])
    func emptyAndBinaryPagesAreErrors(bytes: [UInt8], error: ArticleReadError) {
        #expect(throws: error) { try reader.read(bytes) }
    }

    @Test func survivesDeepNesting() throws {
        let depth = 100_000
        let page =
            "<html><head><title>Deep</title></head><body>"
            + String(repeating: "<div>", count: depth)
            + "<p>A paragraph at the very bottom of a hundred thousand nested boxes, still read.</p><p>And another one, with a comma, for good measure.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let article = try read(page)
        #expect(article.title == "Deep")
        #expect(
            article.paragraphs.map(\.text) == [
                "A paragraph at the very bottom of a hundred thousand nested boxes, still read.",
                "And another one, with a comma, for good measure.",
            ])
    }

    @Test func survivesUnclosedAndMisnestedTags() throws {
        let page = """
            <html><title>Broken</title><body><div><p>An unclosed paragraph with <b>bold <i>and italic</b> text that runs on, and on
            <p>A second paragraph, also unclosed, with a stray </span> end tag and a <table><tr><td>cell
            </div></div></div><p>After the extra closing tags, the article goes on for a while longer.
            """
        let article = try read(page)
        #expect(article.title == "Broken")
        #expect(article.paragraphs.contains { $0.text.contains("bold and italic text") })
    }

    /// A page in some encoding, and the headline and first paragraph it holds.
    struct Encoded: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let bytes: [UInt8]
        let title: String
        let paragraph: String
    }

    static let encodedPages: [Encoded] = [
        // "Café" and "naïve" in ISO 8859-1: é = 0xE9, ï = 0xEF.
        Encoded(
            testDescription: "the declared charset",
            bytes: Array("<html><head><meta charset=\"iso-8859-1\"><title>Caf".utf8) + [0xE9]
                + Array("</title></head><body><p>The na".utf8) + [0xEF]
                + Array("ve visitor ordered coffee at the caf".utf8) + [0xE9]
                + Array(" near the station, then left for the long drive home to the north.</p></body></html>".utf8),
            title: "Café",
            paragraph:
                "The naïve visitor ordered coffee at the café near the station, then left for the long drive home to the north."
        ),
        // 0x93 and 0x94 are curly double quotes in Windows-1252; 0x81 is undefined there and stays the control
        // character U+0081, as browsers read it.
        Encoded(
            testDescription: "Windows-1252 with no declaration",
            bytes: Array("<html><head><title>Quotes</title></head><body><p>He said ".utf8) + [0x93]
                + Array("we are on it".utf8) + [0x94, 0x81]
                + Array(
                    " and left the room, while the others stayed behind to talk about the plan for the week.</p></body></html>"
                        .utf8),
            title: "Quotes",
            paragraph:
                "He said \u{201C}we are on it\u{201D}\u{81} and left the room, while the others stayed behind to talk about the plan for the week."
        ),
        Encoded(
            testDescription: "UTF-8 mislabelled as Latin-1",
            bytes: Array(
                "<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head><body><p>Crème brûlée was on the menu at the café, with coffee and cake, as it is every single day of the week.</p></body></html>"
                    .utf8),
            title: "Café",
            paragraph:
                "Crème brûlée was on the menu at the café, with coffee and cake, as it is every single day of the week."
        ),
    ]

    @Test(arguments: encodedPages)
    func decodesCharacters(_ page: Encoded) throws {
        let article = try reader.read(page.bytes)
        #expect(Array(article.title.unicodeScalars) == Array(page.title.unicodeScalars))
        #expect(article.paragraphs == [Paragraph(kind: .body, text: page.paragraph)])
    }

    @Test func keepsBoilerplateNamesOffWordPressTagClasses() throws {
        let page = """
            <html><head><title>Review</title></head><body>
            <article class="post tag-reviews tag-books category-all"><div class="entry-content">
            <p>I have worked on my own vehicles since I was seventeen, and this manual impressed me a great deal.</p>
            <p>The level of detail is superb, with very clear diagrams and instructions throughout the book.</p>
            </div></article>
            <div class="sidebar"><p>Subscribe to our magazine, the best way to read about bikes every month.</p></div>
            </body></html>
            """
        let article = try read(page)
        #expect(article.paragraphs.count == 2)
    }
}
